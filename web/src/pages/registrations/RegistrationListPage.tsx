import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan } from '../../api/auth';
import { useRegistrations, type RegistrationListParams, type RegistrationState } from '../../api/registrations';
import { YearFilterInput } from '../../components/YearFilterInput';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useAsOfNavigate } from '../../lib/asOf';
import { MovementSelect } from './MovementSelect';
import { RegistrationFormDrawer } from './RegistrationForm';
import { RegistrationOverviewCard } from './RegistrationOverviewCard';
import { RegistrationTable } from './RegistrationTable';
import { STATES, STATE_OPTIONS } from './labels';

const isState = (s: string | null): s is RegistrationState => !!s && (STATES as readonly string[]).includes(s);

/** Filters live in the URL so that a notification, a reload or a shared link lands on the same list. */
function useListFilters() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year'));
  const state = params.get('state');
  const filters: RegistrationListParams = {
    movementId: params.get('movementId') ?? undefined,
    year: year >= 1945 && year <= 2200 ? year : undefined,
    state: isState(state) ? state : undefined,
    unitId: params.get('unitId') ?? undefined,
    toReview: params.get('toReview') === '1',
  };
  const set = (patch: Partial<Record<keyof RegistrationListParams, string | number | boolean | undefined>>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === false || v === '') next.delete(k);
          else next.set(k, v === true ? '1' : String(v));
        }
        return next;
      },
      { replace: true },
    );
  return { filters, set };
}

/** "Đăng ký thi đua": what units registered for each movement and year, and where each registration waits. */
export function RegistrationListPage() {
  const { filters, set } = useListFilters();
  const registrations = useRegistrations(filters);
  const canRegister = useCan('registration.manage');
  const canReview = useCan('registration.review');
  const [creating, setCreating] = useState(false);
  const navigate = useAsOfNavigate();
  // After a reload the unit filter has only an id; a listed registration of that unit names it.
  const unitName = registrations.data?.find((r) => r.unit.id === filters.unitId)?.unit;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            Đăng ký thi đua
          </Typography.Title>
        }
        extra={
          canRegister && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Đăng ký thi đua
            </Button>
          )
        }
      >
        <Space wrap>
          <MovementSelect
            placeholder="Tất cả phong trào"
            value={filters.movementId}
            onChange={(v) => set({ movementId: v ?? undefined })}
            style={{ width: 380 }}
          />
          <YearFilterInput label="Năm" initial={filters.year} onYear={(year) => set({ year })} />
          <Select<RegistrationState>
            aria-label="Trạng thái"
            placeholder="Trạng thái"
            allowClear
            options={STATE_OPTIONS}
            value={filters.state}
            onChange={(v) => set({ state: v ?? undefined })}
            style={{ width: 150 }}
          />
          <UnitSearchSelect
            placeholder="Đơn vị đăng ký"
            value={filters.unitId}
            initial={unitName}
            onChange={(v) => set({ unitId: v ?? undefined })}
            style={{ width: 280 }}
          />
          {canReview && (
            <Space>
              <Switch id="toReview" checked={filters.toReview} onChange={(v) => set({ toReview: v })} />
              <label htmlFor="toReview">Cần tôi duyệt</label>
            </Space>
          )}
        </Space>
      </Card>
      <RegistrationOverviewCard filters={filters} onPickState={(s) => set({ state: s })} />
      <Card size="small">
        {registrations.isError && <Alert type="error" showIcon title={registrations.error.message} style={{ marginBottom: 16 }} />}
        <RegistrationTable
          items={registrations.data ?? []}
          loading={registrations.isFetching}
          emptyText={filters.toReview ? 'Không có đăng ký nào gửi tới đơn vị bạn duyệt.' : undefined}
        />
      </Card>
      {canRegister && (
        <RegistrationFormDrawer
          open={creating}
          onClose={() => setCreating(false)}
          defaults={{ movementId: filters.movementId, year: filters.year }}
          onSaved={(r) => navigate(`/dang-ky/${r.id}`)}
        />
      )}
    </Space>
  );
}
