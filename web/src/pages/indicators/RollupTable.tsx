import { Button, Table, Tooltip, Typography } from 'antd';
import { formatViNumber } from '../../../../src/indicators/domain/vi-number';
import type { RollupResponse, RollupRowView } from '../../api/indicators';
import { formatNumber } from '../../lib/dates';
import { formatFigure, formatPercent, formatSigned, isImprovement, isPercent } from './labels';

export type Figure = 'value' | 'target' | 'percentOfTarget' | 'previous' | 'change' | 'meeting' | 'completeness';

/** A figure that opens its breakdown: every total on screen can show where it came from. */
function Cell({ text, onOpen, label, color }: { text: string; onOpen: () => void; label: string; color?: string }) {
  if (!text) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    // A button, not an anchor without href: it must be reachable with Tab and Enter.
    <Button type="link" size="small" onClick={onOpen} aria-label={`${label}: ${text}. Xem chi tiết theo đơn vị`} style={{ padding: 0, height: 'auto', ...(color ? { color } : {}) }}>
      {text}
    </Button>
  );
}

/** A change in a percentage is in percentage points, not in per cent of itself. */
export function changeText(row: RollupRowView): { text: string; color?: string } {
  if (row.change === null) return { text: '' };
  const ind = row.indicator;
  const base = isPercent(ind) ? `${formatViNumber(row.change, 2)} điểm %` : formatFigure(ind, row.change);
  const pct = row.changePercent !== null && !isPercent(ind) ? ` (${formatSigned(formatPercent(row.changePercent), row.changePercent)})` : '';
  const good = isImprovement(ind, row.change);
  return { text: formatSigned(base, row.change) + pct, color: good === null ? undefined : good ? '#389e0d' : '#cf1322' };
}

export function RollupTable({ data, loading, onOpen }: { data: RollupResponse; loading: boolean; onOpen: (row: RollupRowView, figure: Figure) => void }) {
  const open = (r: RollupRowView, f: Figure) => () => onOpen(r, f);
  return (
    <Table<RollupRowView>
      rowKey={(r) => r.indicator.id}
      size="middle"
      loading={loading}
      dataSource={data.rows}
      pagination={false}
      scroll={{ x: 1100 }}
      locale={{ emptyText: 'Bộ chỉ tiêu chưa có chỉ tiêu nào.' }}
      columns={[
        {
          title: 'Chỉ tiêu',
          key: 'indicator',
          fixed: 'left',
          width: 320,
          render: (_, r) => (
            <>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginRight: 6 }}>
                {r.indicator.code}
              </Typography.Text>
              {r.indicator.name}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                ({r.indicator.unitOfMeasure})
              </Typography.Text>
            </>
          ),
        },
        {
          title: (
            <>
              Thực hiện
              <div style={{ fontWeight: 'normal', fontSize: 12 }}>{data.period.label}</div>
            </>
          ),
          key: 'value',
          align: 'right',
          render: (_, r) => (
            <Tooltip title={r.value === null ? undefined : r.own ? 'Số do đơn vị tự báo cáo' : 'Tổng hợp từ các đơn vị trực thuộc'}>
              <span style={{ whiteSpace: 'nowrap' }}>
                <Cell text={formatFigure(r.indicator, r.value)} label="Giá trị" onOpen={open(r, 'value')} />
                {r.value !== null && r.own && <sup style={{ color: '#8c8c8c', marginLeft: 2 }}>BC</sup>}
              </span>
            </Tooltip>
          ),
        },
        { title: 'Kế hoạch', key: 'target', align: 'right', render: (_, r) => <Cell text={formatFigure(r.indicator, r.target)} label="Kế hoạch" onOpen={open(r, 'target')} /> },
        {
          title: '% kế hoạch',
          key: 'pct',
          align: 'right',
          render: (_, r) => {
            const good = r.percentOfTarget === null ? null : r.indicator.direction === 'higher' ? r.percentOfTarget >= 100 : r.percentOfTarget <= 100;
            return <Cell text={formatPercent(r.percentOfTarget)} label="Phần trăm kế hoạch" onOpen={open(r, 'percentOfTarget')} color={good === null ? undefined : good ? '#389e0d' : '#d46b08'} />;
          },
        },
        {
          title: (
            <>
              Cùng kỳ
              <div style={{ fontWeight: 'normal', fontSize: 12 }}>{data.previousPeriod.label}</div>
            </>
          ),
          key: 'previous', align: 'right', render: (_, r) => <Cell text={formatFigure(r.indicator, r.previous)} label="Cùng kỳ" onOpen={open(r, 'previous')} />,
        },
        {
          title: 'Tăng/giảm',
          key: 'change',
          align: 'right',
          render: (_, r) => {
            const c = changeText(r);
            return <Cell text={c.text} color={c.color} label="Tăng giảm so với cùng kỳ" onOpen={open(r, 'change')} />;
          },
        },
        {
          title: 'Đơn vị đạt',
          key: 'meeting',
          align: 'right',
          render: (_, r) => <Cell text={r.meeting ? `${formatNumber(r.meeting.met)}/${formatNumber(r.meeting.total)} đơn vị đạt` : ''} label="Đơn vị đạt" onOpen={open(r, 'meeting')} />,
        },
        {
          title: 'Đã báo cáo',
          key: 'completeness',
          align: 'right',
          render: (_, r) => {
            const c = r.completeness;
            const full = c ? c.reported >= c.expected : true;
            return <Cell text={c ? `${formatNumber(c.reported)}/${formatNumber(c.expected)}` : ''} color={full ? undefined : '#d46b08'} label="Đã báo cáo" onOpen={open(r, 'completeness')} />;
          },
        },
      ]}
    />
  );
}
