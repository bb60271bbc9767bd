import { formatViNumber } from '../../../../src/indicators/domain/vi-number';
import type { IndicatorView, ValueKindName } from '../../api/indicators';

export type CompareOp = '>=' | '>' | '<=' | '<' | '=';
export type Severity = 'error' | 'warning';
export type Aggregation = IndicatorView['aggregation'];

/** The labels users know from their report forms (shorter than "Kế hoạch (chỉ tiêu)" on the server). */
export const KIND_OPTIONS: { value: ValueKindName; label: string }[] = [
  { value: 'actual', label: 'Thực hiện' },
  { value: 'target', label: 'Kế hoạch' },
  { value: 'estimate', label: 'Ước thực hiện' },
];

export const OP_OPTIONS: { value: CompareOp; label: string }[] = [
  { value: '>=', label: '≥' },
  { value: '>', label: '>' },
  { value: '<=', label: '≤' },
  { value: '<', label: '<' },
  { value: '=', label: '=' },
];
export const opLabel = (op: CompareOp) => OP_OPTIONS.find((o) => o.value === op)?.label ?? op;

export const SEVERITY_OPTIONS: { value: Severity; label: string }[] = [
  { value: 'error', label: 'Lỗi (không cho lưu)' },
  { value: 'warning', label: 'Cảnh báo (lưu khi xác nhận)' },
];
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo' };

export const AGGREGATION_OPTIONS: { value: Aggregation; label: string }[] = [
  { value: 'sum', label: 'Cộng các đơn vị' },
  { value: 'avg', label: 'Bình quân các đơn vị' },
  { value: 'ratio', label: 'Tỷ lệ của hai tổng (tử số/mẫu số)' },
  { value: 'min', label: 'Nhỏ nhất' },
  { value: 'max', label: 'Lớn nhất' },
  { value: 'last', label: 'Số cuối kỳ' },
  { value: 'count', label: 'Đếm số đơn vị đạt điều kiện' },
];

export const DIRECTION_OPTIONS = [
  { value: 'higher' as const, label: 'Càng cao càng tốt' },
  { value: 'lower' as const, label: 'Càng thấp càng tốt' },
];

/** A percentage figure reads "12,5%" whatever the indicator's own decimals. */
export const isPercent = (ind: IndicatorView) => (ind.aggregation === 'ratio' && ind.ratioScale === 100) || ind.unitOfMeasure.trim() === '%';

/** An indicator's figure as the reports print it: ratios with 2 decimals, others with the indicator's decimals. */
export function formatFigure(ind: IndicatorView, v: number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const d = ind.aggregation === 'ratio' ? 2 : ind.decimals;
  return `${formatViNumber(v, d)}${isPercent(ind) ? '%' : ''}`;
}

/** Percentages computed by the server (already × 100). */
export const formatPercent = (v: number | null | undefined, decimals = 1) => (v === null || v === undefined ? '' : `${formatViNumber(v, decimals)}%`);

/** "+1.234" / "−56" so a fall is visible without colour. */
export function formatSigned(text: string, v: number): string {
  if (v > 0) return `+${text}`;
  if (v < 0) return text.replace(/^-/, '−');
  return text;
}

/** Whether a change is good news for this indicator (direction-aware colouring). */
export function isImprovement(ind: IndicatorView, change: number): boolean | null {
  if (change === 0) return null;
  return ind.direction === 'higher' ? change > 0 : change < 0;
}
