import { Alert, Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useIssueDecision, type DecisionView } from '../../../api/award-decisions';
import { DateInput } from '../../../components/DateInput';
import { formatNumber, toIso } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';

/** Ban hành: number, date and signer, then an explicit confirmation that the awards go into the registry. */
export function IssueModal({ d, open, onClose }: { d: DecisionView; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ number: number; decisionDate: Dayjs | null; signerName: string }>();
  const issue = useIssueDecision(d.id);
  const feedback = useFeedback();
  const submit = async () => {
    const v = await form.validateFields();
    issue.mutate(
      { version: d.version, number: v.number, decisionDate: toIso(v.decisionDate) ?? '', signerName: v.signerName },
      {
        onSuccess: (r) => {
          feedback.success(`Đã ban hành Quyết định số ${r.decisionNumber}; ${formatNumber(r.items.length)} khen thưởng đã vào sổ.`);
          onClose();
        },
        onError: (e) => feedback.error(e, { form }),
      },
    );
  };
  return (
    <Modal open={open} title="Ban hành quyết định" onCancel={onClose} onOk={submit} okText="Ban hành" okButtonProps={{ danger: true }} confirmLoading={issue.isPending} destroyOnHidden>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`${formatNumber(d.items.length)} khen thưởng sẽ được ghi vào sổ khen thưởng và các hồ sơ chuyển sang "Đã có quyết định". Sau khi ban hành, quyết định không sửa được; chỉ có thể thu hồi.`} />
      <Form form={form} layout="vertical" initialValues={{ number: d.suggestedNumber ?? undefined, decisionDate: dayjs(), signerName: d.signerName ?? '' }}>
        <Form.Item name="number" label={`Số (ký hiệu ${d.symbol})`} rules={[{ required: true, message: 'Cần nhập số quyết định.' }]} extra="Số do văn thư cấp; hệ thống gợi ý số kế tiếp trong năm.">
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="decisionDate" label="Ngày ký" rules={[{ required: true, message: 'Cần nhập ngày ký.' }]}><DateInput /></Form.Item>
        <Form.Item name="signerName" label="Họ tên người ký" rules={[{ required: true, message: 'Cần nhập họ tên người ký.' }]}><Input /></Form.Item>
      </Form>
      <Typography.Text type="secondary">{d.signerPrefix ? `${d.signerPrefix} ${d.signerAuthority ?? ''} — ` : ''}{d.signerTitle}</Typography.Text>
    </Modal>
  );
}
