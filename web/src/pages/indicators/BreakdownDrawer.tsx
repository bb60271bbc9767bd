import { CheckCircleFilled, CloseCircleFilled, RightOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Table, Tag, Tooltip, Typography } from 'antd';
import type { RollupResponse, RollupRowView, UnitFigureView } from '../../api/indicators';
import { formatNumber } from '../../lib/dates';
import { formatFigure, formatPercent } from './labels';
import { changeText, type Figure } from './RollupTable';

const FIGURE_LABEL: Record<Figure, string> = {
  value: 'Thực hiện',
  target: 'Kế hoạch',
  percentOfTarget: '% kế hoạch',
  previous: 'Cùng kỳ',
  change: 'Tăng/giảm',
  meeting: 'Đơn vị đạt',
  completeness: 'Đã báo cáo',
};

// Which breakdown column explains the clicked figure, so it is the one highlighted.
const COLUMN_OF: Record<Figure, string> = {
  value: 'value',
  target: 'target',
  percentOfTarget: 'pct',
  previous: 'previous',
  change: 'previous',
  meeting: 'met',
  completeness: 'value',
};

interface Props {
  open: boolean;
  data: RollupResponse;
  row: RollupRowView | null;
  figure: Figure;
  onClose: () => void;
  /** Re-runs the roll-up on a unit of the breakdown (drill down). */
  onDrill: (unit: { id: string; name: string }) => void;
}

/** The units a figure came from: own reports vs totals of their own units, merged units tagged. */
export function BreakdownDrawer({ open, data, row, figure, onClose, onDrill }: Props) {
  const ind = row?.indicator;
  const hl = COLUMN_OF[figure];
  const num = (key: string, pick: (u: UnitFigureView) => string) => ({
    key,
    align: 'right' as const,
    onCell: () => ({ style: key === hl ? { background: '#fffbe6', fontWeight: 600 } : {} }),
    render: (_: unknown, u: UnitFigureView) => pick(u) || <Typography.Text type="secondary">—</Typography.Text>,
  });
  return (
    <Drawer open={open && !!row} size={960} onClose={onClose} title={row ? `${row.indicator.name} · ${data.root.name} · ${data.period.label}` : ''}>
      {row && ind && (
        <>
          <Descriptions
            size="small"
            column={3}
            bordered
            style={{ marginBottom: 16 }}
            items={[
              { key: 'v', label: 'Thực hiện', children: `${formatFigure(ind, row.value) || '—'}${row.value !== null ? (row.own ? ' (tự báo cáo)' : ' (tổng hợp)') : ''}` },
              { key: 't', label: 'Kế hoạch', children: formatFigure(ind, row.target) || '—' },
              { key: 'p', label: '% kế hoạch', children: formatPercent(row.percentOfTarget) || '—' },
              { key: 'pr', label: `Cùng kỳ (${data.previousPeriod.label})`, children: formatFigure(ind, row.previous) || '—' },
              { key: 'c', label: 'Tăng/giảm', children: changeText(row).text || '—' },
              { key: 'agg', label: 'Cách tổng hợp', children: ind.aggregationLabel },
            ]}
          />
          <Typography.Paragraph type="secondary">
            Đang xem: <b>{FIGURE_LABEL[figure]}</b>. {row.breakdown.length ? `${formatNumber(row.breakdown.length)} đơn vị trực thuộc.` : 'Đơn vị này không có đơn vị trực thuộc.'} Bấm tên đơn vị có mũi tên để xem tiếp các đơn vị bên dưới.
          </Typography.Paragraph>
          <Table<UnitFigureView>
            rowKey={(u) => u.unit.id}
            size="small"
            dataSource={row.breakdown}
            pagination={row.breakdown.length > 50 ? { pageSize: 50 } : false}
            locale={{ emptyText: 'Không có đơn vị trực thuộc.' }}
            columns={[
              {
                title: 'Đơn vị',
                key: 'unit',
                sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'),
                render: (_, u) => (
                  <>
                    {u.unit.hasChildren ? (
                      <Button type="link" size="small" onClick={() => onDrill(u.unit)} style={{ padding: 0, height: 'auto' }} aria-label={`${u.unit.name}: xem các đơn vị trực thuộc`}>
                        {u.unit.name} <RightOutlined style={{ fontSize: 10 }} />
                      </Button>
                    ) : (
                      u.unit.name
                    )}
                    {u.virtual && (
                      <Tooltip title="Đơn vị đã sáp nhập; số liệu của kỳ này được tính vào đơn vị kế thừa.">
                        <Tag color="purple" style={{ marginLeft: 8 }}>
                          đã sáp nhập
                        </Tag>
                      </Tooltip>
                    )}
                    {u.value !== null && !u.own && (
                      <Tag style={{ marginLeft: 8 }} title="Tổng hợp từ các đơn vị bên dưới">
                        tổng hợp
                      </Tag>
                    )}
                  </>
                ),
              },
              { title: 'Thực hiện', ...num('value', (u) => formatFigure(ind, u.value)), sorter: (a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity) },
              { title: 'Kế hoạch', ...num('target', (u) => formatFigure(ind, u.target)) },
              { title: '% KH', ...num('pct', (u) => formatPercent(u.percentOfTarget)), sorter: (a, b) => (a.percentOfTarget ?? -Infinity) - (b.percentOfTarget ?? -Infinity) },
              { title: 'Ước thực hiện', ...num('estimate', (u) => formatFigure(ind, u.estimate)) },
              { title: 'Cùng kỳ', ...num('previous', (u) => formatFigure(ind, u.previous)) },
              {
                title: 'Đạt',
                key: 'met',
                align: 'center',
                width: 70,
                onCell: () => ({ style: hl === 'met' ? { background: '#fffbe6' } : {} }),
                render: (_, u) =>
                  u.met === null ? (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ) : u.met ? (
                    <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="Đạt" />
                  ) : (
                    <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-label="Chưa đạt" />
                  ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
