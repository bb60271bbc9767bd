import {
  ApartmentOutlined,
  BookOutlined,
  ImportOutlined,
  PieChartOutlined,
  BarChartOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FileSearchOutlined,
  FlagOutlined,
  FormOutlined,
  FundOutlined,
  LineChartOutlined,
  OrderedListOutlined,
  SendOutlined,
  SolutionOutlined,
  TableOutlined,
  UnorderedListOutlined,
  HistoryOutlined,
  PartitionOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Layout, Menu, type MenuProps } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useMe } from '../api/auth';
import { useHealth } from '../api/stats';
import { AsOfLink } from '../lib/asOf';
import { HeaderBar } from './HeaderBar';

type MenuItem = Required<MenuProps>['items'][number];

const ADMIN_KEY = 'don-vi-tai-khoan';
const FIGURES_KEY = 'chi-tieu-so-lieu';
const REPORTS_KEY = 'bao-cao-nhom';
const AWARDS_KEY = 'khen-thuong-nhom';

function useMenuItems(): MenuItem[] {
  const { data: me } = useMe();
  const can = (a: string) => !!me?.actions.includes(a);
  const item = (path: string, label: string, icon: React.ReactNode): MenuItem => ({
    key: path,
    icon,
    label: <AsOfLink to={path}>{label}</AsOfLink>,
  });
  const admin: MenuItem[] = [item('/don-vi', 'Cơ cấu tổ chức', <PartitionOutlined />)];
  if (can('account.read')) admin.push(item('/tai-khoan', 'Tài khoản', <UserOutlined />));
  if (can('audit.read')) admin.push(item('/nhat-ky', 'Nhật ký thay đổi', <HistoryOutlined />));
  return [
    item('/', 'Tổng quan', <DashboardOutlined />),
    item('/phong-trao', 'Phong trào thi đua', <FlagOutlined />),
    item('/dang-ky', 'Đăng ký thi đua', <FormOutlined />),
    {
      key: FIGURES_KEY,
      icon: <FundOutlined />,
      label: 'Chỉ tiêu & số liệu',
      children: [
        item('/tong-hop', 'Tổng hợp số liệu', <LineChartOutlined />),
        item('/so-lieu', 'Nhập số liệu', <TableOutlined />),
        item('/chi-tieu', 'Chỉ tiêu thi đua', <UnorderedListOutlined />),
      ],
    },
    {
      key: REPORTS_KEY,
      icon: <BarChartOutlined />,
      label: 'Báo cáo',
      children: [
        item('/bao-cao', 'Yêu cầu báo cáo', <SendOutlined />),
        item('/bao-cao/cua-don-vi', 'Báo cáo của đơn vị', <SolutionOutlined />),
        item('/bao-cao/de-cuong', 'Đề cương', <OrderedListOutlined />),
      ],
    },
    item('/kiem-tra', 'Kiểm tra báo cáo', <FileSearchOutlined />),
    item('/cum-khoi', 'Cụm/Khối thi đua', <ClusterOutlined />),
    {
      key: AWARDS_KEY,
      icon: <TrophyOutlined />,
      label: 'Khen thưởng',
      children: [
        item('/khen-thuong', 'Sổ khen thưởng', <BookOutlined />),
        item('/khen-thuong/thong-ke', 'Thống kê', <PieChartOutlined />),
        ...(can('award.propose') || can('award.review') ? [item('/khen-thuong/ho-so', 'Hồ sơ đề nghị', <SolutionOutlined />)] : []),
        ...(can('council.manage') || can('council.vote') ? [item('/khen-thuong/hoi-dong', 'Hội đồng TĐKT', <TeamOutlined />)] : []),
        ...(can('award.decide') || can('award.manage') ? [item('/khen-thuong/quyet-dinh', 'Quyết định khen thưởng', <FileTextOutlined />), item('/khen-thuong/mau-giay-chung-nhan', 'Mẫu giấy chứng nhận', <FormOutlined />)] : []),
        ...(can('award.manage') ? [item('/khen-thuong/nhap', 'Nhập lịch sử', <ImportOutlined />)] : []),
        ...(can('award.settings') ? [item('/khen-thuong/thiet-lap', 'Thiết lập khen thưởng', <SettingOutlined />)] : []),
      ],
    },
    item('/van-ban', 'Văn bản', <FileTextOutlined />),
    { key: ADMIN_KEY, icon: <ApartmentOutlined />, label: 'Đơn vị & Tài khoản', children: admin },
  ];
}

// More specific paths first: the first match wins.
const SECTIONS = ['/phong-trao', '/dang-ky', '/tong-hop', '/so-lieu', '/chi-tieu', '/bao-cao/cua-don-vi', '/bao-cao/de-cuong', '/bao-cao', '/kiem-tra', '/cum-khoi', '/khen-thuong/thong-ke', '/khen-thuong/nhap', '/khen-thuong/hoi-dong', '/khen-thuong/ho-so', '/khen-thuong/quyet-dinh', '/khen-thuong/mau-giay-chung-nhan', '/khen-thuong/thiet-lap', '/khen-thuong', '/van-ban', '/don-vi', '/tai-khoan', '/nhat-ky'];

function selectedKey(pathname: string): string {
  // A unit's report is opened from "Báo cáo của đơn vị" (the board reaches it through the request).
  if (pathname.startsWith('/bao-cao/bao-cao/')) return '/bao-cao/cua-don-vi';
  return SECTIONS.find((s) => pathname === s || pathname.startsWith(`${s}/`)) ?? '/';
}

export function AppLayout() {
  const location = useLocation();
  const items = useMenuItems();
  const health = useHealth();
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" width={240} collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg">
        <nav aria-label="Phân hệ">
          <Menu
            mode="inline"
            items={items}
            selectedKeys={[selectedKey(location.pathname)]}
            defaultOpenKeys={[FIGURES_KEY, REPORTS_KEY, AWARDS_KEY, ADMIN_KEY]}
            style={{ borderInlineEnd: 0, paddingTop: 8 }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <HeaderBar />
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c', fontSize: 12 }}>
          Thi đua - Khen thưởng
          {health.data &&
            ` · phiên bản ${health.data.version} · cơ sở dữ liệu ${health.data.db === 'pglite' ? 'PGlite (nhúng)' : 'PostgreSQL'}`}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
