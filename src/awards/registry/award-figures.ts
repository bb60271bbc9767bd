import type { StatTable } from '../../shared/api/awards-registry';
import { LEVEL_LABELS, formOfCode } from './award-forms';

/** A row of the reports' award list ("Hình thức khen thưởng, cấp, số tập thể, hộ gia đình, cá nhân"). */
export interface AwardFigureRow {
  hinh_thuc: string;
  cap: string;
  so_tap_the: number;
  so_ho_gia_dinh: number;
  so_ca_nhan: number;
}

/**
 * The registry's counts by form as the award list of a report: one row per form (graded forms
 * together, "Huân chương Lao động các hạng"), its level, and the counts by subject kind.
 */
export function awardFigureRows(byForm: StatTable): AwardFigureRow[] {
  const at = (key: string) => byForm.columns.findIndex((c) => c.key === key);
  const [tt, hgd, cn] = [at('tap_the'), at('ho_gia_dinh'), at('ca_nhan')];
  const n = (cells: number[], i: number) => (i < 0 ? 0 : (cells[i] ?? 0));
  return byForm.rows
    .filter((r) => r.total > 0)
    .map((r) => {
      const level = formOfCode(r.key)?.level;
      return { hinh_thuc: r.label, cap: level ? LEVEL_LABELS[level] : '', so_tap_the: n(r.cells, tt), so_ho_gia_dinh: n(r.cells, hgd), so_ca_nhan: n(r.cells, cn) };
    });
}
