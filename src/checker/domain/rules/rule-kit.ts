import type { Doc } from '../document';
import type { Quantity } from '../quantities';
import type { Span } from '../segments';
import type { Category, RawFinding, Severity } from '../types';

/** A rule family: reads the document, returns findings (NFC offsets). */
export type Rule = (doc: Doc) => RawFinding[];

export function finding(span: Span, category: Category, severity: Severity, message: string, suggestion: string | null = null): RawFinding {
  return { start: span.start, end: span.end, category, severity, message, suggestion };
}

/** The quantity as the report wrote it ("1,45 tỷ đồng"). */
export function shown(doc: Doc, q: Quantity): string {
  return doc.text.slice(q.start, q.end).replace(/\s+/g, ' ').trim();
}

/** Quantities whose digits lie inside a span, in order. */
export function quantitiesIn(doc: Doc, span: Span): Quantity[] {
  const qs = doc.quantities;
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Quantity[] = [];
  for (let i = lo; i < qs.length && qs[i]!.start < span.end; i++) out.push(qs[i]!);
  return out;
}

export function indexOfQuantity(doc: Doc, q: Quantity): number {
  return doc.quantities.indexOf(q);
}

/** Figures with a malformed spelling have an uncertain value; arithmetic leaves them to NUMFMT. */
export function trustworthy(q: Quantity): boolean {
  return !q.issues.some((i) => i.kind === 'grouping' || i.kind === 'english-grouping' || i.kind === 'full-amount-magnitude' || i.kind === 'magnitude-order');
}

/** The first word of what a count counts ("căn nhà" → "căn"), to pair figures of the same thing. */
export function head(noun: string | null): string | null {
  return noun ? noun.split(' ')[0]! : null;
}

/** Folds case and diacritics, for comparing words. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
