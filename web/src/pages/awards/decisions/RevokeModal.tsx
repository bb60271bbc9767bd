import { Alert, Form, Input, Modal } from 'antd';
import { useRevokeDecision, type DecisionView } from '../../../api/award-decisions';
import { formatNumber } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';

/** Thu hồi (Luật Thi đua, khen thưởng Điều 93): the selected awardees, or the whole decision when none is selected. */
export function RevokeModal({ d, itemIds, open, onClose }: { d: DecisionView; itemIds: string[]; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string; basis: string }>();
  const revoke = useRevokeDecision(d.id);
  const feedback = useFeedback();
  const whole = itemIds.length === 0;
  const submit = async () => {
    const v = await form.validateFields();
    revoke.mutate(
      { ...v, ...(whole ? {} : { itemIds }) },
      {
        onSuccess: () => {
          feedback.success(whole ? 'Đã thu hồi quyết định.' : `Đã thu hồi khen thưởng của ${formatNumber(itemIds.length)} người.`);
          onClose();
        },
        onError: (e) => feedback.error(e, { form }),
      },
    );
  };
  return (
    <Modal open={open} title={whole ? `Thu hồi Quyết định số ${d.decisionNumber}` : `Thu hồi khen thưởng của ${formatNumber(itemIds.length)} người`} onCancel={onClose} onOk={submit} okText="Thu hồi" okButtonProps={{ danger: true }} confirmLoading={revoke.isPending} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="Khen thưởng bị thu hồi vẫn hiển thị trong sổ với lý do và căn cứ, nhưng không còn được tính trong thống kê và xét khen thưởng sau." />
      <Form form={form} layout="vertical" initialValues={{ basis: 'Luật Thi đua, khen thưởng năm 2022, Điều 93 khoản 2' }}>
        <Form.Item name="reason" label="Lý do thu hồi" rules={[{ required: true, message: 'Cần nhập lý do.' }]}><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="basis" label="Căn cứ pháp lý" rules={[{ required: true, message: 'Cần nhập căn cứ.' }]} extra="Ví dụ: điểm a (khai man thành tích), b (giả mạo hồ sơ), c (thẩm định, xét trái pháp luật), d (có vi phạm trong thời gian lập thành tích).">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
