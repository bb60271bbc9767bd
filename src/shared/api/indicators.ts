import { z } from 'zod';
import { nonEmpty, queryFlag, ref, uuid } from './common';

export const aggregationKind = z.enum(['sum', 'avg', 'ratio', 'min', 'max', 'last', 'count']);
export const compareOp = z.enum(['>=', '>', '<=', '<', '=']);
export const severity = z.enum(['error', 'warning']);
export const valueKind = z.enum(['target', 'actual', 'estimate']);
export type ValueKindName = z.infer<typeof valueKind>;
export const periodKey = z
  .string()
  .regex(/^\d{4}(-(H1|9M|Q[1-4]|M(0[1-9]|1[0-2])|\d{4}))?$/, { message: 'Kỳ báo cáo không hợp lệ (ví dụ 2023, 2023-H1, 2023-Q3, 2023-M06, 2021-2025).' });

const finite = z.number().finite();

export const indicatorView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  unitOfMeasure: z.string(),
  decimals: z.number().int(),
  direction: z.enum(['higher', 'lower']),
  directionLabel: z.string(),
  aggregation: aggregationKind,
  aggregationLabel: z.string(),
  numerator: ref.nullable(),
  denominator: ref.nullable(),
  ratioScale: z.number(),
  condition: z.object({ op: compareOp, value: z.number() }).nullable(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  rangeSeverity: severity,
  description: z.string().nullable(),
  active: z.boolean(),
  ownerUnit: ref,
  version: z.number().int(),
});
export type IndicatorView = z.infer<typeof indicatorView>;

const indicatorContent = {
  code: nonEmpty('Mã chỉ tiêu', 40).regex(/^[\p{L}\d._-]+$/u, { message: 'Mã chỉ tiêu chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới.' }),
  name: nonEmpty('Tên chỉ tiêu', 500),
  unitOfMeasure: nonEmpty('Đơn vị tính', 50),
  decimals: z.number().int().min(0).max(6),
  direction: z.enum(['higher', 'lower']),
  aggregation: aggregationKind,
  numeratorId: uuid.nullable().optional(),
  denominatorId: uuid.nullable().optional(),
  ratioScale: z.number().positive().optional(),
  condition: z.object({ op: compareOp, value: finite }).nullable().optional(),
  minValue: finite.nullable().optional(),
  maxValue: finite.nullable().optional(),
  rangeSeverity: severity.optional(),
  description: z.string().max(5000).nullable().optional(),
  active: z.boolean().optional(),
};
export const createIndicatorBody = z.object({ ...indicatorContent, ownerUnitId: uuid });
export type CreateIndicatorBody = z.infer<typeof createIndicatorBody>;
export const updateIndicatorBody = z.object(indicatorContent).extend({ version: z.number().int() });
export type UpdateIndicatorBody = z.infer<typeof updateIndicatorBody>;
export const listIndicatorsQuery = z.object({ q: z.string().trim().max(200).optional(), includeInactive: queryFlag.optional() });
export const listIndicatorsResponse = z.object({ items: z.array(indicatorView) });

export const indicatorSetSummary = z.object({ id: z.string(), name: z.string(), ownerUnit: ref, movement: ref.nullable(), indicatorCount: z.number().int(), version: z.number().int() });
export const indicatorRuleView = z.object({ id: z.string(), left: ref, op: compareOp, right: ref, severity, message: z.string().nullable() });
export const indicatorSetDetail = indicatorSetSummary.extend({
  description: z.string().nullable(),
  items: z.array(z.object({ indicator: indicatorView, required: z.boolean() })),
  rules: z.array(indicatorRuleView),
});
export type IndicatorSetDetail = z.infer<typeof indicatorSetDetail>;
const setContent = {
  name: nonEmpty('Tên bộ chỉ tiêu', 500),
  description: z.string().max(5000).nullable().optional(),
  movementId: uuid.nullable().optional(),
  items: z.array(z.object({ indicatorId: uuid, required: z.boolean() })).max(500),
  rules: z.array(z.object({ leftIndicatorId: uuid, op: compareOp, rightIndicatorId: uuid, severity, message: z.string().max(500).nullable().optional() })).max(200),
};
export const createIndicatorSetBody = z.object({ ...setContent, ownerUnitId: uuid });
export type CreateIndicatorSetBody = z.infer<typeof createIndicatorSetBody>;
export const updateIndicatorSetBody = z.object(setContent).extend({ version: z.number().int() });
export type UpdateIndicatorSetBody = z.infer<typeof updateIndicatorSetBody>;
export const listIndicatorSetsQuery = z.object({ movementId: uuid.optional() });
export const listIndicatorSetsResponse = z.object({ items: z.array(indicatorSetSummary) });

// ---- Values grid -------------------------------------------------------------------------

export const lockView = z.object({ id: z.string(), unit: ref, periodKey: z.string(), periodLabel: z.string(), reason: z.string().nullable(), lockedBy: z.string().nullable(), lockedAt: z.string() });
export type LockView = z.infer<typeof lockView>;

export const gridColumn = z.object({
  key: z.string(),
  unit: ref,
  periodKey: z.string(),
  label: z.string(),
  writable: z.boolean(),
  lock: lockView.nullable(),
});
export const gridCell = z.object({
  indicatorId: z.string(),
  column: z.string(),
  value: z.number().nullable(),
  version: z.number().int().nullable(),
  source: z.string().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type GridCell = z.infer<typeof gridCell>;
export const cellIssue = z.object({ indicatorId: z.string(), column: z.string(), severity, message: z.string(), involves: z.array(z.string()) });
export type CellIssueView = z.infer<typeof cellIssue>;

export const gridQuery = z.object({
  setId: uuid,
  unitId: uuid,
  kind: valueKind.default('actual'),
  /** units: the unit and the units right below it for one period; periods: one unit over the periods of a year. */
  layout: z.enum(['units', 'periods']).default('units'),
  period: periodKey.optional(),
  year: z.coerce.number().int().min(1945).max(2200).optional(),
  grain: z.enum(['month', 'quarter', 'half']).optional(),
});
export type GridQuery = z.infer<typeof gridQuery>;
export const gridResponse = z.object({
  set: z.object({ id: z.string(), name: z.string() }),
  kind: valueKind,
  kindLabel: z.string(),
  rows: z.array(z.object({ indicator: indicatorView, required: z.boolean() })),
  columns: z.array(gridColumn),
  cells: z.array(gridCell),
  issues: z.array(cellIssue),
});
export type GridResponse = z.infer<typeof gridResponse>;

export const valueChange = z.object({
  indicatorId: uuid,
  unitId: uuid,
  periodKey,
  /** A number, or the text as typed ("1.234.567,5"); null or "" clears the cell. */
  value: z.union([z.number(), z.string().max(100)]).nullable(),
  /** The version the user saw; null when the cell was empty. */
  version: z.number().int().nullable(),
});
export const saveValuesBody = z.object({
  setId: uuid.optional(),
  kind: valueKind,
  changes: z.array(valueChange).min(1).max(20000),
  source: z.string().max(500).nullable().optional(),
  /** Save despite warnings (errors are never saved). */
  confirmWarnings: z.boolean().optional(),
});
export type SaveValuesBody = z.infer<typeof saveValuesBody>;
export const saveValuesResponse = z.object({ saved: z.number().int(), cells: z.array(gridCell.extend({ unitId: z.string(), periodKey: z.string() })), issues: z.array(cellIssue) });

export const cellHistoryQuery = z.object({ indicatorId: uuid, unitId: uuid, periodKey, kind: valueKind });
export const cellHistoryResponse = z.object({
  items: z.array(z.object({ at: z.string(), actorName: z.string().nullable(), before: z.number().nullable(), after: z.number().nullable(), source: z.string().nullable() })),
});

export const createLockBody = z.object({ unitId: uuid, periodKey, reason: z.string().max(1000).nullable().optional() });
export const listLocksQuery = z.object({ unitId: uuid.optional(), periodKey: periodKey.optional() });
export const listLocksResponse = z.object({ items: z.array(lockView) });

export const importQuery = z.object({ setId: uuid, kind: valueKind.default('actual'), confirm: queryFlag.default(false) });
export const importIssue = z.object({ sheet: z.string(), cell: z.string(), severity, message: z.string() });
export const importResponse = z.object({
  /** Figures read from the file. */
  read: z.number().int(),
  valid: z.number().int(),
  errors: z.array(importIssue),
  warnings: z.array(importIssue),
  /** True when the figures were written (no errors, or confirm=true writing only the valid ones). */
  applied: z.boolean(),
  saved: z.number().int(),
});
export type ImportResponse = z.infer<typeof importResponse>;
export const templateQuery = z.object({ setId: uuid, unitId: uuid, period: periodKey, kind: valueKind.default('actual') });

// ---- Roll-up -----------------------------------------------------------------------------

export const rollupQuery = z
  .object({
    setId: uuid.optional(),
    indicatorIds: z.string().max(8000).optional(),
    unitId: uuid.optional(),
    groupId: uuid.optional(),
    period: periodKey,
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    /** Lay every figure on today's units (merged units under their successors) instead of the tree of the period. */
    restated: queryFlag.optional(),
    agencies: queryFlag.optional(),
  })
  .refine((q) => !!q.unitId !== !!q.groupId, { message: 'Chọn một đơn vị hoặc một cụm, khối.' })
  .refine((q) => !!q.setId || !!q.indicatorIds, { message: 'Chọn bộ chỉ tiêu hoặc các chỉ tiêu.' });
export type RollupQuery = z.infer<typeof rollupQuery>;

const unitFigure = z.object({
  unit: z.object({ id: z.string(), name: z.string(), kind: z.string(), hasChildren: z.boolean() }),
  virtual: z.boolean(),
  own: z.boolean(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  estimate: z.number().nullable(),
  previous: z.number().nullable(),
  percentOfTarget: z.number().nullable(),
  met: z.boolean().nullable(),
});
export type UnitFigureView = z.infer<typeof unitFigure>;
export const rollupRow = z.object({
  indicator: indicatorView,
  value: z.number().nullable(),
  own: z.boolean(),
  target: z.number().nullable(),
  estimate: z.number().nullable(),
  percentOfTarget: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
  changePercent: z.number().nullable(),
  meeting: z.object({ met: z.number(), total: z.number() }).nullable(),
  completeness: z.object({ reported: z.number(), expected: z.number() }).nullable(),
  breakdown: z.array(unitFigure),
});
export type RollupRowView = z.infer<typeof rollupRow>;
export const rollupResponse = z.object({
  root: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  period: z.object({ key: z.string(), label: z.string() }),
  previousPeriod: z.object({ key: z.string(), label: z.string() }),
  treeDate: z.string(),
  restated: z.boolean(),
  rows: z.array(rollupRow),
  /** Figures of units that could not be placed on the tree (e.g. a split commune without a primary successor). */
  unplaced: z.array(z.object({ unit: ref, count: z.number().int() })),
});
export type RollupResponse = z.infer<typeof rollupResponse>;

export const seriesQuery = z
  .object({ indicatorId: uuid, unitId: uuid.optional(), groupId: uuid.optional(), periods: z.string().max(500), restated: queryFlag.optional() })
  .refine((q) => !!q.unitId !== !!q.groupId, { message: 'Chọn một đơn vị hoặc một cụm, khối.' });
export const seriesResponse = z.object({
  indicator: indicatorView,
  points: z.array(z.object({ periodKey: z.string(), label: z.string(), value: z.number().nullable(), target: z.number().nullable() })),
});
