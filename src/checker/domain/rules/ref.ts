import type { Citation } from '../../../documents/domain/citation';
import type { RawFinding } from '../types';
import { spansStartingIn } from '../segments';
import { finding, type Rule } from './rule-kit';

/** Party documents ("08-QĐ/TW") have their own abbreviations; the state table does not apply to them. */
const PARTY = /^[\p{L}]+\/(?:TW|TU|HU|QU|ĐU|DU|BCS|BTV|VPTW|BCĐ)/u;

function symbolSpan(c: Citation): { start: number; end: number } {
  const n = c.number ? c.raw.indexOf(c.number) : -1;
  if (n < 0) return c;
  const m = /^[^\s,;]+(?:\s?\/[^\s,;]+)?/u.exec(c.raw.slice(n));
  return { start: c.start + n, end: c.start + n + (m ? m[0].length : c.number!.length) };
}

/** Symbols that do not fit their document type or issuer (HĐ for a Hướng dẫn, QĐ-TTg "của Chính phủ"). */
const symbolMismatch: Rule = (doc) => {
  const out: RawFinding[] = [];
  for (const c of doc.citations) {
    for (const w of c.warnings) {
      if (/không có thật/u.test(w)) continue; // an impossible date is a DATE finding
      if (c.symbol && PARTY.test(c.symbol) && /Ký hiệu "[^"]+" (?:là của|không đúng)/u.test(w)) continue;
      const wrong = /Ký hiệu "([^"]+)"/u.exec(w)?.[1];
      const right = /phải (?:viết|là) "([^"]+)"/u.exec(w)?.[1];
      const suggestion = wrong && right && c.numberSymbol ? c.numberSymbol.replace(wrong, right) : null;
      out.push(finding(/cơ quan ban hành/u.test(w) ? c : symbolSpan(c), 'REF', 'medium', w, suggestion));
    }
  }
  return out;
};

const key = (c: Citation) => `${c.type.code}|${c.number}|${c.numberYear ?? ""}|${(c.symbol ?? '').toUpperCase().replace(/Đ/g, 'D').replace(/[/-]/g, '-')}`;

/** The same document cited with different symbols or dates in different places. */
const inconsistentCitations: Rule = (doc) => {
  const out: RawFinding[] = [];
  const groups = new Map<string, Citation[]>();
  for (const c of doc.citations) if (c.number && c.symbol) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  for (const cs of groups.values()) {
    if (cs.length < 2) continue;
    const symbols = majority(cs.map((c) => c.numberSymbol!.replace(/\s/g, '')));
    for (const c of cs) {
      const s = c.numberSymbol!.replace(/\s/g, '');
      if (s !== symbols) out.push(finding(symbolSpan(c), 'REF', 'medium', `${c.type.name} số ${symbols} được trích dẫn với ký hiệu khác nhau: ở đây "${s}", nơi khác "${symbols}".`, symbols));
    }
    const dated = cs.filter((c) => c.issuedOn);
    if (dated.length < 2) continue;
    const date = majority(dated.map((c) => c.issuedOn!));
    for (const c of dated) {
      const d = c.issuedOn!;
      if (d === date) continue;
      // Numbers restart every year: a different day and year is another document, a single-part change is a slip.
      if (d.slice(5) !== date.slice(5) && d.slice(0, 4) !== date.slice(0, 4)) continue;
      const span = spansStartingIn(doc.dates, c.start, c.end)[0] ?? c;
      out.push(finding(span, 'REF', 'medium', `${c.type.name} số ${c.numberSymbol} được trích dẫn với ngày khác nhau: ở đây ${vi(d)}, nơi khác ${vi(date)}.`, vi(date)));
    }
  }
  return out;
};

const vi = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

/** The most frequent value; on a tie, the one written first. */
function majority(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const v of values) if (counts.get(v)! > counts.get(best)!) best = v;
  return best;
}

export const REF_RULES: Rule[] = [symbolMismatch, inconsistentCitations];
