import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, InputNumber, Row, Segmented, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { searchKey } from '../../../../src/shared/vi-text';
import { useAwardStats, statsXlsxUrl, type StatDimension, type StatsParams, type StatTable } from '../../api/awards';
import { useMe } from '../../api/auth';
import { useGroups } from '../../api/groups';
import { DateInput } from '../../components/DateInput';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { formatNumber, fromIso, toIso } from '../../lib/dates';
import { ReactEChartsCore, echarts } from '../indicators/echarts';
import { OfficialFormsCard } from './OfficialFormsCard';

const VIEWS: { value: string; label: string; by: StatDimension[] }[] = [
  { value: 'all', label: 'Các bảng thống kê', by: [] },
  { value: 'form_year', label: 'Hình thức × năm', by: ['form', 'year'] },
  { value: 'form_unit', label: 'Hình thức × đơn vị', by: ['form', 'unit'] },
  { value: 'unit_year', label: 'Đơn vị × năm', by: ['unit', 'year'] },
];

function StatTableView({ t }: { t: StatTable }) {
  const data = [...t.rows, { key: '__total', label: 'Tổng số', cells: t.totals, total: t.total }];
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={data}
      scroll={{ x: true }}
      onRow={(r) => (r.key === '__total' ? { style: { fontWeight: 600 } } : {})}
      columns={[
        { title: 'Nội dung', dataIndex: 'label', fixed: 'left' as const },
        ...t.columns.map((c, i) => ({ title: c.label, key: c.key || `c${i}`, align: 'right' as const, render: (_: unknown, r: (typeof data)[number]) => formatNumber(r.cells[i] ?? 0) })),
        ...(t.columns.length > 1 ? [{ title: 'Tổng', dataIndex: 'total', align: 'right' as const, render: (v: number) => formatNumber(v) }] : []),
      ]}
    />
  );
}

/** Collectives and individuals by form, as a stacked bar: the picture the seed reports describe in words. */
function FormChart({ t }: { t: StatTable }) {
  const labels = t.rows.map((r) => r.label);
  const series = t.columns
    .map((c, i) => ({ name: c.label, type: 'bar', stack: 'all', data: t.rows.map((r) => r.cells[i] ?? 0), barMaxWidth: 28 }))
    .filter((s) => s.data.some((v) => v > 0));
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '—') },
    legend: { top: 0 },
    grid: { left: 8, right: 24, bottom: 8, top: 32, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    yAxis: { type: 'category', inverse: true, data: labels, axisLabel: { width: 260, overflow: 'truncate' } },
    color: ['#b71c1c', '#1677ff', '#faad14'],
    series,
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: Math.max(240, 36 * labels.length + 60) }} />;
}

function GroupSelect({ value, onChange }: { value?: string; onChange: (id: string | undefined) => void }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const groups = useGroups({ year });
  return (
    <Space>
      <InputNumber<number> aria-label="Năm của cụm, khối" min={2000} max={2200} precision={0} value={year} onChange={(v) => v && setYear(v)} style={{ width: 90 }} />
      <Select<string>
        aria-label="Cụm, khối thi đua"
        placeholder={`Cụm, khối thi đua năm ${year}`}
        value={value}
        onChange={(v) => onChange(v ?? undefined)}
        loading={groups.isFetching}
        options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
        showSearch={{ filterOption: (input, o) => searchKey(String(o?.label ?? '')).includes(searchKey(input)) }}
        notFoundContent={`Không có cụm, khối nào năm ${year}`}
        style={{ width: 340 }}
      />
    </Space>
  );
}

/** "Thống kê khen thưởng": counts from the registry by form, level, year, movement, unit and subject; tables, a chart and XLSX. */
export function StatsPage() {
  const me = useMe().data;
  const [target, setTarget] = useState<'unit' | 'group'>('unit');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<string>();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [view, setView] = useState('all');
  const unit = unitId ?? me?.homeUnit.id;
  const by = VIEWS.find((v) => v.value === view)!.by;
  const params: StatsParams | null = target === 'unit' ? (unit ? { unitId: unit, from: from ?? undefined, to: to ?? undefined, by } : null) : groupId ? { groupId, from: from ?? undefined, to: to ?? undefined, by } : null;
  const stats = useAwardStats(params);
  const s = stats.data;
  const formTable = s?.tables.find((t) => t.key === 'form');

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Thống kê khen thưởng
        </Typography.Title>
      }
      extra={
        params && (
          <Button icon={<DownloadOutlined />} href={statsXlsxUrl(params)}>
            Tải Excel
          </Button>
        )
      }
    >
      <Space wrap size={[12, 12]} style={{ marginBottom: 16 }}>
        <Segmented<'unit' | 'group'>
          aria-label="Thống kê theo"
          value={target}
          onChange={setTarget}
          options={[
            { value: 'unit', label: 'Đơn vị' },
            { value: 'group', label: 'Cụm, khối' },
          ]}
        />
        {target === 'unit' ? (
          <UnitSearchSelect value={unit ?? null} initial={me?.homeUnit ?? null} allowClear={false} onChange={(id) => id && setUnitId(id)} style={{ width: 320 }} />
        ) : (
          <GroupSelect value={groupId} onChange={setGroupId} />
        )}
        <span>Quyết định từ ngày</span>
        <DateInput aria-label="Từ ngày" value={fromIso(from)} onChange={(d) => !Array.isArray(d) && setFrom(toIso(d))} style={{ width: 160 }} />
        <span>đến ngày</span>
        <DateInput aria-label="Đến ngày" value={fromIso(to)} onChange={(d) => !Array.isArray(d) && setTo(toIso(d))} style={{ width: 160 }} />
        <Select aria-label="Cách trình bày" value={view} onChange={setView} options={VIEWS.map((v) => ({ value: v.value, label: v.label }))} style={{ width: 220 }} />
      </Space>
      {stats.isError && <Alert type="error" showIcon title={stats.error.message} style={{ marginBottom: 16 }} />}
      {!params && <Empty description="Chọn đơn vị hoặc cụm, khối thi đua để thống kê." />}
      {s && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={`Tổng số khen thưởng · ${s.scope.name}`} value={s.total} formatter={(v) => formatNumber(Number(v))} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="Tập thể" value={s.byKind.tap_the} formatter={(v) => formatNumber(Number(v))} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="Cá nhân" value={s.byKind.ca_nhan} formatter={(v) => formatNumber(Number(v))} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title="Cá nhân là công nhân, nông dân, người trực tiếp lao động"
                value={s.directWorkers.percent ?? 0}
                suffix={`% (${formatNumber(s.directWorkers.count)}/${formatNumber(s.directWorkers.individuals)})`}
                formatter={(v) => (s.directWorkers.percent === null ? '—' : Number(v).toLocaleString('vi-VN'))}
              />
            </Col>
          </Row>
          {s.total === 0 && <Empty description="Không có khen thưởng nào trong phạm vi và thời gian đã chọn." />}
          {formTable && formTable.rows.length > 0 && (
            <Card size="small" title="Theo hình thức, danh hiệu (biểu đồ)">
              <FormChart t={formTable} />
            </Card>
          )}
          {s.total > 0 &&
            s.tables.map((t) => (
              <Card key={t.key} size="small" title={t.title}>
                <StatTableView t={t} />
              </Card>
            ))}
          {target === 'unit' && unit && <OfficialFormsCard unitId={unit} />}
        </Space>
      )}
    </Card>
  );
}
