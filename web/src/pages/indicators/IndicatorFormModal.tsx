import { Alert, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { searchKey } from '../../../../src/shared/vi-text';
import { useMe } from '../../api/auth';
import { toApiError } from '../../api/client';
import { useCreateIndicator, useIndicators, useUpdateIndicator, type IndicatorView } from '../../api/indicators';
import { FormActions } from '../../components/FormActions';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useAsOf } from '../../lib/asOf';
import { useFeedback } from '../../lib/feedback';
import { AGGREGATION_OPTIONS, DIRECTION_OPTIONS, OP_OPTIONS, SEVERITY_OPTIONS, type Aggregation, type CompareOp, type Severity } from './labels';
import { ViNumberInput, numberToText, textToNumber, viNumberRule } from './ViNumberField';

interface Values {
  code?: string;
  name?: string;
  unitOfMeasure?: string;
  decimals?: number;
  direction?: 'higher' | 'lower';
  aggregation?: Aggregation;
  numeratorId?: string | null;
  denominatorId?: string | null;
  ratioScale?: number;
  conditionOp?: CompareOp;
  conditionValue?: string;
  minValue?: string;
  maxValue?: string;
  rangeSeverity?: Severity;
  description?: string;
  active?: boolean;
  ownerUnitId?: string | null;
}

function initialValues(ind: IndicatorView | null, homeUnitId: string | undefined): Values {
  if (!ind) return { decimals: 0, direction: 'higher', aggregation: 'sum', ratioScale: 100, conditionOp: '>=', rangeSeverity: 'error', active: true, ownerUnitId: homeUnitId };
  return {
    code: ind.code,
    name: ind.name,
    unitOfMeasure: ind.unitOfMeasure,
    decimals: ind.decimals,
    direction: ind.direction,
    aggregation: ind.aggregation,
    numeratorId: ind.numerator?.id ?? null,
    denominatorId: ind.denominator?.id ?? null,
    ratioScale: ind.ratioScale,
    conditionOp: ind.condition?.op ?? '>=',
    conditionValue: numberToText(ind.condition?.value),
    minValue: numberToText(ind.minValue),
    maxValue: numberToText(ind.maxValue),
    rangeSeverity: ind.rangeSeverity,
    description: ind.description ?? undefined,
    active: ind.active,
  };
}

/** Only the fields that make sense for the aggregation are sent, so a switched kind leaves nothing stale behind. */
function toBody(v: Values) {
  const ratio = v.aggregation === 'ratio';
  const count = v.aggregation === 'count';
  return {
    code: v.code?.trim() ?? '',
    name: v.name?.trim() ?? '',
    unitOfMeasure: v.unitOfMeasure?.trim() ?? '',
    decimals: v.decimals ?? 0,
    direction: v.direction ?? 'higher',
    aggregation: v.aggregation ?? 'sum',
    numeratorId: ratio ? (v.numeratorId ?? null) : null,
    denominatorId: ratio ? (v.denominatorId ?? null) : null,
    ratioScale: ratio ? (v.ratioScale ?? 100) : undefined,
    condition: count ? { op: v.conditionOp ?? '>=', value: textToNumber(v.conditionValue) ?? 0 } : null,
    minValue: textToNumber(v.minValue),
    maxValue: textToNumber(v.maxValue),
    rangeSeverity: v.rangeSeverity ?? 'error',
    description: v.description?.trim() || null,
    active: v.active ?? true,
  };
}

/** "Thêm chỉ tiêu" / "Sửa chỉ tiêu"; `indicator` null creates. */
export function IndicatorFormModal({ indicator, open, onClose }: { indicator: IndicatorView | null; open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title={indicator ? `Sửa chỉ tiêu ${indicator.code}` : 'Thêm chỉ tiêu'} footer={null} onCancel={onClose} destroyOnHidden width={760}>
      <IndicatorForm key={indicator ? `${indicator.id}:${indicator.version}` : 'new'} indicator={indicator} onClose={onClose} />
    </Modal>
  );
}

function IndicatorForm({ indicator, onClose }: { indicator: IndicatorView | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const me = useMe().data;
  const { asOf } = useAsOf();
  const all = useIndicators({ includeInactive: true });
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const feedback = useFeedback();
  const [conflict, setConflict] = useState<string | null>(null);
  const aggregation = Form.useWatch('aggregation', form);

  // A ratio is built from other (non-ratio) indicators of the catalogue.
  const parts = (all.data ?? [])
    .filter((i) => i.id !== indicator?.id && i.aggregation !== 'ratio')
    .map((i) => ({ value: i.id, label: `${i.code} – ${i.name} (${i.unitOfMeasure})` }));
  const filter = (input: string, o?: { label: string }) => searchKey(o?.label ?? '').includes(searchKey(input));

  function submit(v: Values) {
    setConflict(null);
    const onError = (err: unknown) => {
      const e = toApiError(err);
      if (e.code === 'CONFLICT') setConflict(e.message);
      else feedback.error(e, { form, onReload: () => void all.refetch().then(onClose) });
    };
    const onSuccess = () => {
      feedback.success(indicator ? 'Đã lưu chỉ tiêu.' : 'Đã thêm chỉ tiêu.');
      onClose();
    };
    if (indicator) update.mutate({ id: indicator.id, version: indicator.version, ...toBody(v) }, { onSuccess, onError });
    else create.mutate({ ...toBody(v), ownerUnitId: v.ownerUnitId ?? '' }, { onSuccess, onError });
  }

  const row = { display: 'flex', gap: 16, flexWrap: 'wrap' } as const;
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={initialValues(indicator, me?.homeUnit.id)} onValuesChange={() => setConflict(null)}>
      <div style={row}>
        <Form.Item label="Mã chỉ tiêu" name="code" rules={[{ required: true, whitespace: true, message: 'Nhập mã chỉ tiêu.' }]} style={{ flex: '1 1 140px' }}>
          <Input maxLength={40} placeholder="Ví dụ: NTM.XA" />
        </Form.Item>
        <Form.Item label="Tên chỉ tiêu" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên chỉ tiêu.' }]} style={{ flex: '3 1 360px' }}>
          <Input maxLength={500} placeholder="Ví dụ: Số xã đạt chuẩn nông thôn mới" />
        </Form.Item>
      </div>
      <div style={row}>
        <Form.Item label="Đơn vị tính" name="unitOfMeasure" rules={[{ required: true, whitespace: true, message: 'Nhập đơn vị tính.' }]} style={{ flex: '1 1 140px' }}>
          <Input maxLength={50} placeholder="xã, hộ, triệu đồng, %" />
        </Form.Item>
        <Form.Item label="Số chữ số thập phân" name="decimals" style={{ flex: '1 1 140px' }}>
          <InputNumber<number> min={0} max={6} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Chiều đánh giá" name="direction" style={{ flex: '1 1 180px' }}>
          <Select options={DIRECTION_OPTIONS} />
        </Form.Item>
      </div>
      <Form.Item label="Cách tổng hợp lên cấp trên" name="aggregation">
        <Select options={AGGREGATION_OPTIONS} />
      </Form.Item>
      {aggregation === 'ratio' && (
        <div style={row}>
          <Form.Item label="Tử số" name="numeratorId" rules={[{ required: true, message: 'Chọn chỉ tiêu tử số.' }]} style={{ flex: '2 1 240px' }}>
            <Select options={parts} showSearch={{ filterOption: filter }} loading={all.isPending} placeholder="Chọn chỉ tiêu" />
          </Form.Item>
          <Form.Item label="Mẫu số" name="denominatorId" rules={[{ required: true, message: 'Chọn chỉ tiêu mẫu số.' }]} style={{ flex: '2 1 240px' }}>
            <Select options={parts} showSearch={{ filterOption: filter }} loading={all.isPending} placeholder="Chọn chỉ tiêu" />
          </Form.Item>
          <Form.Item label="Hệ số" name="ratioScale" extra="100 = tính theo %" style={{ flex: '1 1 100px' }}>
            <InputNumber<number> min={0.000001} style={{ width: '100%' }} />
          </Form.Item>
        </div>
      )}
      {aggregation === 'count' && (
        <Form.Item label="Điều kiện đạt của mỗi đơn vị" required extra="Cấp trên đếm số đơn vị có giá trị thỏa điều kiện này.">
          <Space.Compact>
            <Form.Item name="conditionOp" noStyle>
              <Select options={OP_OPTIONS} style={{ width: 80 }} aria-label="Phép so sánh" />
            </Form.Item>
            <Form.Item name="conditionValue" noStyle rules={[{ required: true, message: 'Nhập giá trị điều kiện.' }, viNumberRule]}>
              <ViNumberInput style={{ width: 160 }} />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
      )}
      <div style={row}>
        <Form.Item label="Giá trị tối thiểu" name="minValue" rules={[viNumberRule]} style={{ flex: '1 1 140px' }}>
          <ViNumberInput placeholder="Không giới hạn" />
        </Form.Item>
        <Form.Item label="Giá trị tối đa" name="maxValue" rules={[viNumberRule]} style={{ flex: '1 1 140px' }}>
          <ViNumberInput placeholder="Không giới hạn" />
        </Form.Item>
        <Form.Item label="Mức độ khi vượt giới hạn" name="rangeSeverity" style={{ flex: '1 1 220px' }}>
          <Select options={SEVERITY_OPTIONS} />
        </Form.Item>
      </div>
      <Form.Item label="Mô tả, cách tính" name="description">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} />
      </Form.Item>
      <div style={row}>
        {indicator ? (
          <Form.Item label="Đơn vị quản lý chỉ tiêu" style={{ flex: '2 1 300px' }}>
            <Input value={indicator.ownerUnit.name} disabled />
          </Form.Item>
        ) : (
          <Form.Item label="Đơn vị quản lý chỉ tiêu" name="ownerUnitId" rules={[{ required: true, message: 'Chọn đơn vị quản lý.' }]} style={{ flex: '2 1 300px' }}>
            <UnitSearchSelect asOf={asOf} initial={me?.homeUnit} allowClear={false} />
          </Form.Item>
        )}
        <Form.Item label="Đang sử dụng" name="active" valuePropName="checked" style={{ flex: '0 0 auto' }}>
          <Switch />
        </Form.Item>
      </div>
      {conflict && <Alert type="error" showIcon title={conflict} style={{ marginBottom: 16 }} role="alert" />}
      <FormActions onCancel={onClose} loading={create.isPending || update.isPending} />
    </Form>
  );
}
