import { formatViNumber } from '../../indicators/domain/vi-number';
import type { CellValue, OfficialColumn } from './model';

export type CellAlign = 'left' | 'right' | 'center';

/**
 * Column widths in twips that add up to exactly `total`: given percentages are honoured (scaled
 * down together if they exceed 100), the other columns share the rest equally.
 */
export function columnWidths(columns: readonly Pick<OfficialColumn, 'widthPct'>[], total: number): number[] {
  if (columns.length === 0) return [];
  const given = columns.map((c) => (c.widthPct !== undefined && Number.isFinite(c.widthPct) && c.widthPct > 0 ? c.widthPct : null));
  const free = given.filter((g) => g === null).length;
  let sumGiven = given.reduce<number>((s, g) => s + (g ?? 0), 0);
  // Columns without a percentage still need room: keep at least half a share each for them.
  const reserve = free > 0 ? Math.min(50, (free * 100) / columns.length / 2) : 0;
  const scale = sumGiven > 100 - reserve ? (100 - reserve) / sumGiven : 1;
  sumGiven *= scale;
  const freeShare = free > 0 ? (100 - sumGiven) / free : 0;
  const pct = given.map((g) => (g === null ? freeShare : g * scale));
  const pctTotal = pct.reduce((s, p) => s + p, 0);
  const widths = pct.map((p) => Math.floor((p / pctTotal) * total));
  // Rounding leftovers go to the widest column, where a few twips are invisible.
  const rest = total - widths.reduce((s, w) => s + w, 0);
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + rest;
  return widths;
}

/** Numbers are written the Vietnamese way (1.234.567,5); empty cells stay empty. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatViNumber(value);
  return value;
}

export function cellAlign(column: Pick<OfficialColumn, 'align'> | undefined, value: CellValue): CellAlign {
  if (column?.align) return column.align;
  return typeof value === 'number' ? 'right' : 'left';
}

/** Smaller type for wider tables, so a landscape appendix with many columns still fits. */
export function tableFontSizePt(columnCount: number): number {
  if (columnCount <= 4) return 13;
  if (columnCount <= 8) return 12;
  return 11;
}
