import type { Severity } from '../../db/schema';
import { compare, OP_LABELS, type CompareOp } from './indicator-def';
import { formatViNumber } from './vi-number';

export interface RangeRule {
  indicatorId: string;
  name: string;
  decimals: number;
  min: number | null;
  max: number | null;
  severity: Severity;
  required: boolean;
}

export interface CrossRule {
  left: { id: string; name: string };
  op: CompareOp;
  right: { id: string; name: string };
  severity: Severity;
  message: string | null;
}

export interface CellIssue {
  indicatorId: string;
  /** The column (a unit, or a period of one unit) the issue is about. */
  column: string;
  severity: Severity;
  message: string;
  /** The indicators whose figures the issue is about (empty: the column as a whole). */
  involves: string[];
}

/**
 * Checks one column of a grid (one unit in one period) as it would be after saving:
 * ranges, required figures and cross-indicator rules such as "hộ nghèo ≤ tổng số hộ".
 */
export function validateColumn(column: string, values: ReadonlyMap<string, number | null>, ranges: readonly RangeRule[], rules: readonly CrossRule[]): CellIssue[] {
  const issues: CellIssue[] = [];
  for (const r of ranges) {
    const v = values.get(r.indicatorId) ?? null;
    if (v === null) {
      if (r.required) issues.push({ indicatorId: r.indicatorId, column, severity: 'warning', message: `Chưa nhập "${r.name}" (chỉ tiêu bắt buộc).`, involves: [] });
      continue;
    }
    const f = (x: number) => formatViNumber(x, undefined);
    if (r.min !== null && v < r.min) issues.push({ indicatorId: r.indicatorId, column, severity: r.severity, message: `"${r.name}" = ${f(v)} nhỏ hơn mức tối thiểu ${f(r.min)}.`, involves: [r.indicatorId] });
    if (r.max !== null && v > r.max) issues.push({ indicatorId: r.indicatorId, column, severity: r.severity, message: `"${r.name}" = ${f(v)} vượt mức tối đa ${f(r.max)}.`, involves: [r.indicatorId] });
  }
  for (const rule of rules) {
    const a = values.get(rule.left.id) ?? null;
    const b = values.get(rule.right.id) ?? null;
    if (a === null || b === null || compare(a, rule.op, b)) continue;
    issues.push({
      indicatorId: rule.left.id,
      column,
      severity: rule.severity,
      message: rule.message?.trim() || `"${rule.left.name}" (${formatViNumber(a)}) phải ${OP_LABELS[rule.op]} "${rule.right.name}" (${formatViNumber(b)}).`,
      involves: [rule.left.id, rule.right.id],
    });
  }
  return issues;
}
