import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../api/auth';
import type { MovementDetail } from '../../api/movements';
import { useRegistrations } from '../../api/registrations';
import { AsOfLink, useAsOfNavigate } from '../../lib/asOf';
import { RegistrationFormDrawer } from './RegistrationForm';
import { RegistrationTable } from './RegistrationTable';

const takesRegistrations = (m: MovementDetail) => m.state !== 'soan_thao' && m.state !== 'ket_thuc';

/** Tab label with the number of registrations (same query as the tab, so it is fetched once). */
export function MovementRegistrationsLabel({ m }: { m: MovementDetail }) {
  const n = useRegistrations({ movementId: m.id }).data?.length ?? 0;
  return <>{n ? `Đăng ký thi đua (${n})` : 'Đăng ký thi đua'}</>;
}

/** The units' registrations answering this movement, with a shortcut to register for it. */
export function MovementRegistrationsTab({ m }: { m: MovementDetail }) {
  const registrations = useRegistrations({ movementId: m.id });
  const canRegister = useCan('registration.manage');
  const [creating, setCreating] = useState(false);
  const navigate = useAsOfNavigate();

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography.Text type="secondary">
          {takesRegistrations(m) ? 'Các đơn vị đăng ký danh hiệu và giao ước thi đua theo từng năm của phong trào.' : m.state === 'soan_thao' ? 'Phong trào chưa phát động nên chưa nhận đăng ký.' : 'Phong trào đã kết thúc, không nhận thêm đăng ký.'}{' '}
          <AsOfLink to={`/dang-ky?movementId=${m.id}`}>Xem tổng hợp theo trạng thái</AsOfLink>
        </Typography.Text>
        {canRegister && takesRegistrations(m) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Đăng ký thi đua
          </Button>
        )}
      </div>
      {registrations.isError && <Alert type="error" showIcon title={registrations.error.message} />}
      <RegistrationTable items={registrations.data ?? []} loading={registrations.isFetching} hide={['movement']} emptyText="Chưa có đơn vị nào đăng ký thi đua cho phong trào này." />
      {canRegister && takesRegistrations(m) && (
        <RegistrationFormDrawer open={creating} onClose={() => setCreating(false)} defaults={{ movementId: m.id }} onSaved={(r) => navigate(`/dang-ky/${r.id}`)} />
      )}
    </Space>
  );
}
