import type { AggregationKind, CompareOp, ValueKind } from '../../db/schema';

export type { AggregationKind, CompareOp, ValueKind };

export interface Condition {
  op: CompareOp;
  value: number;
}

/** What the roll-up needs to know about an indicator. */
export interface IndicatorDef {
  id: string;
  code: string;
  name: string;
  decimals: number;
  direction: 'higher' | 'lower';
  aggregation: AggregationKind;
  numeratorId: string | null;
  denominatorId: string | null;
  /** 100 for a percentage, 1 for a plain ratio. */
  ratioScale: number;
  condition: Condition | null;
}

export const AGGREGATION_LABELS: Record<AggregationKind, string> = {
  sum: 'Cộng các đơn vị',
  avg: 'Bình quân các đơn vị',
  ratio: 'Tỷ lệ của hai tổng (tử số/mẫu số)',
  min: 'Nhỏ nhất',
  max: 'Lớn nhất',
  last: 'Số cuối kỳ (cộng các đơn vị, lấy kỳ gần nhất)',
  count: 'Đếm số đơn vị đạt điều kiện',
};

export const DIRECTION_LABELS = { higher: 'Càng cao càng tốt', lower: 'Càng thấp càng tốt' } as const;

export const VALUE_KIND_LABELS: Record<ValueKind, string> = { target: 'Kế hoạch (chỉ tiêu)', actual: 'Thực hiện', estimate: 'Ước thực hiện' };

export const OP_LABELS: Record<CompareOp, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

export function compare(a: number, op: CompareOp, b: number): boolean {
  switch (op) {
    case '>=':
      return a >= b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '<':
      return a < b;
    case '=':
      return Math.abs(a - b) < 1e-9;
  }
}

/**
 * Indicators in an order where a ratio comes after its numerator and denominator;
 * throws on a ratio that (indirectly) divides by itself.
 */
export function dependencyOrder(defs: readonly IndicatorDef[]): IndicatorDef[] {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const out: IndicatorDef[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (d: IndicatorDef, path: string[]) => {
    const s = state.get(d.id);
    if (s === 'done') return;
    if (s === 'visiting') throw new Error(`Chỉ tiêu tỷ lệ tham chiếu vòng: ${[...path, d.code].join(' → ')}`);
    state.set(d.id, 'visiting');
    for (const dep of [d.numeratorId, d.denominatorId]) {
      const dd = dep ? byId.get(dep) : undefined;
      if (dd) visit(dd, [...path, d.code]);
    }
    state.set(d.id, 'done');
    out.push(d);
  };
  for (const d of defs) visit(d, []);
  return out;
}

/** Definition rules the database cannot express; Vietnamese messages keyed by field. */
export function checkDefinition(d: Omit<IndicatorDef, 'id'> & { minValue: number | null; maxValue: number | null }): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (d.aggregation === 'ratio') {
    if (!d.numeratorId) issues.push({ path: 'numeratorId', message: 'Chỉ tiêu tỷ lệ cần chỉ tiêu tử số.' });
    if (!d.denominatorId) issues.push({ path: 'denominatorId', message: 'Chỉ tiêu tỷ lệ cần chỉ tiêu mẫu số.' });
    if (d.numeratorId && d.numeratorId === d.denominatorId) issues.push({ path: 'denominatorId', message: 'Tử số và mẫu số phải là hai chỉ tiêu khác nhau.' });
    if (!(d.ratioScale > 0)) issues.push({ path: 'ratioScale', message: 'Hệ số nhân của tỷ lệ phải lớn hơn 0 (100 cho phần trăm).' });
  } else if (d.numeratorId || d.denominatorId) {
    issues.push({ path: 'aggregation', message: 'Chỉ chỉ tiêu tỷ lệ mới có tử số và mẫu số.' });
  }
  if (d.aggregation === 'count' && !d.condition) issues.push({ path: 'condition', message: 'Chỉ tiêu đếm số đơn vị cần điều kiện đạt (ví dụ ≥ 1).' });
  if (d.minValue !== null && d.maxValue !== null && d.minValue > d.maxValue) issues.push({ path: 'maxValue', message: 'Giá trị tối đa phải không nhỏ hơn giá trị tối thiểu.' });
  return issues;
}
