import { ArrowLeftOutlined, FileSearchOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Result, Space, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { checkReport, reportExportPath, useReport, type FindingView, type ReportDetail, type RevisionDetail } from '../../api/report-editor';
import { useLeaveGuard } from '../../components/grid/useLeaveGuard';
import { AsOfLink } from '../../lib/asOf';
import { useFeedback } from '../../lib/feedback';
import { ExportButtons } from './editor/ExportButtons';
import { FindingsPanel } from './editor/FindingsPanel';
import { HistoryDrawer } from './editor/HistoryDrawer';
import { OutlineNav, scrollToSection } from './editor/OutlineNav';
import { ReportHeader } from './editor/ReportHeader';
import { ReportTransitions } from './editor/ReportTransitions';
import { SaveIndicator } from './editor/SaveIndicator';
import { SectionBlock, type SectionMode } from './editor/SectionBlock';
import { flattenOutline, isAnswered } from './editor/outline';
import { useReportDraft, type ValueEdit } from './editor/useReportDraft';
import './editor/editor.css';

const REVIEW_STATES = new Set(['da_nop', 'da_duyet']);
const NO_EDITS: Record<string, ValueEdit> = {};

/** "/bao-cao/bao-cao/:id": a unit's report, written section by section along the outline, or reviewed by the requesting body. */
export function ReportEditorPage() {
  const { id } = useParams();
  const report = useReport(id);
  const back = (
    <AsOfLink to="/bao-cao">
      <ArrowLeftOutlined /> Báo cáo
    </AsOfLink>
  );
  if (report.isPending) return <Spin description="Đang tải báo cáo…" />;
  if (report.isError) return <Result status="warning" title="Không mở được báo cáo" subTitle={report.error.message} extra={back} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <ReportEditor key={report.data.id} detail={report.data} refetch={() => report.refetch().then((r) => r.data)} />
    </Space>
  );
}

function ReportEditor({ detail, refetch }: { detail: ReportDetail; refetch: () => Promise<ReportDetail | undefined> }) {
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const feedback = useFeedback();
  const editable = detail.canEdit && !detail.lockedReason;
  const reviewing = !editable && detail.canReview && REVIEW_STATES.has(detail.state);
  const mode: SectionMode = editable ? 'edit' : reviewing ? 'review' : 'read';
  const draft = useReportDraft(detail, editable);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [activeFinding, setActiveFinding] = useState<string | null>(null);
  const [checked, setChecked] = useState<FindingView[] | null>(null);
  const [checking, setChecking] = useState(false);
  useLeaveGuard(editable && draft.dirty);

  const flat = useMemo(() => flattenOutline(detail.outlineTree.sections), [detail.outlineTree]);
  const sectionList = useMemo(() => flat.map((f) => ({ key: f.section.key, label: f.label })), [flat]);
  const content = draft.content ?? detail.content;
  // While the unit writes, a fresh check (before submitting, or on demand) replaces the stored findings.
  const findings = (editable && checked) || detail.findings;
  const bySection = useMemo(() => {
    const m = new Map<string, FindingView[]>();
    for (const f of findings) m.set(f.sectionKey, [...(m.get(f.sectionKey) ?? []), f]);
    return m;
  }, [findings]);
  const NONE = useMemo<FindingView[]>(() => [], []);

  // A string, so the outline tree re-renders only when a section becomes answered or empty, not on every keystroke.
  const answeredKeys = flat
    .filter((f) => isAnswered(f.section, content.sections[f.section.key], detail.indicatorTables[f.section.key]))
    .map((f) => f.section.key)
    .join('\n');
  const answered = useMemo(() => {
    const set = new Set(answeredKeys.split('\n'));
    return (key: string) => set.has(key);
  }, [answeredKeys]);
  const findingCount = useCallback((key: string) => (bySection.get(key) ?? []).filter((f) => f.review?.decision !== 'dismissed').length, [bySection]);
  // Each indicator table gets only its own typed figures, so typing a figure re-renders one section.
  const editsBySection = useMemo(() => {
    const m = new Map<string, Record<string, ValueEdit>>();
    for (const [key, cells] of Object.entries(detail.indicatorTables)) {
      const own = Object.fromEntries(cells.flatMap((c) => (draft.valueEdits[c.indicator.id] ? [[c.indicator.id, draft.valueEdits[c.indicator.id]!]] : [])));
      m.set(key, Object.keys(own).length ? own : NO_EDITS);
    }
    return m;
  }, [detail.indicatorTables, draft.valueEdits]);

  const reload = useCallback(() => {
    void refetch().then((d) => {
      if (d) {
        draft.reset(d);
        void message.info('Đã tải lại bản mới nhất của báo cáo.');
      }
    });
  }, [refetch, draft, message]);

  const confirmReload = () =>
    modal.confirm({
      title: 'Tải lại bản mới nhất?',
      content: 'Nội dung bạn sửa từ lần lưu cuối sẽ bị thay bằng bản đã lưu trên máy chủ. Nếu cần giữ đoạn nào, hãy sao chép ra nơi khác trước.',
      okText: 'Tải lại',
      okButtonProps: { danger: true },
      cancelText: 'Ở lại',
      onOk: reload,
    });

  // Ctrl+S saves at once instead of waiting for the autosave.
  useEffect(() => {
    if (!editable) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void draft.save(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editable, draft]);

  const saveVersion = async () => {
    if (await draft.save(false)) {
      void message.success('Đã lưu phiên bản mới của báo cáo.');
      void qc.invalidateQueries({ queryKey: ['reports', 'revisions', detail.id] });
    }
  };

  const runCheck = async () => {
    setChecking(true);
    try {
      if (draft.dirty && !(await draft.save(true))) return;
      const found = await checkReport(detail.id);
      setChecked(found);
      void message.info(found.length ? `Hệ thống tìm thấy ${found.length} điểm cần xem lại; các điểm được ghi dưới từng mục.` : 'Hệ thống không phát hiện vấn đề nào.');
      if (found[0]) scrollToSection(found[0].sectionKey);
    } catch (err) {
      feedback.error(err);
    } finally {
      setChecking(false);
    }
  };

  const restore = async (rev: RevisionDetail) => {
    if (draft.dirty) await draft.save(false);
    draft.replaceContent(rev.content);
    setHistoryOpen(false);
    void message.success(`Đã khôi phục phiên bản ${rev.revision}; nội dung sẽ được tự động lưu.`);
  };

  const actions = (
    <Space orientation="vertical" align="end" size={8}>
      <Space wrap style={{ justifyContent: 'flex-end' }}>
        {editable && <SaveIndicator status={draft.status} pending={draft.pending} invalidValues={draft.invalidValues} onRetry={() => void draft.save(true)} />}
        <ReportTransitions detail={detail} draft={draft} sections={sectionList} onReload={confirmReload} onChecked={setChecked} />
      </Space>
      <Space wrap style={{ justifyContent: 'flex-end' }}>
        {editable && (
          <Button icon={<SaveOutlined />} onClick={() => void saveVersion()} disabled={draft.status.kind === 'conflict'}>
            Lưu phiên bản
          </Button>
        )}
        {editable && (
          <Button icon={<FileSearchOutlined />} loading={checking} onClick={() => void runCheck()}>
            Kiểm tra báo cáo
          </Button>
        )}
        <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)}>
          Lịch sử phiên bản
        </Button>
        <ExportButtons
          pathFor={(f) => reportExportPath(detail.id, f)}
          baseName={`Bao cao - ${detail.unit.name}`}
          beforeDownload={async () => !editable || !draft.dirty || (await draft.save(true))}
        />
      </Space>
    </Space>
  );

  return (
    <>
      <Card>
        <ReportHeader r={detail} actions={actions} />
        {draft.status.kind === 'conflict' && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            title="Báo cáo vừa được lưu ở nơi khác"
            description={
              <span>
                {draft.status.message} Hệ thống không ghi đè lên bản mới hơn. Nếu cần giữ đoạn vừa gõ, hãy sao chép ra nơi khác trước khi tải lại.
              </span>
            }
            action={
              <Button danger onClick={confirmReload}>
                Tải lại bản mới nhất
              </Button>
            }
          />
        )}
      </Card>
      <div className="report-editor">
        <div className="report-editor-nav">
          <OutlineNav sections={detail.outlineTree.sections} answered={answered} findingCount={findingCount} />
        </div>
        <main className="report-editor-main" aria-label="Nội dung báo cáo">
          {detail.outlineTree.preamble && <p style={{ fontStyle: 'italic', color: '#8c8c8c', whiteSpace: 'pre-line' }}>{detail.outlineTree.preamble}</p>}
          {flat.map((f) => (
            <SectionBlock
              key={f.section.key}
              reportId={detail.id}
              flat={f}
              answer={content.sections[f.section.key]}
              cells={detail.indicatorTables[f.section.key]}
              edits={editsBySection.get(f.section.key) ?? NO_EDITS}
              mode={mode}
              findings={bySection.get(f.section.key) ?? NONE}
              activeFinding={activeFinding}
              onSection={draft.setSection}
              onValue={draft.setValue}
              onFindingClick={setActiveFinding}
            />
          ))}
        </main>
        {reviewing && (
          <div className="report-editor-side">
            <FindingsPanel reportId={detail.id} findings={detail.findings} sections={sectionList} active={activeFinding} onActivate={setActiveFinding} canDecide={detail.canReview} />
          </div>
        )}
      </div>
      <HistoryDrawer
        open={historyOpen}
        onClose={() => setHistoryOpen(false)}
        reportId={detail.id}
        flat={flat}
        current={content}
        canRestore={editable}
        onRestore={restore}
      />
    </>
  );
}
