import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Dropdown, Layout, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { logout, meKey, useMe } from '../api/auth';
import { useAsOf } from '../lib/asOf';
import { VI_DATE_INPUT_FORMATS, fromIso, toIso } from '../lib/dates';
import { NotificationBell } from '../pages/movements/NotificationBell';

export function HeaderBar() {
  const { data: me } = useMe();
  const { asOf, setAsOf, isToday, withAsOf } = useAsOf();
  const navigate = useNavigate();
  const qc = useQueryClient();

  async function signOut() {
    try {
      await logout();
    } finally {
      qc.clear();
      qc.setQueryData(meKey, null);
      navigate('/dang-nhap', { replace: true });
    }
  }

  return (
    <Layout.Header className="app-header">
      <span className="app-title">Thi đua - Khen thưởng</span>
      <div style={{ flex: 1 }} />
      <Space size="small" wrap={false}>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          Ngày xem dữ liệu:
        </Typography.Text>
        <DatePicker
          aria-label="Ngày xem dữ liệu"
          placeholder="Ngày xem dữ liệu"
          format={VI_DATE_INPUT_FORMATS}
          allowClear={false}
          value={fromIso(asOf)}
          onChange={(d) => setAsOf(toIso(d))}
          style={{ width: 150 }}
        />
        {!isToday && (
          <Button size="small" type="link" onClick={() => setAsOf(null)}>
            Về hôm nay
          </Button>
        )}
      </Space>
      <NotificationBell />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: 'Đổi mật khẩu' },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: 'Đăng xuất' },
          ],
          onClick: ({ key }) => {
            if (key === 'password') navigate(withAsOf('/doi-mat-khau'));
            if (key === 'logout') void signOut();
          },
        }}
      >
        <Button type="text" icon={<UserOutlined />}>
          {me?.fullName ?? me?.username}
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
    </Layout.Header>
  );
}
