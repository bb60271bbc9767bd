/**
 * Eligibility benchmark (issue 5): 10,000 generated nominees with multi-year histories, checked in
 * one batch as the API does (schema parsing included in the second line). No database. Prints one
 * JSON object per line: name, n (rounds), median_ms, p95_ms of a whole batch (and its CPU time).
 */
import path from 'node:path';
import { checkEligibilityBatch, type EligibilityCase } from '../src/awards/domain/eligibility';
import type { AwardCode } from '../src/awards/domain/catalogue';
import type { HeldAward, HeldTitle, Initiative, Nominee, Restraint, YearRating } from '../src/awards/domain/eligibility-types';
import { RATINGS, ROUNDS, SCOPES } from '../src/awards/domain/types';
import { eligibilityBatchSchema } from '../src/shared/api/awards-eligibility';

/** mulberry32: the same nominees on every run and machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDIVIDUAL: AwardCode[] = ['lao_dong_tien_tien', 'cstd_co_so', 'cstd_bo_tinh', 'cstd_toan_quoc', 'giay_khen', 'bang_khen_tinh', 'bang_khen_thu_tuong', 'huan_chuong_lao_dong_3'];
const COLLECTIVE: AwardCode[] = ['tap_the_ldtt', 'tap_the_ldxs', 'co_thi_dua_bo_tinh', 'co_thi_dua_chinh_phu', 'giay_khen', 'bang_khen_tinh'];
const DECISION_DATES = ['2024-03-15', '2024-12-20', '2025-02-10', '2025-06-30', '2025-07-01', '2025-11-05', '2026-03-01'];

export function generateCases(count: number, seed = 20250701): EligibilityCase[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const cases: EligibilityCase[] = [];
  for (let i = 0; i < count; i++) {
    const collective = rnd() < 0.3;
    const decisionDate = pick(DECISION_DATES);
    const last = Number(decisionDate.slice(0, 4)) - 1;
    const first = last - 4 - Math.floor(rnd() * 6);
    const ratings: YearRating[] = [];
    const titles: HeldTitle[] = [];
    const initiatives: Initiative[] = [];
    const awards: HeldAward[] = [];
    const disciplines: Restraint[] = [];
    for (let y = first; y <= last; y++) {
      const r = rnd();
      const rating = r < 0.55 ? 'htxs' : r < 0.9 ? 'htt' : pick(RATINGS);
      ratings.push({ year: y, rating });
      if (!collective && rating !== 'ht' && rating !== 'khong_ht') {
        titles.push({ year: y, award: 'lao_dong_tien_tien' });
        if (rating === 'htxs' && rnd() < 0.7) titles.push({ year: y, award: 'cstd_co_so' });
        if (rnd() < 0.1) titles.push({ year: y, award: 'cstd_bo_tinh' });
      }
      if (rnd() < 0.25) initiatives.push({ year: y, scope: pick(SCOPES) });
      if (rnd() < 0.12) awards.push({ award: pick(['bang_khen_tinh', 'bang_khen_bo', 'bang_khen_thu_tuong', 'giay_khen'] as const), date: `${y + 1}-03-0${1 + Math.floor(rnd() * 9)}`, year: y, round: pick(ROUNDS.slice(0, 3)) });
    }
    if (rnd() < 0.05) disciplines.push({ from: `${last - 1}-05-01`, to: rnd() < 0.5 ? `${last}-04-30` : null, kind: pick(['ky_luat', 'dieu_tra'] as const) });
    const nominee: Nominee = {
      kind: collective ? 'tap_the' : 'ca_nhan',
      name: `Đối tượng ${i + 1}`,
      titles,
      ratings,
      initiatives,
      awards,
      disciplines,
      ...(collective
        ? (() => {
            const total = 5 + Math.floor(rnd() * 60);
            const ldtt = Math.floor(total * (0.4 + rnd() * 0.6));
            return {
              members: { total, completingTasks: rnd() < 0.85 ? total : total - 1, ldtt, cstdcs: Math.floor(ldtt * rnd() * 0.3), disciplined: rnd() < 0.05 ? 1 : 0 },
              clusterResults: rnd() < 0.3 ? [{ year: last, level: 'bo_tinh' as const, leads: rnd() < 0.5 }] : [],
            };
          })()
        : {}),
    };
    cases.push({ id: `HS-${i + 1}`, award: pick(collective ? COLLECTIVE : INDIVIDUAL), decisionDate, nominee });
  }
  return cases;
}

function quantiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { n: s.length, median_ms: +q(0.5).toFixed(1), p95_ms: +q(0.95).toFixed(1) };
}

export async function runEligibilityBench(nominees = 10_000, rounds = 10): Promise<void> {
  const cases = generateCases(nominees);
  // One unmeasured batch, so the rounds measure steady state rather than the compiler.
  checkEligibilityBatch(cases);
  const engine: number[] = [];
  const engineCpu: number[] = [];
  const withSchema: number[] = [];
  let eligible = 0;
  let withNext = 0;
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    const c0 = process.cpuUsage();
    const results = checkEligibilityBatch(cases);
    engine.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    engineCpu.push((c1.user + c1.system) / 1000);
    eligible = results.filter((x) => x.eligible).length;
    withNext = results.filter((x) => typeof x.nextEligibleYear === 'number').length;
    t0 = performance.now();
    const parsed = eligibilityBatchSchema.parse({ cases });
    checkEligibilityBatch(parsed.cases);
    withSchema.push(performance.now() - t0);
  }
  // CPU time next to wall time: on a shared machine the wall clock also measures the neighbours.
  const cpu = quantiles(engineCpu);
  console.log(JSON.stringify({ name: 'eligibility:10k-nominees', nominees, eligible, nextEligibleYear: withNext, ...quantiles(engine), cpu_median_ms: cpu.median_ms, cpu_p95_ms: cpu.p95_ms }));
  console.log(JSON.stringify({ name: 'eligibility:10k-nominees:with-schema', nominees, ...quantiles(withSchema) }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) void runEligibilityBench();
