import { Form, Input, Modal, Typography } from 'antd';
import { useRemind } from '../../api/reports';
import { FormActions } from '../../components/FormActions';
import { useFeedback } from '../../lib/feedback';

/** "Nhắc nộp báo cáo": a notification to the chosen units (all that have not submitted when none is chosen). */
export function RemindModal(props: { campaignId: string; unitIds: string[]; unitNames: string[]; open: boolean; onClose: () => void; onDone: () => void }) {
  const { campaignId, unitIds, unitNames, open, onClose, onDone } = props;
  const [form] = Form.useForm<{ message: string }>();
  const remind = useRemind(campaignId);
  const feedback = useFeedback();
  const submit = ({ message }: { message?: string }) =>
    remind.mutate(
      { unitIds: unitIds.length > 0 ? unitIds : undefined, message: message?.trim() || null },
      {
        onSuccess: (r) => {
          feedback.success(r.reminded > 0 ? `Đã gửi lời nhắc tới ${r.reminded} đơn vị.` : 'Không có đơn vị nào cần nhắc.');
          form.resetFields();
          onDone();
        },
        onError: (err) => feedback.error(err, { form }),
      },
    );
  const who =
    unitIds.length === 0
      ? 'Lời nhắc gửi tới mọi đơn vị chưa nộp báo cáo.'
      : `Lời nhắc gửi tới ${unitIds.length} đơn vị: ${unitNames.slice(0, 5).join('; ')}${unitNames.length > 5 ? '…' : '.'}`;
  return (
    <Modal open={open} title="Nhắc nộp báo cáo" footer={null} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph>{who}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item label="Lời nhắn" name="message" extra="Không bắt buộc. Đơn vị đọc lời nhắn trong thông báo.">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <FormActions onCancel={onClose} loading={remind.isPending} submitText="Gửi lời nhắc" />
      </Form>
    </Modal>
  );
}
