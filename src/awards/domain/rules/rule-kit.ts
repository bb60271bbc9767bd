/** What every rule module uses: the internal reason shape and the citation helpers. */
import type { ResolvedAward } from '../catalogue';
import type { EligibilityReason } from '../eligibility-types';
import { LAW } from '../catalogue/definitions';
import type { Facts } from './facts';

/** A reason plus what the engine needs internally: could the passing of time alone fix it? */
export interface Reason extends EligibilityReason {
  temporal?: boolean;
  /** The engine has no criteria for this track: a human decides (sets needsManualReview). */
  manual?: boolean;
}

export type AwardRule = (f: Facts, award: ResolvedAward) => Reason[];

export const law = (article: string): string => `${article} ${LAW}`;

// Object.assign instead of spreads: spread literals produced slow-shaped objects on the hot path.
export const ok = (code: string, message: string, extra?: Partial<Reason>): Reason => (extra ? Object.assign({ ok: true, code, message }, extra) : { ok: true, code, message });
export const fail = (code: string, message: string, extra?: Partial<Reason>): Reason => (extra ? Object.assign({ ok: false, code, message }, extra) : { ok: false, code, message });
export const verify = (code: string, message: string): Reason => ({ ok: true, code, message: `${message} (Hội đồng xem xét)`, verify: true });

/** Marks a message built on a local setting, and flags the reason for the UI. */
export const local = (isLocal: boolean): { suffix: string; extra: Partial<Reason> } =>
  isLocal ? { suffix: ' (thiết lập địa phương)', extra: { localSetting: true } } : { suffix: '', extra: {} };

export function num(award: ResolvedAward, key: string): { value: number; local: boolean } {
  const p = award.params[key];
  return { value: typeof p?.value === 'number' ? p.value : 0, local: p?.localSetting ?? false };
}
export function bool(award: ResolvedAward, key: string): { value: boolean; local: boolean } {
  const p = award.params[key];
  return { value: p?.value === true, local: p?.localSetting ?? false };
}
export function str(award: ResolvedAward, key: string, fallback: string): { value: string; local: boolean } {
  const p = award.params[key];
  return { value: typeof p?.value === 'string' ? p.value : fallback, local: p?.localSetting ?? false };
}

/**
 * Alternatives ("một trong các tiêu chuẩn"): the first satisfied path is reported alone; when none is,
 * every path says what it lacks, and the whole is temporal if any path could be met with time.
 */
export function anyOf(paths: Reason[][]): Reason[] {
  const passed = paths.find((p) => p.length > 0 && p.every((r) => r.ok));
  if (passed) return passed;
  const failing = paths.flat().filter((r) => !r.ok);
  const temporal = paths.some((p) => p.filter((r) => !r.ok).every((r) => r.temporal));
  return failing.map((r) => Object.assign({}, r, { temporal }));
}
