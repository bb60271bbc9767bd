/**
 * Who decides an award, as tiers of the administrative ladder, and what that means for the body that
 * received a dossier: decide it here, send it on to the level above, or note that a lower level
 * decides it itself (Luật TĐKT 2022 Điều 78–80; NĐ 129/2025 moved the district powers to communes).
 */
import type { AuthorityCode } from '../../domain/catalogue';
import type { ResolvedAward } from '../../domain/catalogue';

export const TIERS = ['co_so', 'xa', 'huyen', 'tinh', 'trung_uong'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_NAMES: Record<Tier, string> = {
  co_so: 'thủ trưởng cơ quan, đơn vị',
  xa: 'cấp xã',
  huyen: 'cấp huyện',
  tinh: 'cấp tỉnh',
  trung_uong: 'Trung ương',
};

const AUTHORITY_TIER: Record<AuthorityCode, Tier> = {
  thu_truong_don_vi: 'co_so',
  giam_doc_doanh_nghiep: 'co_so',
  chu_tich_hdqt_hdtv: 'co_so',
  chi_huy_llvt: 'co_so',
  chu_tich_ubnd_xa: 'xa',
  chu_tich_ubnd_huyen: 'huyen',
  chu_tich_ubnd_tinh: 'tinh',
  bo_truong: 'tinh',
  thu_tuong: 'trung_uong',
  chu_tich_nuoc: 'trung_uong',
};

export type UnitKind = 'national' | 'province' | 'district' | 'commune' | 'agency';
const UNIT_TIER: Record<UnitKind, Tier> = { national: 'trung_uong', province: 'tinh', district: 'huyen', commune: 'xa', agency: 'co_so' };

export const tierOfUnit = (kind: UnitKind): Tier => UNIT_TIER[kind];
const rank = (t: Tier) => TIERS.indexOf(t);

export type Routing =
  /** The receiving body's head (or council) decides. */
  | { kind: 'decide_here'; deciders: string[] }
  /** Above the receiving body: it appraises, then forwards to the level above. */
  | { kind: 'forward'; deciders: string[] }
  /** Below the receiving body: the proposing level decides it itself. */
  | { kind: 'lower_level'; deciders: string[] }
  /** No authority in force for the award on that day. */
  | { kind: 'none'; deciders: [] };

export function routeAward(award: Pick<ResolvedAward, 'deciders'>, receiving: UnitKind): Routing {
  if (award.deciders.length === 0) return { kind: 'none', deciders: [] };
  const deciders = award.deciders.map((d) => d.name);
  const tiers = award.deciders.map((d) => AUTHORITY_TIER[d.authority]);
  const here = tierOfUnit(receiving);
  if (tiers.includes(here)) return { kind: 'decide_here', deciders };
  if (tiers.some((t) => rank(t) > rank(here))) return { kind: 'forward', deciders };
  return { kind: 'lower_level', deciders };
}
