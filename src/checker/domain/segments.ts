/** Lines, headings, sentences and clauses of a report, as spans of its (NFC) text. */
export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  heading: boolean;
  footnote: boolean;
  /** Increases at every heading: two passages in the same section have the same number. */
  section: number;
  /** Where the line's content starts once numbering, bullets and markdown are skipped. */
  contentStart: number;
}

const FOOTNOTE_LINE = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|<sup>\d+<\/sup>|\[\^?\d+\]:?)/u;
const MARKUP = /^\s*(?:#+\s*|\*\*|__)*\s*/u;
const NUMBERING = /^(?:(?:PHẦN|Phần)(?:\s+THỨ)?\s+[\p{L}IVX]+(?![\p{L}])|[IVXLC]+(?:\.\d+)*[.:)]|\d+(?:\.\d+)*[.)](?!\d)|\(\d+\)|[a-zđ][).](?=\s)|[-+*•–]\s)\s*/u;

function isAllCaps(s: string): boolean {
  const letters = s.match(/\p{L}/gu);
  if (!letters || letters.length < 4) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length > 0.8;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let section = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const raw = text.slice(pos, end);
    const markup = MARKUP.exec(raw)![0].length;
    const rest = raw.slice(markup);
    const num = NUMBERING.exec(rest);
    const numbered = !!num && !/^[-+•–]/.test(num[0]);
    const trimmed = rest.replace(/[*_#\s]+$/u, '');
    const heading =
      trimmed.length > 0 &&
      trimmed.length < 260 &&
      (numbered || isAllCaps(trimmed) || (trimmed.length < 120 && /:$/.test(trimmed) && !/\d/.test(trimmed)) || /^\*\*[^*]+\*\*$/.test(raw.trim()));
    if (heading) section++;
    lines.push({ start: pos, end, heading, footnote: FOOTNOTE_LINE.test(raw), section, contentStart: pos + markup + (num ? num[0].length : 0) });
    pos = end + 1;
  }
  return lines;
}

/** Ranges inside quotation marks; sentences are not split inside them (slogans contain ";"). */
function quotedRanges(text: string, span: Span): Span[] {
  const out: Span[] = [];
  for (let i = span.start; i < span.end; i++) {
    const c = text[i];
    if (c !== '“' && c !== '"') continue;
    // Only a quotation closed nearby counts; an unmatched mark must not make the search quadratic.
    const window = text.slice(i + 1, Math.min(span.end, i + 600));
    const at = window.indexOf(c === '“' ? '”' : '"');
    const close = at < 0 ? -1 : i + 1 + at;
    if (close > i) {
      out.push({ start: i, end: close + 1 });
      i = close;
    }
  }
  return out;
}

function inside(ranges: Span[], i: number): boolean {
  const k = lastStartingBefore(ranges, i);
  return k >= 0 && i < ranges[k]!.end - 1;
}

/** Index of the last span starting strictly before `pos` in a list sorted by start (-1 when none). */
export function lastStartingBefore(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Spans (sorted by start) that start inside [from, to). */
export function spansStartingIn<T extends Span>(spans: T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let k = lastStartingBefore(spans, from) + 1; k < spans.length && spans[k]!.start < to; k++) out.push(spans[k]!);
  return out;
}

const SENTENCE_END = /[.!?…](?=\s+["“(\-+*•\p{Lu}\d]|\s*$)/gu;

/** Sentences of one line; a full stop ends one only before a capital, a digit, a bullet or the line's end. */
export function splitSentences(text: string, line: Span): Span[] {
  const body = text.slice(line.start, line.end);
  const quotes = quotedRanges(text, line);
  const out: Span[] = [];
  let from = line.start;
  for (const m of body.matchAll(SENTENCE_END)) {
    const at = line.start + m.index + 1;
    if (inside(quotes, at - 1)) continue;
    // "TP. Hồ Chí Minh", "ThS. Nguyễn": a short abbreviation before the stop does not end the sentence.
    if (/(?:^|\s)(?:TP|Tp|ThS|TS|PGS|GS|BS|KS|St|tr|Th)\.$/u.test(text.slice(Math.max(line.start, at - 5), at))) continue;
    if (at - from > 1) out.push(trim(text, { start: from, end: at }));
    from = at;
  }
  if (line.end > from) out.push(trim(text, { start: from, end: line.end }));
  return out.filter((s) => s.end > s.start);
}

/** Parts of a sentence separated by ";" (outside quotations). */
export function splitClauses(text: string, sentence: Span): Span[] {
  const quotes = quotedRanges(text, sentence);
  const out: Span[] = [];
  let from = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (text[i] === ';' && !inside(quotes, i)) {
      out.push(trim(text, { start: from, end: i }));
      from = i + 1;
    }
  }
  out.push(trim(text, { start: from, end: sentence.end }));
  return out.filter((s) => s.end > s.start);
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Index of the item containing `pos` in a sorted, non-overlapping list of spans (-1 when none). */
export function findSpan<T extends Span>(spans: T[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
