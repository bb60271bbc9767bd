import { Form, Input, InputNumber, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { GROUP_KIND_LABELS, type GroupDetail } from '../../../../src/shared/api/groups';
import { useCreateGroup, useUpdateGroup } from '../../api/groups';
import { FormActions } from '../../components/FormActions';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useAsOf } from '../../lib/asOf';
import { fromIso, toIso } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { PeriodFields } from '../../components/PeriodFields';

interface Values {
  kind: 'cum' | 'khoi';
  name: string;
  year: number;
  managingUnitId: string;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  note?: string;
}

type Props =
  | { mode: 'create'; defaultYear: number; open: boolean; onClose: () => void }
  | { mode: 'edit'; group: GroupDetail; onReload: () => void; open: boolean; onClose: () => void };

export function GroupFormModal(props: Props) {
  const title = props.mode === 'create' ? 'Thêm cụm/khối thi đua' : `Sửa: ${props.group.name}`;
  return (
    <Modal open={props.open} title={title} footer={null} onCancel={props.onClose} destroyOnHidden width={640}>
      {props.mode === 'create' ? <CreateForm {...props} /> : <EditForm key={props.group.version} {...props} />}
    </Modal>
  );
}

function CommonFields({ asOf, managingUnit }: { asOf: string; managingUnit?: { id: string; name: string } }) {
  return (
    <>
      <Form.Item label="Tên cụm/khối" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên cụm/khối.' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Cơ quan quản lý" name="managingUnitId" rules={[{ required: true, message: 'Chọn cơ quan quản lý.' }]}>
        <UnitSearchSelect asOf={asOf} initial={managingUnit} />
      </Form.Item>
      <PeriodFields fromLabel="Hiệu lực từ ngày" />
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

function CreateForm({ defaultYear, onClose }: Extract<Props, { mode: 'create' }>) {
  const [form] = Form.useForm<Values>();
  const create = useCreateGroup();
  const feedback = useFeedback();
  const { asOf, withAsOf } = useAsOf();
  const navigate = useNavigate();

  function submit(v: Values) {
    create.mutate(
      {
        kind: v.kind,
        name: v.name.trim(),
        year: v.year,
        managingUnitId: v.managingUnitId,
        validFrom: toIso(v.validFrom) ?? undefined,
        validTo: toIso(v.validTo) ?? undefined,
        note: v.note?.trim() || null,
      },
      {
        onSuccess: (g) => {
          feedback.success(`Đã thêm ${g.name}.`);
          onClose();
          navigate(withAsOf(`/cum-khoi/${g.id}`));
        },
        onError: (err) => feedback.error(err, { form }),
      },
    );
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'cum', year: defaultYear }}>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item label="Loại" name="kind" style={{ flex: 1 }}>
          <Radio.Group
            optionType="button"
            options={(Object.keys(GROUP_KIND_LABELS) as Values['kind'][]).map((k) => ({ value: k, label: GROUP_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item label="Năm" name="year" rules={[{ required: true, message: 'Nhập năm.' }]}>
          <InputNumber min={1945} max={2200} style={{ width: 120 }} />
        </Form.Item>
      </div>
      <CommonFields asOf={asOf} />
      <FormActions onCancel={onClose} loading={create.isPending} submitText="Thêm" />
    </Form>
  );
}

function EditForm({ group, onReload, onClose }: Extract<Props, { mode: 'edit' }>) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateGroup(group.id);
  const feedback = useFeedback();
  const { asOf } = useAsOf();

  function submit(v: Values) {
    update.mutate(
      {
        version: group.version,
        name: v.name.trim(),
        managingUnitId: v.managingUnitId,
        validFrom: toIso(v.validFrom) ?? undefined,
        validTo: toIso(v.validTo) ?? undefined,
        note: v.note?.trim() || null,
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

  const initial: Partial<Values> = {
    name: group.name,
    managingUnitId: group.managingUnit.id,
    validFrom: fromIso(group.validFrom),
    validTo: fromIso(group.validTo),
    note: group.note ?? undefined,
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={initial}>
      <CommonFields asOf={asOf} managingUnit={group.managingUnit} />
      <FormActions onCancel={onClose} loading={update.isPending} />
    </Form>
  );
}
