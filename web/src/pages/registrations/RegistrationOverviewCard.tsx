import { Alert, Card, Col, Empty, Progress, Row, Statistic, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import type { RegistrationListParams, RegistrationOverview, RegistrationState } from '../../api/registrations';
import { formatNumber } from '../../lib/dates';
import { ReactEChartsCore, echarts } from './echarts';
import { STATES, stateChartColor, stateLabel } from './labels';
import { useOverview } from './overviewData';

// Past this many reviewer units the bars become unreadable; the busiest ones are shown.
const MAX_BARS = 15;

function chartOption(byReviewer: RegistrationOverview['byReviewer']): EChartsCoreOption {
  const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
  // Busiest at the top: echarts draws a category axis from the bottom up.
  const rows = [...byReviewer].sort((a, b) => total(b.counts) - total(a.counts)).slice(0, MAX_BARS).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => formatNumber(Number(v)) },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
    yAxis: { type: 'category', data: rows.map((r) => r.reviewerUnit.name), axisLabel: { width: 180, overflow: 'truncate' } },
    series: STATES.map((s) => ({
      name: stateLabel(s),
      type: 'bar',
      stack: 'state',
      barMaxWidth: 28,
      itemStyle: { color: stateChartColor(s) },
      data: rows.map((r) => r.counts[s] ?? 0),
    })),
  };
}

interface Props {
  /** The list's filters; the state filter is highlighted here, and clicking a state sets (or clears) it. */
  filters: RegistrationListParams;
  onPickState: (s: RegistrationState | undefined) => void;
}

/** The board's overview of registrations: how many are in each state, and at which reviewing unit they wait. */
export function RegistrationOverviewCard({ filters, onPickState }: Props) {
  const overview = useOverview(filters);
  const { state } = filters;
  const data = overview.data;
  const total = data?.byState.reduce((a, s) => a + s.count, 0) ?? 0;
  const chartHeight = Math.max(160, Math.min(data?.byReviewer.length ?? 0, MAX_BARS) * 36 + 60);

  return (
    <Card
      size="small"
      loading={overview.isPending}
      title="Tổng hợp đăng ký theo trạng thái"
      extra={<Typography.Text type="secondary">{formatNumber(total)} đăng ký theo bộ lọc đang chọn</Typography.Text>}
    >
      {overview.error && <Alert type="error" showIcon title={overview.error.message} />}
      {data && (
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={10}>
            <Row gutter={[12, 12]}>
              {data.byState.map((s) => (
                <Col key={s.state} span={12}>
                  <Card
                    size="small"
                    hoverable
                    role="button"
                    aria-pressed={state === s.state}
                    onClick={() => onPickState(state === s.state ? undefined : s.state)}
                    style={state === s.state ? { borderColor: stateChartColor(s.state), boxShadow: `0 0 0 1px ${stateChartColor(s.state)}` } : undefined}
                  >
                    <Statistic title={s.label} value={s.count} formatter={(v) => formatNumber(Number(v))} />
                    <Progress
                      percent={total ? Math.round((s.count / total) * 100) : 0}
                      strokeColor={stateChartColor(s.state)}
                      size="small"
                      format={(p) => `${formatNumber(p ?? 0)}%`}
                    />
                  </Card>
                </Col>
              ))}
            </Row>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Bấm vào một trạng thái để lọc danh sách bên dưới.
            </Typography.Text>
          </Col>
          <Col xs={24} lg={14}>
            <Typography.Text strong>Theo đơn vị duyệt</Typography.Text>
            {data.byReviewer.length ? (
              <>
                <ReactEChartsCore echarts={echarts} option={chartOption(data.byReviewer)} notMerge style={{ height: chartHeight }} />
                {data.byReviewer.length > MAX_BARS && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    Hiển thị {MAX_BARS} đơn vị duyệt có nhiều đăng ký nhất trong tổng số {formatNumber(data.byReviewer.length)} đơn vị.
                  </Typography.Text>
                )}
              </>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có đăng ký nào." />
            )}
          </Col>
        </Row>
      )}
    </Card>
  );
}
