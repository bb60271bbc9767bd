import { Alert, Checkbox, Form, Input, Modal, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useOverrideProposal, useTransitionProposal, type ProposalDetail } from '../../../api/award-proposals';
import { DateInput } from '../../../components/DateInput';
import { toIso } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';

type Action = ProposalDetail['actions'][number];

/** One workflow step: reason when needed, per-nominee reasons when returning, dates when publishing. */
export function ActionModal({ proposal, action, onClose, onReload }: { proposal: ProposalDetail; action: Action; onClose: () => void; onReload: () => void }) {
  const move = useTransitionProposal(proposal.id);
  const feedback = useFeedback();
  const [reason, setReason] = useState('');
  const [returns, setReturns] = useState<Record<string, string>>({});
  const [dates, setDates] = useState<{ from: string | null; until: string | null }>({ from: null, until: null });
  const live = proposal.nominees.filter((n) => n.state === 'dang_xet' || n.state === 'dat');
  const submit = async () => {
    try {
      await move.mutateAsync({
        to: action.to,
        version: proposal.version,
        reason: reason.trim() || undefined,
        ...(action.to === 'tra_lai' ? { returns: Object.entries(returns).filter(([, r]) => r.trim()).map(([nomineeId, r]) => ({ nomineeId, reason: r.trim() })) } : {}),
        ...(action.to === 'lay_y_kien' ? { publicFrom: dates.from ?? undefined, publicUntil: dates.until ?? undefined } : {}),
      });
      feedback.success(`${action.label}: đã thực hiện.`);
      onClose();
    } catch (e) {
      feedback.error(e, { onReload });
    }
  };
  return (
    <Modal open title={action.label} okText={action.label} cancelText="Hủy" onOk={submit} onCancel={onClose} confirmLoading={move.isPending} width={action.to === 'tra_lai' ? 760 : 560}>
      {action.to === 'gui' && proposal.check && proposal.check.uncovered > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`Hồ sơ còn ${proposal.check.uncovered} vấn đề phải khắc phục; hệ thống sẽ không nhận hồ sơ cho đến khi sửa xong hoặc cấp nhận hồ sơ cho phép gửi.`} />
      )}
      {action.to === 'chuyen_cap_tren' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`${proposal.check?.forwardCount ?? 0} đối tượng có hình thức vượt thẩm quyền của ${proposal.receivingUnit.name} sẽ được chuyển sang một hồ sơ mới trình cấp trên (kèm báo cáo thành tích); đơn vị bổ sung tờ trình, biên bản Hội đồng rồi gửi.`} />
      )}
      {action.to === 'lay_y_kien' && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
          {proposal.check?.needsPublication && <Alert type="warning" showIcon message="Hồ sơ có cá nhân đề nghị khen thưởng cấp Nhà nước: phải công khai ít nhất 10 ngày làm việc trước khi trình Hội đồng." />}
          <Form layout="vertical">
            <Space>
              <Form.Item label="Công khai từ ngày" required extra="Từ hôm nay trở đi; không ghi lùi ngày công khai.">
                <DateInput disabledDate={(d) => d.isBefore(dayjs(), 'day')} onChange={(d) => setDates((x) => ({ ...x, from: toIso(Array.isArray(d) ? null : d) }))} />
              </Form.Item>
              <Form.Item label="Đến hết ngày" required>
                <DateInput disabledDate={(d) => d.isBefore(dayjs(), 'day')} onChange={(d) => setDates((x) => ({ ...x, until: toIso(Array.isArray(d) ? null : d) }))} />
              </Form.Item>
            </Space>
          </Form>
        </Space>
      )}
      {action.to === 'tra_lai' && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Paragraph>Chọn đối tượng trả lại và ghi lý do cho từng người (bắt buộc ít nhất một lý do chung hoặc một đối tượng).</Typography.Paragraph>
          {live.map((n) => (
            <Space key={n.id} align="baseline" style={{ display: 'flex', marginBottom: 6 }}>
              <Checkbox checked={n.id in returns} onChange={(e) => setReturns((r) => { const x = { ...r }; if (e.target.checked) x[n.id] = ''; else delete x[n.id]; return x; })}>
                {n.position}. {n.fullName} — {n.awardName}
              </Checkbox>
              {n.id in returns && <Input style={{ width: 320 }} placeholder="Lý do trả lại" value={returns[n.id]} onChange={(e) => setReturns((r) => ({ ...r, [n.id]: e.target.value }))} />}
            </Space>
          ))}
        </div>
      )}
      <Input.TextArea aria-label="Lý do, ghi chú" rows={3} placeholder={action.requiresReason ? 'Lý do (bắt buộc)' : 'Ghi chú (không bắt buộc)'} value={reason} onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}

/** The receiving body lets a dossier through its blocking findings, with the justification recorded. */
export function OverrideModal({ proposal, onClose, onReload }: { proposal: ProposalDetail; onClose: () => void; onReload: () => void }) {
  const override = useOverrideProposal(proposal.id);
  const feedback = useFeedback();
  const [reason, setReason] = useState('');
  const blocking = proposal.check?.findings.filter((f) => f.severity === 'block') ?? [];
  const submit = async () => {
    try {
      await override.mutateAsync({ version: proposal.version, reason });
      feedback.success('Đã cho phép gửi hồ sơ; lý do được ghi vào hồ sơ và nhật ký.');
      onClose();
    } catch (e) {
      feedback.error(e, { onReload });
    }
  };
  return (
    <Modal open title="Cho phép gửi hồ sơ còn vấn đề" okText="Cho phép gửi" okButtonProps={{ danger: true }} cancelText="Hủy" onOk={submit} onCancel={onClose} confirmLoading={override.isPending} width={680}>
      <Typography.Paragraph>Việc cho phép chỉ áp dụng cho {blocking.length} vấn đề dưới đây; vấn đề phát sinh sau đó sẽ chặn gửi lại.</Typography.Paragraph>
      <ul style={{ maxHeight: 240, overflow: 'auto' }}>
        {blocking.map((f) => (
          <li key={f.key}>{f.message}</li>
        ))}
      </ul>
      <Input.TextArea aria-label="Lý do cho phép gửi" rows={3} placeholder="Lý do cho phép gửi (bắt buộc, ghi rõ căn cứ)" value={reason} onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}
