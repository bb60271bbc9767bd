import { Alert, Button, Card, Descriptions, Empty, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMe } from '../../api/auth';
import { useCatalogueQuotas, useLocalSettings, useSaveLocalSettings, type CatalogueQuota, type LocalSettingsView } from '../../api/award-settings';
import { toApiError } from '../../api/client';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useFeedback } from '../../lib/feedback';

type SettingSet = { issuer?: string; citation?: string; validFrom?: string | null; validTo?: string | null; quotas?: { code: string; maxPercent: number | null }[] } & Record<string, unknown>;

/** The quota percentages of the first set, editable row by row; everything else of the sets is kept as is. */
function QuotaTable(props: { quotas: CatalogueQuota[]; set: SettingSet; readOnly: boolean; onChange: (set: SettingSet) => void }) {
  const own = new Map((props.set.quotas ?? []).map((q) => [q.code, q.maxPercent]));
  const setPercent = (code: string, value: number | null) => {
    const rest = (props.set.quotas ?? []).filter((q) => q.code !== code);
    props.onChange({ ...props.set, quotas: value === null ? rest : [...rest, { code, maxPercent: value }] });
  };
  return (
    <Table
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={props.quotas}
      columns={[
        { title: 'Tỷ lệ khen thưởng', dataIndex: 'label' },
        { title: 'Tính trên', dataIndex: 'base', width: 260 },
        { title: 'Mặc định', width: 120, render: (_: unknown, q: CatalogueQuota) => (q.maxPercent.value === null ? 'Không áp dụng' : `${q.maxPercent.value.toLocaleString('vi-VN')}%`) },
        {
          title: 'Của đơn vị (%)',
          width: 150,
          render: (_: unknown, q: CatalogueQuota) =>
            props.readOnly ? (own.has(q.code) ? `${own.get(q.code)}%` : '—') : (
              <InputNumber<number> aria-label={`Tỷ lệ tối đa: ${q.label}`} min={0} max={100} value={own.get(q.code) ?? null} onChange={(v) => setPercent(q.code, v ?? null)} style={{ width: 110 }} decimalSeparator="," />
            ),
        },
      ]}
    />
  );
}

/** "Thiết lập khen thưởng": what the law leaves to the province (quotas, own criteria, local values), as dated sets. */
export function LocalSettingsPage() {
  const me = useMe().data;
  const feedback = useFeedback();
  const [unitId, setUnitId] = useState<string | null>(null);
  const unit = unitId ?? me?.homeUnit.id;
  const settings = useLocalSettings(unit);
  const quotas = useCatalogueQuotas();
  const save = useSaveLocalSettings(unit ?? '');
  const [sets, setSets] = useState<SettingSet[]>([]);
  const [json, setJson] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  const view: LocalSettingsView | undefined = settings.data;

  useEffect(() => {
    const s = (view?.sets ?? []) as SettingSet[];
    setSets(s);
    setJson(JSON.stringify(s, null, 2));
    setJsonError(null);
  }, [view]);

  const first: SettingSet = sets[0] ?? { issuer: '', citation: '', validFrom: null, quotas: [] };
  const update = (next: SettingSet[]) => {
    setSets(next);
    setJson(JSON.stringify(next, null, 2));
  };
  const submit = async (next: SettingSet[]) => {
    if (!view) return;
    try {
      await save.mutateAsync({ version: view.version, sets: next });
      feedback.success('Đã lưu thiết lập khen thưởng của đơn vị.');
    } catch (err) {
      const e = toApiError(err);
      setJsonError([e.message, ...e.details.map((d) => `${d.path}: ${d.message}`)].join('\n'));
    }
  };

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>Thiết lập khen thưởng của địa phương</Typography.Title>}>
      <Typography.Paragraph type="secondary">
        Chỉ những nội dung luật giao cho địa phương (tỷ lệ khen thưởng, tiêu chí riêng, giá trị chưa được xác nhận) được thay đổi; hệ thống từ chối phần do luật quy định. Thiết lập của tỉnh áp dụng cho
        các đơn vị trực thuộc khi kiểm tra hồ sơ đề nghị.
      </Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <UnitSearchSelect value={unit ?? null} initial={me?.homeUnit ?? null} allowClear={false} onChange={(id) => id && setUnitId(id)} style={{ width: 360 }} />
        {view && !view.canEdit && <Tag>Chỉ xem</Tag>}
      </Space>
      {settings.isError && <Alert type="error" showIcon title={toApiError(settings.error).message} />}
      {view && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {view.inherited.length > 0 && (
            <Alert type="info" showIcon title={`Đang áp dụng thêm thiết lập của: ${view.inherited.map((i) => i.unit.name).join(', ')}.`} />
          )}
          <Descriptions size="small" bordered column={1}>
            <Descriptions.Item label="Cơ quan ban hành">
              <Input value={first.issuer ?? ''} disabled={!view.canEdit} onChange={(e) => update([{ ...first, issuer: e.target.value }, ...sets.slice(1)])} placeholder="Ủy ban nhân dân thành phố Cần Thơ" />
            </Descriptions.Item>
            <Descriptions.Item label="Căn cứ">
              <Input value={first.citation ?? ''} disabled={!view.canEdit} onChange={(e) => update([{ ...first, citation: e.target.value }, ...sets.slice(1)])} placeholder="Quyết định số …/QĐ-UBND ngày … ban hành Quy chế thi đua, khen thưởng" />
            </Descriptions.Item>
            <Descriptions.Item label="Áp dụng từ ngày (năm-tháng-ngày)">
              <Input value={first.validFrom ?? ''} disabled={!view.canEdit} onChange={(e) => update([{ ...first, validFrom: e.target.value || null }, ...sets.slice(1)])} placeholder="2026-01-01" style={{ width: 160 }} />
            </Descriptions.Item>
          </Descriptions>
          {quotas.data ? <QuotaTable quotas={quotas.data} set={first} readOnly={!view.canEdit} onChange={(s) => update([s, ...sets.slice(1)])} /> : <Empty />}
          <details>
            <summary>Toàn bộ thiết lập (nâng cao: tiêu chí riêng, giá trị địa phương, nhiều bộ theo thời gian)</summary>
            <Input.TextArea aria-label="Thiết lập dạng JSON" rows={12} value={json} disabled={!view.canEdit} onChange={(e) => setJson(e.target.value)} style={{ fontFamily: 'monospace', marginTop: 8 }} />
          </details>
          {jsonError && <Alert type="error" showIcon title={<span style={{ whiteSpace: 'pre-line' }}>{jsonError}</span>} />}
          {view.canEdit && (
            <Button
              type="primary"
              loading={save.isPending}
              onClick={() => {
                let next: SettingSet[];
                try {
                  next = JSON.parse(json) as SettingSet[];
                } catch {
                  setJsonError('Nội dung thiết lập không đúng định dạng JSON.');
                  return;
                }
                void submit(next);
              }}
            >
              Lưu thiết lập
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
