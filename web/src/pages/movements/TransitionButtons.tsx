import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { toApiError } from '../../api/client';
import { useTransitionMovement, type MovementDetail } from '../../api/movements';
import { FormActions } from '../../components/FormActions';
import { useFeedback } from '../../lib/feedback';
import { formatNumber } from '../../lib/dates';
import { stateLabel } from './labels';

type Next = MovementDetail['next'][number];

function confirmText(m: MovementDetail, t: Next): string {
  if (t.to === 'phat_dong') {
    return (
      `Phong trào sẽ được phát động tới ${formatNumber(m.scopes.length)} đơn vị, cụm/khối trong phạm vi. ` +
      'Các đơn vị này (và các đơn vị đang là thành viên của cụm/khối vào hôm nay) sẽ nhận được thông báo. ' +
      'Sau khi phát động, muốn sửa nội dung phải thu hồi phát động và ghi rõ lý do.'
    );
  }
  return `Phong trào sẽ chuyển sang trạng thái “${stateLabel(t.to)}”. Thao tác này được ghi vào lịch sử của phong trào.`;
}

/** The workflow steps open from the current state; steps that need a reason ask for it first. */
export function TransitionButtons({ m, onReload }: { m: MovementDetail; onReload: () => void }) {
  const { modal } = App.useApp();
  const feedback = useFeedback();
  const transition = useTransitionMovement(m.id);
  const [asking, setAsking] = useState<Next | null>(null);
  // Steps forward first; a withdrawal (which needs a reason) comes last and in red.
  const steps = [...m.next.filter((t) => !t.requiresReason), ...m.next.filter((t) => t.requiresReason)];

  const run = (t: Next, reason?: string) =>
    transition.mutateAsync({ to: t.to, version: m.version, reason: reason ?? null }).then(
      () => feedback.success(`Đã ${t.label.toLowerCase()} phong trào.`),
      (err: unknown) => {
        feedback.error(err, { onReload });
        throw err;
      },
    );

  function start(t: Next) {
    if (t.requiresReason) return setAsking(t);
    modal.confirm({
      title: `${t.label} phong trào “${m.name}”?`,
      content: confirmText(m, t),
      okText: t.label,
      cancelText: 'Hủy',
      // A refusal is shown by feedback; closing the dialog either way avoids a second, stale attempt.
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
      <Modal open={!!asking} title={asking ? `${asking.label}: ${m.name}` : ''} footer={null} onCancel={() => setAsking(null)} destroyOnHidden>
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
      <Form.Item
        label="Lý do"
        name="reason"
        rules={[{ required: true, whitespace: true, message: `Cần ghi rõ lý do khi ${t.label.toLowerCase()}.` }]}
        extra="Lý do được ghi vào lịch sử của phong trào."
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} autoFocus />
      </Form.Item>
      <FormActions onCancel={onCancel} loading={busy} submitText={t.label} />
    </Form>
  );
}
