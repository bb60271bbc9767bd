import { Alert, Breadcrumb, Card, Empty, Result, Button, Spin, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatViDate } from '../../../../src/shared/vi-date';
import { useRollup, type RollupParams, type RollupResponse, type RollupRowView } from '../../api/indicators';
import { useAsOf } from '../../lib/asOf';
import { formatNumber } from '../../lib/dates';
import { BreakdownDrawer } from './BreakdownDrawer';
import { RollupCharts } from './RollupCharts';
import { RollupFilters, useRollupSelection } from './RollupFilters';
import { RollupTable, type Figure } from './RollupTable';

interface Crumb {
  id: string;
  name: string;
}

/** Lines like "Cụm thi đua … có 819/1.234 xã đạt" for the indicators that count units meeting a condition. */
function MeetingLines({ data }: { data: RollupResponse }) {
  const rows = data.rows.filter((r) => r.indicator.aggregation === 'count' && r.meeting);
  if (!rows.length) return null;
  return (
    <ul style={{ margin: '0 0 12px', paddingLeft: 20 }}>
      {rows.map((r) => (
        <li key={r.indicator.id}>
          {data.root.name} có{' '}
          <b>
            {formatNumber(r.meeting!.met)}/{formatNumber(r.meeting!.total)}
          </b>{' '}
          {r.indicator.unitOfMeasure} đạt: {r.indicator.name} ({data.period.label}).
        </li>
      ))}
    </ul>
  );
}

/** "Tổng hợp số liệu" (/tong-hop): every indicator of a set for a unit or a cluster, computed, with its sources one click away. */
export function RollupPage() {
  const { sel, update } = useRollupSelection();
  const { asOf } = useAsOf();
  // Drilling re-runs the roll-up on a unit of the breakdown; the first crumb is where the user started.
  const [trail, setTrail] = useState<Crumb[]>([]);
  const [shown, setShown] = useState<{ row: RollupRowView | null; figure: Figure; open: boolean }>({ row: null, figure: 'value', open: false });

  const startKey = `${sel.setId}|${sel.target}|${sel.unitId}|${sel.groupId}`;
  useEffect(() => setTrail([]), [startKey]);

  const drilled = trail.length > 1 ? trail[trail.length - 1] : undefined;
  const scope = drilled ? { unitId: drilled.id } : sel.target === 'unit' ? { unitId: sel.unitId } : { groupId: sel.groupId };
  const params: RollupParams | null = sel.setId ? { setId: sel.setId, ...scope, period: sel.period, asOf, restated: sel.restated, agencies: sel.agencies } : null;
  const rollup = useRollup(params);
  const data = rollup.data;

  const drill = (unit: Crumb) => {
    if (!data) return;
    setTrail((t) => [...(t.length ? t : [{ id: data.root.id, name: data.root.name }]), unit]);
  };

  const missingTarget = sel.target === 'unit' ? !sel.unitId : !sel.groupId;

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Tổng hợp số liệu chỉ tiêu
        </Typography.Title>
      }
    >
      <RollupFilters sel={sel} onChange={update} unitName={!drilled && sel.target === 'unit' ? data?.root.name : undefined} />
      {(!sel.setId || missingTarget) && <Empty description={!sel.setId ? 'Chọn bộ chỉ tiêu để xem số liệu tổng hợp.' : 'Chọn đơn vị hoặc cụm, khối thi đua.'} />}
      {params && !missingTarget && rollup.isPending && <Spin description="Đang tổng hợp…" />}
      {rollup.isError && <Result status="warning" title="Không tổng hợp được số liệu" subTitle={rollup.error.message} extra={<Button onClick={() => void rollup.refetch()}>Thử lại</Button>} />}
      {data && !missingTarget && sel.setId && (
        <>
          {trail.length > 1 && (
            <Breadcrumb
              style={{ marginBottom: 12 }}
              items={trail.map((c, i) => ({
                key: c.id,
                title:
                  i === trail.length - 1 ? (
                    c.name
                  ) : (
                    <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setTrail(i === 0 ? [] : trail.slice(0, i + 1))}>
                      {c.name}
                    </Button>
                  ),
              }))}
            />
          )}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            <b style={{ color: 'rgba(0,0,0,0.88)' }}>{data.root.name}</b> · {data.period.label} · so với cùng kỳ {data.previousPeriod.label} ·{' '}
            {data.restated ? 'quy đổi theo đơn vị hành chính hiện nay' : `theo cơ cấu tổ chức ngày ${formatViDate(data.treeDate)}`}
          </Typography.Paragraph>
          {data.unplaced.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title="Có số liệu chưa xếp được vào cơ cấu tổ chức, nên chưa được cộng vào tổng"
              description={data.unplaced.map((u) => `${u.unit.name} (${formatNumber(u.count)} số liệu)`).join('; ')}
            />
          )}
          <MeetingLines data={data} />
          <Tabs
            activeKey={sel.tab}
            onChange={(k) => update({ tab: k as 'bang' | 'bieu-do' })}
            items={[
              {
                key: 'bang',
                label: 'Bảng tổng hợp',
                children: <RollupTable data={data} loading={rollup.isFetching} onOpen={(row, figure) => setShown({ row, figure, open: true })} />,
              },
              { key: 'bieu-do', label: 'Biểu đồ', children: <RollupCharts data={data} scope={scope} restated={sel.restated} /> },
            ]}
          />
          <BreakdownDrawer
            open={shown.open}
            data={data}
            // The row is looked up again so that the drawer follows a refetch (another asOf, the switches).
            row={shown.row ? (data.rows.find((r) => r.indicator.id === shown.row!.indicator.id) ?? null) : null}
            figure={shown.figure}
            onClose={() => setShown((s) => ({ ...s, open: false }))}
            onDrill={drill}
          />
        </>
      )}
    </Card>
  );
}
