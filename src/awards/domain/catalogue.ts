/**
 * The dated award catalogue: every danh hiệu thi đua and hình thức khen thưởng as data, selected for
 * a day, with a province's overrides merged over what the law leaves to it. Pure; no I/O.
 */
import { addDays } from '../../shared/vi-date';
import type { FieldIssue } from '../../shared/errors';
import type { AwardKind, AwardLevel, Param, ParamValue, RoundKind, Subject } from './types';
import { AUTHORITY_NAMES, type AuthorityCode, type AwardCode, type AwardGroup } from './catalogue/codes';
import {
  assertValidOverrides as assertValidFor,
  setsInForce,
  validateOverrides as validateFor,
  type CatalogueOverrides,
  type LocalCriterion,
  type OverridesInput,
} from './catalogue/overrides';
import { inForce, type AwardDef, type Dated } from './catalogue/definitions';
import { BASE_SALARIES, GENERAL_PARAM_KEYS, LAW_VERSIONS, type GeneralParamKey, type LawVersionCode, type LawVersionDef } from './catalogue/law-versions';
import { QUOTAS, type QuotaDef } from './catalogue/quotas';
import { TITLES } from './catalogue/titles';
import { FORMS } from './catalogue/forms';

export { AWARD_CODES, AUTHORITIES, AUTHORITY_NAMES, isAwardCode, type AwardCode, type AuthorityCode, type AwardGroup } from './catalogue/codes';
export { GENERAL_PARAM_KEYS, type GeneralParamKey, type LawVersionCode } from './catalogue/law-versions';
export type { AwardOverride, CatalogueOverrides, LocalCriterion, OverridesInput, QuotaOverride } from './catalogue/overrides';

export const AWARD_DEFS: readonly AwardDef[] = [...TITLES, ...FORMS];
const DEFS_BY_CODE = new Map<AwardCode, AwardDef[]>();
for (const d of AWARD_DEFS) DEFS_BY_CODE.set(d.code, [...(DEFS_BY_CODE.get(d.code) ?? []), d]);

// ---- resolved shapes ----------------------------------------------------------------------------

export type ResolvedParam<T> = Param<T> & { label: string };

export interface ResolvedAward {
  code: AwardCode;
  name: string;
  kind: AwardKind;
  level: AwardLevel;
  group: AwardGroup;
  subjects: Subject[];
  stateLevel: boolean;
  citation: string;
  /** The period (inclusive) over which this resolved record does not change. */
  validFrom: string | null;
  validTo: string | null;
  deciders: { authority: AuthorityCode; name: string; citation: string }[];
  physicalItem: Param<string | null>;
  bonus: { subject: Subject; multiplier: Param<number | null>; amount: number | null; citation: string }[];
  params: Record<string, ResolvedParam<ParamValue>>;
  delegatesCriteria: string | null;
  localCriteria: (LocalCriterion & { source: string })[];
  note: string | null;
}

export interface ResolvedQuota {
  code: string;
  label: string;
  awards: AwardCode[] | null;
  round: RoundKind | null;
  subject: Subject | null;
  maxPercent: Param<number | null>;
  base: string;
  citation: string;
}

export interface ResolvedLawVersion {
  code: LawVersionCode;
  name: string;
  legalBasis: string[];
  modelled: boolean;
  decree: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface ResolvedCatalogue {
  date: string;
  lawVersion: ResolvedLawVersion;
  general: Record<GeneralParamKey, ResolvedParam<boolean>>;
  baseSalary: Param<number | null>;
  awards: ResolvedAward[];
  quotas: ResolvedQuota[];
  overrides: { issuer: string | null; citation: string | null }[];
  notices: string[];
}

// ---- helpers --------------------------------------------------------------------------------------

export function lawVersionOn(date: string): LawVersionDef {
  return LAW_VERSIONS.find((v) => inForce(v, date)) ?? LAW_VERSIONS[0]!;
}

/** The widest period around `date` in which none of `pieces` starts or ends. */
function stableWindow(date: string, pieces: readonly Dated[]): { validFrom: string | null; validTo: string | null } {
  let from: string | null = null;
  let to: string | null = null;
  for (const p of pieces) {
    for (const change of [p.validFrom, p.validTo === null ? null : addDays(p.validTo, 1)]) {
      if (change === null) continue;
      if (change <= date) {
        if (from === null || change > from) from = change;
      } else if (to === null || change <= to) to = addDays(change, -1);
    }
  }
  return { validFrom: from, validTo: to };
}

const fixed = <T>(value: T, localSetting: boolean, note?: string, overridable = localSetting): Param<T> => ({
  value,
  default: value,
  localSetting,
  overridable,
  overridden: false,
  ...(note ? { note } : {}),
});

function withOverride<T>(p: Param<T>, value: T | undefined, applies: boolean): Param<T> {
  if (value === undefined || !applies) return p;
  return { ...p, value, overridden: true };
}

function resolveBaseSalary(date: string, sets: readonly CatalogueOverrides[]): Param<number | null> {
  const def = BASE_SALARIES.find((b) => inForce(b, date));
  let p = fixed<number | null>(def?.amount ?? null, true, def?.note);
  for (const s of sets) p = withOverride(p, s.baseSalary, true);
  return p;
}

function resolveDef(def: AwardDef, date: string, law: LawVersionDef, sets: readonly CatalogueOverrides[], baseSalary: Param<number | null>, notices: string[]): ResolvedAward {
  const pieces: Dated[] = [def, law, ...def.deciders, ...def.bonus, ...BASE_SALARIES];
  const deciders: ResolvedAward['deciders'] = [];
  for (const d of def.deciders) {
    if (inForce(d, date) && !deciders.some((x) => x.authority === d.authority)) deciders.push({ authority: d.authority, name: AUTHORITY_NAMES[d.authority], citation: d.citation });
  }
  const ovs = sets.map((s) => ({ set: s, ov: s.awards?.[def.code] })).filter((x) => x.ov !== undefined);
  const source = (s: CatalogueOverrides) => [s.issuer, s.citation].filter(Boolean).join(', ') || 'thiết lập địa phương';

  let physicalItem = fixed(def.physicalItem.value, def.physicalItem.localSetting, def.physicalItem.note);
  for (const { ov } of ovs) {
    if (ov?.physicalItem !== undefined && !physicalItem.localSetting) notices.push(`${def.name}: hiện vật do văn bản quy định; thiết lập địa phương không áp dụng.`);
    physicalItem = withOverride(physicalItem, ov?.physicalItem, physicalItem.localSetting);
  }

  const bonus = def.subjects.map((subject) => {
    const b = def.bonus.find((x) => x.subject === subject && inForce(x, date));
    let multiplier = fixed<number | null>(b?.multiplier ?? null, b?.localSetting ?? true, b?.note);
    for (const { ov } of ovs) {
      const v = ov?.bonusMultiplier?.[subject];
      if (v !== undefined && !multiplier.localSetting) notices.push(`${def.name}: hệ số tiền thưởng do ${b?.citation ?? 'văn bản'} quy định; thiết lập địa phương không áp dụng.`);
      multiplier = withOverride(multiplier, v, multiplier.localSetting);
    }
    const amount = multiplier.value !== null && baseSalary.value !== null ? Math.round(multiplier.value * baseSalary.value) : null;
    return { subject, multiplier, amount, citation: b?.citation ?? '' };
  });

  const params: Record<string, ResolvedParam<ParamValue>> = {};
  for (const [key, pd] of Object.entries(def.params ?? {})) {
    let p: ResolvedParam<ParamValue> = { ...fixed(pd.value, pd.localSetting, pd.note, pd.overridable), label: pd.label };
    for (const { ov } of ovs) p = { ...withOverride(p, ov?.params?.[key], pd.overridable), label: pd.label };
    params[key] = p;
  }

  const localCriteria = def.delegatesCriteria ? ovs.flatMap(({ set, ov }) => (ov?.criteria ?? []).map((c) => ({ ...c, source: source(set) }))) : [];
  const window = stableWindow(date, [...pieces, ...sets.map((s) => ({ validFrom: s.validFrom ?? null, validTo: s.validTo ?? null }))]);
  return {
    code: def.code,
    name: def.name,
    kind: def.kind,
    level: def.level,
    group: def.group,
    subjects: [...def.subjects],
    stateLevel: def.stateLevel,
    citation: def.citation,
    ...window,
    deciders,
    physicalItem,
    bonus,
    params,
    delegatesCriteria: def.delegatesCriteria ?? null,
    localCriteria,
    note: def.note ?? null,
  };
}

function resolveGeneral(law: LawVersionDef, sets: readonly CatalogueOverrides[], notices: string[]): Record<GeneralParamKey, ResolvedParam<boolean>> {
  const out = {} as Record<GeneralParamKey, ResolvedParam<boolean>>;
  for (const key of GENERAL_PARAM_KEYS) {
    const pd = law.params[key];
    let p: ResolvedParam<boolean> = { ...fixed(pd.value === true, pd.localSetting, pd.note, pd.overridable), label: pd.label };
    for (const s of sets) {
      const v = s.general?.[key];
      if (v !== undefined && !pd.overridable) notices.push(`"${pd.label}" do ${law.decree} quy định; thiết lập địa phương không áp dụng.`);
      p = { ...withOverride(p, v, pd.overridable), label: pd.label };
    }
    out[key] = p;
  }
  return out;
}

function resolveQuotas(sets: readonly CatalogueOverrides[]): ResolvedQuota[] {
  const out: ResolvedQuota[] = QUOTAS.map((q: QuotaDef) => ({
    code: q.code,
    label: q.label,
    awards: q.awards ? [...q.awards] : null,
    round: q.round,
    subject: q.subject,
    maxPercent: fixed(q.maxPercent, true, q.note),
    base: q.base,
    citation: q.citation,
  }));
  for (const s of sets) {
    for (const q of s.quotas ?? []) {
      const existing = out.find((x) => x.code === q.code);
      const citation = q.citation ?? ([s.issuer, s.citation].filter(Boolean).join(', ') || 'Quy định của địa phương');
      if (existing) {
        existing.maxPercent = withOverride(existing.maxPercent, q.maxPercent, true);
        if (q.label) existing.label = q.label;
        if (q.base) existing.base = q.base;
        if (q.awards !== undefined) existing.awards = q.awards ? [...q.awards] : null;
        if (q.round !== undefined) existing.round = q.round;
        if (q.subject !== undefined) existing.subject = q.subject;
        existing.citation = citation;
      } else {
        out.push({
          code: q.code,
          label: q.label ?? q.code,
          awards: q.awards ? [...q.awards] : null,
          round: q.round ?? null,
          subject: q.subject ?? null,
          maxPercent: { value: q.maxPercent, default: null, localSetting: true, overridable: true, overridden: true },
          base: q.base ?? '',
          citation,
        });
      }
    }
  }
  return out;
}

const lawVersionView = (law: LawVersionDef): ResolvedLawVersion => ({
  code: law.code,
  name: law.name,
  legalBasis: [...law.legalBasis],
  modelled: law.modelled,
  decree: law.decree,
  validFrom: law.validFrom,
  validTo: law.validTo,
});

/** The catalogue in force on `date` (ISO), with the province's settings merged over it. */
export function resolveCatalogue(date: string, overrides?: OverridesInput): ResolvedCatalogue {
  assertValidOverrides(overrides);
  const law = lawVersionOn(date);
  const sets = setsInForce(overrides, date);
  const notices: string[] = [];
  if (!law.modelled) {
    notices.push(`Ngày ${date} thuộc thời kỳ ${law.name}; hệ thống chỉ có danh mục theo Luật Thi đua, khen thưởng 2022 (từ 01/01/2024).`);
  }
  const baseSalary = resolveBaseSalary(date, sets);
  const awards = AWARD_DEFS.filter((d) => inForce(d, date)).map((d) => resolveDef(d, date, law, sets, baseSalary, notices));
  return {
    date,
    lawVersion: lawVersionView(law),
    general: resolveGeneral(law, sets, notices),
    baseSalary,
    awards,
    quotas: resolveQuotas(sets),
    overrides: sets.map((s) => ({ issuer: s.issuer ?? null, citation: s.citation ?? null })),
    notices: [...new Set(notices)],
  };
}

/**
 * The engine resolves the same few (award, day) pairs thousands of times in a batch; results are
 * memoised per overrides object (by identity) and must be treated as read-only.
 */
const NO_OVERRIDES = {};
const MEMO_LIMIT = 5_000;
/** overrides → day → key → value; the day strings of a batch repeat, so no key is built per call. */
const memos = new WeakMap<object, Map<string, Map<string, unknown>>>();
function memo<T>(overrides: OverridesInput | undefined, date: string, key: string, compute: () => T): T {
  const owner = (overrides ?? NO_OVERRIDES) as object;
  let byDay = memos.get(owner);
  if (!byDay) memos.set(owner, (byDay = new Map()));
  let m = byDay.get(date);
  if (!m) {
    if (byDay.size >= MEMO_LIMIT) byDay.clear();
    byDay.set(date, (m = new Map()));
  }
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}

/** One award on one day (what the eligibility engine needs), without building the whole catalogue. Read-only. */
export function resolveAward(code: AwardCode, date: string, overrides?: OverridesInput): ResolvedAward | undefined {
  return memo(overrides, date, code, () => {
    const def = (DEFS_BY_CODE.get(code) ?? []).find((d) => inForce(d, date));
    if (!def) return undefined;
    const sets = setsInForce(overrides, date);
    return resolveDef(def, date, lawVersionOn(date), sets, resolveBaseSalary(date, sets), []);
  });
}

/** The law version and its cross-cutting rules on a day, with the province's settings applied. Read-only. */
export function resolveLaw(date: string, overrides?: OverridesInput): { lawVersion: ResolvedLawVersion; general: Record<GeneralParamKey, ResolvedParam<boolean>> } {
  return memo(overrides, date, '', () => {
    const law = lawVersionOn(date);
    return { lawVersion: lawVersionView(law), general: resolveGeneral(law, setsInForce(overrides, date), []) };
  });
}

/** The name of an award whatever the day (for messages about history entries). */
export function awardName(code: AwardCode): string {
  return DEFS_BY_CODE.get(code)?.[0]?.name ?? code;
}

/** Largest number of awards a quota allows over `base` candidates (null when the quota is not set). */
export function quotaLimit(quota: ResolvedQuota, base: number): number | null {
  if (quota.maxPercent.value === null) return null;
  // Integer arithmetic first, so 10% of 30 is exactly 3 and not 2.9999….
  return Math.floor((Math.round(quota.maxPercent.value * 1000) * base) / 100_000);
}

/** Static checks of a province's settings; the messages are Vietnamese and name the offending path. */
export const validateOverrides = (o: OverridesInput): FieldIssue[] => validateFor(o, DEFS_BY_CODE);
/** Throws AppError VALIDATION listing every problem of the settings. */
export const assertValidOverrides = (o: OverridesInput | undefined): void => assertValidFor(o, DEFS_BY_CODE);
