import { checkReport } from '../domain/check';
import type { Category, CheckOptions } from '../domain/types';

/** The findings of one category as "excerpt → message" pairs, for readable tests. */
export function found(text: string, category: Category, opts: CheckOptions = {}): { excerpt: string; message: string; suggestion: string | null }[] {
  const cps = Array.from(text);
  return checkReport(text, opts)
    .findings.filter((f) => f.category === category)
    .map((f) => ({ excerpt: cps.slice(f.start, f.end).join(''), message: f.message, suggestion: f.suggestion }));
}
