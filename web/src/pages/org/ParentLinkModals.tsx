import { Alert, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { UnitDetail } from '../../../../src/shared/api/org';
import { formatViDate } from '../../../../src/shared/vi-date';
import { useAddParent, useCloseParentLink } from '../../api/org';
import { DateInput } from '../../components/DateInput';
import { FormActions } from '../../components/FormActions';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { fromIso, toIso } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { PeriodFields } from '../../components/PeriodFields';

interface MoveValues {
  parentId: string;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

/** "Chuyển trực thuộc": places the unit under a (new) parent for a period. */
export function MoveUnitModal({ unit, asOf, open, onClose }: { unit: UnitDetail; asOf: string; open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title={`Chuyển trực thuộc: ${unit.name}`} footer={null} onCancel={onClose} destroyOnHidden width={600}>
      <MoveForm unit={unit} asOf={asOf} onClose={onClose} />
    </Modal>
  );
}

function MoveForm({ unit, asOf, onClose }: { unit: UnitDetail; asOf: string; onClose: () => void }) {
  const [form] = Form.useForm<MoveValues>();
  const addParent = useAddParent(unit.id);
  const feedback = useFeedback();
  const current = unit.parents.filter((p) => !p.validTo || p.validTo >= asOf);

  function submit(v: MoveValues) {
    addParent.mutate(
      { parentId: v.parentId, validFrom: toIso(v.validFrom), validTo: toIso(v.validTo) },
      {
        onSuccess: () => {
          feedback.success('Đã cập nhật đơn vị cấp trên.');
          onClose();
        },
        onError: (err) => feedback.error(err, { form }),
      },
    );
  }

  return (
    <Form<MoveValues> form={form} layout="vertical" onFinish={submit} initialValues={{ validFrom: fromIso(asOf) }}>
      {current.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Hiện đang trực thuộc: ${current.map((p) => p.parent.name).join(', ')}.`}
          description="Thời gian trực thuộc không được chồng lên nhau: nếu cần, hãy kết thúc quan hệ trực thuộc cũ (nút “Kết thúc” trong mục Trực thuộc) trước ngày bắt đầu mới."
        />
      )}
      <Form.Item label="Đơn vị cấp trên mới" name="parentId" rules={[{ required: true, message: 'Chọn đơn vị cấp trên.' }]}>
        <UnitSearchSelect asOf={asOf} />
      </Form.Item>
      <PeriodFields />
      <FormActions onCancel={onClose} loading={addParent.isPending} submitText="Chuyển trực thuộc" />
    </Form>
  );
}

export interface ParentLink {
  linkId: string;
  parent: { id: string; name: string };
  validFrom: string | null;
  validTo: string | null;
}

/** Ends a parent link on a day; links stay in the history. */
export function CloseLinkModal({ link, asOf, onClose }: { link: ParentLink | null; asOf: string; onClose: () => void }) {
  return (
    <Modal open={!!link} title="Kết thúc quan hệ trực thuộc" footer={null} onCancel={onClose} destroyOnHidden>
      {link && <CloseForm link={link} asOf={asOf} onClose={onClose} />}
    </Modal>
  );
}

function CloseForm({ link, asOf, onClose }: { link: ParentLink; asOf: string; onClose: () => void }) {
  const [form] = Form.useForm<{ validTo: Dayjs }>();
  const close = useCloseParentLink();
  const feedback = useFeedback();

  function submit(v: { validTo: Dayjs }) {
    const validTo = toIso(v.validTo);
    if (!validTo) return;
    close.mutate(
      { linkId: link.linkId, validTo },
      {
        onSuccess: () => {
          feedback.success('Đã kết thúc quan hệ trực thuộc.');
          onClose();
        },
        onError: (err) => feedback.error(err, { form }),
      },
    );
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ validTo: fromIso(asOf) }}>
      <p>
        Trực thuộc <strong>{link.parent.name}</strong>
        {link.validFrom ? ` từ ${formatViDate(link.validFrom)}` : ''}. Ngày cuối cùng còn trực thuộc:
      </p>
      <Form.Item label="Đến ngày" name="validTo" rules={[{ required: true, message: 'Chọn ngày kết thúc.' }]}>
        <DateInput />
      </Form.Item>
      <FormActions onCancel={onClose} loading={close.isPending} submitText="Kết thúc" />
    </Form>
  );
}
