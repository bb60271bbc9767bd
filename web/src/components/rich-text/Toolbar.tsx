import {
  BoldOutlined,
  DeleteColumnOutlined,
  DeleteOutlined,
  DeleteRowOutlined,
  InsertRowBelowOutlined,
  InsertRowRightOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  RedoOutlined,
  TableOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { Button, Divider, Tooltip } from 'antd';
import type { ReactNode } from 'react';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const key = (k: string) => (isMac ? `⌘${k}` : `Ctrl+${k}`);

function ToolButton(p: { title: string; icon: ReactNode; onClick: () => void; active?: boolean; disabled?: boolean }) {
  return (
    <Tooltip title={p.title} mouseEnterDelay={0.4}>
      <Button
        size="small"
        type={p.active ? 'primary' : 'text'}
        ghost={p.active}
        icon={p.icon}
        aria-label={p.title}
        aria-pressed={p.active === undefined ? undefined : p.active}
        disabled={p.disabled}
        // Keep the editor's selection: the button must not take focus on mouse down.
        onMouseDown={(e) => e.preventDefault()}
        onClick={p.onClick}
      />
    </Tooltip>
  );
}

/** The footnote button's icon: a superscript number, which @ant-design/icons lacks. */
const FootnoteIcon = () => (
  <span aria-hidden style={{ fontWeight: 600, fontSize: 13, lineHeight: 1 }}>
    a<sup style={{ fontSize: 9 }}>1</sup>
  </span>
);

export function Toolbar({ editor, onFootnote }: { editor: Editor; onFootnote: () => void }) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const inTable = e.isActive('table');
      const inList = e.isActive('bulletList') || e.isActive('orderedList');
      const sel = e.state.selection;
      return {
        bold: e.isActive('bold'),
        italic: e.isActive('italic'),
        underline: e.isActive('underline'),
        bulletList: e.isActive('bulletList'),
        orderedList: e.isActive('orderedList'),
        inTable,
        // Tables live at the top level only (see extensions.ts), so not inside lists or other tables.
        canInsertTable: !inTable && !inList,
        footnoteSelected: sel instanceof NodeSelection && sel.node.type.name === 'footnote',
        canUndo: e.can().undo(),
        canRedo: e.can().redo(),
      };
    },
  });
  const run = () => editor.chain().focus();
  return (
    <div className="rt-toolbar" role="toolbar" aria-label="Định dạng văn bản">
      <ToolButton title={`In đậm (${key('B')})`} icon={<BoldOutlined />} active={s.bold} onClick={() => run().toggleBold().run()} />
      <ToolButton title={`In nghiêng (${key('I')})`} icon={<ItalicOutlined />} active={s.italic} onClick={() => run().toggleItalic().run()} />
      <ToolButton title={`Gạch chân (${key('U')})`} icon={<UnderlineOutlined />} active={s.underline} onClick={() => run().toggleUnderline().run()} />
      <Divider orientation="vertical" />
      <ToolButton title="Danh sách" icon={<UnorderedListOutlined />} active={s.bulletList} disabled={s.inTable} onClick={() => run().toggleBulletList().run()} />
      <ToolButton title="Danh sách đánh số" icon={<OrderedListOutlined />} active={s.orderedList} disabled={s.inTable} onClick={() => run().toggleOrderedList().run()} />
      <Divider orientation="vertical" />
      <ToolButton
        title="Chèn bảng"
        icon={<TableOutlined />}
        disabled={!s.canInsertTable}
        onClick={() => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      />
      <ToolButton title="Thêm dòng" icon={<InsertRowBelowOutlined />} disabled={!s.inTable} onClick={() => run().addRowAfter().run()} />
      <ToolButton title="Thêm cột" icon={<InsertRowRightOutlined />} disabled={!s.inTable} onClick={() => run().addColumnAfter().run()} />
      <ToolButton title="Xóa dòng" icon={<DeleteRowOutlined />} disabled={!s.inTable} onClick={() => run().deleteRow().run()} />
      <ToolButton title="Xóa cột" icon={<DeleteColumnOutlined />} disabled={!s.inTable} onClick={() => run().deleteColumn().run()} />
      <ToolButton title="Xóa bảng" icon={<DeleteOutlined />} disabled={!s.inTable} onClick={() => run().deleteTable().run()} />
      <Divider orientation="vertical" />
      <ToolButton title={s.footnoteSelected ? 'Sửa chú thích' : 'Chèn chú thích'} icon={<FootnoteIcon />} onClick={onFootnote} />
      <Divider orientation="vertical" />
      <ToolButton title={`Hoàn tác (${key('Z')})`} icon={<UndoOutlined />} disabled={!s.canUndo} onClick={() => run().undo().run()} />
      <ToolButton title={`Làm lại (${key('Y')})`} icon={<RedoOutlined />} disabled={!s.canRedo} onClick={() => run().redo().run()} />
    </div>
  );
}
