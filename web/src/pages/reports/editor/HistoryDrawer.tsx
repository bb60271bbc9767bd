import { App, Alert, Button, Drawer, Empty, List, Spin, Typography } from 'antd';
import { useState } from 'react';
import { emptyRichDoc, isRichEmpty } from '../../../../../src/shared/rich-text';
import { useReportRevision, useReportRevisions, type ReportContent, type RevisionDetail } from '../../../api/report-editor';
import { RichTextDiffView } from '../../../components/rich-text/RichTextDiffView';
import { formatViDateTime } from '../../../lib/dates';
import { sameJson, type FlatSection } from './outline';

/** "Lịch sử phiên bản": the saved revisions; one is compared with the text on screen and can be restored. */
export function HistoryDrawer(props: {
  open: boolean;
  onClose: () => void;
  reportId: string;
  flat: FlatSection[];
  current: ReportContent;
  canRestore: boolean;
  onRestore: (rev: RevisionDetail) => Promise<void>;
}) {
  const revisions = useReportRevisions(props.reportId, props.open);
  const [picked, setPicked] = useState<number | null>(null);
  const revision = useReportRevision(props.reportId, props.open ? picked : null);

  return (
    <Drawer title="Lịch sử phiên bản" open={props.open} onClose={props.onClose} size={960} destroyOnHidden>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <div style={{ flex: '0 0 260px' }}>
          {revisions.isPending && <Spin />}
          {revisions.isError && <Alert type="error" showIcon title={revisions.error.message} />}
          {revisions.data && (
            <List
              size="small"
              bordered
              dataSource={revisions.data}
              locale={{ emptyText: 'Chưa có phiên bản nào được lưu.' }}
              renderItem={(r) => (
                <List.Item style={{ background: picked === r.revision ? '#e6f4ff' : undefined }}>
                  <button type="button" className="search-result" style={{ border: 0, padding: 0 }} aria-pressed={picked === r.revision} onClick={() => setPicked(r.revision)}>
                    <Typography.Text strong>
                      Phiên bản {r.revision}: {r.kindLabel}
                    </Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {r.authorName ?? '—'} · {formatViDateTime(r.at)}
                    </Typography.Text>
                  </button>
                </List.Item>
              )}
            />
          )}
        </div>
        <div style={{ flex: '1 1 420px', minWidth: 0 }}>
          {picked === null && <Empty description="Chọn một phiên bản để so sánh với nội dung hiện tại." />}
          {picked !== null && revision.isPending && <Spin description="Đang tải phiên bản…" />}
          {revision.isError && <Alert type="error" showIcon title={revision.error.message} />}
          {picked !== null && revision.data && <Comparison {...props} rev={revision.data} />}
        </div>
      </div>
    </Drawer>
  );
}

function Comparison(props: { rev: RevisionDetail; flat: FlatSection[]; current: ReportContent; canRestore: boolean; onRestore: (rev: RevisionDetail) => Promise<void> }) {
  const { rev, flat, current } = props;
  const { modal } = App.useApp();
  const changed = flat.filter((f) => !sameJson(rev.content.sections[f.section.key] ?? {}, current.sections[f.section.key] ?? {}));
  const restore = () =>
    modal.confirm({
      title: `Khôi phục phiên bản ${rev.revision}?`,
      content: 'Nội dung trên màn hình sẽ được thay bằng nội dung của phiên bản này rồi tự động lưu. Nội dung hiện tại vẫn còn trong lịch sử phiên bản. Số liệu của các bảng chỉ tiêu không thay đổi.',
      okText: 'Khôi phục',
      cancelText: 'Hủy',
      onOk: () => props.onRestore(rev),
    });

  return (
    <div>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', marginBottom: 12 }}>
        <Typography.Text>
          So sánh <strong>phiên bản {rev.revision}</strong> ({formatViDateTime(rev.at)}) với nội dung hiện tại: {changed.length ? `${changed.length} mục khác nhau` : 'không có mục nào khác'}.
        </Typography.Text>
        {props.canRestore && (
          <Button type="primary" onClick={restore} disabled={!changed.length}>
            Khôi phục phiên bản này
          </Button>
        )}
      </div>
      {changed.map((f) => {
        const before = rev.content.sections[f.section.key];
        const after = current.sections[f.section.key];
        const rowsBefore = before?.rows?.length ?? 0;
        const rowsAfter = after?.rows?.length ?? 0;
        const textChanged = !sameJson(before?.text ?? null, after?.text ?? null);
        return (
          <section key={f.section.key} aria-label={f.label} style={{ marginBottom: 16 }}>
            <Typography.Text strong>{f.label}</Typography.Text>
            {textChanged && (
              <div style={{ marginTop: 4, padding: 8, border: '1px solid #f0f0f0', borderRadius: 6 }}>
                <RichTextDiffView before={before?.text ?? emptyRichDoc()} after={after?.text ?? emptyRichDoc()} />
                {before?.text && !isRichEmpty(before.text) && (!after?.text || isRichEmpty(after.text)) && <Typography.Text type="secondary">(Nội dung hiện tại của mục này đang để trống.)</Typography.Text>}
              </div>
            )}
            {!sameJson(before?.rows ?? [], after?.rows ?? []) && (
              <div>
                <Typography.Text type="secondary">
                  Danh sách khác nhau: phiên bản {rev.revision} có {rowsBefore} dòng, hiện tại có {rowsAfter} dòng.
                </Typography.Text>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
