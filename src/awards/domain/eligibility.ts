/**
 * The eligibility engine: given an award, a decision date and a nominee's record, answer eligible or
 * not with reasons in Vietnamese that cite the article. Pure and deterministic (no clock, no I/O):
 * the decision date picks the law, the decree, the authorities and the local settings.
 */
import { assertValidOverrides, awardName, resolveAward, resolveLaw, type OverridesInput } from './catalogue';
import type { EligibilityCase, EligibilityReason, EligibilityResult, HeldTitle, YearRating } from './eligibility-types';
import { buildFacts, yearOf, type Facts } from './rules/facts';
import { authorityRule, catalogueRule, duplicateRule, lawRule, recordRules, restraintRules, subjectRule } from './rules/common';
import { AWARD_RULES } from './rules/index';
import { fail, verify, type Reason } from './rules/rule-kit';

export type * from './eligibility-types';
export { hasEligibilityRules } from './rules/index';

export interface EligibilityOptions {
  /** The province's settings (validated once per batch by `checkEligibilityBatch`). */
  overrides?: OverridesInput;
}

/** How far ahead nextEligibleYear looks: the longest window (5 years after a base award) plus a discipline. */
const HORIZON = 12;

interface Evaluation {
  facts: Facts;
  lawVersion: EligibilityResult['lawVersion'];
  reasons: Reason[];
}

function evaluate(c: EligibilityCase, options: EligibilityOptions): Evaluation {
  const { lawVersion, general } = resolveLaw(c.decisionDate, options.overrides);
  const f = buildFacts(c, general);
  const done = (reasons: Reason[]): Evaluation => ({ facts: f, lawVersion: lawVersion.code, reasons });
  const lr = lawRule(f, lawVersion);
  if (lr) return done([{ ...lr, manual: true }]);
  const award = resolveAward(c.award, c.decisionDate, options.overrides);
  const cr = catalogueRule(f, award);
  if (cr || !award) return done([cr!]);
  const sr = subjectRule(f, award);
  if (sr) return done([sr]);

  const reasons: Reason[] = [];
  const push = (r: Reason | null) => r && reasons.push(r);
  push(authorityRule(f, award));
  reasons.push(...recordRules(f));
  reasons.push(...restraintRules(f, lawVersion));
  push(duplicateRule(f, award));
  const rule = AWARD_RULES[c.award];
  if (rule) reasons.push(...rule(f, award));
  else {
    reasons.push(
      fail('CHUA_MO_HINH', `${award.citation}: hệ thống chưa có tiêu chuẩn tự động cho ${award.name}; cần Hội đồng Thi đua - Khen thưởng xét theo hồ sơ.`, { manual: true }),
    );
  }
  for (const lc of award.localCriteria) reasons.push({ ...verify(`DIA_PHUONG_${lc.code}`, `Tiêu chuẩn của địa phương (${lc.source}): ${lc.text}`), localSetting: true });
  return done(reasons);
}

const isEligible = (reasons: readonly Reason[]) => reasons.length > 0 && reasons.every((r) => r.ok);

function publicReason(r: Reason): EligibilityReason {
  const out: EligibilityReason = { ok: r.ok, code: r.code, message: r.message };
  if (r.verify) out.verify = true;
  if (r.localSetting) out.localSetting = true;
  return out;
}

/** The same date `years` later (29/2 becomes 28/2). */
function shiftYears(iso: string, years: number): string {
  const y = yearOf(iso) + years;
  const md = iso.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/** The case `k` years on, with the best annual record for every year not yet on file. */
function futureCase(c: EligibilityCase, year: number, k: number): EligibilityCase {
  const n = c.nominee;
  const ratings: YearRating[] = [...(n.ratings ?? [])];
  const titles: HeldTitle[] = [...(n.titles ?? [])];
  const rated = new Set(ratings.map((r) => r.year));
  for (let y = year + 1; y <= year + k; y++) {
    if (!rated.has(y)) ratings.push({ year: y, rating: 'htxs' });
    if (n.kind !== 'ca_nhan') continue;
    for (const award of ['lao_dong_tien_tien', 'cstd_co_so'] as const) {
      if (award !== c.award && !titles.some((t) => t.year === y && t.award === award)) titles.push({ year: y, award });
    }
  }
  return Object.assign({}, c, { decisionDate: shiftYears(c.decisionDate, k), year: year + k, nominee: Object.assign({}, n, { ratings, titles }) });
}

function nextEligibleYear(c: EligibilityCase, first: Evaluation, options: EligibilityOptions): number | null {
  const failing = first.reasons.filter((r) => !r.ok);
  if (!failing.length || failing.some((r) => !r.temporal || r.manual)) return null;
  for (let k = 1; k <= HORIZON; k++) {
    const later = evaluate(futureCase(c, first.facts.year, k), options).reasons;
    if (isEligible(later)) return first.facts.year + k;
    // Something time cannot fix (an initiative left behind by the moving window…) stays unfixed.
    if (later.some((r) => !r.ok && (!r.temporal || r.manual))) return null;
  }
  return null;
}

function run(c: EligibilityCase, options: EligibilityOptions): EligibilityResult {
  const e = evaluate(c, options);
  const eligible = isEligible(e.reasons);
  // Built field by field: optional fields stay absent (not undefined) and the key order stays fixed.
  const out = {} as EligibilityResult;
  if (c.id !== undefined) out.id = c.id;
  if (c.nominee.name !== undefined) out.name = c.nominee.name;
  out.award = c.award;
  out.awardName = awardName(c.award);
  out.decisionDate = c.decisionDate;
  out.year = e.facts.year;
  out.lawVersion = e.lawVersion;
  out.eligible = eligible;
  out.needsManualReview = e.reasons.some((r) => r.manual);
  out.reasons = e.reasons.map(publicReason);
  if (!eligible) out.nextEligibleYear = nextEligibleYear(c, e, options);
  return out;
}

/** One case. Throws AppError VALIDATION when the overrides are invalid. */
export function checkEligibility(input: EligibilityCase, options: EligibilityOptions = {}): EligibilityResult {
  if (options.overrides !== undefined) assertValidOverrides(options.overrides);
  return run(input, options);
}

/** Many cases under the same settings (validated once). */
export function checkEligibilityBatch(inputs: readonly EligibilityCase[], options: EligibilityOptions = {}): EligibilityResult[] {
  if (options.overrides !== undefined) assertValidOverrides(options.overrides);
  return inputs.map((c) => run(c, options));
}
