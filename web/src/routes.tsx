import { Route, Routes } from 'react-router';
import { RequireAction, RequireAuth } from './components/guards';
import { AppLayout } from './layout/AppLayout';
import { UsersPage } from './pages/accounts/UsersPage';
import { UserDrawer } from './pages/accounts/UserDrawer';
import { AuditPage } from './pages/audit/AuditPage';
import { ChangePasswordPage } from './pages/auth/ChangePasswordPage';
import { LoginPage } from './pages/auth/LoginPage';
import { DocumentListPage } from './pages/documents/DocumentListPage';
import { GroupDetailPage } from './pages/groups/GroupDetailPage';
import { GroupListPage } from './pages/groups/GroupListPage';
import { OrgIndex, OrgPage } from './pages/org/OrgPage';
import { UnitDetailPanel } from './pages/org/UnitDetailPanel';
import { MovementDetailPage } from './pages/movements/MovementDetailPage';
import { MovementListPage } from './pages/movements/MovementListPage';
import { IndicatorCatalogPage } from './pages/indicators/IndicatorCatalogPage';
import { DataEntryPage } from './pages/indicators/DataEntryPage';
import { RollupPage } from './pages/indicators/RollupPage';
import { RegistrationDetailPage } from './pages/registrations/RegistrationDetailPage';
import { RegistrationListPage } from './pages/registrations/RegistrationListPage';
import { CheckerPage } from './pages/checker/CheckerPage';
import { ImportPage as AwardImportPage } from './pages/awards/ImportPage';
import { RegistryPage } from './pages/awards/RegistryPage';
import { StatsPage as AwardStatsPage } from './pages/awards/StatsPage';
import { SubjectProfilePage } from './pages/awards/SubjectProfilePage';
import { LocalSettingsPage } from './pages/awards/LocalSettingsPage';
import { ProposalDetailPage } from './pages/awards/proposals/ProposalDetailPage';
import { ProposalListPage } from './pages/awards/proposals/ProposalListPage';
import { CouncilDetailPage } from './pages/awards/council/CouncilDetailPage';
import { CouncilListPage } from './pages/awards/council/CouncilListPage';
import { SessionPage as CouncilSessionPage } from './pages/awards/council/SessionPage';
import { OverviewPage } from './pages/overview/OverviewPage';
import { DecisionDetailPage } from './pages/awards/decisions/DecisionDetailPage';
import { DecisionListPage } from './pages/awards/decisions/DecisionListPage';
import { TemplatesPage as CertificateTemplatesPage } from './pages/awards/certificates/TemplatesPage';
import { VerifyPage } from './pages/public/VerifyPage';
import { NotFoundPage } from './pages/placeholder/ComingSoonPage';
import { CampaignCreatePage } from './pages/reports/CampaignCreatePage';
import { CampaignDetailPage } from './pages/reports/CampaignDetailPage';
import { CampaignListPage } from './pages/reports/CampaignListPage';
import { MyReportsPage } from './pages/reports/MyReportsPage';
import { OutlineDetailPage } from './pages/reports/OutlineDetailPage';
import { OutlineEditorPage } from './pages/reports/OutlineEditorPage';
import { OutlineListPage } from './pages/reports/OutlineListPage';
import { ReportEditorPage } from './pages/reports/ReportEditorPage';
import { SynthesisPage } from './pages/reports/SynthesisPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/dang-nhap" element={<LoginPage />} />
      <Route path="/xac-minh/:code?" element={<VerifyPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<OverviewPage />} />
        <Route path="phong-trao" element={<MovementListPage />} />
        <Route path="phong-trao/:id" element={<MovementDetailPage />} />
        <Route path="dang-ky" element={<RegistrationListPage />} />
        <Route path="dang-ky/:id" element={<RegistrationDetailPage />} />
        <Route path="chi-tieu" element={<IndicatorCatalogPage />} />
        <Route path="so-lieu" element={<DataEntryPage />} />
        <Route path="tong-hop" element={<RollupPage />} />
        <Route path="kiem-tra" element={<CheckerPage />} />
        <Route path="bao-cao" element={<CampaignListPage />} />
        <Route
          path="bao-cao/yeu-cau/moi"
          element={
            <RequireAction action="campaign.manage">
              <CampaignCreatePage />
            </RequireAction>
          }
        />
        <Route path="bao-cao/yeu-cau/:id" element={<CampaignDetailPage />} />
        <Route path="bao-cao/yeu-cau/:id/tong-hop" element={<SynthesisPage />} />
        <Route path="bao-cao/cua-don-vi" element={<MyReportsPage />} />
        <Route path="bao-cao/bao-cao/:id" element={<ReportEditorPage />} />
        <Route path="bao-cao/de-cuong" element={<OutlineListPage />} />
        <Route
          path="bao-cao/de-cuong/moi"
          element={
            <RequireAction action="outline.manage">
              <OutlineEditorPage />
            </RequireAction>
          }
        />
        <Route path="bao-cao/de-cuong/:id" element={<OutlineDetailPage />} />
        <Route path="bao-cao/de-cuong/:id/phien-ban-moi" element={<OutlineEditorPage />} />
        <Route path="khen-thuong" element={<RegistryPage />} />
        <Route path="khen-thuong/doi-tuong/:id" element={<SubjectProfilePage />} />
        <Route path="khen-thuong/thong-ke" element={<AwardStatsPage />} />
        <Route
          path="khen-thuong/nhap"
          element={
            <RequireAction action="award.manage">
              <AwardImportPage />
            </RequireAction>
          }
        />
        <Route path="khen-thuong/thiet-lap" element={<LocalSettingsPage />} />
        <Route path="khen-thuong/ho-so" element={<ProposalListPage />} />
        <Route path="khen-thuong/ho-so/:id" element={<ProposalDetailPage />} />
        <Route path="khen-thuong/hoi-dong" element={<CouncilListPage />} />
        <Route path="khen-thuong/hoi-dong/phien/:id" element={<CouncilSessionPage />} />
        <Route path="khen-thuong/hoi-dong/:id" element={<CouncilDetailPage />} />
        <Route path="khen-thuong/quyet-dinh" element={<DecisionListPage />} />
        <Route path="khen-thuong/quyet-dinh/:id" element={<DecisionDetailPage />} />
        <Route path="khen-thuong/mau-giay-chung-nhan" element={<CertificateTemplatesPage />} />
        <Route path="van-ban" element={<DocumentListPage />} />
        <Route path="cum-khoi" element={<GroupListPage />} />
        <Route path="cum-khoi/:id" element={<GroupDetailPage />} />
        <Route path="don-vi" element={<OrgPage />}>
          <Route index element={<OrgIndex />} />
          <Route path=":id" element={<UnitDetailPanel />} />
        </Route>
        <Route
          path="tai-khoan"
          element={
            <RequireAction action="account.read">
              <UsersPage />
            </RequireAction>
          }
        >
          <Route path=":id" element={<UserDrawer />} />
        </Route>
        <Route
          path="nhat-ky"
          element={
            <RequireAction action="audit.read">
              <AuditPage />
            </RequireAction>
          }
        />
        <Route path="doi-mat-khau" element={<ChangePasswordPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
