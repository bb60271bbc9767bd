import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { toApiError } from '../../../api/client';
import { FormActions } from '../../../components/FormActions';

/** Asks the reason a step requires ("Trả lại", "Hủy duyệt"); the unit reads it on its report. */
export function ReasonModal(props: { open: boolean; title: string; actionLabel: string; hint: string; onCancel: () => void; onSubmit: (reason: string) => Promise<unknown> }) {
  return (
    <Modal open={props.open} title={props.title} footer={null} onCancel={props.onCancel} destroyOnHidden>
      <ReasonForm {...props} />
    </Modal>
  );
}

function ReasonForm({ actionLabel, hint, onCancel, onSubmit }: { actionLabel: string; hint: string; onCancel: () => void; onSubmit: (reason: string) => Promise<unknown> }) {
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const submit = ({ reason }: { reason: string }) => {
    setBusy(true);
    onSubmit(reason.trim())
      .catch((err: unknown) => form.setFields([{ name: 'reason', errors: toApiError(err).details.filter((d) => d.path.endsWith('reason')).map((d) => d.message) }]))
      .finally(() => setBusy(false));
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Form.Item label="Lý do" name="reason" rules={[{ required: true, whitespace: true, message: `Cần ghi rõ lý do khi ${actionLabel.toLowerCase()}.` }]} extra={hint}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={5000} autoFocus />
      </Form.Item>
      <FormActions onCancel={onCancel} loading={busy} submitText={actionLabel} />
    </Form>
  );
}
