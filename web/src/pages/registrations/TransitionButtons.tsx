import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { toApiError } from '../../api/client';
import { useTransitionRegistration, type RegistrationDetail, type RegistrationState } from '../../api/registrations';
import { FormActions } from '../../components/FormActions';
import { useFeedback } from '../../lib/feedback';
import { stateLabel } from './labels';

type Next = RegistrationDetail['next'][number];

const ORDER: RegistrationState[] = ['da_duyet', 'cho_duyet', 'chua_gui', 'tra_lai'];

// What happens next, said before it happens: each step notifies the other side, approval also sets targets.
function confirmText(r: RegistrationDetail, to: RegistrationState): string {
  const withTargets = r.commitments.filter((c) => c.indicator).length;
  switch (to) {
    case 'cho_duyet':
      return `Đăng ký sẽ được gửi tới ${r.reviewerUnit.name} để duyệt và không sửa được nữa cho tới khi rút lại hoặc bị trả lại.`;
    case 'chua_gui':
      return `Đăng ký được rút về để sửa; ${r.reviewerUnit.name} sẽ nhận được thông báo.`;
    case 'da_duyet':
      return (
        `${r.unit.name} sẽ nhận được thông báo đăng ký đã được duyệt.` +
        (withTargets ? ` Giá trị đăng ký của ${withTargets} giao ước gắn chỉ tiêu sẽ được ghi làm chỉ tiêu năm ${r.year} của đơn vị.` : '')
      );
    default:
      return `Đăng ký sẽ chuyển sang trạng thái “${stateLabel(to)}”. Thao tác này được ghi vào lịch sử của đăng ký.`;
  }
}

/** The workflow steps this user may take now (from the server's `next`); steps that need a reason ask for it first. */
export function TransitionButtons({ r, onReload }: { r: RegistrationDetail; onReload: () => void }) {
  const { modal } = App.useApp();
  const feedback = useFeedback();
  const transition = useTransitionRegistration(r.id);
  const [asking, setAsking] = useState<Next | null>(null);
  // Steps forward first (approve, send), then a withdrawal; a send-back (which needs a reason) comes last and in red.
  // A reviewer who also manages the unit below is offered "Rút lại" too: it must not outrank "Duyệt".
  const steps = [...r.next].sort((a, b) => ORDER.indexOf(a.to) - ORDER.indexOf(b.to) || Number(a.requiresReason) - Number(b.requiresReason));
  const subject = `đăng ký thi đua năm ${r.year} của ${r.unit.name}`;

  const run = (t: Next, reason?: string) =>
    transition.mutateAsync({ to: t.to, version: r.version, reason: reason ?? null }).then(
      () => feedback.success(`Đã ${t.label.toLowerCase()} ${subject}.`),
      (err: unknown) => {
        feedback.error(err, { onReload });
        throw err;
      },
    );

  function start(t: Next) {
    if (t.requiresReason) return setAsking(t);
    modal.confirm({
      title: `${t.label} ${subject}?`,
      content: confirmText(r, t.to),
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
          type={i === 0 && t.to !== 'chua_gui' && !t.requiresReason ? 'primary' : 'default'}
          danger={t.requiresReason}
          loading={transition.isPending && transition.variables?.to === t.to}
          onClick={() => start(t)}
        >
          {t.label}
        </Button>
      ))}
      <Modal open={!!asking} title={asking ? `${asking.label} ${subject}` : ''} footer={null} onCancel={() => setAsking(null)} destroyOnHidden>
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
        extra="Đơn vị đăng ký sẽ thấy lý do này trên đăng ký; lý do được ghi vào lịch sử."
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} autoFocus />
      </Form.Item>
      <FormActions onCancel={onCancel} loading={busy} submitText={t.label} />
    </Form>
  );
}
