import { z } from 'zod';
import type {
  RichBlock,
  RichDoc,
  RichFootnote,
  RichInline,
  RichListItem,
  RichMark,
  RichParagraph,
  RichTable,
  RichTableCell,
  RichTableRow,
  RichText,
} from './rich-text-types';

export const RICH_TEXT_LIMITS = {
  /** Code points of text (text nodes and footnotes) in one document. */
  maxChars: 200_000,
  /** Nodes of the sanitised document, counting the doc, blocks and inline nodes. */
  maxNodes: 20_000,
  maxFootnoteChars: 2_000,
  /** Deeper lists are flattened into paragraphs of the deepest allowed item. */
  maxListDepth: 20,
  /** Input nesting (through `content`) beyond this is refused, so no recursion can exhaust the stack. */
  maxInputDepth: 200,
  maxCellSpan: 50,
  maxListStart: 99_999,
} as const;

/** Raw input is refused early when it is this many times over a limit: it cannot shrink enough to fit. */
const INPUT_SLACK = 5;

const viNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Thrown when a document exceeds the limits; the server answers 413 (code PAYLOAD_TOO_LARGE) with the message. */
export class RichTextTooLarge extends Error {
  readonly code = 'PAYLOAD_TOO_LARGE' as const;
  constructor(
    readonly reason: 'chars' | 'nodes' | 'depth',
    message: string,
  ) {
    super(message);
    this.name = 'RichTextTooLarge';
  }
}

const tooManyChars = (n?: number) =>
  new RichTextTooLarge(
    'chars',
    `Nội dung quá dài${n === undefined ? '' : ` (${viNumber(n)} ký tự)`}: tối đa ${viNumber(RICH_TEXT_LIMITS.maxChars)} ký tự. Vui lòng rút gọn hoặc tách thành nhiều mục.`,
  );
const tooManyNodes = (n?: number) =>
  new RichTextTooLarge(
    'nodes',
    `Nội dung có quá nhiều thành phần${n === undefined ? '' : ` (${viNumber(n)})`} như đoạn văn, ô bảng, định dạng: tối đa ${viNumber(RICH_TEXT_LIMITS.maxNodes)}. Vui lòng rút gọn hoặc tách thành nhiều mục.`,
  );
const tooDeep = () =>
  new RichTextTooLarge('depth', `Nội dung lồng nhau quá nhiều cấp (tối đa ${RICH_TEXT_LIMITS.maxInputDepth} cấp).`);

// ---------------------------------------------------------------------------------------------
// Sanitising

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const contentOf = (n: Obj): unknown[] => (Array.isArray(n.content) ? n.content : []);
const attrsOf = (n: Obj): Obj => (isObj(n.attrs) ? n.attrs : {});

/** Walks the raw input without recursion first, so hostile nesting or size is refused before real work. */
function preflight(input: unknown): void {
  const stack: { node: unknown; depth: number }[] = [{ node: input, depth: 0 }];
  let nodes = 0;
  let chars = 0;
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (++nodes > RICH_TEXT_LIMITS.maxNodes * INPUT_SLACK) throw tooManyNodes();
    if (depth > RICH_TEXT_LIMITS.maxInputDepth) throw tooDeep();
    if (!isObj(node)) continue;
    if (typeof node.text === 'string') chars += node.text.length;
    const attrText = attrsOf(node).text;
    if (typeof attrText === 'string') chars += Math.min(attrText.length, RICH_TEXT_LIMITS.maxFootnoteChars * 2);
    if (chars > RICH_TEXT_LIMITS.maxChars * INPUT_SLACK) throw tooManyChars();
    for (const child of contentOf(node)) stack.push({ node: child, depth: depth + 1 });
  }
}

/** Replaces lone surrogates (String.prototype.toWellFormed is ES2024, newer than our target). */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// C0/C1 controls except newlines, invisible format characters (zero width, BOM, soft hyphen), bidi
// overrides that can disguise text, and non-characters. Tabs and other spacing controls become spaces.
const STRIP = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g;
const SPACE_LIKE = /[\t\u000B\u000C]/g;
const NEWLINE = /\r\n|[\r\n\u2028\u2029\u0085]/;
const SUSPECT = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2028\u2029\u2060\u2066-\u2069\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

/** Text as stored: well-formed, NFC, no control characters; newlines are left for the caller to place. */
function cleanChars(s: string): string {
  // Almost all text is clean; one scan is much cheaper than the four replacements.
  if (!SUSPECT.test(s)) return s.normalize('NFC');
  return wellFormed(s).replace(/\r\n|[\r\u2028\u2029\u0085]/g, '\n').replace(SPACE_LIKE, ' ').replace(STRIP, '').normalize('NFC');
}

function cleanFootnoteText(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const text = cleanChars(raw.slice(0, RICH_TEXT_LIMITS.maxFootnoteChars * 4)).replace(/\s+/g, ' ').trim();
  const cps = Array.from(text);
  return cps.length > RICH_TEXT_LIMITS.maxFootnoteChars ? cps.slice(0, RICH_TEXT_LIMITS.maxFootnoteChars).join('').trimEnd() : text;
}

const MARK_ORDER = ['bold', 'italic', 'underline'] as const;
const MARK_ALIAS: Record<string, RichMark['type']> = { bold: 'bold', strong: 'bold', italic: 'italic', em: 'italic', underline: 'underline' };

function marksOf(raw: unknown): RichMark[] {
  if (!Array.isArray(raw)) return [];
  const present = new Set<RichMark['type']>();
  for (const m of raw) {
    const t = isObj(m) && typeof m.type === 'string' ? MARK_ALIAS[m.type] : undefined;
    if (t) present.add(t);
  }
  return MARK_ORDER.filter((t) => present.has(t)).map((type) => ({ type }));
}

const sameMarks = (a: RichMark[] | undefined, b: RichMark[] | undefined) =>
  (a?.length ?? 0) === (b?.length ?? 0) && (a ?? []).every((m, i) => m.type === b?.[i]?.type);

/** A newline inside a paragraph is a hard break; inside an unwrapped container (code block) it ends the paragraph. */
type NewlineMode = 'break' | 'split';
const SPLIT = { type: 'split' } as const;
type Loose = RichInline | typeof SPLIT;

/** Block-level node types; when flattened into a line their texts are separated by a space. */
const BLOCKISH = new Set(['paragraph', 'heading', 'blockquote', 'codeBlock', 'listItem', 'bulletList', 'orderedList', 'table', 'tableRow', 'tableCell', 'tableHeader']);

function pushText(out: Loose[], raw: string, marks: RichMark[], mode: NewlineMode): void {
  const lines = cleanChars(raw).split(NEWLINE);
  lines.forEach((line, i) => {
    if (i > 0) out.push(mode === 'break' ? { type: 'hardBreak' } : SPLIT);
    if (line) out.push(marks.length ? { type: 'text', text: line, marks } : { type: 'text', text: line });
  });
}

function collectInlines(out: Loose[], nodes: unknown[], mode: NewlineMode): void {
  for (const n of nodes) {
    if (!isObj(n)) continue;
    switch (n.type) {
      case 'text':
        if (typeof n.text === 'string') pushText(out, n.text, marksOf(n.marks), mode);
        break;
      case 'hardBreak':
        out.push({ type: 'hardBreak' });
        break;
      case 'footnote': {
        const text = cleanFootnoteText(attrsOf(n).text);
        if (text) out.push({ type: 'footnote', attrs: { text } });
        break;
      }
      default: {
        if (Array.isArray(n.content)) {
          const last = out[out.length - 1];
          if (typeof n.type === 'string' && BLOCKISH.has(n.type) && last?.type === 'text' && !/\s$/.test(last.text)) out.push({ type: 'text', text: ' ' });
          collectInlines(out, n.content, mode);
        } else {
          // Unknown leaves (mentions, emoji, images) keep whatever text they carry and nothing else.
          const attrs = attrsOf(n);
          const text = [n.text, attrs.text, attrs.label].find((v): v is string => typeof v === 'string');
          if (text) pushText(out, text, marksOf(n.marks), mode);
        }
      }
    }
  }
}

/** Merges adjacent texts with equal marks; empty texts were never emitted. */
function compact(inlines: RichInline[]): RichInline[] {
  const out: RichInline[] = [];
  for (const n of inlines) {
    const last = out[out.length - 1];
    // Normalised again: a combining mark may have arrived in a node of its own.
    if (n.type === 'text' && last?.type === 'text' && sameMarks(last.marks, n.marks)) out[out.length - 1] = { ...last, text: (last.text + n.text).normalize('NFC') };
    else out.push(n);
  }
  return out;
}

const paragraph = (inlines: RichInline[]): RichParagraph => {
  const content = compact(inlines);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
};

function paragraphsFromLoose(nodes: unknown[]): RichParagraph[] {
  const loose: Loose[] = [];
  collectInlines(loose, nodes, 'split');
  const out: RichParagraph[] = [];
  let current: RichInline[] = [];
  for (const n of loose) {
    if (n.type === 'split') {
      out.push(paragraph(current));
      current = [];
    } else current.push(n);
  }
  if (current.length || out.length) out.push(paragraph(current));
  return out;
}

function inlineParagraph(nodes: unknown[]): RichParagraph {
  const loose: Loose[] = [];
  collectInlines(loose, nodes, 'break');
  return paragraph(loose.filter((n): n is RichInline => n.type !== 'split'));
}

function flattenToParagraphs(blocks: RichBlock[]): RichParagraph[] {
  const out: RichParagraph[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b);
    else if (b.type === 'table') for (const row of b.content) for (const cell of row.content) out.push(...cell.content);
    else for (const item of b.content) out.push(...flattenToParagraphs(item.content));
  }
  return out;
}

const INLINE_TYPES = new Set(['text', 'hardBreak', 'footnote']);
const CELL_TYPES = new Set(['tableCell', 'tableHeader']);

function toBlocks(nodes: unknown[], listDepth: number): RichBlock[] {
  const out: RichBlock[] = [];
  let pending: unknown[] = [];
  const flush = () => {
    if (pending.length) out.push(...paragraphsFromLoose(pending));
    pending = [];
  };
  for (const n of nodes) {
    if (!isObj(n)) continue;
    const type = typeof n.type === 'string' ? n.type : '';
    if (INLINE_TYPES.has(type)) {
      pending.push(n);
      continue;
    }
    if (type !== 'paragraph' && !Array.isArray(n.content)) {
      // Unknown leaves: keep their text in the running paragraph, drop the rest (images, rules).
      pending.push(n);
      continue;
    }
    flush();
    if (type === 'paragraph') out.push(inlineParagraph(contentOf(n)));
    else if (type === 'bulletList' || type === 'orderedList') out.push(...list(n, type, listDepth));
    else if (type === 'table') {
      const t = table(n, listDepth);
      if (t) out.push(t);
    } else out.push(...toBlocks(contentOf(n), listDepth)); // headings, quotes, code blocks, stray items and cells
  }
  flush();
  return out;
}

function listItem(blocks: RichBlock[]): RichListItem {
  const content: RichListItem['content'] = [];
  for (const b of blocks) {
    if (b.type === 'table') content.push(...flattenToParagraphs([b]));
    else content.push(b);
  }
  // The editor's schema (and Word export) needs a paragraph first in every item.
  if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
  return { type: 'listItem', content };
}

function list(n: Obj, type: 'bulletList' | 'orderedList', listDepth: number): RichBlock[] {
  const items: RichListItem[] = [];
  let stray: unknown[] = [];
  // Every child is converted exactly once: converting twice per level would be exponential in the nesting.
  const flushStray = () => {
    const blocks = stray.length ? toBlocks(stray, listDepth + 1) : [];
    if (blocks.length) items.push(listItem(blocks));
    stray = [];
  };
  for (const c of contentOf(n)) {
    if (isObj(c) && c.type === 'listItem') {
      flushStray();
      items.push(listItem(toBlocks(contentOf(c), listDepth + 1)));
    } else stray.push(c);
  }
  flushStray();
  if (!items.length) return [];
  if (listDepth >= RICH_TEXT_LIMITS.maxListDepth) return items.flatMap((i) => flattenToParagraphs(i.content));
  if (type === 'bulletList') return [{ type, content: items }];
  const start = clampInt(attrsOf(n).start, 0, RICH_TEXT_LIMITS.maxListStart, 1);
  return [start === 1 ? { type, content: items } : { type, attrs: { start }, content: items }];
}

function clampInt(v: unknown, min: number, max: number, fallback: number): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : fallback;
}

function cell(n: Obj | null, blocks: RichBlock[]): RichTableCell {
  const paragraphs = flattenToParagraphs(blocks);
  const attrs = n ? attrsOf(n) : {};
  const colspan = clampInt(attrs.colspan, 1, RICH_TEXT_LIMITS.maxCellSpan, 1);
  const rowspan = clampInt(attrs.rowspan, 1, RICH_TEXT_LIMITS.maxCellSpan, 1);
  return {
    type: n?.type === 'tableHeader' ? 'tableHeader' : 'tableCell',
    ...(colspan !== 1 || rowspan !== 1 ? { attrs: { ...(colspan !== 1 ? { colspan } : {}), ...(rowspan !== 1 ? { rowspan } : {}) } } : {}),
    content: paragraphs.length ? paragraphs : [{ type: 'paragraph' }],
  };
}

function row(children: unknown[], listDepth: number): RichTableRow | null {
  const cells: RichTableCell[] = [];
  for (const c of children) {
    if (isObj(c) && typeof c.type === 'string' && CELL_TYPES.has(c.type)) cells.push(cell(c, toBlocks(contentOf(c), listDepth)));
    else {
      const blocks = toBlocks([c], listDepth);
      if (blocks.length) cells.push(cell(null, blocks));
    }
  }
  return cells.length ? { type: 'tableRow', content: cells } : null;
}

function table(n: Obj, listDepth: number): RichTable | null {
  const rows: RichTableRow[] = [];
  let strayCells: unknown[] = [];
  const flushCells = () => {
    const r = strayCells.length ? row(strayCells, listDepth) : null;
    if (r) rows.push(r);
    strayCells = [];
  };
  for (const c of contentOf(n)) {
    if (isObj(c) && c.type === 'tableRow') {
      flushCells();
      const r = row(contentOf(c), listDepth);
      if (r) rows.push(r);
    } else strayCells.push(c);
  }
  flushCells();
  return rows.length ? { type: 'table', content: rows } : null;
}

const cpLength = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function measure(doc: RichDoc): { nodes: number; chars: number } {
  let nodes = 1;
  let chars = 0;
  const inlines = (content: RichInline[] | undefined) => {
    for (const n of content ?? []) {
      nodes++;
      if (n.type === 'text') chars += cpLength(n.text);
      else if (n.type === 'footnote') chars += cpLength(n.attrs.text);
    }
  };
  const blocks = (content: (RichBlock | RichListItem | RichTableRow | RichTableCell)[]): void => {
    for (const b of content) {
      nodes++;
      if (b.type === 'paragraph') inlines(b.content);
      else blocks(b.content);
    }
  };
  blocks(doc.content);
  return { nodes, chars };
}

export function emptyRichDoc(): RichDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/**
 * Reduces anything (editor JSON, pasted or stored JSON, a plain string) to a valid RichDoc. Never throws
 * on odd input; throws RichTextTooLarge only when the content is over the limits.
 */
export function sanitizeRichDoc(input: unknown): RichDoc {
  if (typeof input === 'string') return richFromPlainText(input);
  preflight(input);
  const nodes = Array.isArray(input) ? input : isObj(input) ? (input.type === 'doc' ? contentOf(input) : [input]) : [];
  const content = toBlocks(nodes, 0);
  const doc: RichDoc = content.length ? { type: 'doc', content } : emptyRichDoc();
  const size = measure(doc);
  if (size.chars > RICH_TEXT_LIMITS.maxChars) throw tooManyChars(size.chars);
  if (size.nodes > RICH_TEXT_LIMITS.maxNodes) throw tooManyNodes(size.nodes);
  return doc;
}

/** True when there is nothing to read: only whitespace (in paragraphs, list items or table cells) and no footnote. */
export function isRichEmpty(doc: RichDoc): boolean {
  const blank = (content: (RichBlock | RichListItem | RichTableRow | RichTableCell)[]): boolean =>
    content.every((b) =>
      b.type === 'paragraph'
        ? (b.content ?? []).every((n) => n.type === 'hardBreak' || (n.type === 'text' && !/[^\s\u00A0]/.test(n.text)))
        : blank(b.content ?? []),
    );
  return blank(doc.content);
}

/** One paragraph per non-empty line, trimmed; markers such as "- ", "+ " or "[1]" stay plain text. */
export function richFromPlainText(text: string): RichDoc {
  const lines = String(text)
    .split(/\r\n|[\r\n\u2028\u2029\u0085]/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  return sanitizeRichDoc({ type: 'doc', content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) });
}

// ---------------------------------------------------------------------------------------------
// API schema

const markSchema = z.object({ type: z.enum(['bold', 'italic', 'underline']) });
const textSchema = z.object({ type: z.literal('text'), text: z.string(), marks: z.array(markSchema).optional() });
const hardBreakSchema = z.object({ type: z.literal('hardBreak') });
const footnoteSchema = z.object({ type: z.literal('footnote'), attrs: z.object({ text: z.string() }) });
const inlineSchema = z.discriminatedUnion('type', [textSchema, hardBreakSchema, footnoteSchema]);
const paragraphSchema = z.object({ type: z.literal('paragraph'), content: z.array(inlineSchema).optional() });
const listItemSchema: z.ZodType<RichListItem> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(z.union([paragraphSchema, bulletListSchema, orderedListSchema])) }),
);
const bulletListSchema = z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema) });
const orderedListSchema = z.object({
  type: z.literal('orderedList'),
  attrs: z.object({ start: z.number().int().optional() }).optional(),
  content: z.array(listItemSchema),
});
const spanSchema = z.number().int().optional();
const cellSchema = z.object({
  type: z.enum(['tableCell', 'tableHeader']),
  attrs: z.object({ colspan: spanSchema, rowspan: spanSchema }).optional(),
  content: z.array(paragraphSchema),
});
const tableSchema = z.object({ type: z.literal('table'), content: z.array(z.object({ type: z.literal('tableRow'), content: z.array(cellSchema) })) });
const blockSchema = z.union([paragraphSchema, bulletListSchema, orderedListSchema, tableSchema]);

/**
 * A report section's content at the API boundary: the stored format's shape (unknown keys are
 * dropped), then sanitised (NFC, limits, attribute clamping). Over-limit content throws
 * RichTextTooLarge out of parse, which the server maps to 413 rather than a validation error.
 */
export const richDocSchema = z
  .preprocess(
    (v) => {
      preflight(v);
      return v;
    },
    z.object({ type: z.literal('doc'), content: z.array(blockSchema) }),
  )
  .transform((doc): RichDoc => sanitizeRichDoc(doc));

// ---------------------------------------------------------------------------------------------
// Plain text

export type FootnoteMode = 'omit' | 'marker' | 'end';

export interface RichTextLayout {
  /** Exactly richToPlainText(doc, opts). */
  text: string;
  /** Code-point range in `text` of every inline node, keyed by its path of content indices ("0.2.1"). */
  inlines: Map<string, { start: number; end: number }>;
  /** Footnotes in document order; `n` is the number shown as "[n]". */
  footnotes: { n: number; text: string; path: string }[];
}

const LIST_INDENT = '  ';

/** Stored documents are sanitised, but a view must not crash on an old or hand-made one: missing arrays read as empty. */
const arrayOrEmpty = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);

/**
 * The plain text the report checker analyses, with where each inline node landed in it. Rules:
 * blocks are lines joined by '\n'; a hard break is '\n' (a space inside table cells, so a table row
 * stays one line); list items start with indentation (two spaces per nesting level) and "- " or
 * "n. ", later paragraphs of an item are indented to the item's text; a table row is its cells joined
 * by '\t', a cell's paragraphs joined by ' '; a footnote is "[n]" ('marker', 'end') or nothing
 * ('omit'); 'end' appends "\n[n] text" per footnote. Nodes outside the format are skipped (no
 * line, no range), the same way RichTextView skips them, so offsets still agree.
 */
export function richTextLayout(doc: RichDoc, opts: { footnotes?: FootnoteMode } = {}): RichTextLayout {
  const mode = opts.footnotes ?? 'marker';
  const parts: string[] = [];
  let cp = 0;
  let started = false;
  const inlines = new Map<string, { start: number; end: number }>();
  const footnotes: RichTextLayout['footnotes'] = [];
  const push = (s: string) => {
    if (!s) return;
    parts.push(s);
    cp += cpLength(s);
  };
  const startLine = (prefix: string) => {
    if (started) push('\n');
    started = true;
    push(prefix);
  };
  const writeInlines = (content: RichInline[] | undefined, path: string, inCell: boolean) => {
    arrayOrEmpty(content).forEach((n, i) => {
      const p = `${path}.${i}`;
      const start = cp;
      if (n.type === 'text') push(String(n.text ?? ''));
      else if (n.type === 'hardBreak') push(inCell ? ' ' : '\n');
      else if (n.type === 'footnote') {
        const num = footnotes.length + 1;
        footnotes.push({ n: num, text: String(n.attrs?.text ?? ''), path: p });
        if (mode !== 'omit') push(`[${num}]`);
      } else return;
      inlines.set(p, { start, end: cp });
    });
  };
  const writeList = (l: Exclude<RichBlock, RichParagraph | RichTable>, path: string, depth: number) => {
    const first = l.type === 'orderedList' ? (l.attrs?.start ?? 1) : 1;
    arrayOrEmpty(l.content).forEach((item, i) => {
      const marker = l.type === 'orderedList' ? `${first + i}. ` : '- ';
      const indent = LIST_INDENT.repeat(depth);
      arrayOrEmpty(item.content).forEach((child, j) => {
        const p = `${path}.${i}.${j}`;
        if (child.type === 'paragraph') {
          startLine(j === 0 ? indent + marker : indent + ' '.repeat(marker.length));
          writeInlines(child.content, p, false);
        } else if (child.type === 'bulletList' || child.type === 'orderedList') writeList(child, p, depth + 1);
      });
    });
  };
  arrayOrEmpty(doc.content).forEach((b, i) => {
    const p = String(i);
    if (b.type === 'paragraph') {
      startLine('');
      writeInlines(b.content, p, false);
    } else if (b.type === 'table') {
      arrayOrEmpty(b.content).forEach((r, ri) => {
        startLine('');
        arrayOrEmpty(r.content).forEach((c, ci) => {
          if (ci > 0) push('\t');
          arrayOrEmpty(c.content).forEach((para, pi) => {
            if (pi > 0) push(' ');
            writeInlines(para.content, `${p}.${ri}.${ci}.${pi}`, true);
          });
        });
      });
    } else if (b.type === 'bulletList' || b.type === 'orderedList') writeList(b, p, 0);
  });
  if (mode === 'end') for (const f of footnotes) push(`\n[${f.n}] ${f.text}`);
  return { text: parts.join(''), inlines, footnotes };
}

export function richToPlainText(doc: RichDoc, opts?: { footnotes?: FootnoteMode }): string {
  return richTextLayout(doc, opts).text;
}

// ---------------------------------------------------------------------------------------------
// Diff

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

/** Token counts (after the common prefix and suffix) beyond which the word diff gives way to paragraphs. */
const WORD_DIFF_MAX_TOKENS = 20_000;
/** Myers keeps one snapshot per edit step, O(D²) memory: beyond this many edits the texts barely match anyway. */
const MAX_EDITS = 2_500;

const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}_]+|\n|[^\S\n]+|[^]/gu;

type Edit = { op: DiffOp['op']; token: number };

/** Myers' O(ND) shortest edit script over interned tokens; null when more than maxD edits are needed. */
function myers(a: Int32Array, b: Int32Array, maxD: number): Edit[] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(maxD, n + m);
  const off = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], dEnd: number, n: number, m: number): Edit[] {
  const out: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const vd = trace[d]!;
    const at = (k: number) => vd[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ op: 'equal', token: --x });
      y--;
    }
    if (x === prevX) out.push({ op: 'insert', token: --y });
    else out.push({ op: 'delete', token: --x });
  }
  while (x > 0) {
    out.push({ op: 'equal', token: --x });
    y--;
  }
  return out.reverse();
}

function diffTokens(a: string[], b: string[], maxTokens: number): DiffOp[] | null {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  if (midA.length + midB.length > maxTokens) return null;
  const ids = new Map<string, number>();
  const intern = (ts: string[]) => Int32Array.from(ts, (t) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1));
  const edits = myers(intern(midA), intern(midB), MAX_EDITS);
  if (!edits) return null;
  const ops: DiffOp[] = [];
  if (pre) ops.push({ op: 'equal', text: a.slice(0, pre).join('') });
  for (const e of edits) ops.push({ op: e.op, text: (e.op === 'insert' ? midB : midA)[e.token]! });
  if (suf) ops.push({ op: 'equal', text: a.slice(a.length - suf).join('') });
  return ops;
}

/**
 * Merges runs into readable changes: within a change deletions come before insertions, and a lone
 * space between two changed words joins them ("cat dog" → "bird fish" is one replacement, not two).
 */
function tidy(ops: DiffOp[]): DiffOp[] {
  type Run = { equal: string } | { del: string; ins: string };
  const runs: Run[] = [];
  for (const o of ops) {
    const last = runs[runs.length - 1];
    if (o.op === 'equal') {
      if (last && 'equal' in last) last.equal += o.text;
      else runs.push({ equal: o.text });
    } else {
      let change = last && 'del' in last ? last : null;
      if (!change) runs.push((change = { del: '', ins: '' }));
      if (o.op === 'delete') change.del += o.text;
      else change.ins += o.text;
    }
  }
  const merged: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    const prev = merged[merged.length - 1];
    const next = runs[i + 1];
    if ('equal' in r && prev && 'del' in prev && next && 'del' in next && /^[^\S\n]+$/.test(r.equal)) {
      prev.del += r.equal + next.del;
      prev.ins += r.equal + next.ins;
      i++;
    } else merged.push({ ...r });
  }
  return merged.flatMap((r): DiffOp[] =>
    'equal' in r
      ? r.equal
        ? [{ op: 'equal', text: r.equal }]
        : []
      : [...(r.del ? [{ op: 'delete' as const, text: r.del }] : []), ...(r.ins ? [{ op: 'insert' as const, text: r.ins }] : [])],
  );
}

/**
 * Word-level differences between two versions' plain texts (footnotes listed at the end, so edits to
 * a footnote show). Texts are compared NFC, so decomposed and precomposed Vietnamese are equal. Very
 * long or very different texts are compared paragraph by paragraph instead.
 */
export function richTextDiff(before: RichDoc, after: RichDoc): DiffOp[] {
  const a = richToPlainText(before, { footnotes: 'end' }).normalize('NFC');
  const b = richToPlainText(after, { footnotes: 'end' }).normalize('NFC');
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  const words = diffTokens(a.match(TOKEN) ?? [], b.match(TOKEN) ?? [], WORD_DIFF_MAX_TOKENS);
  if (words) return tidy(words);
  const lines = (s: string) => s.split(/(\n)/).filter(Boolean);
  const paragraphs = diffTokens(lines(a), lines(b), Number.POSITIVE_INFINITY);
  return tidy(paragraphs ?? [{ op: 'delete', text: a }, { op: 'insert', text: b }]);
}

export type { RichDoc, RichBlock, RichInline, RichFootnote, RichText };
