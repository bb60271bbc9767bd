import { Button, Card, Checkbox, Col, Empty, Input, InputNumber, List, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../api/auth';
import { previewTemplate, useArchiveTemplate, useSaveTemplate, useTemplates, type TemplateLayoutBody, type TemplateView } from '../../../api/award-certificates';
import { UnitSearchSelect } from '../../../components/UnitSearchSelect';
import { useFeedback } from '../../../lib/feedback';

type Kind = TemplateView['kind'];
type Field = TemplateLayoutBody['fields'][number];
interface Draft {
  id?: string;
  version?: number;
  ownerUnitId: string | null;
  name: string;
  kind: Kind;
  pageSize: TemplateView['pageSize'];
  orientation: TemplateView['orientation'];
  isDefault: boolean;
  layout: TemplateLayoutBody;
}

const KIND_OPTIONS = [{ value: 'bang_khen', label: 'Bằng khen' }, { value: 'giay_khen', label: 'Giấy khen' }, { value: 'danh_hieu', label: 'Danh hiệu thi đua' }];

/** Certificate templates: fields placed in millimetres with size and style, the QR code box, and a PDF preview. */
export function TemplatesPage() {
  const list = useTemplates();
  const save = useSaveTemplate();
  const archive = useArchiveTemplate();
  const feedback = useFeedback();
  const me = useMe().data;
  const [draft, setDraft] = useState<Draft | null>(null);
  const startNew = (kind: Kind) => {
    const layout = list.data?.defaults[kind];
    if (!layout) return;
    setDraft({ ownerUnitId: me?.assignments?.[0]?.orgUnit.id ?? null, name: KIND_OPTIONS.find((k) => k.value === kind)!.label, kind, pageSize: 'A4', orientation: 'landscape', isDefault: true, layout: structuredClone(layout) });
  };
  const open = (t: TemplateView) => setDraft({ id: t.id, version: t.version, ownerUnitId: t.ownerUnit.id, name: t.name, kind: t.kind, pageSize: t.pageSize, orientation: t.orientation, isDefault: t.isDefault, layout: structuredClone(t.layout) });
  const setField = (i: number, patch: Partial<Field>) => setDraft((d) => (d ? { ...d, layout: { ...d.layout, fields: d.layout.fields.map((f, j) => (j === i ? { ...f, ...patch } : f)) } } : d));
  const submit = () => {
    if (!draft) return;
    const common = { name: draft.name, kind: draft.kind, pageSize: draft.pageSize, orientation: draft.orientation, layout: draft.layout, isDefault: draft.isDefault };
    const body = draft.id ? { ...common, version: draft.version! } : { ...common, ownerUnitId: draft.ownerUnitId ?? '' };
    save.mutate({ id: draft.id, body }, { onSuccess: (t) => { feedback.success('Đã lưu mẫu.'); open(t); }, onError: (e) => feedback.error(e) });
  };
  const placeholders = list.data?.placeholders ?? [];

  return (
    <Row gutter={16}>
      <Col span={6}>
        <Card title={<Typography.Title level={4} style={{ margin: 0 }}>Mẫu giấy chứng nhận</Typography.Title>}>
          <Space wrap style={{ marginBottom: 12 }}>
            {KIND_OPTIONS.map((k) => <Button key={k.value} size="small" onClick={() => startNew(k.value as Kind)}>+ {k.label}</Button>)}
          </Space>
          <List
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: <Empty description="Chưa có mẫu; giấy chứng nhận dùng mẫu mặc định của hệ thống." /> }}
            renderItem={(t) => (
              <List.Item onClick={() => open(t)} style={{ cursor: 'pointer', background: draft?.id === t.id ? '#e6f4ff' : undefined, paddingInline: 8 }}>
                <List.Item.Meta title={<>{t.name} {t.isDefault && <Tag color="blue">Mặc định</Tag>}</>} description={`${t.kindLabel} — ${t.ownerUnit.name}`} />
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col span={18}>
        {!draft ? (
          <Card><Empty description="Chọn một mẫu để sửa, hoặc tạo mẫu mới từ mẫu mặc định." /></Card>
        ) : (
          <Card
            title={draft.id ? `Sửa mẫu: ${draft.name}` : 'Mẫu mới'}
            extra={
              <Space>
                <Button onClick={() => previewTemplate({ pageSize: draft.pageSize, orientation: draft.orientation, layout: draft.layout }).catch((e) => feedback.error(e))}>Xem thử PDF</Button>
                {draft.id && <Button danger onClick={() => archive.mutate(draft.id!, { onSuccess: () => setDraft(null), onError: (e) => feedback.error(e) })}>Ngừng dùng</Button>}
                <Button type="primary" loading={save.isPending} onClick={submit}>Lưu mẫu</Button>
              </Space>
            }
          >
            <Space wrap style={{ marginBottom: 12 }}>
              {!draft.id && <UnitSearchSelect value={draft.ownerUnitId} onChange={(v) => setDraft({ ...draft, ownerUnitId: v })} />}
              <Input aria-label="Tên mẫu" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} style={{ width: 260 }} />
              <Select aria-label="Loại" value={draft.kind} options={KIND_OPTIONS} onChange={(kind) => setDraft({ ...draft, kind })} style={{ width: 170 }} />
              <Select aria-label="Khổ giấy" value={draft.pageSize} options={['A4', 'A3', 'A5'].map((v) => ({ value: v, label: v }))} onChange={(pageSize) => setDraft({ ...draft, pageSize })} />
              <Select aria-label="Hướng giấy" value={draft.orientation} options={[{ value: 'landscape', label: 'Ngang' }, { value: 'portrait', label: 'Dọc' }]} onChange={(orientation) => setDraft({ ...draft, orientation })} />
              <Checkbox checked={draft.isDefault} onChange={(e) => setDraft({ ...draft, isDefault: e.target.checked })}>Mẫu mặc định của đơn vị</Checkbox>
            </Space>
            <Space wrap style={{ marginBottom: 12 }}>
              <span>Mã QR (mm): x</span>
              <InputNumber aria-label="QR x" value={draft.layout.qr?.x} onChange={(x) => setDraft({ ...draft, layout: { ...draft.layout, qr: { ...(draft.layout.qr ?? { y: 150, size: 25 }), x: x ?? 0 } } })} />
              <span>y</span>
              <InputNumber aria-label="QR y" value={draft.layout.qr?.y} onChange={(y) => setDraft({ ...draft, layout: { ...draft.layout, qr: { ...(draft.layout.qr ?? { x: 20, size: 25 }), y: y ?? 0 } } })} />
              <span>cỡ</span>
              <InputNumber aria-label="QR cỡ" value={draft.layout.qr?.size} onChange={(size) => setDraft({ ...draft, layout: { ...draft.layout, qr: { ...(draft.layout.qr ?? { x: 20, y: 150 }), size: size ?? 25 } } })} />
              <span>Khung viền (mm)</span>
              <InputNumber aria-label="Khung viền" value={draft.layout.border} onChange={(border) => setDraft({ ...draft, layout: { ...draft.layout, border } })} />
            </Space>
            <Typography.Paragraph type="secondary">
              Trường dữ liệu dùng được: {placeholders.map((p) => <Tag key={p.key} title={p.label}>{`{${p.key}}`}</Tag>)}. Ngày sinh, số định danh không bao giờ in lên giấy chứng nhận.
            </Typography.Paragraph>
            <Table<Field>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 1300 }}
              dataSource={draft.layout.fields}
              columns={[
                { title: 'Tên', width: 140, render: (_, f, i) => <Input size="small" value={f.label} onChange={(e) => setField(i, { label: e.target.value })} /> },
                { title: 'Nội dung', width: 320, render: (_, f, i) => <Input size="small" value={f.text} onChange={(e) => setField(i, { text: e.target.value })} /> },
                ...(['x', 'y', 'width', 'fontSize'] as const).map((k) => ({
                  title: { x: 'x (mm)', y: 'y (mm)', width: 'Rộng', fontSize: 'Cỡ' }[k],
                  width: 76,
                  render: (_: unknown, f: Field, i: number) => <InputNumber size="small" value={f[k]} onChange={(v) => setField(i, { [k]: v ?? 0 })} style={{ width: 66 }} />,
                })),
                { title: 'Căn', width: 100, render: (_, f, i) => <Select size="small" value={f.align} onChange={(align) => setField(i, { align })} options={[{ value: 'left', label: 'Trái' }, { value: 'center', label: 'Giữa' }, { value: 'right', label: 'Phải' }]} /> },
                {
                  title: 'Kiểu',
                  width: 220,
                  render: (_, f, i) => (
                    <Space size={4}>
                      <Checkbox checked={!!f.bold} onChange={(e) => setField(i, { bold: e.target.checked })}>Đậm</Checkbox>
                      <Checkbox checked={!!f.italic} onChange={(e) => setField(i, { italic: e.target.checked })}>Nghiêng</Checkbox>
                      <Checkbox checked={!!f.uppercase} onChange={(e) => setField(i, { uppercase: e.target.checked })}>HOA</Checkbox>
                      <Checkbox checked={f.color === 'red'} onChange={(e) => setField(i, { color: e.target.checked ? 'red' : 'black' })}>Đỏ</Checkbox>
                    </Space>
                  ),
                },
                { title: '', width: 50, render: (_, __, i) => <Button size="small" danger onClick={() => setDraft({ ...draft, layout: { ...draft.layout, fields: draft.layout.fields.filter((_f, j) => j !== i) } })}>×</Button> },
              ]}
            />
            <Button style={{ marginTop: 8 }} onClick={() => setDraft({ ...draft, layout: { ...draft.layout, fields: [...draft.layout.fields, { id: `truong-${Date.now()}`, label: 'Trường mới', text: '', x: 25, y: 100, width: 100, fontSize: 14, align: 'left' }] } })}>
              Thêm trường
            </Button>
          </Card>
        )}
      </Col>
    </Row>
  );
}
