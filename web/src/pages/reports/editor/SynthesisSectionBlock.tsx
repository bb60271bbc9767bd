import { EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Tag, Typography } from 'antd';
import { memo, useState } from 'react';
import { emptyRichDoc, isRichEmpty } from '../../../../../src/shared/rich-text';
import type { RichDoc } from '../../../../../src/shared/rich-text-types';
import type { SynthesisSectionView } from '../../../api/report-editor';
import { RichTextDiffView } from '../../../components/rich-text/RichTextDiffView';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor';
import { RichTextView } from '../../../components/rich-text/RichTextView';
import { sameJson, sectionDomId, type FlatSection } from './outline';

const EMPTY = emptyRichDoc();

/** What a section shows: the pending edit, else the saved edit, else what the system composed. */
export function shownDoc(s: SynthesisSectionView | undefined, pending: RichDoc | null | undefined): { doc: RichDoc; edited: boolean } {
  if (pending !== undefined) return pending === null ? { doc: s?.generated ?? EMPTY, edited: false } : { doc: pending, edited: true };
  if (s?.edited) return { doc: s.edited, edited: true };
  return { doc: s?.generated ?? EMPTY, edited: false };
}

/** One section of the synthesis: the composed text, which the specialist may rewrite or take back. */
export const SynthesisSectionBlock = memo(function SynthesisSectionBlock(p: {
  flat: FlatSection;
  view: SynthesisSectionView | undefined;
  pending: RichDoc | null | undefined;
  canEdit: boolean;
  onEdit: (key: string, doc: RichDoc | null) => void;
}) {
  const { modal } = App.useApp();
  const { flat, view } = p;
  const key = flat.section.key;
  const { doc, edited } = shownDoc(view, p.pending);
  const headingId = `${sectionDomId(key)}-tieu-de`;
  const change = (d: RichDoc) => {
    if (!sameJson(d, doc)) p.onEdit(key, d);
  };
  const useGenerated = () =>
    modal.confirm({
      title: 'Dùng lại bản hệ thống soạn?',
      content: `Đoạn bạn đã sửa ở mục ${flat.label} sẽ được thay bằng nội dung hệ thống soạn từ các báo cáo đã duyệt (sau khi bấm “Lưu”).`,
      okText: 'Dùng lại bản hệ thống soạn',
      cancelText: 'Hủy',
      onOk: () => p.onEdit(key, null),
    });
  // A heading that only groups subsections, with nothing composed, gets an editor on demand.
  const [opened, setOpened] = useState(false);
  const collapsed = flat.hasChildren && isRichEmpty(doc) && !opened;
  // The warning stays until the edit is taken back or saved again over the new source.
  const sourceChanged = !!view?.sourceChanged && edited;

  return (
    <section id={sectionDomId(key)} aria-labelledby={headingId} className={`report-section depth-${Math.min(flat.depth, 3)}`}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <h3 id={headingId} style={{ margin: 0, fontSize: flat.depth === 0 ? 17 : 15.5, fontWeight: flat.depth === 0 ? 700 : 600, flex: '1 1 auto' }}>
          {flat.label}
        </h3>
        {edited ? <Tag color="blue">Đã sửa</Tag> : view && !collapsed ? <Tag>Hệ thống soạn</Tag> : null}
        {p.canEdit && edited && view && (
          <Button size="small" icon={<RollbackOutlined />} onClick={useGenerated}>
            Dùng lại bản hệ thống soạn
          </Button>
        )}
      </div>
      {sourceChanged && (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '8px 0' }}
          title="Số liệu/nội dung nguồn đã thay đổi sau khi bạn sửa"
          description={
            <div>
              <Typography.Paragraph style={{ marginBottom: 8 }}>
                Có báo cáo mới được duyệt hoặc số liệu đã đổi nên bản hệ thống soạn cho mục này đã khác. Phần thay đổi (bản cũ → bản mới) ở dưới; hãy
                đưa vào đoạn bạn đã sửa những gì cần, hoặc dùng lại bản hệ thống soạn.
              </Typography.Paragraph>
              <div style={{ background: '#fff', padding: 8, borderRadius: 6, border: '1px solid #ffe58f' }}>
                <RichTextDiffView before={view?.previousGenerated ?? EMPTY} after={view?.generated ?? EMPTY} />
              </div>
            </div>
          }
        />
      )}
      <div style={{ marginTop: 8 }}>
        {collapsed ? (
          p.canEdit && (
            <Button type="link" size="small" icon={<EditOutlined />} style={{ paddingInline: 0 }} onClick={() => setOpened(true)}>
              Viết phần chung của mục {flat.section.numbering || flat.section.title}
            </Button>
          )
        ) : p.canEdit ? (
          <RichTextEditor value={doc} onChange={change} aria-label={flat.label} placeholder="Nội dung mục này…" />
        ) : (
          <RichTextView doc={doc} />
        )}
      </div>
    </section>
  );
});
