import { findCitations, type Citation } from '../../documents/domain/citation';
import { findDates, findOpenDayMonths, type DateMention } from './dates';
import { findQuantities, type Quantity } from './quantities';
import { findSpan, splitClauses, splitLines, splitSentences, type Line, type Span } from './segments';

/** What the report is about in time: its date and the year its figures describe. */
export interface ReportTime {
  /** ISO date of the report when known (given, or read from "…, ngày 28 tháng 6 năm 2024"). */
  date: string | null;
  year: number | null;
  /** The year the report's figures describe ("6 tháng đầu năm 2024" → 2024). */
  periodYear: number | null;
}

/** A report read once, shared by all rules. */
export interface Doc {
  text: string;
  lines: Line[];
  sentences: Span[];
  clauses: Span[];
  quantities: Quantity[];
  dates: DateMention[];
  citations: Citation[];
  time: ReportTime;
  lineOf(pos: number): Line;
  sentenceOf(pos: number): Span;
  /** True once the document's time budget is spent; long rules stop early. */
  expired(): boolean;
}

const CITATION_HEAD = /^\D*(?:\d[^\s,;]*(?:\s?\/[^\s,;]+)?(?:\s*,?\s*ngày\s+\d{1,2}\s*(?:\/|-|\.|\s+tháng\s+)\s*\d{1,2}\s*(?:\/|-|\.|\s+năm\s+)\s*\d{4})?)?/u;

export function readDocument(text: string, givenDate: string | null, deadline = Infinity): Doc {
  const lines = splitLines(text);
  const sentences: Span[] = [];
  for (const l of lines) if (l.end > l.start) sentences.push(...splitSentences(text, l));
  const clauses: Span[] = [];
  for (const s of sentences) clauses.push(...splitClauses(text, s));
  const citations = findCitations(text);
  const dates = findDates(text);
  const masked = new Uint8Array(text.length + 1);
  const mask = (s: Span) => masked.fill(1, s.start, s.end);
  // Only a citation's head (type, number, date) is masked: figures in its title are still quantities.
  for (const c of citations) mask({ start: c.start, end: c.start + CITATION_HEAD.exec(c.raw)![0].length });
  for (const d of dates) mask(d);
  for (const s of findOpenDayMonths(text)) mask(s);
  for (const m of text.matchAll(/https?:\/\/\S+|<sup>\d+<\/sup>|\[\^?\d+\]|\b\d{2,4}[.\s]\d{3,4}[.\s]\d{3,4}\b(?=\D*(?:điện thoại|ĐT|fax))|(?:Số|số)\s*:\s*\d+/gu)) mask({ start: m.index, end: m.index + m[0].length });
  const lineStartOf = (pos: number) => {
    const i = findSpan(lines, pos);
    return i >= 0 ? lines[i]!.start : text.lastIndexOf('\n', pos - 1) + 1;
  };
  const quantities = findQuantities(text, masked, lineStartOf);
  const lineOf = (pos: number): Line => {
    const i = findSpan(lines, pos);
    return lines[i >= 0 ? i : Math.max(0, lines.findIndex((l) => l.start > pos) - 1)]!;
  };
  const sentenceOf = (pos: number): Span => {
    const i = findSpan(sentences, pos);
    if (i >= 0) return sentences[i]!;
    const l = lineOf(pos);
    return { start: l.start, end: l.end };
  };
  let ticks = 0;
  const expired = () => (++ticks & 255) === 0 && Date.now() > deadline ? ((ticks = -1), true) : ticks < 0;
  return { text, lines, sentences, clauses, quantities, dates, citations, time: reportTime(text, lines, dates, givenDate), lineOf, sentenceOf, expired };
}

function reportTime(text: string, lines: Line[], dates: DateMention[], givenDate: string | null): ReportTime {
  const headEnd = lines[Math.min(lines.length - 1, 25)]?.end ?? text.length;
  let date = givenDate;
  let year = givenDate ? Number(givenDate.slice(0, 4)) : null;
  if (!date) {
    const header = dates.find((d) => d.kind === 'date' && d.start < headEnd && !d.problem && /ngày\s*$/u.test(text.slice(Math.max(0, d.start - 8), d.start + 5).replace(/\d[^]*$/u, '')) || (d.kind === 'date' && d.start < headEnd && /,\s*$/.test(text.slice(Math.max(0, d.start - 3), d.start))));
    if (header && header.day && header.month) {
      date = `${header.year}-${String(header.month).padStart(2, '0')}-${String(header.day).padStart(2, '0')}`;
      year = header.year;
    } else {
      // A draft leaves day and month blank: "Ngã Bảy, ngày      tháng      năm 2023".
      const blank = /ngày\s+tháng\s+năm\s+(\d{4})/iu.exec(text.slice(0, headEnd));
      if (blank) year = Number(blank[1]);
    }
  }
  // The title block names the period: "… 6 tháng đầu năm 2024", "… năm 2023", "giai đoạn 2021 - 2025".
  let periodYear: number | null = null;
  const titleLine = lines.findIndex((l, i) => i < 40 && /^\W*(?:BÁO CÁO|Báo cáo)\W*$/u.test(text.slice(l.start, l.end).trim()));
  const first = titleLine >= 0 ? titleLine : 0;
  let last = first;
  // The title block ends at the first numbered heading or blank line.
  while (last + 1 < lines.length && last - first < 4) {
    const next = lines[last + 1]!;
    if (next.end === next.start || (next.heading && !/^\W*(?:BÁO CÁO|Báo cáo)/u.test(text.slice(next.start, next.end)) && /^\s*(?:[IVX]+|\d+)[.)]/u.test(text.slice(next.start, next.end)))) break;
    last++;
  }
  const from = lines[first]?.start ?? 0;
  const to = lines[last]?.end ?? headEnd;
  const inTitle = dates.filter((d) => d.start >= from && d.end <= to && (d.kind === 'year' || d.kind === 'partial-year') && !d.problem && d.year >= 1945 && d.year <= (year ?? 2100));
  // Without a title block, a given date says more than the first years mentioned.
  if (inTitle.length && (titleLine >= 0 || !givenDate)) periodYear = Math.max(...inTitle.map((d) => d.year));
  return { date, year: year ?? periodYear, periodYear: periodYear ?? year };
}
