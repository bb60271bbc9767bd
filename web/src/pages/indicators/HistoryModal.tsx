import { Alert, Modal, Table } from 'antd';
import { useCellHistory, type CellHistory, type ValueKindName } from '../../api/indicators';
import type { GridColumnDef, GridRowDef } from '../../components/grid/gridModel';
import { displayNumber } from '../../components/grid/gridModel';
import { parsePeriodKey } from '../../../../src/indicators/domain/period-key';
import { formatViDateTime } from '../../lib/dates';

export interface HistoryTarget {
  row: GridRowDef;
  column: GridColumnDef;
  kind: ValueKindName;
}

/** "Lịch sử": every change of one figure, who made it and from what source. */
export function HistoryModal({ target, onClose }: { target: HistoryTarget | null; onClose: () => void }) {
  const history = useCellHistory(
    target ? { indicatorId: target.row.indicator.id, unitId: target.column.unit.id, periodKey: target.column.periodKey, kind: target.kind } : null,
  );
  const ind = target?.row.indicator;
  const fmt = (v: number | null) => (v === null || !ind ? '(trống)' : displayNumber(v, ind));
  return (
    <Modal
      open={!!target}
      onCancel={onClose}
      footer={null}
      width={760}
      title={target ? `Lịch sử: ${target.row.indicator.name} · ${target.column.unit.name} · ${parsePeriodKey(target.column.periodKey)?.label ?? target.column.label}` : 'Lịch sử'}
      destroyOnHidden
    >
      {history.isError && <Alert type="error" showIcon title={history.error.message} />}
      <Table<CellHistory[number] & { key: number }>
        rowKey="key"
        size="small"
        loading={history.isFetching}
        dataSource={(history.data ?? []).map((h, key) => ({ ...h, key }))}
        pagination={false}
        locale={{ emptyText: 'Chưa có thay đổi nào.' }}
        columns={[
          { title: 'Thời điểm', dataIndex: 'at', width: 150, render: (v: string) => formatViDateTime(v) },
          { title: 'Người sửa', dataIndex: 'actorName', render: (v: string | null) => v ?? '—' },
          { title: 'Giá trị cũ', dataIndex: 'before', align: 'right', render: fmt },
          { title: 'Giá trị mới', dataIndex: 'after', align: 'right', render: fmt },
          { title: 'Nguồn', dataIndex: 'source', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </Modal>
  );
}
