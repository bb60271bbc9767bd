import { Extension, Node, mergeAttributes, type AnyExtension } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import StarterKit from '@tiptap/starter-kit';

/**
 * An inline atom carrying the note's text. The number is not stored: CSS counters number the
 * references in document order, so inserting or deleting one renumbers the rest.
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-footnote') ?? '',
        renderHTML: (attrs) => {
          const text = String(attrs.text ?? '');
          return { 'data-footnote': text, title: text, 'aria-label': `Chú thích: ${text}` };
        },
      },
    };
  },
  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes({ class: 'rt-footnote' }, HTMLAttributes)];
  },
});

// The stored format allows tables only at the top level and only paragraphs in cells. Taking the
// table out of the 'block' group (list items hold 'paragraph block*') and a doc that accepts both
// makes the editor's schema enforce that, so pasted content is reduced here rather than on save.
const Document = Node.create({ name: 'doc', topNode: true, content: '(block | topTable)+' });
const TopTable = Table.extend({ group: 'topTable' });
const ParagraphCell = TableCell.extend({ content: 'paragraph+' });
const ParagraphHeader = TableHeader.extend({ content: 'paragraph+' });

/** Shows the placeholder on an empty document; `text` is read on every update so it can change. */
function placeholder(text: { current: string }) {
  return Extension.create({
    name: 'rtPlaceholder',
    addProseMirrorPlugins() {
      return [
        new Plugin({
          key: new PluginKey('rtPlaceholder'),
          props: {
            decorations: (state) => {
              const { doc } = state;
              const first = doc.firstChild;
              const empty = doc.childCount === 1 && first?.type.name === 'paragraph' && first.content.size === 0;
              if (!empty || !first || !text.current) return null;
              return DecorationSet.create(doc, [Decoration.node(0, first.nodeSize, { class: 'rt-placeholder', 'data-placeholder': text.current })]);
            },
          },
        }),
      ];
    },
  });
}

export function richTextExtensions(placeholderText: { current: string }): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      heading: false,
      codeBlock: false,
      code: false,
      blockquote: false,
      strike: false,
      horizontalRule: false,
      link: false,
    }),
    Document,
    TopTable.configure({ resizable: false }),
    TableRow,
    ParagraphHeader,
    ParagraphCell,
    Footnote,
    placeholder(placeholderText),
  ];
}
