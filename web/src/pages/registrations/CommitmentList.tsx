import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { IndicatorPicker } from './IndicatorPicker';
import { parseTarget, type IndicatorMeta, type RegistrationFormValues } from './formValues';

interface Shared {
  indicators: Record<string, IndicatorMeta>;
  onPick: (m: IndicatorMeta) => void;
}

function CommitmentRow({ name, index, onRemove, indicators, onPick }: Shared & { name: number; index: number; onRemove: () => void }) {
  const form = Form.useFormInstance<RegistrationFormValues>();
  const indicatorId = Form.useWatch(['commitments', name, 'indicatorId'], form);
  const rows = Form.useWatch('commitments', form);
  const used = (rows ?? []).flatMap((r, i) => (i !== name && r?.indicatorId ? [r.indicatorId] : []));
  const ind = indicatorId ? indicators[indicatorId] : undefined;

  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '12px 12px 0', marginBottom: 12 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <Typography.Text strong>Giao ước {index + 1}</Typography.Text>
        <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={onRemove} aria-label={`Xóa giao ước ${index + 1}`}>
          Xóa
        </Button>
      </div>
      <Form.Item name={[name, 'text']} rules={[{ required: true, whitespace: true, message: 'Nhập nội dung giao ước.' }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={2000} placeholder="Ví dụ: Vận động Quỹ “Vì người nghèo” đạt và vượt kế hoạch được giao" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Form.Item label="Chỉ tiêu" name={[name, 'indicatorId']} style={{ flex: '2 1 320px' }}>
          <IndicatorPicker
            known={indicators}
            onPick={onPick}
            used={used}
            onChange={(v) => {
              // A commitment without an indicator carries no figure (the server refuses one).
              if (!v) form.setFieldValue(['commitments', name, 'target'], undefined);
            }}
          />
        </Form.Item>
        <Form.Item
          label="Giá trị đăng ký"
          name={[name, 'target']}
          dependencies={[['commitments', name, 'indicatorId']]}
          style={{ flex: '1 1 200px' }}
          extra={ind?.decimals === 0 ? 'Số nguyên' : ind?.decimals ? `Tối đa ${ind.decimals} chữ số thập phân` : undefined}
          rules={[
            {
              validator: async (_, v: string | undefined) => {
                if (!indicatorId) return;
                if (!v?.trim()) throw new Error('Nhập giá trị đăng ký cho chỉ tiêu.');
                const p = parseTarget(v, ind);
                if (!p.ok) throw new Error(p.reason);
              },
            },
          ]}
        >
          <Input
            disabled={!indicatorId}
            inputMode="decimal"
            placeholder={indicatorId ? 'Ví dụ: 1.234.567,5' : 'Chọn chỉ tiêu trước'}
            // Always a suffix node: antd drops focus when one appears while the input is focused.
            suffix={ind?.unitOfMeasure ?? <span />}
            style={{ textAlign: 'right' }}
          />
        </Form.Item>
      </div>
    </div>
  );
}

/** The registration's commitments (giao ước); each may tie to an indicator with the figure the unit commits to. */
export function CommitmentList(props: Shared) {
  return (
    <Form.List name="commitments">
      {(fields, { add, remove }, { errors }) => (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            Nội dung giao ước
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
            Gắn giao ước với chỉ tiêu để giá trị đăng ký trở thành chỉ tiêu của đơn vị trong năm khi đăng ký được duyệt.
          </Typography.Paragraph>
          {fields.map((f, i) => (
            <CommitmentRow key={f.key} name={f.name} index={i} onRemove={() => remove(f.name)} {...props} />
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '' })} block style={{ marginBottom: 16 }}>
            Thêm giao ước
          </Button>
        </>
      )}
    </Form.List>
  );
}
