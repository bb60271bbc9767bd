import { Alert, Card, Col, Empty, Progress, Row, Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatViNumber } from '../../../../src/indicators/domain/vi-number';
import { useRollupSeries, type IndicatorView, type RollupResponse } from '../../api/indicators';
import { ReactEChartsCore, echarts } from './echarts';
import { formatFigure, formatPercent } from './labels';

interface Props {
  data: RollupResponse;
  /** Who the series is about: the same unit or group as the table. */
  scope: { unitId?: string; groupId?: string };
  restated: boolean;
}

const axisNumber = (v: number) => formatViNumber(v);

/** "Biểu đồ": one indicator across the units below (or the members of a cluster), over time, and progress against target. */
export function RollupCharts({ data, scope, restated }: Props) {
  const [picked, setPicked] = useState<string>();
  // A half-year report is compared with earlier half-years, anything else with whole years.
  const [span, setSpan] = useState<'years' | 'halves'>(data.period.key.endsWith('-H1') ? 'halves' : 'years');
  const row = data.rows.find((r) => r.indicator.id === picked) ?? data.rows[0];
  const year = +data.period.key.slice(0, 4);
  const years = Array.from({ length: 5 }, (_, i) => year - 4 + i);
  const periods = span === 'years' ? years.map(String) : years.map((y) => `${y}-H1`);
  const series = useRollupSeries(row ? { indicatorId: row.indicator.id, ...scope, periods, restated } : null);

  if (!row) return <Empty description="Chưa có chỉ tiêu để vẽ biểu đồ." />;
  const ind = row.indicator;
  const fmt = (v: unknown) => (typeof v === 'number' ? formatFigure(ind, v) : '—');

  const units = row.breakdown;
  const barOption = {
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    legend: { top: 0, data: ['Thực hiện', 'Kế hoạch'] },
    grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'category', data: units.map((u) => (u.virtual ? `${u.unit.name} (đã sáp nhập)` : u.unit.name)), axisLabel: { interval: 0, rotate: units.length > 6 ? 30 : 0, width: 120, overflow: 'truncate' } },
    yAxis: { type: 'value', axisLabel: { formatter: axisNumber } },
    series: [
      { name: 'Thực hiện', type: 'bar', data: units.map((u) => u.value), itemStyle: { color: '#b71c1c' }, barMaxWidth: 40 },
      // The target as a short horizontal mark over each bar, as boards draw it on paper.
      { name: 'Kế hoạch', type: 'scatter', data: units.map((u) => u.target), symbol: 'rect', symbolSize: [28, 3], itemStyle: { color: '#1677ff' } },
    ],
  };

  const points = series.data?.points ?? [];
  const lineOption = {
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    legend: { top: 0, data: ['Thực hiện', 'Kế hoạch'] },
    grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { interval: 0, width: 80, overflow: 'break' } },
    yAxis: { type: 'value', axisLabel: { formatter: axisNumber } },
    series: [
      { name: 'Thực hiện', type: 'line', data: points.map((p) => p.value), itemStyle: { color: '#b71c1c' }, connectNulls: false, label: { show: true, formatter: (p: { value: unknown }) => fmt(p.value) } },
      { name: 'Kế hoạch', type: 'line', data: points.map((p) => p.target), itemStyle: { color: '#1677ff' }, lineStyle: { type: 'dashed' } },
    ],
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Select<string>
        aria-label="Chỉ tiêu vẽ biểu đồ"
        value={row.indicator.id}
        onChange={setPicked}
        options={data.rows.map((r) => ({ value: r.indicator.id, label: `${r.indicator.code} – ${r.indicator.name}` }))}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 520, maxWidth: '100%' }}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={`${ind.name} theo đơn vị · ${data.period.label} (${ind.unitOfMeasure})`}>
            {units.length ? (
              <ReactEChartsCore echarts={echarts} option={barOption} notMerge style={{ height: 360 }} />
            ) : (
              <Empty description="Không có đơn vị trực thuộc để so sánh." />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={`${ind.name} qua các kỳ`}
            extra={
              <Segmented<'years' | 'halves'>
                size="small"
                value={span}
                onChange={setSpan}
                options={[
                  { value: 'years', label: '5 năm gần nhất' },
                  { value: 'halves', label: '6 tháng đầu năm' },
                ]}
              />
            }
          >
            {series.isError && <Alert type="error" showIcon title={series.error.message} />}
            <ReactEChartsCore echarts={echarts} option={lineOption} notMerge showLoading={series.isFetching} style={{ height: 360 }} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={`Tiến độ so với kế hoạch · ${data.root.name} · ${data.period.label}`}>
        <TargetProgress data={data} />
      </Card>
    </Space>
  );
}

function progressColor(ind: IndicatorView, pct: number) {
  const good = ind.direction === 'higher' ? pct >= 100 : pct <= 100;
  return good ? '#52c41a' : ind.direction === 'higher' && pct >= 80 ? '#faad14' : '#ff4d4f';
}

/** One bar per indicator with a target; over 100% the bar stays full and the text tells the real figure. */
function TargetProgress({ data }: { data: RollupResponse }) {
  const rows = data.rows.filter((r) => r.percentOfTarget !== null);
  if (!rows.length) return <Empty description="Chưa có kế hoạch để so sánh." />;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(200px, 2fr) 3fr', gap: '8px 16px', alignItems: 'center' }}>
      {rows.map((r) => (
        <div key={r.indicator.id} style={{ display: 'contents' }}>
          <div>
            <div>{r.indicator.name}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatFigure(r.indicator, r.value)} / {formatFigure(r.indicator, r.target)} {r.indicator.unitOfMeasure}
            </Typography.Text>
          </div>
          <Progress
            percent={Math.min(Math.max(r.percentOfTarget!, 0), 100)}
            strokeColor={progressColor(r.indicator, r.percentOfTarget!)}
            format={() => formatPercent(r.percentOfTarget)}
            aria-label={`${r.indicator.name}: đạt ${formatPercent(r.percentOfTarget)} kế hoạch`}
          />
        </div>
      ))}
    </div>
  );
}
