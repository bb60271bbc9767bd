/**
 * Shapes of the catalogue data and the small builders the data files use. Every piece that can
 * change with a decree carries its own validity (inclusive ISO dates, null = open), so the
 * catalogue of any day is a pure selection.
 */
import type { AwardKind, AwardLevel, ParamValue, Subject } from '../types';
import type { AuthorityCode, AwardCode, AwardGroup } from './codes';

export interface Dated {
  validFrom: string | null;
  validTo: string | null;
}

export const LAW_2022_FROM = '2024-01-01';
export const ND152_FROM = '2025-07-01';
export const ND98_TO = '2025-06-30';
/** NĐ 129/2025 moved the district chairs' award powers to the communes on this day. */
export const DISTRICT_LEVEL_TO = '2025-06-30';

export const LAW = 'Luật TĐKT 2022';
export const LAW_FULL = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
export const ND98 = 'Nghị định 98/2023/NĐ-CP';
export const ND152 = 'Nghị định 152/2025/NĐ-CP';
export const ND129 = 'Nghị định 129/2025/NĐ-CP';

export const inForce = (d: Dated, date: string): boolean =>
  (d.validFrom === null || d.validFrom <= date) && (d.validTo === null || date <= d.validTo);

export interface DeciderDef extends Dated {
  authority: AuthorityCode;
  citation: string;
}

export interface BonusDef extends Dated {
  subject: Subject;
  /** Multiple of the base salary (mức lương cơ sở); null when no figure is known. */
  multiplier: number | null;
  localSetting: boolean;
  citation: string;
  note?: string;
}

export interface ItemDef {
  value: string | null;
  localSetting: boolean;
  note?: string;
}

export interface ParamDef {
  label: string;
  value: ParamValue;
  localSetting: boolean;
  overridable: boolean;
  note?: string;
}

export interface AwardDef extends Dated {
  code: AwardCode;
  name: string;
  kind: AwardKind;
  level: AwardLevel;
  group: AwardGroup;
  subjects: Subject[];
  /** Counted as "khen thưởng cấp Nhà nước" (decided by the President or the Prime Minister). */
  stateLevel: boolean;
  citation: string;
  deciders: DeciderDef[];
  physicalItem: ItemDef;
  bonus: BonusDef[];
  params?: Record<string, ParamDef>;
  /** Where the law lets ministries and provinces set their own criteria for this award. */
  delegatesCriteria?: string;
  note?: string;
}

// ---- builders -------------------------------------------------------------------------------

export const always: Dated = { validFrom: LAW_2022_FROM, validTo: null };
const nd98Period: Dated = { validFrom: LAW_2022_FROM, validTo: ND98_TO };
const nd152Period: Dated = { validFrom: ND152_FROM, validTo: null };

export const decider = (authority: AuthorityCode, citation: string, dated: Dated = always): DeciderDef => ({ authority, citation, ...dated });

/** District chairs decide until 30/6/2025; commune chairs take over the same awards from 1/7/2025. */
export const districtThenCommune = (k2Citation = 'Điều 80 khoản 2 Luật TĐKT 2022'): DeciderDef[] => [
  decider('chu_tich_ubnd_huyen', k2Citation, { validFrom: LAW_2022_FROM, validTo: DISTRICT_LEVEL_TO }),
  decider('chu_tich_ubnd_xa', `${ND129} (phân cấp cho cấp xã từ 01/7/2025)`, { validFrom: ND152_FROM, validTo: null }),
];

const ND98_BONUS_NOTE = 'Hệ số theo Nghị định 98/2023/NĐ-CP chưa được đối chiếu; mặc định lấy bằng hệ số của Nghị định 152/2025/NĐ-CP.';
const UNKNOWN_BONUS_NOTE = 'Chưa có hệ số tiền thưởng được xác nhận từ văn bản; địa phương nhập theo văn bản hiện hành.';

/**
 * A multiplier confirmed for NĐ 152/2025 (from 1/7/2025); the NĐ 98/2023 period keeps it as a local
 * setting because the earlier figure was not checked.
 */
export function bonusNd152(subject: Subject, multiplier: number): BonusDef[] {
  return [
    { subject, multiplier, localSetting: true, citation: ND98, note: ND98_BONUS_NOTE, ...nd98Period },
    { subject, multiplier, localSetting: false, citation: `${ND152} (mức tiền thưởng)`, ...nd152Period },
  ];
}

/** A multiplier nobody confirmed: a local setting for the whole life of the Luật, with an optional default. */
export function bonusUnknown(subject: Subject, multiplier: number | null = null, note = UNKNOWN_BONUS_NOTE): BonusDef[] {
  return [{ subject, multiplier, localSetting: true, citation: `${ND98}; ${ND152}`, note, ...always }];
}

export const item = (value: string): ItemDef => ({ value, localSetting: false });
export const itemUnconfirmed = (value: string | null): ItemDef => ({
  value,
  localSetting: true,
  note: 'Hiện vật kèm theo chưa được đối chiếu với văn bản; giá trị là mặc định.',
});

export const lawParam = (label: string, value: ParamValue, note?: string): ParamDef => ({ label, value, localSetting: false, overridable: false, ...(note ? { note } : {}) });
export const localParam = (label: string, value: ParamValue, note: string): ParamDef => ({ label, value, localSetting: true, overridable: true, note });
