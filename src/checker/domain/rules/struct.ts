import type { Doc } from '../document';
import { parseOutline } from '../outline';
import type { Span } from '../segments';
import type { RawFinding } from '../types';
import { finding, fold } from './rule-kit';

/** Words every part of a TĐKT report uses; they say nothing about which item is answered. */
const STOP = new Set(
  ('va cua cac cho trong voi ve tu den theo tai la duoc co nhung mot khac nay do de viec nhu tren khi da se thi ma nen hoac cung ' +
    'cong tac thuc hien ket qua phong trao thi dua tinh hinh trien khai co quan don vi dia phuong nam nay gom cu the neu so lieu ' +
    'bao cao goi tat chung').split(' '),
);

function terms(text: string): Set<string> {
  const syl = fold(text).match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < syl.length; i++) {
    if (STOP.has(syl[i]!) || STOP.has(syl[i + 1]!)) continue;
    out.add(`${syl[i]} ${syl[i + 1]}`);
  }
  // Single distinctive syllables help short items ("Ưu điểm", "Hạn chế" are already pairs).
  if (out.size === 0) for (const s of syl) if (!STOP.has(s) && s.length > 2) out.add(s);
  return out;
}

function coverage(item: Set<string>, section: Set<string>): number {
  if (item.size === 0) return 1;
  let hit = 0;
  for (const t of item) if (section.has(t)) hit++;
  return hit / item.size;
}

interface Section extends Span {
  heading: Span;
  terms: Set<string>;
  headingTerms: Set<string>;
}

function sections(doc: Doc): Section[] {
  const out: Section[] = [];
  const heads = doc.lines.filter((l) => l.heading);
  heads.forEach((h, i) => {
    const end = heads[i + 1]?.start ?? doc.text.length;
    out.push({ start: h.start, end, heading: { start: h.start, end: h.end }, terms: terms(doc.text.slice(h.start, end)), headingTerms: terms(doc.text.slice(h.start, h.end)) });
  });
  return out;
}

/** Outline items the report does not answer (or answers only in part), found by shared word pairs. */
export function checkOutline(doc: Doc, outlineText: string): RawFinding[] {
  const items = parseOutline(outlineText);
  if (!items.length) return [];
  const secs = sections(doc);
  const whole = terms(doc.text);
  const title = doc.lines.find((l) => l.end - l.start < 60 && /(?:^|[\W\]])BÁO CÁO[\s*#]*$/u.test(doc.text.slice(l.start, l.end).trim()));
  const firstLine = doc.lines.find((l) => l.end > l.start) ?? { start: 0, end: Math.min(doc.text.length, 1) };
  const fallback: Span = title ?? firstLine;
  const best = items.map((it) => {
    const t = terms(it.text);
    let score = 0;
    let where: Section | null = null;
    for (const s of secs) {
      const c = Math.max(coverage(t, s.terms), Math.min(1, coverage(t, s.headingTerms) * 1.2));
      if (c > score) {
        score = c;
        where = s;
      }
    }
    return { score, where, overall: coverage(t, whole), size: t.size };
  });
  const path = (i: number): string => {
    const it = items[i]!;
    if (it.parent === null || /\./.test(it.label)) return it.label;
    return `${path(it.parent)}.${it.label}`;
  };
  const out: RawFinding[] = [];
  const reported = new Set<number>();
  items.forEach((it, i) => {
    const b = best[i]!;
    if (b.size === 0 || b.score >= 0.5) return;
    if (it.parent !== null && reported.has(it.parent)) {
      reported.add(i);
      return;
    }
    const parentSec = it.parent !== null ? best[it.parent]!.where : null;
    const span = (parentSec && best[it.parent!]!.score >= 0.5 ? parentSec.heading : null) ?? fallback;
    const missing = b.score < 0.25 && b.overall < 0.5;
    reported.add(i);
    out.push(
      finding(
        span,
        'STRUCT',
        missing ? 'medium' : 'low',
        missing
          ? `Báo cáo chưa có nội dung cho mục ${path(i)} của đề cương: "${it.text}".`
          : `Mục ${path(i)} của đề cương ("${it.text}") mới được trả lời một phần (khoảng ${Math.round(b.score * 100)}% ý chính).`,
        `Bổ sung nội dung cho mục ${path(i)}.`,
      ),
    );
  });
  return out;
}
