import { EditOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { memo, useMemo, useState } from 'react';
import { emptyRichDoc, isRichEmpty } from '../../../../../src/shared/rich-text';
import type { RichDoc } from '../../../../../src/shared/rich-text-types';
import type { FindingView, IndicatorCellView, SectionAnswer } from '../../../api/report-editor';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor';
import { RichTextView } from '../../../components/rich-text/RichTextView';
import { apiGet } from '../../../api/client';
import { isAwardList } from '../../../../../src/reports/domain/award-section';
import type { ReportAwardFigures } from '../../../../../src/shared/api/reports';
import { DECISION_LABEL, FindingTags, findingMarkId } from './findingInfo';
import { IndicatorTable } from './IndicatorTable';
import { ListSectionTable } from './ListSectionTable';
import { isAnswerable, isAnswered, sectionDomId, type FlatSection } from './outline';
import type { ValueEdit } from './useReportDraft';

const EMPTY: RichDoc = emptyRichDoc();

export type SectionMode = 'edit' | 'read' | 'review';

export interface SectionBlockProps {
  reportId?: string;
  flat: FlatSection;
  answer: SectionAnswer | undefined;
  cells: IndicatorCellView[] | undefined;
  edits: Record<string, ValueEdit>;
  mode: SectionMode;
  findings: FindingView[];
  activeFinding: string | null;
  onSection: (key: string, answer: SectionAnswer) => void;
  onValue: (cell: IndicatorCellView, text: string) => void;
  onFindingClick: (key: string) => void;
}

const headingStyle = (depth: number): React.CSSProperties => ({ margin: 0, fontSize: depth === 0 ? 17 : depth === 1 ? 15.5 : 15, fontWeight: depth === 0 ? 700 : 600 });

/** One outline section: its heading and guidance, then the answer in the shape the outline asks for. */
export const SectionBlock = memo(function SectionBlock(p: SectionBlockProps) {
  const { flat, answer, mode } = p;
  const s = flat.section;
  const answered = isAnswered(s, answer, p.cells);
  const headingId = `${sectionDomId(s.key)}-tieu-de`;
  const setText = (doc: RichDoc) => p.onSection(s.key, { ...answer, text: doc });

  return (
    <section id={sectionDomId(s.key)} aria-labelledby={headingId} className={`report-section depth-${Math.min(flat.depth, 3)}`}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <h3 id={headingId} style={headingStyle(flat.depth)}>
          {flat.label}
        </h3>
        {isAnswerable(flat) && !answered && <Tag color="orange">Chưa trả lời</Tag>}
      </div>
      {s.guidance && (
        <Typography.Paragraph italic type="secondary" style={{ margin: '4px 0 0', whiteSpace: 'pre-line' }}>
          {s.guidance}
        </Typography.Paragraph>
      )}
      <div style={{ marginTop: 8 }}>
        {s.kind === 'list' && (
          <ListSectionTable
            section={s}
            tableLabel={`Danh sách của mục ${s.numbering || s.title}`}
            rows={answer?.rows ?? []}
            readOnly={mode !== 'edit'}
            onChange={(rows) => p.onSection(s.key, { ...answer, rows })}
            fromRegistry={p.reportId && isAwardList(s.columns ?? undefined) ? () => apiGet<ReportAwardFigures>(`/reports/${p.reportId}/award-figures`).then((r) => r.sections[s.key] ?? []) : undefined}
          />
        )}
        {s.kind === 'indicator_table' && (
          <IndicatorTable cells={p.cells ?? []} edits={p.edits} readOnly={mode !== 'edit'} tableLabel={`Bảng chỉ tiêu của mục ${s.numbering || s.title}`} onValue={p.onValue} />
        )}
        <SectionText {...p} text={answer?.text} onText={setText} />
      </div>
      {mode !== 'review' && <SectionFindings findings={p.findings} />}
    </section>
  );
});

/** The section's rich text: the whole answer of a narrative section, an optional intro / commentary of a table. */
function SectionText(p: SectionBlockProps & { text: RichDoc | undefined; onText: (doc: RichDoc) => void }) {
  const { flat, mode, text } = p;
  const s = flat.section;
  const empty = !text || isRichEmpty(text);
  // A heading that only groups subsections gets its own text on demand, so the page is not a wall of empty boxes.
  const [opened, setOpened] = useState(false);
  const highlights = useMemo(
    () =>
      p.findings
        .filter((f) => f.end > f.start && f.review?.decision !== 'dismissed')
        .map((f) => ({
          start: f.start,
          end: f.end,
          severity: f.severity,
          title: f.suggestion ? `${f.message}\nGợi ý: ${f.suggestion}` : f.message,
          onClick: () => p.onFindingClick(f.key),
          id: findingMarkId(f.key),
        })),
    [p.findings, p.onFindingClick],
  );

  if (mode !== 'edit') {
    if (empty) {
      if (s.kind !== 'narrative' || flat.hasChildren) return null;
      return <Typography.Text type="secondary">Đơn vị chưa trả lời mục này.</Typography.Text>;
    }
    return (
      <div className="report-section-text" style={{ marginTop: s.kind === 'narrative' ? 0 : 8 }}>
        <RichTextView doc={text} highlights={mode === 'review' ? highlights : undefined} />
      </div>
    );
  }
  if (flat.hasChildren && s.kind === 'narrative' && empty && !opened) {
    return (
      <Button type="link" size="small" icon={<EditOutlined />} style={{ paddingInline: 0 }} onClick={() => setOpened(true)}>
        Viết phần chung của mục {s.numbering || s.title}
      </Button>
    );
  }
  return (
    <div style={{ marginTop: s.kind === 'narrative' ? 0 : 8 }}>
      {s.kind !== 'narrative' && (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
          {s.kind === 'list' ? 'Lời dẫn, thuyết minh (không bắt buộc)' : 'Nhận xét, đánh giá (không bắt buộc)'}
        </Typography.Text>
      )}
      <RichTextEditor value={text ?? EMPTY} onChange={p.onText} aria-label={flat.label} placeholder={s.kind === 'narrative' ? 'Nhập nội dung mục này…' : 'Nhập nội dung (nếu có)…'} />
    </div>
  );
}

/** While the unit writes: what the checker or the reviewer pointed out in this section (dismissed points are left out). */
function SectionFindings({ findings }: { findings: FindingView[] }) {
  // "Mục chưa được trả lời" is already the orange tag on the heading.
  const shown = findings.filter((f) => f.review?.decision !== 'dismissed' && !(f.category === 'STRUCT' && f.start === f.end && !f.review));
  if (!shown.length) return null;
  return (
    <div className="report-section-findings" role="note" aria-label="Điểm cần xem lại trong mục này">
      {shown.map((f) => (
        <div key={f.key} style={{ marginTop: 6 }}>
          <Space size={4} wrap>
            <FindingTags f={f} />
            {f.review && <Tag color={f.review.decision === 'accepted' ? 'red' : 'default'}>{DECISION_LABEL[f.review.decision]}</Tag>}
          </Space>
          <div>{f.message}</div>
          {f.suggestion && <Typography.Text type="secondary">Gợi ý: {f.suggestion}</Typography.Text>}
          {f.review?.note && <div style={{ whiteSpace: 'pre-line' }}>Ghi chú của người duyệt: {f.review.note}</div>}
        </div>
      ))}
    </div>
  );
}
