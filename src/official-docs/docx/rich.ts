import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType, type ParagraphChild } from 'docx';
import type { RichBlock, RichBulletList, RichDoc, RichInline, RichListItem, RichOrderedList, RichTable } from '../../shared/rich-text-types';
import { bodyParagraph } from './body-paragraph';
import { footnoteRun } from './footnote';
import { GRID_BORDERS, GRID_CELL_MARGINS, cellParagraph } from './official-table';
import { run, type RunStyle } from './text';

/** Nested list levels step in by half a centimetre so the hierarchy stays visible. */
const LIST_STEP = 284;
const RICH_TABLE_SIZE = 13;

type Block = Paragraph | Table;

/**
 * The report's rich text in Word. Lists are written as text ("- ", "+ ", "1.", "a)") rather than
 * Word numbering: that is how administrative documents are typed, they survive copy-paste into
 * other documents unchanged, and Word's list indents would break the 1 cm first-line indent rule.
 */
export function richBlocks(doc: RichDoc, width: number, opts: { keepLastWithNext?: boolean } = {}): Block[] {
  const n = doc.content.length;
  return doc.content.flatMap((b, i) => block(b, width, 0, opts.keepLastWithNext === true && i === n - 1));
}

/** `keepNext`: the block ends the body, and its last paragraph stays on the page of the signature. */
function block(b: RichBlock, width: number, depth: number, keepNext: boolean): Block[] {
  switch (b.type) {
    case 'paragraph':
      return [bodyParagraph(inlines(b.content), { indentLeft: depth * LIST_STEP, keepNext })];
    case 'bulletList':
    case 'orderedList':
      return list(b, width, depth, keepNext);
    case 'table':
      return richTable(b, width);
  }
}

export function inlines(content: RichInline[] | undefined, base: RunStyle = {}): ParagraphChild[] {
  return (content ?? []).map((node): ParagraphChild => {
    if (node.type === 'hardBreak') return new TextRun({ break: 1 });
    if (node.type === 'footnote') return footnoteRun(node.attrs.text);
    const has = (m: 'bold' | 'italic' | 'underline') => node.marks?.some((x) => x.type === m) ?? false;
    return run(node.text, {
      ...base,
      bold: base.bold || has('bold'),
      italics: base.italics || has('italic'),
      underline: base.underline || has('underline'),
    });
  });
}

function marker(list: RichBulletList | RichOrderedList, index: number, depth: number): string {
  if (list.type === 'bulletList') return depth === 0 ? '- ' : '+ ';
  const n = (list.attrs?.start ?? 1) + index;
  return depth === 0 ? `${n}. ` : `${letter(n)}) `;
}

/** 1 → a, 5 → đ, 6 → e: the letters NĐ 30 uses for điểm (Vietnamese alphabet, no f, j, w, z). */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export function letter(n: number): string {
  let s = '';
  for (let k = Math.max(1, Math.floor(n)); k > 0; k = Math.floor((k - 1) / LETTERS.length)) s = LETTERS[(k - 1) % LETTERS.length] + s;
  return s;
}

function list(l: RichBulletList | RichOrderedList, width: number, depth: number, keepNext: boolean): Block[] {
  const n = l.content.length;
  return l.content.flatMap((item, i) => listItem(item, marker(l, i, depth), width, depth, keepNext && i === n - 1));
}

function listItem(item: RichListItem, mark: string, width: number, depth: number, keepNext: boolean): Block[] {
  let marked = false;
  const n = item.content.length;
  return item.content.flatMap((child, i): Block[] => {
    const last = keepNext && i === n - 1;
    if (child.type === 'paragraph') {
      const children = inlines(child.content);
      if (!marked) {
        marked = true;
        children.unshift(run(mark));
      }
      return [bodyParagraph(children, { indentLeft: depth * LIST_STEP, keepNext: last })];
    }
    return list(child, width, depth + 1, last);
  });
}

function richTable(t: RichTable, width: number): Block[] {
  const first = t.content[0];
  const columns = Math.max(1, first ? first.content.reduce((s, c) => s + span(c.attrs?.colspan), 0) : 1);
  const unit = Math.floor(width / columns);
  const widths = Array.from({ length: columns }, (_, i) => (i === columns - 1 ? width - unit * (columns - 1) : unit));
  const rows = t.content
    .filter((r) => r.content.length > 0)
    .map((r) => {
      const allHeader = r.content.every((c) => c.type === 'tableHeader');
      return new TableRow({
        cantSplit: true,
        ...(allHeader ? { tableHeader: true } : {}),
        children: r.content.map((c) => {
          const header = c.type === 'tableHeader';
          const colSpan = span(c.attrs?.colspan);
          const rowSpan = span(c.attrs?.rowspan);
          const paragraphs = (c.content.length > 0 ? c.content : [{ type: 'paragraph' as const }]).map((p) =>
            cellParagraph(inlines(p.content, { bold: header, size: RICH_TABLE_SIZE }), header ? 'center' : 'left'),
          );
          return new TableCell({
            width: { size: unit * colSpan, type: WidthType.DXA },
            ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
            ...(rowSpan > 1 ? { rowSpan } : {}),
            verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
            children: paragraphs,
          });
        }),
      });
    });
  if (rows.length === 0) return [];
  return [
    new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: GRID_BORDERS, margins: GRID_CELL_MARGINS, rows }),
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

function span(v: number | undefined): number {
  return v !== undefined && Number.isInteger(v) && v > 1 ? v : 1;
}
