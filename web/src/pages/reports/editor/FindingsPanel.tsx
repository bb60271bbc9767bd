import { Button, Card, Empty, Input, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useReviewFinding, type FindingView } from '../../../api/report-editor';
import { useFeedback } from '../../../lib/feedback';
import { formatViDateTime } from '../../../lib/dates';
import { DECISION_LABEL, FindingTags, findingDomId, findingMarkId, groupBySection } from './findingInfo';
import { scrollToSection } from './OutlineNav';

type Filter = 'open' | 'all';

/**
 * The reviewer's side panel: every checker finding by section, each to be accepted (the unit must fix
 * it) or dismissed (not a problem), with an optional note; who decided shows under it.
 */
export function FindingsPanel(props: {
  reportId: string;
  findings: FindingView[];
  sections: { key: string; label: string }[];
  active: string | null;
  onActivate: (key: string) => void;
  canDecide: boolean;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const open = props.findings.filter((f) => !f.review);
  const shown = filter === 'open' ? open : props.findings;
  const groups = groupBySection(shown, props.sections);

  useEffect(() => {
    if (props.active) document.getElementById(findingDomId(props.active))?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [props.active]);

  return (
    <aside aria-label="Điểm cần xem của báo cáo">
      <Typography.Title level={5} style={{ marginTop: 4 }}>
        Điểm cần xem ({props.findings.length})
      </Typography.Title>
      <Segmented<Filter>
        size="small"
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: `Tất cả (${props.findings.length})` },
          { value: 'open', label: `Chưa xử lý (${open.length})` },
        ]}
        style={{ marginBottom: 8 }}
      />
      {!groups.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.findings.length ? 'Đã xử lý hết các điểm.' : 'Hệ thống không phát hiện vấn đề nào.'} />}
      {groups.map((g) => (
        <div key={g.key} style={{ marginBottom: 8 }}>
          <Button type="link" size="small" style={{ paddingInline: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }} onClick={() => scrollToSection(g.key)}>
            {g.label}
          </Button>
          {g.items.map((f) => (
            <FindingItem key={f.key} reportId={props.reportId} f={f} active={props.active === f.key} onActivate={props.onActivate} canDecide={props.canDecide} />
          ))}
        </div>
      ))}
    </aside>
  );
}

function FindingItem({ reportId, f, active, onActivate, canDecide }: { reportId: string; f: FindingView; active: boolean; onActivate: (key: string) => void; canDecide: boolean }) {
  const review = useReviewFinding(reportId);
  const feedback = useFeedback();
  const [note, setNote] = useState(f.review?.note ?? '');
  const decide = (decision: 'accepted' | 'dismissed') =>
    review.mutate({ key: f.key, decision, note: note.trim() || null }, { onError: (err) => feedback.error(err) });
  const busy = review.isPending ? review.variables?.decision : null;

  return (
    <Card
      size="small"
      id={findingDomId(f.key)}
      className={`finding-card${active ? ' active' : ''}`}
      onClick={() => {
        onActivate(f.key);
        const mark = document.getElementById(findingMarkId(f.key));
        if (mark) mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
        else scrollToSection(f.sectionKey);
      }}
    >
      <Space size={4} wrap>
        <FindingTags f={f} />
      </Space>
      <div style={{ marginTop: 4 }}>{f.message}</div>
      {f.suggestion && <Typography.Text type="secondary">Gợi ý: {f.suggestion}</Typography.Text>}
      {f.review && (
        <div style={{ marginTop: 4 }}>
          <Typography.Text strong type={f.review.decision === 'accepted' ? 'danger' : 'secondary'}>
            {DECISION_LABEL[f.review.decision]}
          </Typography.Text>
          <Typography.Text type="secondary">
            {' '}
            — {f.review.actorName ?? 'không rõ người xử lý'}, {formatViDateTime(f.review.at)}
          </Typography.Text>
          {f.review.note && <div style={{ whiteSpace: 'pre-line' }}>Ghi chú: {f.review.note}</div>}
        </div>
      )}
      {canDecide && (
        <div style={{ marginTop: 6 }} onClick={(e) => e.stopPropagation()}>
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} placeholder="Ghi chú (không bắt buộc)" aria-label="Ghi chú cho điểm này" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          <Space size={6} style={{ marginTop: 6 }}>
            <Button size="small" type={f.review?.decision === 'accepted' ? 'primary' : 'default'} loading={busy === 'accepted'} title="Đây là lỗi; đơn vị cần sửa" onClick={() => decide('accepted')}>
              Chấp nhận
            </Button>
            <Button size="small" type={f.review?.decision === 'dismissed' ? 'primary' : 'default'} loading={busy === 'dismissed'} title="Không phải lỗi; bỏ qua" onClick={() => decide('dismissed')}>
              Bỏ qua
            </Button>
          </Space>
        </div>
      )}
    </Card>
  );
}
