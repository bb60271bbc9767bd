import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../api/auth';
import { useMovements, type MovementListParams, type MovementState, type MovementSummary } from '../../api/movements';
import { AsOfLink, useAsOfNavigate } from '../../lib/asOf';
import { formatNumber } from '../../lib/dates';
import { MovementStateTag, STATE_OPTIONS, periodText } from './labels';
import { MovementFormDrawer } from './MovementForm';
import { YearFilterInput } from '../../components/YearFilterInput';

/** "Phong trào thi đua": every movement, from the national ones down to the units' answering ones. */
export function MovementListPage() {
  const [filters, setFilters] = useState<MovementListParams>({});
  const movements = useMovements(filters);
  const canManage = useCan('movement.manage');
  const [creating, setCreating] = useState(false);
  const navigate = useAsOfNavigate();
  const filter = (patch: MovementListParams) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Phong trào thi đua
        </Typography.Title>
      }
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Soạn phong trào
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="Tìm phong trào"
          placeholder="Tìm theo tên, nội dung (không cần gõ dấu)"
          allowClear
          onSearch={(v) => filter({ q: v.trim() || undefined })}
          style={{ width: 400 }}
        />
        <Select<MovementState>
          aria-label="Trạng thái"
          placeholder="Trạng thái"
          allowClear
          options={STATE_OPTIONS}
          value={filters.state}
          onChange={(v) => filter({ state: v ?? undefined })}
          style={{ width: 180 }}
        />
        <YearFilterInput label="Năm" placeholder="Năm diễn ra" width={150} onYear={(year) => filter({ year })} />
      </Space>
      {movements.isError && <Alert type="error" showIcon title={movements.error.message} style={{ marginBottom: 16 }} />}
      <Table<MovementSummary>
        rowKey="id"
        loading={movements.isFetching}
        dataSource={movements.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `${formatNumber(t)} phong trào` }}
        locale={{ emptyText: 'Chưa có phong trào thi đua nào phù hợp.' }}
        columns={[
          { title: 'Tên phong trào', key: 'name', width: '28%', render: (_, m) => <AsOfLink to={`/phong-trao/${m.id}`}>{m.name}</AsOfLink> },
          { title: 'Loại', dataIndex: 'kindLabel', width: '12%' },
          { title: 'Đơn vị phát động', key: 'owner', width: '16%', render: (_, m) => m.ownerUnit.name },
          { title: 'Thời gian', key: 'period', width: '15%', render: (_, m) => <span style={{ whiteSpace: 'nowrap' }}>{periodText(m.periodFrom, m.periodTo)}</span> },
          { title: 'Trạng thái', dataIndex: 'state', width: '9%', render: (s: string) => <MovementStateTag state={s} /> },
          {
            title: 'Hưởng ứng phong trào',
            key: 'parent',
            width: '20%',
            render: (_, m) => (m.parent ? <AsOfLink to={`/phong-trao/${m.parent.id}`}>{m.parent.name}</AsOfLink> : '—'),
          },
        ]}
      />
      {canManage && <MovementFormDrawer open={creating} onClose={() => setCreating(false)} onSaved={(m) => navigate(`/phong-trao/${m.id}`)} />}
    </Card>
  );
}
