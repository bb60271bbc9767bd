import { Form, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useUpdateCampaign, type CampaignDetail } from '../../api/reports';
import { DateInput } from '../../components/DateInput';
import { FormActions } from '../../components/FormActions';
import { fromIso, toIso } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';

interface Values {
  deadline: Dayjs | null;
  graceDays: number | null;
}

/** "Sửa hạn nộp": the board moves the deadline (or the grace days) of every recipient at once. */
export function DeadlineModal({ c, open, onClose, onReload }: { c: CampaignDetail; open: boolean; onClose: () => void; onReload: () => void }) {
  return (
    <Modal open={open} title="Sửa hạn nộp báo cáo" footer={null} onCancel={onClose} destroyOnHidden>
      <DeadlineForm c={c} onClose={onClose} onReload={onReload} />
    </Modal>
  );
}

function DeadlineForm({ c, onClose, onReload }: { c: CampaignDetail; onClose: () => void; onReload: () => void }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateCampaign(c.id);
  const feedback = useFeedback();
  const submit = (v: Values) =>
    update.mutate(
      { version: c.version, deadline: toIso(v.deadline) ?? undefined, graceDays: v.graceDays ?? 0 },
      {
        onSuccess: () => {
          feedback.success('Đã lưu hạn nộp mới.');
          onClose();
        },
        onError: (err) => feedback.error(err, { form, onReload }),
      },
    );
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ deadline: fromIso(c.deadline), graceDays: c.graceDays }} onFinish={submit}>
      <Form.Item label="Hạn nộp" name="deadline" rules={[{ required: true, message: 'Chọn hạn nộp.' }]}>
        <DateInput />
      </Form.Item>
      <Form.Item label="Số ngày gia hạn" name="graceDays" extra="Sau hạn nộp, đơn vị vẫn nộp được trong số ngày này (tính là nộp muộn).">
        <InputNumber<number> min={0} max={60} precision={0} style={{ width: '100%' }} suffix="ngày" />
      </Form.Item>
      <FormActions onCancel={onClose} loading={update.isPending} submitText="Lưu hạn nộp" />
    </Form>
  );
}
