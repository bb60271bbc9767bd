import type { Doc } from '../document';
import type { DateMention } from '../dates';
import type { RawFinding } from '../types';
import { lastStartingBefore, spansStartingIn } from '../segments';
import { finding, type Rule } from './rule-kit';

const FUTURE_WORDS = /phấn đấu|dự kiến|kế hoạch|mục tiêu|đến năm|tầm nhìn|định hướng|giai đoạn|dự báo|(?<![\p{L}])sẽ(?![\p{L}])|chỉ tiêu|nhiệm kỳ|năm học|dự toán|chuẩn bị|đề ra|tiếp theo|tới|trước ngày|hạn|đăng ký|phát động/u;
const DONE_WORDS = /(?<![\p{L}])(?:đã|đạt)(?![\p{L}])|kết quả|thực hiện được|hoàn thành|được công nhận|tổ chức thành công/u;

function sameSentence(doc: Doc, d: DateMention): string {
  const s = doc.sentenceOf(d.start);
  return doc.text.slice(s.start, s.end);
}

/** Broken or impossible dates and years. */
const brokenDates: Rule = (doc) => {
  const out: RawFinding[] = [];
  const ref = doc.time.year ?? 2030;
  for (const d of doc.dates) {
    if (d.problem) {
      out.push(finding(d, 'DATE', d.problem.severity, d.problem.message, d.problem.suggestion));
      continue;
    }
    const years = d.year2 ? [d.year, d.year2] : [d.year];
    for (const y of years) {
      if (y > ref + 30 || (y < 1900 && d.kind === 'date')) {
        const guess = guessYear(y, doc.time.year);
        out.push(finding({ start: d.yearStart, end: d.yearEnd }, 'DATE', 'high', `Năm ${y} không thể có trong báo cáo${doc.time.year ? ` năm ${doc.time.year}` : ''}.${guess ? ` Có lẽ là ${guess}?` : ''}`, guess ? String(guess) : null));
        break;
      }
    }
  }
  return out;
};

/** A digit slip (swapped or doubled) that brings the year back next to the report's. */
function guessYear(y: number, near: number | null): number | null {
  if (!near) return null;
  const digits = String(y).split('');
  const candidates = new Set<number>();
  for (let i = 0; i < digits.length; i++) {
    for (let j = i + 1; j < digits.length; j++) {
      const d = [...digits];
      [d[i], d[j]] = [d[j]!, d[i]!];
      candidates.add(Number(d.join('')));
    }
  }
  const fit = [...candidates].filter((c) => Math.abs(c - near) <= 3).sort((a, b) => Math.abs(a - near) - Math.abs(b - near));
  return fit[0] ?? null;
}

/** Results reported for a year after the report's own. */
const outsidePeriod: Rule = (doc) => {
  const out: RawFinding[] = [];
  const ref = doc.time.year;
  if (!ref) return out;
  for (const d of doc.dates) {
    if (d.problem || d.kind === 'period' || d.kind === 'term' || d.year <= ref || d.year > ref + 30) continue;
    const c = lastStartingBefore(doc.citations, d.start + 1);
    if (c >= 0 && d.start < doc.citations[c]!.end) continue;
    const sentence = sameSentence(doc, d);
    if (FUTURE_WORDS.test(sentence) || !DONE_WORDS.test(sentence)) continue;
    out.push(finding({ start: d.yearStart, end: d.yearEnd }, 'DATE', 'medium', `Năm ${d.year} nằm ngoài kỳ báo cáo (báo cáo năm ${ref}) nhưng được nêu như kết quả đã đạt.`, String(ref)));
  }
  return out;
};

/** A cited document issued after the report itself. */
const citedAfterReport: Rule = (doc) => {
  const out: RawFinding[] = [];
  const { date, year } = doc.time;
  for (const c of doc.citations) {
    if (!c.issuedOn) continue;
    const late = date ? c.issuedOn > date : year ? Number(c.issuedOn.slice(0, 4)) > year : false;
    if (!late) continue;
    const d = spansStartingIn(doc.dates, c.start, c.end)[0];
    const span = d ?? c;
    out.push(finding(span, 'DATE', 'high', `${c.type.name} số ${c.numberSymbol ?? ''} ghi ngày ban hành ${fmt(c.issuedOn)}, sau ngày của báo cáo (${date ? fmt(date) : `năm ${year}`}).`, null));
  }
  return out;
};

const fmt = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

/** "so với cùng kỳ năm 2024" in a report about 2024. */
const samePeriodYear: Rule = (doc) => {
  const out: RawFinding[] = [];
  const period = doc.time.periodYear;
  if (!period) return out;
  for (const m of doc.text.matchAll(/cùng\s+kỳ\s+(?:năm\s+)?(\d{4})(?!\d)/gu)) {
    const y = Number(m[1]);
    if (y < period) continue;
    const start = m.index + m[0].length - 4;
    out.push(finding({ start, end: start + 4 }, 'DATE', 'medium', `So sánh "cùng kỳ năm ${y}" trong báo cáo về năm ${period}: cùng kỳ phải là năm ${period - 1}.`, String(period - 1)));
  }
  return out;
};

/** The same term of office written with different end years ("nhiệm kỳ 2021-2026" and "2021 - 2025"). */
const termConsistency: Rule = (doc) => {
  const out: RawFinding[] = [];
  const byStart = new Map<number, DateMention[]>();
  for (const d of doc.dates) if (d.kind === 'term' && d.year2 && !d.problem) byStart.set(d.year, [...(byStart.get(d.year) ?? []), d]);
  for (const [start, terms] of byStart) {
    const counts = new Map<number, number>();
    for (const t of terms) counts.set(t.year2!, (counts.get(t.year2!) ?? 0) + 1);
    if (counts.size < 2) continue;
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || terms.findIndex((t) => t.year2 === a[0]) - terms.findIndex((t) => t.year2 === b[0]));
    const main = ranked[0]![0];
    for (const t of terms) {
      if (t.year2 === main) continue;
      out.push(finding(t, 'DATE', 'medium', `Nhiệm kỳ viết không thống nhất: ở đây ${start}-${t.year2}, nơi khác ${start}-${main}.`, `${start}-${main}`));
    }
  }
  return out;
};

export const DATE_RULES: Rule[] = [brokenDates, outsidePeriod, citedAfterReport, samePeriodYear, termConsistency];
