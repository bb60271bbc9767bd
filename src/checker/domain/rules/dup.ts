import type { Doc } from '../document';
import type { RawFinding } from '../types';
import { findSpan, spansStartingIn, type Span } from '../segments';
import { finding, quantitiesIn, type Rule } from './rule-kit';

const GRAM = 8;

function words(text: string): string[] {
  return text
    .replace(/<sup>\d+<\/sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu, ' ')
    .toLowerCase()
    .match(/[\p{L}\p{M}\d]+(?:[.,]\d+)*/gu) ?? [];
}

function grams(tokens: string[]): string[] {
  if (tokens.length <= GRAM) return [tokens.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + GRAM <= tokens.length; i++) out.push(tokens.slice(i, i + GRAM).join(' '));
  return out;
}

function lineNo(doc: Doc, pos: number): number {
  return findSpan(doc.lines, pos) + 1 || 1;
}

/** Clauses that re-list documents or repeat a slogan are quoting, not repeating themselves. */
function quoting(doc: Doc, c: Span): boolean {
  const text = doc.text.slice(c.start, c.end);
  if (spansStartingIn(doc.citations, c.start, c.start + 13).length) return true;
  const quoted = text.match(/“[^”]*”|"[^"]*"/gu)?.reduce((a, q) => a + q.length, 0) ?? 0;
  return quoted > 0.6 * text.length;
}

function remember(map: Map<string, number[]>, list: string[], clause: number): void {
  for (const g of list) {
    const os = map.get(g);
    if (!os) map.set(g, [clause]);
    else if (os.length < 6 && os.at(-1) !== clause) os.push(clause);
  }
}

/** Sections with parallel headings ("* Năm 2021:", "* Năm 2022:") repeat their wording on purpose. */
function parallelSections(doc: Doc, a: number, b: number): boolean {
  if (a === b) return false;
  const heading = (pos: number) => {
    const i = findSpan(doc.lines, pos);
    for (let k = i; k >= 0; k--) if (doc.lines[k]!.heading) return doc.text.slice(doc.lines[k]!.start, doc.lines[k]!.end);
    return '';
  };
  const ha = heading(a);
  const hb = heading(b);
  return ha !== hb && ha.replace(/\d+/g, '#') === hb.replace(/\d+/g, '#');
}

/** The same sentence written twice, or the same fact twice with other figures. */
const repeatedPassages: Rule = (doc) => {
  const out: RawFinding[] = [];
  // Every gram remembers a few passages that contain it, so the closest earlier passage wins.
  const seen = new Map<string, number[]>();
  const seenShape = new Map<string, number[]>();
  const gramCount = new Map<number, number>();
  const clauses = doc.clauses;
  const sectionOf = clauses.map((c) => doc.lineOf(c.start).section);
  const figures = (s: Span) => words(doc.text.slice(s.start, s.end)).filter((t) => /^\d/.test(t));
  // Figures that are quantities (not document numbers or dates) decide whether facts disagree.
  const amounts = (s: Span) => quantitiesIn(doc, s).map((q) => doc.text.slice(q.start, q.numEnd));
  clauses.forEach((c, i) => {
    if (doc.expired()) return;
    const line = doc.lineOf(c.start);
    const from = Math.max(c.start, line.contentStart);
    const tokens = words(doc.text.slice(from, c.end));
    if (tokens.length < GRAM || doc.text[from] === '(' || quoting(doc, c)) return;
    if (line.heading && tokens.length < 14) return;
    const gs = grams(tokens);
    const shape = tokens.map((t) => (/^\d/.test(t) ? '#' : t));
    const shapeGrams = grams(shape);
    const owner = (map: Map<string, number[]>, list: string[], sameSection: boolean) => {
      const owners = new Map<number, number>();
      let covered = 0;
      for (const g of list) {
        const os = (map.get(g) ?? []).filter((o) => !sameSection || sectionOf[o] === line.section);
        if (!os.length) continue;
        covered++;
        for (const o of os) owners.set(o, (owners.get(o) ?? 0) + 1);
      }
      // Shared word runs over the shorter passage: one passage may be the other plus a few words.
      const best = [...owners.entries()].map(([o, n]) => [o, n / Math.min(list.length, gramCount.get(o) ?? list.length)] as const).sort((x, y) => y[1] - x[1])[0];
      return best ? { clause: best[0], share: best[1], covered: covered / list.length } : null;
    };
    const exact = owner(seen, gs, false);
    const hasDigits = tokens.some((t) => /\d/.test(t));
    if (exact && exact.covered >= 0.9 && exact.share >= 0.5 && tokens.length >= 9 && !parallelSections(doc, clauses[exact.clause]!.start, c.start)) {
      const first = clauses[exact.clause]!;
      if (figures(first).join('|').includes(figures(c).join('|'))) {
        out.push(finding({ start: from, end: c.end }, 'DUP', 'medium', `Đoạn này lặp lại nội dung đã viết ở dòng ${lineNo(doc, first.start)}.`, 'Xóa đoạn lặp.'));
      }
    } else if (hasDigits && tokens.length >= 10) {
      const similar = owner(seenShape, shapeGrams, true);
      if (similar && similar.share >= 0.85) {
        const first = clauses[similar.clause]!;
        const a = amounts(first);
        const z = amounts(c);
        if (a.length && z.length && a.join('|') !== z.join('|')) {
          out.push(finding({ start: from, end: c.end }, 'DUP', 'medium', `Cùng một nội dung được nêu hai lần với số liệu khác nhau: dòng ${lineNo(doc, first.start)} ghi ${a.join(', ')}; ở đây ghi ${z.join(', ')}.`, 'Giữ một lần, với số liệu đúng.'));
        }
      }
    }
    gramCount.set(i, gs.length);
    remember(seen, gs, i);
    remember(seenShape, shapeGrams, i);
  });
  return out;
};

const GENERIC = new Set(['tập thể', 'cá nhân', 'đơn vị', 'trường hợp', 'lượt người', 'người', 'hộ', 'lượt', 'cuộc', 'đơn', 'căn', 'triệu đồng', 'tỷ đồng', 'nghìn đồng', 'hộ gia đình', 'học sinh', 'cán bộ', 'đảng viên']);

/** "19 Huân chương Độc lập các hạng, 86 Huân chương Độc lập các hạng": one category listed twice. */
const repeatedCategory: Rule = (doc) => {
  const out: RawFinding[] = [];
  for (const s of doc.sentences) {
    if (doc.expired()) break;
    const text = doc.text.slice(s.start, s.end);
    if (!/\d/.test(text)) continue;
    const items: { label: string; span: Span }[] = [];
    for (const q of quantitiesIn(doc, s)) {
      // The label runs from the number to the next separator: "19 Huân chương Độc lập các hạng,".
      const rest = doc.text.slice(q.numEnd, Math.min(s.end, q.numEnd + 80));
      const m = /^\s+([^,;.()\d\n]{3,80}?)(?=\s*[,;]|\s+và\s|\s*\.?\s*$)/u.exec(rest);
      if (!m || q.kind === 'percent' || !/^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){1,8}$/u.test(m[1]!.trim())) continue;
      items.push({ label: m[1]!.trim().toLowerCase(), span: { start: q.start, end: q.numEnd + m[0].trimEnd().length } });
    }
    for (const m of text.matchAll(/(?:^|[,;]\s*)(\p{Lu}[\p{L}\p{M}\s]{2,60}?)\s*:\s*\d[\d.,]*/gu)) {
      const lead = m[0].length - m[0].trimStart().length;
      items.push({ label: m[1]!.trim().toLowerCase(), span: { start: s.start + m.index + (m[0].startsWith(',') || m[0].startsWith(';') ? 1 : 0) + lead, end: s.start + m.index + m[0].length } });
    }
    items.sort((a, b) => a.span.start - b.span.start);
    // Only items written one after another form an enumeration.
    const chains: { label: string; span: Span }[][] = [];
    for (const it of items) {
      const last = chains.at(-1)?.at(-1);
      if (last && /^[\s,;]*(?:và\s+)?$/u.test(doc.text.slice(last.span.end, it.span.start))) chains.at(-1)!.push(it);
      else chains.push([it]);
    }
    for (const chain of chains) {
      if (chain.length < 3) continue;
      const firstAt = new Map<string, Span>();
      for (const it of chain) {
        const n = it.label.split(/\s+/).length;
        // Generic counting words ("tập thể", "cá nhân") repeat in every list; award names do not.
        if (GENERIC.has(it.label) || n < 2 || (n < 3 && !/^\p{Lu}/u.test(doc.text.slice(it.span.start).replace(/^[\d.,\s]+/, '')))) continue;
        const prior = firstAt.get(it.label);
        if (prior) {
          out.push(finding(it.span, 'DUP', 'medium', `"${it.label}" được liệt kê hai lần trong cùng một danh sách (lần đầu: "${doc.text.slice(prior.start, prior.end)}").`, null));
        } else firstAt.set(it.label, it.span);
      }
    }
  }
  return out;
};

export const DUP_RULES: Rule[] = [repeatedPassages, repeatedCategory];
