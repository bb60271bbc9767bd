/**
 * Report checker benchmark (issue 6): precision and recall per category on the labelled seeds and on
 * a synthetic corpus, and the time per 10,000 words. Prints one JSON object per line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkReport } from '../src/checker/domain/check';
import type { Finding } from '../src/checker/domain/types';
import { generateCorpus } from '../src/checker/eval/generate';
import { CORPUS_DIR, loadSeedCorpus, type LabelledReport } from '../src/checker/eval/corpus';
import { score, type Label } from '../src/checker/eval/score';

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function quantiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { n: s.length, median: +q(0.5).toFixed(2), p95: +q(0.95).toFixed(2) };
}

function run(reports: LabelledReport[]): { labels: Label[]; findings: Finding[] }[] {
  return reports.map((r) => ({ labels: r.labels, findings: checkReport(r.text, { outline: r.outline, date: r.date }).findings }));
}

function printScores(corpus: string, docs: { labels: Label[]; findings: Finding[] }[]) {
  for (const s of score(docs)) {
    console.log(JSON.stringify({ name: `checker:${corpus}:${s.category}`, labels: s.labels, findings: s.findings, precision: s.precision === null ? null : +s.precision.toFixed(3), recall: s.recall === null ? null : +s.recall.toFixed(3) }));
  }
}

export async function runCheckerBench(): Promise<void> {
  const seeds = loadSeedCorpus();
  const synthetic = generateCorpus(60);
  printScores('seeds', run(seeds));
  printScores('synthetic', run(synthetic));
  // Time per 10,000 words, on documents of about that size: each seed, and synthetic reports joined into long ones.
  const timed: { text: string; outline?: string; date?: string }[] = [...seeds];
  for (let i = 0, chunk = ''; i < synthetic.length; i++) {
    chunk += `${synthetic[i]!.text}\n`;
    if (words(chunk) >= 10_000 || i === synthetic.length - 1) {
      timed.push({ text: chunk, outline: synthetic[0]!.outline });
      chunk = '';
    }
  }
  for (const r of timed) checkReport(r.text, { outline: r.outline, date: r.date });
  const per10k: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const r of timed) {
      const t0 = performance.now();
      checkReport(r.text, { outline: r.outline, date: r.date });
      per10k.push(((performance.now() - t0) * 10_000) / words(r.text));
    }
  }
  const big = seeds.map((s) => s.text).join('\n\n').repeat(4);
  const bigTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    checkReport(big);
    bigTimes.push(((performance.now() - t0) * 10_000) / words(big));
  }
  const q = quantiles(per10k);
  console.log(JSON.stringify({ name: 'checker:ms-per-10k-words', n: q.n, median_ms: q.median, p95_ms: q.p95 }));
  const b = quantiles(bigTimes);
  console.log(JSON.stringify({ name: 'checker:ms-per-10k-words:long-report', words: words(big), n: b.n, median_ms: b.median, p95_ms: b.p95 }));
}

/** Writes a sample of the synthetic corpus (text, outline, labels) for people to read; the bench regenerates it in memory. */
export function writeSyntheticSample(count = 12, dir = path.join(CORPUS_DIR, 'synthetic')): void {
  mkdirSync(dir, { recursive: true });
  for (const r of generateCorpus(count)) {
    writeFileSync(path.join(dir, `${r.id}.txt`), r.text);
    writeFileSync(path.join(dir, `${r.id}.outline.txt`), `${r.outline}\n`);
    writeFileSync(path.join(dir, `${r.id}.labels.json`), `${JSON.stringify({ date: r.date, labels: r.labels }, null, 1)}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  if (process.argv.includes('--write-synthetic')) writeSyntheticSample();
  else void runCheckerBench();
}
