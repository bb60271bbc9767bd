import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../api/auth';
import { useIndicatorSets, type IndicatorSetSummary } from '../../api/indicators';
import { useMovements } from '../../api/movements';
import { formatNumber } from '../../lib/dates';
import { IndicatorSetDrawer } from './IndicatorSetDrawer';

/** "Bộ chỉ tiêu": the indicators a movement or a commitment reports on, with their checks. */
export function IndicatorSetsTab() {
  const [movementId, setMovementId] = useState<string>();
  const sets = useIndicatorSets(movementId);
  const movements = useMovements();
  const canManage = useCan('indicator.manage');
  const [shown, setShown] = useState<{ id: string | null; open: boolean }>({ id: null, open: false });

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Select<string>
          aria-label="Phong trào"
          placeholder="Lọc theo phong trào thi đua"
          allowClear
          value={movementId}
          onChange={(v) => setMovementId(v ?? undefined)}
          options={(movements.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
          loading={movements.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 460 }}
        />
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setShown({ id: null, open: true })}>
            Tạo bộ chỉ tiêu
          </Button>
        )}
      </Space>
      {sets.isError && <Alert type="error" showIcon title={sets.error.message} style={{ marginBottom: 16 }} />}
      <Table<IndicatorSetSummary>
        rowKey="id"
        loading={sets.isFetching}
        dataSource={sets.data ?? []}
        pagination={false}
        onRow={(s) => ({ onClick: () => setShown({ id: s.id, open: true }), style: { cursor: 'pointer' } })}
        locale={{ emptyText: 'Chưa có bộ chỉ tiêu nào.' }}
        columns={[
          { title: 'Tên bộ chỉ tiêu', dataIndex: 'name', render: (v: string) => <Typography.Link>{v}</Typography.Link> },
          { title: 'Phong trào thi đua', dataIndex: ['movement', 'name'], render: (v?: string) => v ?? '—' },
          { title: 'Đơn vị quản lý', dataIndex: ['ownerUnit', 'name'], width: 260 },
          { title: 'Số chỉ tiêu', dataIndex: 'indicatorCount', width: 110, align: 'right', render: (n: number) => formatNumber(n) },
          ...(canManage
            ? [
                {
                  title: '',
                  key: 'edit',
                  width: 56,
                  render: (_: unknown, s: IndicatorSetSummary) => (
                    <Tooltip title="Xem, sửa bộ chỉ tiêu">
                      <Button aria-label={`Sửa ${s.name}`} type="text" icon={<EditOutlined />} />
                    </Tooltip>
                  ),
                },
              ]
            : []),
        ]}
      />
      <IndicatorSetDrawer id={shown.id} open={shown.open} onClose={() => setShown((s) => ({ ...s, open: false }))} onCreated={(id) => setShown({ id, open: true })} />
    </>
  );
}
