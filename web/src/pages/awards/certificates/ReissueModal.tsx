import { Form, Input, Modal, Radio } from 'antd';
import { useReissue, type CertificateView } from '../../../api/award-certificates';
import { useFeedback } from '../../../lib/feedback';

/** Cấp đổi (damaged) or cấp lại (lost): a new code; the old one will say it was replaced. */
export function ReissueModal({ cert, onClose }: { cert: CertificateView | null; onClose: () => void }) {
  const [form] = Form.useForm<{ kind: 'cap_doi' | 'cap_lai'; reason: string }>();
  const reissue = useReissue();
  const feedback = useFeedback();
  const submit = async () => {
    const v = await form.validateFields();
    reissue.mutate(
      { id: cert!.id, body: v },
      {
        onSuccess: () => {
          feedback.success('Đã cấp giấy chứng nhận mới; mã cũ không còn giá trị.');
          onClose();
        },
        onError: (e) => feedback.error(e, { form }),
      },
    );
  };
  return (
    <Modal open={!!cert} title={`Cấp đổi, cấp lại giấy chứng nhận — ${cert?.recipientName ?? ''}`} onCancel={onClose} onOk={submit} okText="Cấp" confirmLoading={reissue.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ kind: 'cap_doi' }}>
        <Form.Item name="kind" label="Hình thức">
          <Radio.Group options={[{ value: 'cap_doi', label: 'Cấp đổi (bị hư hỏng)' }, { value: 'cap_lai', label: 'Cấp lại (bị mất)' }]} />
        </Form.Item>
        <Form.Item name="reason" label="Lý do" rules={[{ required: true, message: 'Cần nhập lý do.' }]}><Input.TextArea rows={3} /></Form.Item>
      </Form>
    </Modal>
  );
}
