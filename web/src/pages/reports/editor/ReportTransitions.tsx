import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { ApiError, toApiError } from '../../../api/client';
import { checkReport, useTransitionReport, type FindingView, type ReportDetail } from '../../../api/report-editor';
import { useFeedback } from '../../../lib/feedback';
import { CheckFindingsModal } from './CheckFindingsModal';
import { scrollToSection } from './OutlineNav';
import { ReasonModal } from './ReasonModal';
import type { ReportDraft } from './useReportDraft';

type Next = ReportDetail['next'][number];
type State = Next['to'];

// Forward steps first (submit, approve), then withdrawals; a send-back (needs a reason) last, in red.
const ORDER: State[] = ['da_nop', 'da_duyet', 'dang_soan', 'tra_lai', 'chua_mo'];

const DONE: Record<State, string> = {
  chua_mo: 'Báo cáo đã chuyển về trạng thái chưa mở.',
  dang_soan: 'Báo cáo đã chuyển về để tiếp tục soạn.',
  da_nop: 'Đã nộp báo cáo.',
  tra_lai: 'Đã trả lại báo cáo cho đơn vị.',
  da_duyet: 'Đã duyệt báo cáo.',
};

const HINT: Partial<Record<State, string>> = {
  tra_lai: 'Đơn vị sẽ thấy lý do này trên báo cáo của mình và sửa theo; lý do được ghi vào lịch sử.',
};

/**
 * The workflow steps the server offers now. Submitting saves the draft first; when the checker finds
 * problems the server asks for confirmation, and the unit sees the findings before choosing.
 */
export function ReportTransitions(props: {
  detail: ReportDetail;
  draft: ReportDraft;
  sections: { key: string; label: string }[];
  onReload: () => void;
  /** The checker's findings shown before submitting, kept by the page to show them in their sections. */
  onChecked: (findings: FindingView[]) => void;
}) {
  const { detail, draft, sections, onReload } = props;
  const { message } = App.useApp();
  const feedback = useFeedback();
  const transition = useTransitionReport(detail.id);
  const [asking, setAsking] = useState<Next | null>(null);
  const [checking, setChecking] = useState<{ step: Next; findings: FindingView[] } | null>(null);
  const [preparing, setPreparing] = useState<State | null>(null);
  const steps = [...detail.next].sort((a, b) => ORDER.indexOf(a.to) - ORDER.indexOf(b.to) || Number(a.requiresReason) - Number(b.requiresReason));

  const send = async (t: Next, extra: { reason?: string; confirm?: boolean } = {}) => {
    const saved = await transition.mutateAsync({ to: t.to, version: draft.version(), reason: extra.reason ?? null, confirm: extra.confirm });
    draft.adoptVersion(saved.version);
    feedback.success(DONE[t.to]);
  };

  const submit = async (t: Next) => {
    setPreparing(t.to);
    try {
      if (draft.invalidValues > 0) {
        void message.error(`Còn ${draft.invalidValues} ô số liệu chưa đọc được (viền đỏ). Sửa hoặc xóa các ô này trước khi nộp.`);
        return;
      }
      if (draft.dirty && !(await draft.save(true))) {
        void message.error('Chưa lưu được nội dung mới nhất nên chưa nộp. Xem thông báo lỗi ở đầu trang.');
        return;
      }
      try {
        await send(t);
      } catch (err) {
        const e = toApiError(err);
        if (e instanceof ApiError && e.code === 'CONFIRMATION_REQUIRED') {
          const findings = await checkReport(detail.id);
          setChecking({ step: t, findings });
          props.onChecked(findings);
          return;
        }
        throw err;
      }
    } catch (err) {
      feedback.error(err, { onReload });
    } finally {
      setPreparing(null);
    }
  };

  const start = (t: Next) => {
    if (t.requiresReason) return setAsking(t);
    if (t.to === 'da_nop') return void submit(t);
    setPreparing(t.to);
    send(t)
      .catch((err: unknown) => feedback.error(err, { onReload }))
      .finally(() => setPreparing(null));
  };

  return (
    <Space wrap>
      {steps.map((t, i) => (
        <Button
          key={t.to}
          type={i === 0 && !t.requiresReason && t.to !== 'dang_soan' ? 'primary' : 'default'}
          danger={t.requiresReason}
          loading={preparing === t.to || (transition.isPending && transition.variables?.to === t.to)}
          onClick={() => start(t)}
        >
          {t.label}
        </Button>
      ))}
      <ReasonModal
        open={!!asking}
        title={asking ? `${asking.label}: ${detail.unit.name}` : ''}
        actionLabel={asking?.label ?? ''}
        hint={(asking && HINT[asking.to]) ?? 'Lý do được ghi vào lịch sử của báo cáo.'}
        onCancel={() => setAsking(null)}
        onSubmit={(reason) =>
          send(asking!, { reason }).then(
            () => setAsking(null),
            (err: unknown) => {
              feedback.error(err, { onReload });
              throw err;
            },
          )
        }
      />
      <CheckFindingsModal
        open={!!checking}
        findings={checking?.findings ?? []}
        sections={sections}
        submitting={transition.isPending}
        submitLabel={checking?.step.label ?? 'nộp'}
        onFix={(key) => {
          setChecking(null);
          if (key) setTimeout(() => scrollToSection(key), 300);
        }}
        onSubmitAnyway={() =>
          send(checking!.step, { confirm: true }).then(
            () => setChecking(null),
            (err: unknown) => feedback.error(err, { onReload }),
          )
        }
      />
    </Space>
  );
}
