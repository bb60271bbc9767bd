import type { Ctx } from '../app/context';
import { defaultLayout } from '../awards/certificates/domain/defaults';
import { issueCertificates } from '../awards/certificates/use-cases/certificates';
import { createTemplate } from '../awards/certificates/use-cases/templates';
import { createDecision } from '../awards/decisions/use-cases/draft-decision';
import { issueDecision } from '../awards/decisions/use-cases/issue-decision';

export interface DecisionDemoRefs {
  /** Thành phố Cần Thơ after the 2025 merger (2025 code 92): owns the templates and issues the decision. */
  canThoId: string;
  /** Where the awardees work (Phường Ngã Bảy, 2025 code 31340), which also proposed them. */
  wardId: string;
  /** Dossiers at "trình ký" received by Cần Thơ to draft from, if the demo has any. */
  proposalIds?: string[];
  number?: number;
  decisionDate?: string;
  signerName?: string;
}

/**
 * Certificates and one decision for the demo: the default Bằng khen and Giấy khen templates of Cần Thơ,
 * then a decision of the city (synthetic names) issued through the use-cases, so its awards are in the
 * registry, and printed with their verification codes.
 */
export async function seedDecisions(ctx: Ctx, refs: DecisionDemoRefs): Promise<{ templateIds: string[]; decisionId: string; certificateCodes: string[] }> {
  const templateIds: string[] = [];
  for (const [kind, name] of [['bang_khen', 'Bằng khen của Chủ tịch UBND thành phố'], ['giay_khen', 'Giấy khen']] as const) {
    const t = await createTemplate(ctx, { ownerUnitId: refs.canThoId, name, kind, pageSize: 'A4', orientation: 'landscape', layout: defaultLayout(kind), isDefault: true });
    templateIds.push(t.id);
  }
  const year = Number((refs.decisionDate ?? ctx.today).slice(0, 4)) - 1;
  const achievement = `Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm ${year}`;
  const person = (fullName: string, positionTitle: string, workplace: string) => ({ subjectKind: 'ca_nhan' as const, fullName, positionTitle, workplace, orgUnitId: refs.wardId, awardCode: 'bang_khen_tinh', awardName: 'Bằng khen cấp tỉnh', achievement });
  const id = await createDecision(ctx, {
    decidingUnitId: refs.canThoId,
    year,
    title: `Về việc tặng Bằng khen cho các tập thể, cá nhân đã có thành tích xuất sắc năm ${year}`,
    proposalIds: refs.proposalIds ?? [],
    achievement,
    signerName: refs.signerName ?? 'Trương Quang Minh',
    legalBases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
      'Theo đề nghị của Giám đốc Sở Nội vụ.',
    ],
    items: [
      { subjectKind: 'tap_the', fullName: 'Trường Trung học cơ sở Ngã Bảy', orgUnitId: refs.wardId, awardCode: 'bang_khen_tinh', awardName: 'Bằng khen cấp tỉnh', achievement },
      person('Nguyễn Thị Mỹ Duyên', 'Giáo viên', 'Trường Trung học cơ sở Ngã Bảy'),
      person('Trần Văn Hậu', 'Tổ trưởng tổ dân phố', 'Khu vực 3, phường Ngã Bảy'),
      person('Lê Hoàng Phúc', 'Công nhân', 'Công ty Cổ phần Cấp thoát nước Cần Thơ'),
    ],
  });
  const d = await ctx.db.selectFrom('award_decision').select('version').where('id', '=', id).executeTakeFirstOrThrow();
  await issueDecision(ctx, id, { version: d.version, number: refs.number ?? 128, decisionDate: refs.decisionDate ?? ctx.today });
  const certificates = await issueCertificates(ctx, { decisionId: id });
  return { templateIds, decisionId: id, certificateCodes: certificates.map((c) => c.code) };
}
