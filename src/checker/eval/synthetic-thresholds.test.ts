import { describe, expect, it } from 'vitest';
import { checkReport } from '../domain/check';
import { generateCorpus, generateReport } from './generate';
import { score } from './score';

describe('checker quality on the synthetic corpus', () => {
  it('is reproducible: one seed, one corpus', () => {
    expect(generateReport(7)).toEqual(generateReport(7));
    for (const l of generateReport(7).labels) if (l.category !== 'STRUCT') expect(generateReport(7).text.slice(l.start, l.end)).toBe(l.quote);
  });

  it('meets the goals on ARITH, NUMFMT, DATE and DUP (recall ≥ 90%, precision ≥ 80%)', () => {
    const docs = generateCorpus(40, 77).map((r) => ({ labels: r.labels, findings: checkReport(r.text, { outline: r.outline, date: r.date }).findings }));
    for (const s of score(docs).filter((x) => ['ARITH', 'NUMFMT', 'DATE', 'DUP'].includes(x.category))) {
      expect(s.labels, s.category).toBeGreaterThan(10);
      expect(s.recall!, `${s.category} recall`).toBeGreaterThanOrEqual(0.9);
      expect(s.precision!, `${s.category} precision`).toBeGreaterThanOrEqual(0.8);
    }
  });
});
