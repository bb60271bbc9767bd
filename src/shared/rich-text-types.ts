/**
 * The safe rich-text document a report section holds: a strict subset of the ProseMirror JSON that
 * Tiptap's StarterKit and Table extensions produce, plus an inline `footnote` atom. Nothing else
 * (no HTML, no styles, no links) is stored, so pasted Word content is reduced to this on the way in.
 */
export type RichMark = { type: 'bold' | 'italic' | 'underline' };
export type RichText = { type: 'text'; text: string; marks?: RichMark[] };
export type RichHardBreak = { type: 'hardBreak' };
/** A real Word footnote on export; shown as a superscript number in the editor. */
export type RichFootnote = { type: 'footnote'; attrs: { text: string } };
export type RichInline = RichText | RichHardBreak | RichFootnote;

export type RichParagraph = { type: 'paragraph'; content?: RichInline[] };
export type RichListItem = { type: 'listItem'; content: (RichParagraph | RichBulletList | RichOrderedList)[] };
export type RichBulletList = { type: 'bulletList'; content: RichListItem[] };
export type RichOrderedList = { type: 'orderedList'; attrs?: { start?: number }; content: RichListItem[] };
export type RichTableCell = { type: 'tableCell' | 'tableHeader'; attrs?: { colspan?: number; rowspan?: number }; content: RichParagraph[] };
export type RichTableRow = { type: 'tableRow'; content: RichTableCell[] };
export type RichTable = { type: 'table'; content: RichTableRow[] };
export type RichBlock = RichParagraph | RichBulletList | RichOrderedList | RichTable;
export type RichDoc = { type: 'doc'; content: RichBlock[] };
