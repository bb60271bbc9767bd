import type { Editor, JSONContent } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor } from '@tiptap/react';
import { Alert } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RichTextTooLarge, sanitizeRichDoc } from '../../../../src/shared/rich-text';
import type { RichDoc } from '../../../../src/shared/rich-text-types';
import { richTextExtensions } from './extensions';
import { FootnoteModal, type FootnoteModalState } from './FootnoteModal';
import { cleanPastedHtml } from './paste-cleaner';
import { Toolbar } from './Toolbar';
import './rich-text.css';

export interface RichTextEditorProps {
  value: RichDoc;
  onChange: (doc: RichDoc) => void;
  readOnly?: boolean;
  placeholder?: string;
  'aria-label'?: string;
}

const DEFAULT_PLACEHOLDER = 'Nhập nội dung…';

/** Stored content may predate today's rules; the editor only ever loads sanitised JSON. */
function loadable(doc: RichDoc): JSONContent {
  try {
    return sanitizeRichDoc(doc);
  } catch {
    return doc;
  }
}

const sameDoc = (a: RichDoc, b: RichDoc) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A controlled editor for a report section's rich text. `onChange` receives sanitised documents only.
 * A new `value` from outside (another version loaded, a reset) replaces the content; a document the
 * editor itself emitted, or one equal to its content, leaves the content and cursor as they are.
 */
export function RichTextEditor({ value, onChange, readOnly = false, placeholder, 'aria-label': ariaLabel }: RichTextEditorProps) {
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // Every document this editor emitted: when typing outpaces React, `value` can arrive one keystroke
  // behind, and re-applying that older value would drop the keystroke and move the cursor.
  const emitted = useRef(new WeakSet<RichDoc>());
  const placeholderRef = useRef(placeholder ?? DEFAULT_PLACEHOLDER);
  placeholderRef.current = placeholder ?? DEFAULT_PLACEHOLDER;
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [footnote, setFootnote] = useState<FootnoteModalState | null>(null);
  const editableRef = useRef(!readOnly);
  editableRef.current = !readOnly;

  const openFootnoteAt = useCallback((pos: number, text: string) => {
    if (editableRef.current) setFootnote({ pos, text });
  }, []);

  // Stable options: Tiptap's hook compares them on every render and reconfigures the view when they differ.
  const [extensions] = useState(() => richTextExtensions(placeholderRef));
  const [initialContent] = useState(() => loadable(value));
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: 'rt-content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-placeholder': placeholder ?? DEFAULT_PLACEHOLDER,
        ...(ariaLabel ? { 'aria-label': ariaLabel } : {}),
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
      },
      transformPastedHTML: cleanPastedHtml,
      handleClickOn: (_view: EditorView, _pos: number, node: PmNode, nodePos: number, _event: MouseEvent, direct: boolean) => {
        if (!direct || node.type.name !== 'footnote') return false;
        openFootnoteAt(nodePos, String(node.attrs.text ?? ''));
        return true;
      },
      handleKeyDown: (view: EditorView, event: KeyboardEvent) => {
        const sel = view.state.selection;
        if (event.key !== 'Enter' || !(sel instanceof NodeSelection) || sel.node.type.name !== 'footnote') return false;
        openFootnoteAt(sel.from, String(sel.node.attrs.text ?? ''));
        return true;
      },
    }),
    [ariaLabel, readOnly, placeholder, openFootnoteAt],
  );

  const editor = useEditor({
    extensions,
    content: initialContent,
    editable: !readOnly,
    immediatelyRender: true,
    editorProps,
    onUpdate: ({ editor: e }) => {
      try {
        const doc = sanitizeRichDoc(e.getJSON());
        emitted.current.add(doc);
        setTooLarge(null);
        onChangeRef.current(doc);
      } catch (err) {
        // Over the limits: keep the text in the editor so nothing typed is lost, but do not pass it on.
        if (err instanceof RichTextTooLarge) setTooLarge(err.message);
        else throw err;
      }
    },
  });

  useEffect(() => {
    if (editor.isDestroyed || emitted.current.has(value)) return;
    let current: RichDoc | null = null;
    try {
      current = sanitizeRichDoc(editor.getJSON());
    } catch {
      current = null;
    }
    if (current && sameDoc(current, value)) return;
    editor.commands.setContent(loadable(value), { emitUpdate: false });
    setTooLarge(null);
  }, [editor, value]);

  useEffect(() => {
    if (editor.isEditable !== !readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  const openFootnote = () => {
    const sel = editor.state.selection;
    if (sel instanceof NodeSelection && sel.node.type.name === 'footnote') setFootnote({ pos: sel.from, text: String(sel.node.attrs.text ?? '') });
    else setFootnote({ pos: null, text: '' });
  };

  return (
    <div className={`rt-editor${readOnly ? ' rt-editor-readonly' : ''}`}>
      {!readOnly && <Toolbar editor={editor} onFootnote={openFootnote} />}
      <EditorContent editor={editor} className="rt-body rt-doc" />
      {tooLarge && <Alert type="error" showIcon title={tooLarge} style={{ margin: 8 }} />}
      <FootnoteModal
        state={footnote}
        onCancel={() => {
          setFootnote(null);
          editor.commands.focus();
        }}
        onSave={(text) => {
          saveFootnote(editor, footnote, text);
          setFootnote(null);
        }}
        onDelete={() => {
          if (footnote?.pos != null && isFootnoteAt(editor, footnote.pos)) editor.chain().focus().deleteRange({ from: footnote.pos, to: footnote.pos + 1 }).run();
          setFootnote(null);
        }}
      />
    </div>
  );
}

const isFootnoteAt = (editor: Editor, pos: number) => editor.state.doc.nodeAt(pos)?.type.name === 'footnote';

function saveFootnote(editor: Editor, state: FootnoteModalState | null, text: string): void {
  if (!state) return;
  if (state.pos === null) {
    // After the selection rather than over it: a footnote refers to the text, it does not replace it.
    editor.chain().focus().insertContentAt(editor.state.selection.to, { type: 'footnote', attrs: { text } }).run();
    return;
  }
  const pos = state.pos;
  if (!isFootnoteAt(editor, pos)) return;
  editor
    .chain()
    .focus()
    .command(({ tr }) => {
      tr.setNodeMarkup(pos, undefined, { text });
      return true;
    })
    .run();
}
