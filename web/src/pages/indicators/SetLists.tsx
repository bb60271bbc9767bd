import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Select, Space, Tooltip, Typography } from 'antd';
import { searchKey } from '../../../../src/shared/vi-text';
import type { IndicatorView } from '../../api/indicators';
import { OP_OPTIONS, SEVERITY_OPTIONS } from './labels';
import type { SetFormValues } from './IndicatorSetDrawer';

const indicatorLabel = (i: IndicatorView | undefined, id: string) => (i ? `${i.code} – ${i.name} (${i.unitOfMeasure})` : id);
const filter = (input: string, o?: { label?: unknown }) => searchKey(String(o?.label ?? '')).includes(searchKey(input));

/** The set's indicators in report order; "Bắt buộc" means a unit's report is incomplete without it. */
// preserve: each item's indicatorId has no input of its own, and useWatch otherwise sees registered fields only.
export function SetItemsList({ byId, catalogue }: { byId: Map<string, IndicatorView>; catalogue: IndicatorView[] }) {
  const items = Form.useWatch<SetFormValues['items']>('items', { form: Form.useFormInstance(), preserve: true }) ?? [];
  const taken = new Set(items.map((i) => i.indicatorId));
  const addable = catalogue.filter((i) => i.active && !taken.has(i.id)).map((i) => ({ value: i.id, label: indicatorLabel(i, i.id) }));
  return (
    <Form.List name="items">
      {(fields, { add, remove, move }) => (
        <div style={{ marginBottom: 16 }}>
          <Typography.Text strong>Chỉ tiêu trong bộ ({fields.length})</Typography.Text>
          <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, marginTop: 8 }}>
            {fields.length === 0 && <Typography.Paragraph type="secondary" style={{ margin: 12 }}>Chưa có chỉ tiêu nào. Chọn chỉ tiêu ở ô bên dưới để thêm.</Typography.Paragraph>}
            {fields.map((f, i) => {
              const id = items[f.name]?.indicatorId ?? '';
              return (
                <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '6px 12px', borderBottom: '1px solid #f5f5f5' }}>
                  <span style={{ width: 28, textAlign: 'right', color: '#8c8c8c' }}>{i + 1}.</span>
                  <span style={{ flex: 1 }}>{indicatorLabel(byId.get(id), id)}</span>
                  <Form.Item name={[f.name, 'required']} valuePropName="checked" noStyle>
                    <Checkbox>Bắt buộc</Checkbox>
                  </Form.Item>
                  <Space.Compact>
                    <Tooltip title="Lên trên">
                      <Button aria-label="Lên trên" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} />
                    </Tooltip>
                    <Tooltip title="Xuống dưới">
                      <Button aria-label="Xuống dưới" size="small" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} />
                    </Tooltip>
                    <Tooltip title="Bỏ khỏi bộ">
                      <Button aria-label="Bỏ khỏi bộ" size="small" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
                    </Tooltip>
                  </Space.Compact>
                </div>
              );
            })}
          </div>
          <Select<string>
            aria-label="Thêm chỉ tiêu vào bộ"
            placeholder="+ Thêm chỉ tiêu vào bộ (gõ mã hoặc tên)"
            value={null as unknown as string}
            options={addable}
            showSearch={{ filterOption: filter }}
            onChange={(v) => v && add({ indicatorId: v, required: false })}
            style={{ width: '100%', marginTop: 8 }}
          />
        </div>
      )}
    </Form.List>
  );
}

/** Checks between two indicators of the set, e.g. "Số hộ nghèo ≤ Tổng số hộ", run on every save. */
export function SetRulesList({ byId }: { byId: Map<string, IndicatorView> }) {
  const items = Form.useWatch<SetFormValues['items']>('items', { form: Form.useFormInstance(), preserve: true }) ?? [];
  const options = items.map((i) => ({ value: i.indicatorId, label: byId.get(i.indicatorId)?.name ?? i.indicatorId }));
  return (
    <Form.List name="rules">
      {(fields, { add, remove }) => (
        <div style={{ marginBottom: 16 }}>
          <Typography.Text strong>Quy tắc kiểm tra giữa các chỉ tiêu</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px' }}>
            Ví dụ: Số hộ nghèo ≤ Tổng số hộ. Quy tắc mức “Lỗi” chặn việc lưu; mức “Cảnh báo” cho lưu sau khi người nhập xác nhận.
          </Typography.Paragraph>
          {fields.map((f) => (
            <div key={f.key} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px', marginBottom: 8 }}>
              <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <Form.Item name={[f.name, 'leftIndicatorId']} rules={[{ required: true, message: 'Chọn chỉ tiêu vế trái.' }]} style={{ flex: 1, marginBottom: 8 }}>
                  <Select aria-label="Vế trái" placeholder="Chỉ tiêu" options={options} showSearch={{ filterOption: filter }} />
                </Form.Item>
                <Form.Item name={[f.name, 'op']} style={{ width: 72, marginBottom: 8 }}>
                  <Select aria-label="Phép so sánh" options={OP_OPTIONS} />
                </Form.Item>
                <Form.Item name={[f.name, 'rightIndicatorId']} rules={[{ required: true, message: 'Chọn chỉ tiêu vế phải.' }]} style={{ flex: 1, marginBottom: 8 }}>
                  <Select aria-label="Vế phải" placeholder="Chỉ tiêu" options={options} showSearch={{ filterOption: filter }} />
                </Form.Item>
                <Tooltip title="Xóa quy tắc">
                  <Button aria-label="Xóa quy tắc" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
                </Tooltip>
              </div>
              <div style={{ display: 'flex', gap: 8 }}>
                <Form.Item name={[f.name, 'severity']} style={{ width: 240, marginBottom: 0 }}>
                  <Select aria-label="Mức độ" options={SEVERITY_OPTIONS} />
                </Form.Item>
                <Form.Item name={[f.name, 'message']} style={{ flex: 1, marginBottom: 0 }}>
                  <Input aria-label="Thông báo khi vi phạm" maxLength={500} placeholder="Thông báo khi vi phạm (để trống để dùng câu mặc định)" />
                </Form.Item>
              </div>
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ op: '<=', severity: 'error' })} disabled={items.length < 2}>
            Thêm quy tắc
          </Button>
        </div>
      )}
    </Form.List>
  );
}
