import type { AwardRoundKind, AwardSubjectKind, WorkerCategory } from '../../../db/schema';

/** Awards grouped by what the Ministry's tables split them by. */
export interface AwardFact {
  /** The form's code without its grade ("huan_chuong_lao_dong"). */
  family: string;
  kind: AwardSubjectKind;
  worker: WorkerCategory | null;
  round: AwardRoundKind;
  /** Who signed the Tờ trình: a ministry or central body, or a province (its units included). */
  proposer: 'bo_nganh' | 'tinh';
  n: number;
}

export type MovementLauncher = 'trung_uong' | 'bo_tinh' | 'co_quan';
export type MovementReach = 'toan_quoc' | 'dia_phuong' | 'cum_khoi' | 'co_quan';
export type MovementSpan = 'duoi_1_nam' | '1_nam' | '1_den_3_nam' | '3_den_5_nam' | 'tu_5_nam';

export interface MovementFact {
  launcher: MovementLauncher;
  reach: MovementReach;
  span: MovementSpan;
  method: 'chuyen_de' | 'thuong_xuyen';
  n: number;
}

/**
 * How long a movement runs, as biểu 0601 buckets it. Exactly a year (1/1–31/12) is "1 năm"; the
 * form's "từ 1 năm đến dưới 3 năm" then takes what is longer than a year and shorter than three.
 */
export function movementSpan(from: string, to: string): MovementSpan {
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  const start = day(from);
  // The day after the last: 1/1 → 31/12 ends on 1/1 of the next year, exactly twelve months on.
  const end = day(to) + 86_400_000;
  const plusMonths = (k: number) => {
    const d = new Date(start);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, d.getUTCDate());
  };
  if (end < plusMonths(12)) return 'duoi_1_nam';
  if (end === plusMonths(12)) return '1_nam';
  if (end < plusMonths(36)) return '1_den_3_nam';
  if (end < plusMonths(60)) return '3_den_5_nam';
  return 'tu_5_nam';
}

const REACH_ORDER: MovementReach[] = ['toan_quoc', 'dia_phuong', 'cum_khoi', 'co_quan'];

/** A movement addressed to several scopes counts once, under the widest. */
export function widestReach(reaches: MovementReach[], launcher: MovementLauncher): MovementReach {
  for (const r of REACH_ORDER) if (reaches.includes(r)) return r;
  return launcher === 'trung_uong' ? 'toan_quoc' : launcher === 'bo_tinh' ? 'dia_phuong' : 'co_quan';
}
