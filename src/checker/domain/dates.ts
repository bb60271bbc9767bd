import { daysInMonth } from '../../shared/vi-date';
import type { Span } from './segments';

/** A date or period as written in a report. */
export interface DateMention extends Span {
  kind: 'date' | 'month' | 'year' | 'period' | 'term' | 'partial-year';
  day?: number;
  month?: number;
  year: number;
  /** End year of "giai đoạn 2021-2025", "nhiệm kỳ 2020 - 2025". */
  year2?: number;
  /** Set when the mention itself is broken (impossible day, "tháng 2022", three-digit year…). */
  problem?: { message: string; suggestion: string | null; severity: 'high' | 'medium' };
  /** Offsets of the year digits, for precise findings. */
  yearStart: number;
  yearEnd: number;
}

const DASH = '\\s*[-–—]\\s*';
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end' | 'yearStart' | 'yearEnd'> | null }[] = [];

function validDay(d: number, m: number, y: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function dayProblem(d: number, m: number, y: number, raw: string): DateMention['problem'] {
  if (m < 1 || m > 12) return { message: `Ngày "${raw}" không có thật: không có tháng ${m}.`, suggestion: null, severity: 'high' };
  if (!validDay(d, m, y)) {
    return { message: `Ngày "${raw}" không có thật: tháng ${m}/${y} chỉ có ${daysInMonth(y, m)} ngày.`, suggestion: null, severity: 'high' };
  }
  return undefined;
}

const yearShapeProblem = (yText: string): DateMention['problem'] =>
  yText.length === 4 ? undefined : { message: `Năm "${yText}" viết sai (năm phải có 4 chữ số).`, suggestion: null, severity: 'high' };

// "ngày 28 tháng 6 năm 2024", and the broken forms "ngày 20 ngày 3 năm 2024", "ngày 28 tháng 11 tháng 2022".
PATTERNS.push({
  re: /ngày\s+(\d{1,2})\s+(tháng|ngày|năm)\s+(\d{1,2})\s*,?\s+(tháng|năm|ngày)\s+(\d{2,5})(?!\d)/giu,
  read: (m) => {
    const [, d, k1, mo, k2, y] = m;
    const day = Number(d);
    const month = Number(mo);
    const year = Number(y);
    const kw1 = k1!.toLowerCase();
    const kw2 = k2!.toLowerCase();
    let problem: DateMention['problem'];
    if (kw1 !== 'tháng' || kw2 !== 'năm') {
      problem = {
        message: `Ngày viết sai: "${m[0]}" (phải là "ngày … tháng … năm …").`,
        suggestion: `ngày ${d} tháng ${mo} năm ${y}`,
        severity: 'medium',
      };
    }
    problem ??= yearShapeProblem(y!) ?? dayProblem(day, month, year, `${d}/${mo}/${y}`);
    return { kind: 'date', day, month, year, problem };
  },
});
// "12/5/2022", "10/04/2023", "12-5-2022", "07.3.2023"; a start without year in "19/5-20/6/2021" takes the end's year.
PATTERNS.push({
  re: /(?<![\d/.,])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{3,5})(?![\d/])/gu,
  read: (m) => {
    const [, d, , mo, y] = m;
    const day = Number(d);
    const month = Number(mo);
    const year = Number(y);
    if (m[2] === '.' && y!.length === 3) return null; // "1.234.567" is a number
    const problem = yearShapeProblem(y!) ?? dayProblem(day, month, year, `${d}/${mo}/${y}`);
    return { kind: 'date', day, month, year, problem };
  },
});
// "tháng 6 năm 2024", "tháng 5/2023"
PATTERNS.push({
  re: /tháng\s+(\d{1,2})\s*(?:năm\s+|\/\s*)(\d{3,5})(?![\d/])/giu,
  read: (m) => {
    const month = Number(m[1]);
    const problem =
      yearShapeProblem(m[2]!) ?? (month < 1 || month > 12 ? { message: `Không có tháng ${month}.`, suggestion: null, severity: 'high' as const } : undefined);
    return { kind: 'month', month, year: Number(m[2]), problem };
  },
});
// "giai đoạn 2021-2025", "nhiệm kỳ 2020 - 2025", "05 năm (2021 - 2025)", "năm học 2021 - 2022"
PATTERNS.push({
  re: new RegExp(`(?:(nhiệm\\s+kỳ|khóa|khoá)\\s+|(giai\\s+đoạn|năm\\s+học|thời\\s+kỳ|từ\\s+năm)\\s+|\\()?(?<![\\d/.])(\\d{4})${DASH}(\\d{4})(?!\\d)`, 'giu'),
  read: (m) => {
    const term = !!m[1];
    const y1 = Number(m[3]);
    const y2 = Number(m[4]);
    if (!m[1] && !m[2] && !m[0].startsWith('(') && (y1 < 1900 || y2 < 1900)) return null;
    const problem = y2 < y1 ? { message: `Khoảng thời gian ${y1}-${y2} ngược: năm kết thúc trước năm bắt đầu.`, suggestion: null, severity: 'high' as const } : undefined;
    return { kind: term ? 'term' : 'period', year: y1, year2: y2, problem };
  },
});
// "09 tháng đầu năm 2023", "6 tháng cuối năm 2024"
PATTERNS.push({
  re: /(\d{1,2})\s+tháng\s+(?:đầu|cuối)\s+năm\s+(\d{3,5})(?!\d)/giu,
  read: (m) => ({ kind: 'partial-year', year: Number(m[2]), problem: yearShapeProblem(m[2]!) }),
});
// "năm 2023", "Năm 2203:", "năm 202;" (a year cut short)
PATTERNS.push({
  re: /(?<![\p{L}])năm\s+(\d{3,5})(?![\d.,]\d)/giu,
  read: (m) => {
    const y = m[1]!;
    if (y.length === 3 && !/^(19|20)/.test(y)) return null; // "năm 100 tuổi"
    return { kind: 'year', year: Number(y), problem: yearShapeProblem(y) };
  },
});

/** All date mentions, earliest first; a mention is never inside another. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      const r = p.read(m);
      if (!r) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      const yearText = String(r.year);
      const yIdx = text.lastIndexOf(yearText, end);
      const yearStart = r.kind === 'period' || r.kind === 'term' ? text.indexOf(yearText, start) : yIdx >= start ? yIdx : start;
      found.push({ ...r, start, end, yearStart, yearEnd: r.kind === 'period' || r.kind === 'term' ? end : yearStart + yearText.length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out.at(-1);
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

/** "19/5-20/6/2021": the day-month before the dash is a date too; it is masked so it never reads as a ratio. */
export function findOpenDayMonths(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/(?<![\d/.,])\d{1,2}\/\d{1,2}(?=\s*[-–]\s*\d{1,2}\/\d{1,2}\/\d{4})/gu)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(/(?:ngày|từ|đến)\s+(\d{1,2}\/\d{1,2})(?![\d/])/giu)) {
    const s = m.index + m[0].length - m[1]!.length;
    out.push({ start: s, end: m.index + m[0].length });
  }
  return out;
}
