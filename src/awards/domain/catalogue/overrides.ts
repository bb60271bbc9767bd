/** A province's settings merged over the catalogue, and their static checks (Vietnamese messages). */
import { AppError, type FieldIssue } from '../../../shared/errors';
import { RATINGS, SUBJECTS, type ParamValue, type RoundKind, type Subject } from '../types';
import { isAwardCode, type AwardCode } from './codes';
import { inForce, type AwardDef, type ParamDef } from './definitions';
import { GENERAL_PARAM_KEYS, type GeneralParamKey } from './law-versions';
import { QUOTAS } from './quotas';

/** A province's own criterion: the engine cannot check it, so it is listed for the council to verify. */
export interface LocalCriterion {
  code: string;
  text: string;
}

export interface AwardOverride {
  /** Only parameters the catalogue marks as overridable (delegated by the law or unconfirmed). */
  params?: Record<string, ParamValue>;
  /** Applied where the catalogue marks the multiplier as a local setting on the day. */
  bonusMultiplier?: Partial<Record<Subject, number | null>>;
  physicalItem?: string | null;
  /** Own criteria, only where the law delegates them (Luật Điều 24 k4, 26–28 k3, 71 k2, 74 k6, 75 k2). */
  criteria?: LocalCriterion[];
}

export interface QuotaOverride {
  code: string;
  maxPercent: number | null;
  label?: string;
  awards?: AwardCode[] | null;
  round?: RoundKind | null;
  subject?: Subject | null;
  base?: string;
  citation?: string;
}

/** One set of a province's settings, in force over a period (a new decision of the province = a new set). */
export interface CatalogueOverrides {
  issuer?: string;
  citation?: string;
  validFrom?: string | null;
  validTo?: string | null;
  awards?: Partial<Record<AwardCode, AwardOverride>>;
  general?: Partial<Record<GeneralParamKey, boolean>>;
  baseSalary?: number | null;
  quotas?: QuotaOverride[];
}
export type OverridesInput = CatalogueOverrides | readonly CatalogueOverrides[];

export const asList = (o: OverridesInput | undefined): readonly CatalogueOverrides[] => (o === undefined ? [] : Array.isArray(o) ? o : [o as CatalogueOverrides]);
export const setsInForce = (o: OverridesInput | undefined, date: string) =>
  asList(o).filter((s) => inForce({ validFrom: s.validFrom ?? null, validTo: s.validTo ?? null }, date));

const sameType = (a: ParamValue, b: unknown) => typeof a === typeof b;

/** Static checks of a province's settings; the messages are Vietnamese and name the offending path. */
export function validateOverrides(input: OverridesInput, defsByCode: ReadonlyMap<AwardCode, readonly AwardDef[]>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const list = asList(input);
  list.forEach((set, i) => {
    const at = (p: string) => (Array.isArray(input) ? `${i}.${p}` : p);
    if (set.validFrom && set.validTo && set.validTo < set.validFrom) issues.push({ path: at('validTo'), message: 'Ngày hết hiệu lực trước ngày có hiệu lực.' });
    for (const [code, ov] of Object.entries(set.awards ?? {})) {
      if (!isAwardCode(code)) {
        issues.push({ path: at(`awards.${code}`), message: `Không có danh hiệu, hình thức khen thưởng mã "${code}".` });
        continue;
      }
      const defs = defsByCode.get(code) ?? [];
      const name = defs[0]?.name ?? code;
      for (const [key, value] of Object.entries(ov?.params ?? {})) {
        const def = defs.map((d) => d.params?.[key]).find((x): x is ParamDef => x !== undefined);
        if (!def) issues.push({ path: at(`awards.${code}.params.${key}`), message: `${name} không có tham số "${key}".` });
        else if (!def.overridable) issues.push({ path: at(`awards.${code}.params.${key}`), message: `"${def.label}" của ${name} do luật quy định; địa phương không được thay đổi.` });
        else if (!sameType(def.value, value)) issues.push({ path: at(`awards.${code}.params.${key}`), message: `"${def.label}" phải là ${typeof def.value === 'number' ? 'một số' : typeof def.value === 'boolean' ? 'đúng/sai (true/false)' : 'một mã hợp lệ'}.` });
        else if (typeof value === 'number' && (!Number.isFinite(value) || value < 0)) issues.push({ path: at(`awards.${code}.params.${key}`), message: `"${def.label}" phải là số không âm.` });
        else if (key === 'minRating' && !(RATINGS as readonly string[]).includes(String(value))) issues.push({ path: at(`awards.${code}.params.${key}`), message: `Xếp loại phải là một trong: ${RATINGS.join(', ')}.` });
      }
      for (const [subject, m] of Object.entries(ov?.bonusMultiplier ?? {})) {
        if (!(SUBJECTS as readonly string[]).includes(subject)) issues.push({ path: at(`awards.${code}.bonusMultiplier.${subject}`), message: `Đối tượng "${subject}" không hợp lệ.` });
        else if (m !== null && m !== undefined && (!Number.isFinite(m) || m < 0)) issues.push({ path: at(`awards.${code}.bonusMultiplier.${subject}`), message: 'Hệ số tiền thưởng phải là số không âm.' });
      }
      if (ov?.criteria?.length && !defs.some((d) => d.delegatesCriteria)) {
        issues.push({ path: at(`awards.${code}.criteria`), message: `Luật không giao địa phương quy định tiêu chuẩn của ${name}.` });
      }
    }
    for (const key of Object.keys(set.general ?? {})) {
      if (!(GENERAL_PARAM_KEYS as readonly string[]).includes(key)) issues.push({ path: at(`general.${key}`), message: `Không có quy định chung "${key}".` });
    }
    if (set.baseSalary !== undefined && set.baseSalary !== null && (!Number.isFinite(set.baseSalary) || set.baseSalary <= 0)) {
      issues.push({ path: at('baseSalary'), message: 'Mức lương cơ sở phải là số dương.' });
    }
    (set.quotas ?? []).forEach((q, j) => {
      if (q.maxPercent !== null && (!Number.isFinite(q.maxPercent) || q.maxPercent < 0 || q.maxPercent > 100)) {
        issues.push({ path: at(`quotas.${j}.maxPercent`), message: 'Tỷ lệ tối đa phải từ 0 đến 100 (%).' });
      }
      if (!QUOTAS.some((d) => d.code === q.code) && (!q.label || !q.base || (q.awards === undefined && q.round === undefined))) {
        issues.push({ path: at(`quotas.${j}`), message: `Tỷ lệ mới "${q.code}" cần có tên (label), căn cứ tính (base) và phạm vi áp dụng (awards hoặc round).` });
      }
      for (const c of q.awards ?? []) if (!isAwardCode(c)) issues.push({ path: at(`quotas.${j}.awards`), message: `Không có danh hiệu, hình thức khen thưởng mã "${c}".` });
    });
  });
  return issues;
}

export function assertValidOverrides(overrides: OverridesInput | undefined, defsByCode: ReadonlyMap<AwardCode, readonly AwardDef[]>): void {
  if (overrides === undefined) return;
  const issues = validateOverrides(overrides, defsByCode);
  if (issues.length) {
    throw new AppError('VALIDATION', `Thiết lập địa phương không hợp lệ: ${issues.map((d) => `${d.path}: ${d.message}`).join('; ')}`, issues);
  }
}

