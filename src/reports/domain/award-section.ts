import type { AwardFigureRow as AwardCounts } from '../../awards/registry/award-figures';
import type { ListColumn } from './outline';

export type ListRowValues = Record<string, string | number | null>;

/** A list section that asks for award figures: a "hình thức khen thưởng" column and counts. */
export function isAwardList(columns: readonly ListColumn[] | undefined): boolean {
  return !!columns?.some((c) => c.key === 'hinh_thuc') && columns.some((c) => c.type === 'number');
}

/**
 * The registry's rows in the columns this outline asked for: outlines differ ("số tập thể, số cá
 * nhân", or only "số trường hợp"), so each known column is filled and any other is left empty.
 */
export function fitAwardRows(rows: readonly AwardCounts[], columns: readonly ListColumn[]): ListRowValues[] {
  const value = (r: AwardCounts, key: string): string | number | null => {
    switch (key) {
      case 'hinh_thuc':
        return r.hinh_thuc;
      case 'cap':
        return r.cap;
      case 'so_tap_the':
        return r.so_tap_the;
      case 'so_ho_gia_dinh':
        return r.so_ho_gia_dinh;
      case 'so_ca_nhan':
        return r.so_ca_nhan;
      case 'so_truong_hop':
      case 'so_luong':
      case 'tong_so':
        return r.so_tap_the + r.so_ho_gia_dinh + r.so_ca_nhan;
      default:
        return null;
    }
  };
  return rows.map((r) => Object.fromEntries(columns.map((c) => [c.key, value(r, c.key)])));
}
