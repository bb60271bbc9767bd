import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { toApiError } from '../../api/client';
import { useTransitionCampaign, type CampaignDetail } from '../../api/reports';
import { FormActions } from '../../components/FormActions';
import { useFeedback } from '../../lib/feedback';
import { campaignStateLabel } from './labels';

type Next = CampaignDetail['next'][number];

function confirmText(c: CampaignDetail, t: Next): string {
  if (t.to === 'dang_mo') return `Yêu cầu sẽ được gửi tới ${c.recipients.length} đơn vị; các đơn vị nhận được thông báo và bắt đầu soạn báo cáo.`;
  if (t.to === 'da_dong') return 'Sau khi đóng, các đơn vị không nộp hoặc sửa báo cáo được nữa (trừ đơn vị được mở khóa riêng).';
  return `Yêu cầu báo cáo sẽ chuyển sang trạng thái “${campaignStateLabel(t.to)}”.`;
}

/** The steps open from the campaign's state; steps that need a reason ask for it first. */
export function CampaignTransitionButtons({ c, onReload }: { c: CampaignDetail; onReload: () => void }) {
  const { modal } = App.useApp();
  const feedback = useFeedback();
  const transition = useTransitionCampaign(c.id);
  const [asking, setAsking] = useState<Next | null>(null);
  const steps = [...c.next.filter((t) => !t.requiresReason), ...c.next.filter((t) => t.requiresReason)];

  const run = (t: Next, reason?: string) =>
    transition.mutateAsync({ to: t.to, version: c.version, reason: reason ?? null }).then(
      () => feedback.success(`Đã chuyển yêu cầu báo cáo sang “${campaignStateLabel(t.to)}”.`),
      (err: unknown) => {
        feedback.error(err, { onReload });
        throw err;
      },
    );

  function start(t: Next) {
    if (t.requiresReason) return setAsking(t);
    modal.confirm({
      title: `${t.label}?`,
      content: confirmText(c, t),
      okText: t.label,
      cancelText: 'Hủy',
      onOk: () => run(t).catch(() => undefined),
    });
  }

  return (
    <Space wrap>
      {steps.map((t, i) => (
        <Button
          key={t.to}
          type={i === 0 && !t.requiresReason ? 'primary' : 'default'}
          danger={t.requiresReason}
          loading={transition.isPending && transition.variables?.to === t.to}
          onClick={() => start(t)}
        >
          {t.label}
        </Button>
      ))}
      <Modal open={!!asking} title={asking ? `${asking.label}: ${c.title}` : ''} footer={null} onCancel={() => setAsking(null)} destroyOnHidden>
        {asking && <ReasonForm t={asking} onCancel={() => setAsking(null)} onSubmit={(reason) => run(asking, reason).then(() => setAsking(null))} />}
      </Modal>
    </Space>
  );
}

function ReasonForm({ t, onCancel, onSubmit }: { t: Next; onCancel: () => void; onSubmit: (reason: string) => Promise<unknown> }) {
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
      <Form.Item label="Lý do" name="reason" rules={[{ required: true, whitespace: true, message: `Cần ghi rõ lý do khi ${t.label.toLowerCase()}.` }]}
        extra="Lý do được ghi vào lịch sử của yêu cầu báo cáo.">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} autoFocus />
      </Form.Item>
      <FormActions onCancel={onCancel} loading={busy} submitText={t.label} />
    </Form>
  );
}
