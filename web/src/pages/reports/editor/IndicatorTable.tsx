import { Input, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { formatViNumber, roundTo } from '../../../../../src/indicators/domain/vi-number';
import type { IndicatorCellView } from '../../../api/report-editor';
import type { ValueEdit } from './useReportDraft';

/** % of target, computed from what is on screen (so it follows the typing). */
export function percentOfTarget(value: number | null, target: number | null): string {
  if (value === null || target === null || target === 0) return '—';
  return `${formatViNumber(roundTo((value / target) * 100, 2), undefined)}%`;
}

/** An indicator-table section: the unit's figures for the outline's indicators, against their targets. */
export function IndicatorTable(props: {
  cells: IndicatorCellView[];
  edits: Record<string, ValueEdit>;
  readOnly: boolean;
  tableLabel: string;
  onValue: (cell: IndicatorCellView, text: string) => void;
}) {
  const { cells, edits, readOnly, onValue } = props;
  const columns: TableColumnsType<IndicatorCellView> = [
    {
      key: 'name',
      title: 'Chỉ tiêu',
      render: (_, c) => (
        <span>
          {c.indicator.name}{' '}
          {c.indicator.code && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              ({c.indicator.code})
            </Typography.Text>
          )}
        </span>
      ),
    },
    { key: 'uom', title: 'Đơn vị tính', width: 88, render: (_, c) => c.indicator.unitOfMeasure },
    { key: 'target', title: 'Kế hoạch', width: 124, align: 'right', render: (_, c) => (c.target === null ? '—' : formatViNumber(c.target, c.indicator.decimals || undefined)) },
    {
      key: 'value',
      title: 'Thực hiện',
      width: readOnly ? 124 : 170,
      align: 'right',
      render: (_, c) => {
        const e = edits[c.indicator.id];
        const shown = e ? e.text : formatViNumber(c.value);
        if (readOnly) return shown || '—';
        return (
          <Tooltip title={e?.error} open={e?.error ? undefined : false}>
            <Input
              value={shown}
              onChange={(ev) => onValue(c, ev.target.value)}
              aria-label={`Thực hiện: ${c.indicator.name}`}
              aria-invalid={!!e?.error}
              status={e?.error ? 'error' : undefined}
              inputMode="decimal"
              placeholder="Nhập số"
              style={{ textAlign: 'right' }}
              suffix={c.indicator.unitOfMeasure && c.indicator.unitOfMeasure.length <= 6 ? <Typography.Text type="secondary">{c.indicator.unitOfMeasure}</Typography.Text> : undefined}
            />
          </Tooltip>
        );
      },
    },
    {
      key: 'pct',
      title: '% kế hoạch',
      width: 92,
      align: 'right',
      render: (_, c) => {
        const e = edits[c.indicator.id];
        if (e?.error) return '—';
        return percentOfTarget(e ? e.value : c.value, c.target);
      },
    },
  ];
  return (
    <div role="group" aria-label={props.tableLabel}>
      <Table size="small" bordered pagination={false} rowKey={(c) => c.indicator.id} columns={columns} dataSource={cells} locale={{ emptyText: 'Mục này chưa gắn chỉ tiêu nào.' }} scroll={{ x: readOnly ? 560 : 640 }} />
      {cells.some((c) => edits[c.indicator.id]?.error) && (
        <Typography.Text type="danger" style={{ display: 'block', marginTop: 4 }}>
          Có ô số liệu chưa đọc được (viền đỏ; di chuột vào ô để xem lý do). Các ô này chưa được lưu.
        </Typography.Text>
      )}
    </div>
  );
}
