import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Label } from './score';

/** Where the labelled reports live (test/checker-corpus). */
export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../test/checker-corpus');

export interface LabelledReport {
  id: string;
  text: string;
  labels: Label[];
  outline?: string;
  date?: string;
}

/** The annotated real reports: `<id>.txt` next to `<id>.labels.json` (code-point spans). */
export function loadSeedCorpus(dir = path.join(CORPUS_DIR, 'seeds')): LabelledReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => {
      const id = f.replace('.labels.json', '');
      return { id, text: readFileSync(path.join(dir, `${id}.txt`), 'utf8'), labels: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Label[] };
    });
}
