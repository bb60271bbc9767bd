import { AppError } from '../../shared/errors';
import { searchKey } from '../../shared/vi-text';
import {
  MAX_OUTLINE_DEPTH,
  MAX_OUTLINE_SECTIONS,
  MAX_OUTLINE_TEXT_CHARS,
  findRepeatReference,
  keyFromLabel,
  sectionLabel,
  suggestAnswerKind,
  trimEndWhere,
  viCount,
  type OutlineSection,
  type OutlineTree,
} from './outline';

/**
 * Plain text (pasted from Word, a .docx extraction or markdown) → outline tree. Levels come from
 * the numbering style relative to what is open, not from fixed depths, because boards number
 * their outlines in many ways; anything doubtful becomes a warning for the user to review.
 */

export interface ImportWarning {
  line: number;
  message: string;
}

export interface OutlineImport {
  tree: OutlineTree;
  warnings: ImportWarning[];
  citedDocument?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------

/** Italic spans are kept as sentinels so a title's italic tail can be recognised as guidance. */
const I_OPEN = '\u0001';
const I_CLOSE = '\u0002';

function cleanLine(raw: string): string {
  return raw
    .replace(/\[bookmark:[^\]]*\]/gu, '')
    .replace(/[\u0001\u0002]/gu, '')
    .replace(/[\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u3000]/gu, ' ')
    .replace(/ {2,}/gu, ' ')
    .trim()
    .replace(/^#+\s*/u, '')
    .replace(/\*\*|__/gu, '')
    .trim();
}

function markItalics(s: string): string {
  return s
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, `$1${I_OPEN}$2${I_CLOSE}`)
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, `$1${I_OPEN}$2${I_CLOSE}`);
}

function stripMarks(s: string): string {
  return s.replace(/[\u0001\u0002]/gu, '').replace(/ {2,}/gu, ' ').trim();
}

/** Rules, stray bullets and other lines of punctuation only carry nothing. */
const SEPARATOR_LINE = /^[-_=*.~•+–—\s]+$/u;
const STOP_LINE = /^nơi\s+nhận\s*:/iu;

/** The inner text when the whole line is one pair of parentheses, else null. */
export function unwrapParens(s: string): string | null {
  const t = s.trim();
  if (!t.startsWith('(') || !t.endsWith(')')) return null;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')' && --depth === 0) return i === t.length - 1 ? t.slice(1, -1).trim() : null;
  }
  return null;
}

/** Index of the '(' matching the final ')', or -1. */
function openingOfLastParen(t: string): number {
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === ')') depth++;
    else if (t[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

const TRAILING_PUNCT = /[\s.:;,]/u;

function trimTitle(s: string): string {
  return trimEndWhere(stripMarks(s), /[\s.:;,/]/u)
    .replace(/^[\s\-–:.]+/u, '')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Numbering
// ---------------------------------------------------------------------------------------------

type MarkerKind = 'part' | 'upper' | 'roman' | 'romanSub' | 'arabic' | 'decimal' | 'letter' | 'lroman' | 'bullet';

interface Marker {
  kind: MarkerKind;
  /** As printed, spacing normalised. */
  numbering: string;
  /** Own citable number: 'III.1', '1.2', 'a', 'I'. */
  core: string;
  /** For compound numbers, the parent's number: 'III' for 'III.1', '1' for '1.2'. */
  prefix: string | null;
  punct: string;
  ordinal: number | null;
  letter: string | null;
  bullet: string | null;
  rest: string;
  /** A reading that depends on context: 'I.' after 'H.' is a letter, 'v)' after 'iv)' a small Roman numeral. */
  alt: Marker | null;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number | null {
  const u = s.toUpperCase();
  if (!/^(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(u) || u === '') return null;
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN_VALUES[u[i]!]!;
    const next = ROMAN_VALUES[u[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const VI_ALPHABET = 'abcdđeghiklmnopqrstuvxy';
const LATIN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

function letterOrdinal(letter: string): number {
  const l = letter.toLowerCase();
  const i = VI_ALPHABET.indexOf(l);
  return i >= 0 ? i + 1 : LATIN_ALPHABET.indexOf(l) + 1;
}

function isNextLetter(prev: string, cur: string): boolean {
  const p = prev.toLowerCase();
  const c = cur.toLowerCase();
  return [VI_ALPHABET, LATIN_ALPHABET].some((abc) => abc.indexOf(p) >= 0 && abc[abc.indexOf(p) + 1] === c);
}

const ORDINAL_WORDS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

/** After a separator the item's text starts with a space, the end, an italic mark, or a capital ("I.ĐẶC ĐIỂM"). */
const AFTER_SEP = String.raw`(?=\s|$|\u0002|\p{Lu})`;
const PART = /^((?:phần|chương)\s+(thứ\s+(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)|[IVXLC]+|\d{1,2}|[A-Z]))(?=$|[\s.:\-–)/])\s*([.:\-–)/])?\s*(.*)$/iu;
const PAREN = /^\((\d{1,2}|[a-zđ]|[ivx]{1,4})\)\s*(.*)$/u;
const ROMAN = new RegExp(String.raw`^([IVXLC]+)((?:\.\d{1,2})*)(?:\s*([.:)\-–/])${AFTER_SEP}|(?=\s))\s*(.*)$`, 'u');
const UPPER = /^([A-ZĐ])([.):\-–/])(?=\s|$|\u0002)\s*(.*)$/u;
const ARABIC = new RegExp(String.raw`^(\d{1,2}(?:\.\d{1,2})*)(?:\s*([.):\-–/])${AFTER_SEP}|(?=\s))\s*(.*)$`, 'u');
const LROMAN = new RegExp(String.raw`^(i{1,3}|iv|vi{0,3}|ix|x)([.):/])${AFTER_SEP}\s*(.*)$`, 'u');
const LETTER = new RegExp(String.raw`^([a-zđ])([.):\-–/])${AFTER_SEP}\s*(.*)$`, 'u');

function marker(kind: MarkerKind, numbering: string, core: string, punct: string, rest: string, extra: Partial<Marker> = {}): Marker {
  return { kind, numbering, core, prefix: null, punct, ordinal: null, letter: null, bullet: null, rest, alt: null, ...extra };
}

function readBullet(line: string): Marker | null {
  const c = line[0] ?? '';
  const after = line.slice(1);
  const rest = after.trim();
  if (!rest) return null;
  if (c === '*') {
    // "*text*" is italics; "* text" or an unclosed "*text" is a bullet.
    if (/^\s/u.test(after) || !after.includes('*')) return marker('bullet', '*', '', '', rest, { bullet: '*' });
    return null;
  }
  if ('-+–—'.includes(c)) {
    if (/^\s/u.test(after) || /^\p{L}/u.test(after)) return marker('bullet', c, '', '', rest, { bullet: c });
    return null;
  }
  if ('•·▪◦●■➢►✓✔❖'.includes(c)) return marker('bullet', c, '', '', rest, { bullet: c });
  return null;
}

function readPart(d: string): Marker | null {
  const m = PART.exec(d);
  if (!m) return null;
  const num = m[2]!;
  const word = /^thứ\s+(.+)$/iu.exec(num);
  const ordinal = word ? (ORDINAL_WORDS[word[1]!.toLowerCase()] ?? null) : /^\d+$/.test(num) ? Number(num) : (romanValue(num) ?? letterOrdinal(num));
  const numbering = `${m[1]!.replace(/\s+/g, ' ')}${m[3] ?? ''}`;
  return marker('part', numbering, m[1]!.replace(/\s+/g, ' '), m[3] ?? '', m[4] ?? '', { ordinal });
}

function readParen(d: string): Marker | null {
  const m = PAREN.exec(d);
  if (!m) return null;
  const n = m[1]!;
  const numbering = `(${n})`;
  if (/^\d+$/.test(n)) return marker('arabic', numbering, n, '()', m[2]!, { ordinal: Number(n) });
  const asLetter = marker('letter', numbering, n, '()', m[2]!, { ordinal: letterOrdinal(n), letter: n });
  const r = romanValue(n);
  if (r === null) return asLetter;
  const asRoman = marker('lroman', numbering, n, '()', m[2]!, { ordinal: r });
  return n.length > 1 ? asRoman : { ...asLetter, alt: asRoman };
}

function readRoman(d: string): Marker | null {
  const m = ROMAN.exec(d);
  if (!m) return null;
  const [, head, tail = '', sep = '', rest = ''] = m;
  const value = romanValue(head!);
  if (value === null || (!tail && !sep)) return null;
  const numbering = `${head}${tail}${sep}`;
  if (tail) {
    const segs = tail.slice(1).split('.');
    return marker('romanSub', numbering, `${head}${tail}`, sep, rest, {
      prefix: `${head}${tail.slice(0, tail.lastIndexOf('.'))}`,
      ordinal: Number(segs.at(-1)),
    });
  }
  const asRoman = marker('roman', numbering, head!, sep, rest, { ordinal: value });
  if (head!.length > 1) return asRoman;
  const asUpper = marker('upper', numbering, head!, sep, rest, { ordinal: letterOrdinal(head!), letter: head! });
  // A lone C or L is far more often a letter than the 100th or 50th part.
  return value >= 50 ? asUpper : { ...asRoman, alt: asUpper };
}

function readNumbered(d: string): Marker | null {
  const part = readPart(d);
  if (part) return part;
  const paren = readParen(d);
  if (paren) return paren;
  const roman = readRoman(d);
  if (roman) return roman;
  let m = UPPER.exec(d);
  if (m) return marker('upper', `${m[1]}${m[2]}`, m[1]!, m[2]!, m[3]!, { ordinal: letterOrdinal(m[1]!), letter: m[1]! });
  m = ARABIC.exec(d);
  if (m) {
    const core = m[1]!;
    const sep = m[2] ?? '';
    if (!sep && !core.includes('.')) return null;
    const segs = core.split('.');
    const extra = { ordinal: Number(segs.at(-1)), prefix: segs.length > 1 ? segs.slice(0, -1).join('.') : null };
    return marker(segs.length > 1 ? 'decimal' : 'arabic', `${core}${sep}`, core, sep, m[3]!, extra);
  }
  m = LROMAN.exec(d);
  if (m && m[1]!.length > 1) return marker('lroman', `${m[1]}${m[2]}`, m[1]!, m[2]!, m[3]!, { ordinal: romanValue(m[1]!) });
  m = LETTER.exec(d);
  if (m) {
    const asLetter = marker('letter', `${m[1]}${m[2]}`, m[1]!, m[2]!, m[3]!, { ordinal: letterOrdinal(m[1]!), letter: m[1]! });
    const r = romanValue(m[1]!);
    if (r === null) return asLetter;
    return { ...asLetter, alt: marker('lroman', asLetter.numbering, m[1]!, m[2]!, m[3]!, { ordinal: r }) };
  }
  return null;
}

/** A numbered or bulleted line, or null for plain text (title, guidance). */
function readMarker(line: string): Marker | null {
  const bullet = readBullet(line);
  if (bullet) return { ...bullet, rest: markItalics(bullet.rest) };
  const marked = markItalics(line);
  const m = readNumbered(marked.startsWith(I_OPEN) ? marked.slice(1) : marked);
  return m;
}

/** Plain-text guidance needs no item-reading: only italics and one pair of enclosing parentheses go. */
function cleanGuidance(line: string): string {
  const t = stripMarks(markItalics(line));
  return unwrapParens(t) ?? t;
}

// ---------------------------------------------------------------------------------------------
// Title tail → guidance
// ---------------------------------------------------------------------------------------------

/** A parenthesised or italic tail starting like this tells the unit what to write, it is not part of the title. */
const GUIDANCE_START =
  /^(?:neu|ghi ro|ghi cu the|bao cao|danh gia|thong ke|kem theo|co bieu|luu y|chu y|vi du|trong do|bao gom|gom|lam ro|phan tich|so sanh|tong hop|so luong|so lieu|chi tiet|cu the|theo (?:bieu|mau|phu luc|huong dan)|de nghi|yeu cau|tap trung|khong qua|toi da|lay so lieu|tinh tu|tinh den|liet ke|ke ten|danh sach|tuong tu|nhu muc|minh hoa|trich)\b/;

const ITALIC_TAIL = new RegExp(`^(.*\\S)\\s*${I_OPEN}([^${I_OPEN}${I_CLOSE}]+)${I_CLOSE}$`, 'u');

function splitTitle(rest: string): { title: string; guidance: string | null } {
  const t = trimEndWhere(rest.trim(), TRAILING_PUNCT);
  let head: string | null = null;
  let tail = '';
  let italic = false;
  let paren = false;
  const it = t.includes(I_OPEN) ? ITALIC_TAIL.exec(t) : null;
  if (it) {
    head = it[1]!;
    italic = true;
    const inner = unwrapParens(trimEndWhere(it[2]!, TRAILING_PUNCT));
    paren = inner !== null;
    tail = inner ?? it[2]!;
  } else if (t.endsWith(')')) {
    const open = openingOfLastParen(t);
    if (open > 0) {
      head = t.slice(0, open);
      paren = true;
      const inner = t.slice(open + 1, -1).trim();
      italic = inner.startsWith(I_OPEN) && inner.endsWith(I_CLOSE);
      tail = inner;
    }
  }
  const guidance = stripMarks(tail);
  if (head !== null && guidance && /\p{L}/u.test(stripMarks(head)) && ((italic && paren) || GUIDANCE_START.test(searchKey(guidance)))) {
    return { title: trimTitle(head), guidance };
  }
  return splitAfterColon(t) ?? { title: trimTitle(t), guidance: null };
}

/** "Kết quả khen thưởng: nêu rõ số lượng …": an instruction after the last colon. */
function splitAfterColon(t: string): { title: string; guidance: string } | null {
  const at = t.lastIndexOf(':');
  if (at <= 0) return null;
  const head = trimTitle(t.slice(0, at));
  const guidance = stripMarks(t.slice(at + 1));
  if (!head || !/\p{L}/u.test(head) || !GUIDANCE_START.test(searchKey(guidance))) return null;
  return { title: head, guidance };
}

// ---------------------------------------------------------------------------------------------
// Title block
// ---------------------------------------------------------------------------------------------

const HEADER_ONLY =
  /^(?:đề\s+cương(?:\s+(?:báo\s+cáo|gợi\s+ý|hướng\s+dẫn|chi\s+tiết|nội\s+dung))?|phụ\s+lục(?:\s+(?:số\s+)?[\dIVX]+)?|biểu\s+mẫu|mẫu(?:\s+số)?(?:\s+[\w/.-]+)?)\s*[:.]?$/iu;
const HEADER_PREFIX = /^đề\s+cương\s*[:.\-–]?\s+/iu;

/** "ĐỀ CƯƠNG BÁO CÁO SƠ KẾT …" on one line: the header word goes, the rest is the title. */
function withoutHeaderWord(t: string): string {
  const rest = t.replace(HEADER_PREFIX, '');
  return rest === t ? t : rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}
const LETTERHEAD = /^(?:cộng\s+h[òo]à?\s+xã\s+hội|độc\s+lập\s*[-–]\s*tự\s+do|số\s*:|v\/v\b)/iu;
const ATTACHED = /^(?:ban\s+hành\s+)?kèm\s+theo\b/iu;
const DOC_TYPE = /(?:công\s+văn|kế\s+hoạch|quyết\s+định|hướng\s+dẫn|thông\s+báo|chỉ\s+thị|nghị\s+quyết|thông\s+tư|văn\s+bản|tờ\s+trình)\s+số\b.*$/iu;

function citationIn(text: string): string | null {
  const attached = /(?:ban\s+hành\s+)?kèm\s+theo\s+(.+)$/iu.exec(text);
  const cited = attached?.[1] ?? DOC_TYPE.exec(text)?.[0] ?? null;
  if (!cited || !/\d/.test(cited)) return null;
  return trimEndWhere(cited, TRAILING_PUNCT).trim();
}

interface Head {
  title: string;
  preamble: string | null;
  citedDocument: string | null;
}

function readHead(lines: { text: string; no: number }[], warnings: ImportWarning[]): Head {
  const texts = lines.map((l) => stripMarks(markItalics(l.text)));
  const headerAt = texts.findIndex((t) => HEADER_ONLY.test(t) || HEADER_PREFIX.test(t));
  const titleLines: string[] = [];
  const preamble: string[] = [];
  let citedDocument: string | null = null;
  let sawHeader = false;
  // Anything before the "ĐỀ CƯƠNG" header is a letterhead.
  for (const t of texts.slice(Math.max(headerAt, 0))) {
    if (!titleLines.length && !preamble.length && HEADER_ONLY.test(t)) {
      sawHeader = true;
      continue;
    }
    if (LETTERHEAD.test(t)) continue;
    const inner = unwrapParens(t);
    if (inner !== null || ATTACHED.test(t) || preamble.length) {
      const p = inner ?? t;
      if (p) preamble.push(p);
      citedDocument ??= citationIn(p);
      continue;
    }
    titleLines.push(!titleLines.length && !sawHeader ? withoutHeaderWord(t) : t);
  }
  let title = trimEndWhere(titleLines.join(' '), TRAILING_PUNCT).trim();
  if (!title) {
    title = 'Đề cương báo cáo';
    warnings.push({ line: lines[0]?.no ?? 1, message: 'Không tìm thấy tên đề cương; đã đặt tạm "Đề cương báo cáo", hãy sửa lại.' });
  }
  return { title, preamble: preamble.length ? preamble.join('\n') : null, citedDocument };
}

// ---------------------------------------------------------------------------------------------
// Tree building
// ---------------------------------------------------------------------------------------------

interface Node {
  m: Marker;
  line: number;
  title: string;
  needsTitle: boolean;
  guidance: { text: string; line: number }[];
  children: Node[];
  parent: Node | null;
  plain: string;
  display: string;
  key: string;
  repeatOf: string | null;
}

/** Natural order of styles, used only when a style is not open yet: smaller is higher. */
function rank(m: Marker): number {
  const segs = m.core.split('.').length;
  switch (m.kind) {
    case 'part':
      return 0;
    case 'upper':
      return 1;
    case 'roman':
      return 2;
    case 'romanSub':
      return 2 + 0.5 * (segs - 1);
    case 'arabic':
      return 4;
    case 'decimal':
      return 4 + 0.5 * (segs - 1);
    case 'letter':
      return 10;
    case 'lroman':
      return 11;
    case 'bullet':
      return 20;
  }
}

function isFirst(m: Marker): boolean {
  return m.ordinal === 1;
}

function isNext(prev: Marker, cur: Marker): boolean {
  if (prev.letter && cur.letter) return isNextLetter(prev.letter, cur.letter);
  if (prev.ordinal === null || cur.ordinal === null) return true;
  return cur.ordinal === prev.ordinal + 1;
}

function lastOfKind(nodes: Node[], kind: MarkerKind): Node | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i]!.m.kind === kind) return nodes[i];
  return undefined;
}

function quoted(m: Marker): string {
  return `"${m.numbering}"`;
}

class Builder {
  readonly roots: Node[] = [];
  readonly stack: Node[] = [];
  readonly warnings: ImportWarning[] = [];
  count = 0;

  private deepest(pred: (n: Node) => boolean): number {
    for (let i = this.stack.length - 1; i >= 0; i--) if (pred(this.stack[i]!)) return i;
    return -1;
  }

  /** 'I.' after 'H.' is a letter; 'v)' after 'iv)' and 'i)' outside a run of letters are small Roman numerals. */
  resolve(m: Marker): Marker {
    const alt = m.alt;
    if (!alt) return m;
    const open = (kind: MarkerKind) => this.stack[this.deepest((n) => n.m.kind === kind)]?.m;
    if (m.kind === 'roman') {
      const upper = open('upper');
      return upper?.letter && isNextLetter(upper.letter, alt.letter ?? '') ? alt : m;
    }
    const lroman = open('lroman');
    if (lroman?.ordinal != null && lroman.ordinal + 1 === alt.ordinal) return alt;
    const letter = open('letter');
    if (m.core === 'i' && !(letter?.letter && isNextLetter(letter.letter, 'i'))) return alt;
    return m;
  }

  /** How many open items stay: the new item becomes a child of stack[keep - 1]. */
  private placement(m: Marker, line: number): number {
    const s = this.stack;
    if (m.prefix !== null) {
      const i = this.deepest((n) => n.m.core === m.prefix);
      if (i >= 0) return i + 1;
      // "1.2" after a parentless "1.1": the first one was already reported.
      const sibling = this.deepest((n) => n.m.kind === m.kind && n.m.prefix === m.prefix);
      if (sibling >= 0) return sibling;
      this.warn(line, `Mục ${quoted(m)} không nằm dưới mục "${m.prefix}" nào; đã xếp vào mục gần nhất phù hợp, hãy kiểm tra.`);
      return this.byRank(m);
    }
    if (m.kind === 'bullet') {
      const i = this.deepest((n) => n.m.kind === 'bullet' && n.m.bullet === m.bullet);
      return i >= 0 ? i : s.length;
    }
    const same = this.deepest((n) => n.m.kind === m.kind && n.m.punct === m.punct);
    if (same >= 0) return same;
    const sameKind = this.deepest((n) => n.m.kind === m.kind);
    if (sameKind >= 0) {
      // "1)" right under "1." starts a new level; "2)" after "1." is a sibling typed differently.
      const nests = isFirst(m) && (m.kind === 'arabic' || m.kind === 'letter' || m.kind === 'lroman');
      return nests ? s.length : sameKind;
    }
    return this.byRank(m);
  }

  private byRank(m: Marker): number {
    const r = rank(m);
    return this.deepest((n) => rank(n.m) < r) + 1;
  }

  private warn(line: number, message: string): void {
    this.warnings.push({ line, message });
  }

  add(raw: Marker, line: number): void {
    const m = this.resolve(raw);
    let keep = this.placement(m, line);
    if (keep >= MAX_OUTLINE_DEPTH) {
      keep = MAX_OUTLINE_DEPTH - 1;
      this.warn(line, `Mục ${quoted(m)} vượt quá ${MAX_OUTLINE_DEPTH} cấp; đã xếp vào cấp ${MAX_OUTLINE_DEPTH}, hãy kiểm tra.`);
    }
    this.stack.length = keep;
    const parent = this.stack[keep - 1] ?? null;
    const siblings = parent ? parent.children : this.roots;
    const prev = lastOfKind(siblings, m.kind);
    // Once per run of letters: "b)", "c)" after a misplaced "a)" add nothing.
    if (m.kind === 'letter' && !prev && parent && ['part', 'upper', 'roman'].includes(parent.m.kind)) {
      this.warn(line, `Mục ${quoted(m)} nằm ngay dưới mục ${quoted(parent.m)}, thiếu cấp đánh số 1., 2., …; đã giữ dưới mục ${quoted(parent.m)}, hãy kiểm tra.`);
    }
    if (prev && m.kind !== 'bullet' && !isNext(prev.m, m)) {
      this.warn(line, `Mục ${quoted(m)} đứng sau mục ${quoted(prev.m)}: số thứ tự không liền nhau, có thể thiếu mục hoặc đánh số sai.`);
    }
    if (++this.count > MAX_OUTLINE_SECTIONS) {
      throw new AppError('VALIDATION', `Đề cương có quá nhiều mục (hơn ${viCount(MAX_OUTLINE_SECTIONS)} mục); hãy tách thành nhiều đề cương.`);
    }
    const { title, guidance } = splitTitle(m.rest);
    const node: Node = {
      m,
      line,
      title,
      needsTitle: title === '',
      guidance: guidance ? [{ text: guidance, line }] : [],
      children: [],
      parent,
      plain: '',
      display: '',
      key: '',
      repeatOf: null,
    };
    siblings.push(node);
    this.stack.push(node);
  }

  /** Unnumbered text after an item: its title if the number stood alone, else its guidance. */
  text(line: string, no: number): void {
    const node = this.stack.at(-1);
    if (!node) return;
    if (node.needsTitle) {
      const { title, guidance } = splitTitle(markItalics(line));
      node.title = title;
      node.needsTitle = false;
      if (guidance) node.guidance.push({ text: guidance, line: no });
      return;
    }
    const g = cleanGuidance(line);
    if (g) node.guidance.push({ text: g, line: no });
  }
}

// ---------------------------------------------------------------------------------------------
// After building: labels, keys, references, kinds
// ---------------------------------------------------------------------------------------------

function walk(nodes: Node[], visit: (n: Node) => void): void {
  for (const n of nodes) {
    visit(n);
    walk(n.children, visit);
  }
}

function assignLabelsAndKeys(roots: Node[]): void {
  const used = new Set<string>();
  const unique = (base: string): string => {
    let key = base;
    for (let i = 2; used.has(key); i++) key = `${base.slice(0, 80 - String(i).length - 1)}-${i}`;
    used.add(key);
    return key;
  };
  const label = (nodes: Node[], parent: Node | null): void => {
    let unnumbered = 0;
    nodes.forEach((n, i) => {
      const bullet = n.m.kind === 'bullet';
      if (bullet) unnumbered++;
      const parts = sectionLabel(parent ? { plain: parent.plain, core: parent.m.core } : null, n.m.numbering, unnumbered);
      n.plain = parts.plain;
      n.display = parts.display;
      const base = bullet ? (parent ? `${parent.key}.b${unnumbered}` : `b${unnumbered}`) : keyFromLabel(parts.plain);
      n.key = unique(base.slice(0, 80) || `s${i + 1}`);
      label(n.children, n);
    });
  };
  label(roots, null);
}

function ancestry(n: Node): Node[] {
  const out: Node[] = [];
  for (let p = n.parent; p; p = p.parent) out.unshift(p);
  return out;
}

function commonDepth(a: Node[], b: Node[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Every section under its full label and each dotted tail of it ('ii.2.a', '2.a', 'a'), lower case. */
function labelIndex(all: Node[]): Map<string, Node[]> {
  const index = new Map<string, Node[]>();
  for (const n of all) {
    if (n.m.kind === 'bullet') continue;
    const parts = n.plain.toLowerCase().split('.');
    for (let i = 0; i < parts.length; i++) {
      const key = parts.slice(i).join('.');
      const list = index.get(key);
      if (list) list.push(n);
      else index.set(key, [n]);
    }
  }
  return index;
}

/**
 * "tương tự mục III.1": the section with exactly that label, else the one whose label ends with it
 * ("mục 1" inside II is II.1), preferring the closest relative, then the closest position.
 */
function resolveReference(ref: string, from: Node, index: Map<string, Node[]>, position: Map<Node, number>): Node | null {
  const wanted = ref.toLowerCase();
  const fromChain = ancestry(from);
  const at = position.get(from)!;
  let best: Node | null = null;
  let bestScore: [number, number, number] = [-1, 0, 0];
  for (const n of index.get(wanted) ?? []) {
    if (n === from) continue;
    const chain = ancestry(n);
    if (chain.includes(from) || fromChain.includes(n)) continue;
    const exact = n.plain.toLowerCase() === wanted ? 1 : 0;
    const score: [number, number, number] = [exact, commonDepth(chain, fromChain), -Math.abs(position.get(n)! - at)];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && (score[1] > bestScore[1] || (score[1] === bestScore[1] && score[2] > bestScore[2])))) {
      best = n;
      bestScore = score;
    }
  }
  return best;
}

function resolveReferences(roots: Node[], warnings: ImportWarning[]): void {
  const all: Node[] = [];
  walk(roots, (n) => all.push(n));
  const position = new Map(all.map((n, i) => [n, i]));
  const index = labelIndex(all);
  for (const n of all) {
    // Only guidance: a title that mentions another section ("… như mục II") is not an instruction.
    const found = n.guidance.map((s) => ({ ref: findRepeatReference(s.text), line: s.line })).find((r) => r.ref !== null);
    if (!found?.ref) continue;
    const target = resolveReference(found.ref, n, index, position);
    if (!target) {
      warnings.push({ line: found.line, message: `Mục ${n.display} ghi báo cáo "tương tự mục ${found.ref}" nhưng không tìm thấy mục ${found.ref}; hãy chọn mục cần lặp lại.` });
    } else if (n.children.length) {
      warnings.push({ line: found.line, message: `Mục ${n.display} ghi báo cáo tương tự mục ${target.display} nhưng có mục con riêng; đã giữ các mục con, không lặp lại mục ${target.display}.` });
    } else {
      n.repeatOf = target.key;
    }
  }
}

function toSection(n: Node): OutlineSection {
  const guidance = n.guidance.map((g) => g.text).join('\n') || null;
  const children = n.children.map(toSection);
  const suggestion = n.repeatOf ? { kind: 'narrative' as const, columns: null } : suggestAnswerKind(n.title, guidance, children.length > 0);
  return {
    key: n.key,
    numbering: n.m.numbering,
    title: n.title,
    guidance,
    kind: suggestion.kind,
    columns: suggestion.columns,
    repeatOf: n.repeatOf ? { sectionKey: n.repeatOf } : null,
    children,
  };
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

export function importOutlineText(text: string): OutlineImport {
  if (text.length > MAX_OUTLINE_TEXT_CHARS) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Nội dung đề cương quá dài (${viCount(text.length)} ký tự, tối đa ${viCount(MAX_OUTLINE_TEXT_CHARS)} ký tự).`);
  }
  const builder = new Builder();
  const head: { text: string; no: number }[] = [];
  const rawLines = text.normalize('NFC').split(/\r\n|\r|\n/u);
  for (let i = 0; i < rawLines.length; i++) {
    const no = i + 1;
    const line = cleanLine(rawLines[i]!);
    if (!line || SEPARATOR_LINE.test(line)) continue;
    const inBody = builder.roots.length > 0;
    if (inBody && STOP_LINE.test(line)) break;
    const m = readMarker(line);
    if (m) builder.add(m, no);
    else if (inBody) builder.text(line, no);
    else head.push({ text: line, no });
  }
  const warnings = builder.warnings;
  const { title, preamble, citedDocument } = readHead(head, warnings);
  if (!builder.roots.length) warnings.push({ line: 1, message: 'Không tìm thấy mục nào được đánh số (I., 1., a), …) trong đề cương.' });
  walk(builder.roots, (n) => {
    if (n.needsTitle) warnings.push({ line: n.line, message: `Mục "${n.m.numbering}" chưa có tiêu đề.` });
  });
  assignLabelsAndKeys(builder.roots);
  resolveReferences(builder.roots, warnings);
  warnings.sort((a, b) => a.line - b.line);
  return { tree: { title, preamble, sections: builder.roots.map(toSection) }, warnings, citedDocument };
}
