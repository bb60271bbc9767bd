/**
 * A nominee's record indexed for the rules, for one case: the year considered, what counts toward
 * merit on the decision date (NĐ 152/2025 Điều 4), when the achievement period restarts after
 * discipline, and which restraint is running on the decision date.
 */
import type { AwardCode, GeneralParamKey, ResolvedParam } from '../catalogue';
import type { EligibilityCase, Exemplary, HeldAward, Initiative, Restraint } from '../eligibility-types';
import type { Rating, RoundKind, Subject } from '../types';

export interface Held {
  code: AwardCode;
  year: number;
  date: string | null;
  round: RoundKind;
  /** False when the round does not count toward merit awards on the decision date. */
  countsForMerit: boolean;
}

export interface Facts {
  kind: Subject;
  year: number;
  decisionDate: string;
  decisionYear: number;
  held: Held[];
  ratings: Map<number, Rating>;
  initiatives: Initiative[];
  exemplary: Exemplary[];
  case: EligibilityCase;
  general: Record<GeneralParamKey, ResolvedParam<boolean>>;
  /** First year whose achievements count after a finished discipline (null: no restart). */
  countFrom: number | null;
  restartCause: Restraint | null;
  activeRestraints: Restraint[];
}

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

const THEMATIC: readonly RoundKind[] = ['chuyen_de', 'dot_xuat'];

/** The achievement year when the case does not give one: the decision's year once its records exist, else the year before. */
export function achievementYear(c: EligibilityCase): number {
  if (c.year !== undefined) return c.year;
  const dy = yearOf(c.decisionDate);
  const n = c.nominee;
  const hasDecisionYear = (n.titles ?? []).some((t) => t.year === dy) || (n.ratings ?? []).some((r) => r.year === dy);
  return hasDecisionYear ? dy : dy - 1;
}

export const heldYear = (a: HeldAward): number => a.year ?? yearOf(a.date);

export function buildFacts(c: EligibilityCase, general: Record<GeneralParamKey, ResolvedParam<boolean>>): Facts {
  const n = c.nominee;
  const excludeThematic = general.excludeThematicFromMerit.value;
  const held: Held[] = [];
  for (const t of n.titles ?? []) {
    const round = t.round ?? 'thuong_xuyen';
    held.push({ code: t.award, year: t.year, date: null, round, countsForMerit: !(excludeThematic && THEMATIC.includes(round)) });
  }
  for (const a of n.awards ?? []) {
    const round = a.round ?? 'thuong_xuyen';
    held.push({ code: a.award, year: heldYear(a), date: a.date, round, countsForMerit: !(excludeThematic && THEMATIC.includes(round)) });
  }
  const ratings = new Map<number, Rating>();
  for (const r of n.ratings ?? []) ratings.set(r.year, r.rating);

  const restraints = n.disciplines ?? [];
  const activeRestraints = restraints.filter((r) => r.from <= c.decisionDate && (r.to == null || c.decisionDate <= r.to));
  let countFrom: number | null = null;
  let restartCause: Restraint | null = null;
  if (general.restartAfterDiscipline.value) {
    const shift = general.disciplineEndYearCounts.value ? 0 : 1;
    for (const r of restraints) {
      if ((r.kind ?? 'ky_luat') !== 'ky_luat' || r.to == null || r.to >= c.decisionDate) continue;
      const from = yearOf(r.to) + shift;
      if (countFrom === null || from > countFrom) {
        countFrom = from;
        restartCause = r;
      }
    }
  }
  return {
    kind: n.kind,
    year: achievementYear(c),
    decisionDate: c.decisionDate,
    decisionYear: yearOf(c.decisionDate),
    held,
    ratings,
    initiatives: n.initiatives ?? [],
    exemplary: n.exemplary ?? [],
    case: c,
    general,
    countFrom,
    restartCause,
    activeRestraints,
  };
}

/** Whether an achievement of `year` may still count (not wiped by a later discipline). */
export const afterRestart = (f: Facts, year: number): boolean => f.countFrom === null || year >= f.countFrom;

/** Years (≤ the year considered) in which one of `codes` was held, whichever round. */
export function heldYears(f: Facts, codes: readonly AwardCode[], opts: { meritOnly?: boolean; rounds?: readonly RoundKind[] } = {}): number[] {
  const out = new Set<number>();
  for (const h of f.held) {
    if (h.year > f.year || !codes.includes(h.code)) continue;
    if (opts.meritOnly && !h.countsForMerit) continue;
    if (opts.rounds && !opts.rounds.includes(h.round)) continue;
    out.add(h.year);
  }
  return [...out].sort((a, b) => a - b);
}

/** The latest year (≤ the year considered) in which one of `codes` was received in one of `rounds`; null if never. */
export function lastHeld(f: Facts, codes: readonly AwardCode[], rounds?: readonly RoundKind[]): number | null {
  const ys = heldYears(f, codes, rounds ? { rounds } : {});
  return ys.length ? ys[ys.length - 1]! : null;
}
