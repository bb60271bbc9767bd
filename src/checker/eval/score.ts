import { CATEGORIES, type Category, type Finding } from '../domain/types';

/** A true defect in a labelled report: code-point span and category. */
export interface Label {
  start: number;
  end: number;
  category: Category;
  quote?: string;
  note?: string;
}

export interface CategoryScore {
  category: Category;
  labels: number;
  findings: number;
  truePositives: number;
  /** Labels found by at least one finding. */
  found: number;
  precision: number | null;
  recall: number | null;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Precision and recall per category: a finding matches a label of the same category whose span it overlaps. */
export function score(docs: { labels: Label[]; findings: Finding[] }[]): CategoryScore[] {
  return CATEGORIES.map((category) => {
    let labels = 0;
    let findings = 0;
    let tp = 0;
    let found = 0;
    for (const d of docs) {
      const ls = d.labels.filter((l) => l.category === category);
      const fs = d.findings.filter((f) => f.category === category);
      labels += ls.length;
      findings += fs.length;
      if (category === 'STRUCT') {
        // Outline items are labelled on the whole report: each finding can answer one missing item only.
        const matched = Math.min(fs.length, ls.length);
        tp += matched;
        found += matched;
        continue;
      }
      tp += fs.filter((f) => ls.some((l) => overlaps(f, l))).length;
      found += ls.filter((l) => fs.some((f) => overlaps(f, l))).length;
    }
    return {
      category,
      labels,
      findings,
      truePositives: tp,
      found,
      precision: findings ? tp / findings : null,
      recall: labels ? found / labels : null,
    };
  });
}
