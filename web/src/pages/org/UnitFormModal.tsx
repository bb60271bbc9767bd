import { Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Ref } from '../../../../src/shared/api/common';
import { AGENCY_TYPES, type UnitDetail } from '../../../../src/shared/api/org';
import { useCreateUnit, useUpdateUnit } from '../../api/org';
import { FormActions } from '../../components/FormActions';
import { fromIso, toIso } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { PeriodFields } from '../../components/PeriodFields';

interface Values {
  unitType: string;
  name: string;
  shortName?: string;
  code?: string;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  note?: string;
}

const blankToNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

type Props =
  | { mode: 'create'; parent: Ref; asOf: string; open: boolean; onClose: () => void }
  | { mode: 'edit'; unit: UnitDetail; onReload: () => void; open: boolean; onClose: () => void };

/** Adds an agency under a unit, or edits a unit (with its version for optimistic locking). */
export function UnitFormModal(props: Props) {
  const title = props.mode === 'create' ? `Thêm cơ quan, đơn vị trực thuộc ${props.parent.name}` : `Sửa: ${props.unit.name}`;
  return (
    <Modal open={props.open} title={title} footer={null} onCancel={props.onClose} destroyOnHidden width={640}>
      {props.mode === 'create' ? <CreateForm {...props} /> : <EditForm key={props.unit.version} {...props} />}
    </Modal>
  );
}

function UnitFields({ agency }: { agency: boolean }) {
  return (
    <>
      <Form.Item label="Loại đơn vị" name="unitType" rules={[{ required: true, message: 'Chọn loại đơn vị.' }]}>
        {agency ? (
          <Select options={AGENCY_TYPES.map((t) => ({ value: t, label: t }))} placeholder="Chọn loại cơ quan, đơn vị" />
        ) : (
          <Input placeholder="Ví dụ: Tỉnh, Thành phố, Xã, Phường, Đặc khu" />
        )}
      </Form.Item>
      <Form.Item label="Tên đơn vị" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên đơn vị.' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Tên viết tắt" name="shortName">
        <Input />
      </Form.Item>
      <Form.Item label="Mã đơn vị" name="code" extra="Không bắt buộc.">
        <Input />
      </Form.Item>
      <PeriodFields fromLabel="Hiệu lực từ ngày" />
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

function CreateForm({ parent, asOf, onClose }: Extract<Props, { mode: 'create' }>) {
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const feedback = useFeedback();

  function submit(v: Values) {
    create.mutate(
      {
        kind: 'agency',
        unitType: v.unitType,
        name: v.name.trim(),
        shortName: blankToNull(v.shortName),
        code: blankToNull(v.code),
        parentId: parent.id,
        validFrom: toIso(v.validFrom),
        validTo: toIso(v.validTo),
        note: blankToNull(v.note),
      },
      {
        onSuccess: (unit) => {
          feedback.success(`Đã thêm ${unit.name}.`);
          onClose();
        },
        onError: (err) => feedback.error(err, { form }),
      },
    );
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ validFrom: fromIso(asOf) }}>
      <UnitFields agency />
      <FormActions onCancel={onClose} loading={create.isPending} submitText="Thêm" />
    </Form>
  );
}

function EditForm({ unit, onReload, onClose }: Extract<Props, { mode: 'edit' }>) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateUnit(unit.id);
  const feedback = useFeedback();

  function submit(v: Values) {
    update.mutate(
      {
        version: unit.version,
        unitType: v.unitType,
        name: v.name.trim(),
        shortName: blankToNull(v.shortName),
        code: blankToNull(v.code),
        validFrom: toIso(v.validFrom),
        validTo: toIso(v.validTo),
        note: blankToNull(v.note),
      },
      {
        onSuccess: () => {
          feedback.success('Đã lưu thay đổi.');
          onClose();
        },
        onError: (err) => feedback.error(err, { form, onReload }),
      },
    );
  }

  const initial: Values = {
    unitType: unit.unitType,
    name: unit.name,
    shortName: unit.shortName ?? undefined,
    code: unit.code ?? undefined,
    validFrom: fromIso(unit.validFrom),
    validTo: fromIso(unit.validTo),
    note: unit.note ?? undefined,
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={initial}>
      <UnitFields agency={unit.kind === 'agency'} />
      <FormActions onCancel={onClose} loading={update.isPending} />
    </Form>
  );
}
