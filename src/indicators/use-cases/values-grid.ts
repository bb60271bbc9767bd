import type { Ctx } from '../../app/context';
import { authorize } from '../../access/authorize';
import { AppError, notFound } from '../../shared/errors';
import type { GridQuery, GridResponse } from '../../shared/api/indicators';
import { validOn } from '../../org/org-queries';
import { parsePeriodKey, periodsOfYear } from '../domain/period-key';
import { VALUE_KIND_LABELS } from '../domain/indicator-def';
import { validateColumn } from '../domain/validate-cells';
import { coveringLocks, toLockView } from '../value-locks';
import { findIndicatorSet } from './manage-sets';
import { mayWriteMany } from './save-values';
import { setRules } from './set-rules';

interface Column {
  unitId: string;
  unitName: string;
  periodKey: string;
  label: string;
}

/** Columns of the grid: the unit and the units right below it in one period, or one unit over the periods of a year. */
async function columnsFor(ctx: Ctx, q: GridQuery): Promise<Column[]> {
  const unit = await ctx.db.selectFrom('org_unit').select(['id', 'name']).where('id', '=', q.unitId).executeTakeFirst();
  if (!unit) throw notFound('Đơn vị');
  if (q.layout === 'periods') {
    if (!q.year) throw new AppError('VALIDATION', 'Chọn năm để nhập theo kỳ.', [{ path: 'year', message: 'Chọn năm.' }]);
    return periodsOfYear(q.year, q.grain ?? 'quarter').map((k) => ({ unitId: unit.id, unitName: unit.name, periodKey: k, label: parsePeriodKey(k)!.label }));
  }
  const period = q.period ? parsePeriodKey(q.period) : null;
  if (!period) throw new AppError('VALIDATION', 'Chọn kỳ báo cáo.', [{ path: 'period', message: 'Chọn kỳ.' }]);
  const day = period.to < ctx.today ? period.to : ctx.today;
  const children = await ctx.db
    .selectFrom('org_parent as p')
    .innerJoin('org_unit as u', 'u.id', 'p.child_id')
    .select(['u.id', 'u.name'])
    .where('p.parent_id', '=', unit.id)
    .where(validOn('p', day))
    .orderBy('u.kind')
    .orderBy('u.name')
    .execute();
  return [unit, ...children].map((u) => ({ unitId: u.id, unitName: u.name, periodKey: period.key, label: u.name }));
}

export async function getValuesGrid(ctx: Ctx, q: GridQuery): Promise<GridResponse> {
  await authorize(ctx, 'indicator.read', { unitId: null, mode: 'read' });
  const set = await findIndicatorSet(ctx.db, q.setId);
  if (!set) throw notFound('Bộ chỉ tiêu');
  const columns = await columnsFor(ctx, q);
  const ids = set.items.map((i) => i.indicator.id);
  const rows = ids.length
    ? await ctx.db
        .selectFrom('indicator_value')
        .select(['indicator_id', 'unit_id', 'period_key', 'value', 'version', 'source', 'updated_by_name', 'updated_at'])
        .where('kind', '=', q.kind)
        .where('indicator_id', 'in', ids)
        .where('unit_id', 'in', [...new Set(columns.map((c) => c.unitId))])
        .where('period_key', 'in', [...new Set(columns.map((c) => c.periodKey))])
        .execute()
    : [];
  const key = (u: string, p: string) => `${u}|${p}`;
  const locks = await coveringLocks(ctx.db, columns.map((c) => ({ unitId: c.unitId, periodKey: c.periodKey })));
  const { ranges, rules } = await setRules(ctx.db, set.id, ids);
  const byColumn = new Map<string, Map<string, number | null>>(columns.map((c) => [key(c.unitId, c.periodKey), new Map()]));
  for (const r of rows) byColumn.get(key(r.unit_id, r.period_key))?.set(r.indicator_id, Number(r.value));
  const writable = await mayWriteMany(ctx, columns.map((c) => ({ unitId: c.unitId, periodTo: parsePeriodKey(c.periodKey)!.to })));
  return {
    set: { id: set.id, name: set.name },
    kind: q.kind,
    kindLabel: VALUE_KIND_LABELS[q.kind],
    rows: set.items,
    columns: columns.map((c, i) => {
      const lock = locks.get(key(c.unitId, c.periodKey));
      return { key: key(c.unitId, c.periodKey), unit: { id: c.unitId, name: c.unitName }, periodKey: c.periodKey, label: c.label, writable: writable[i]! && !lock, lock: lock ? toLockView(lock) : null };
    }),
    cells: rows.map((r) => ({
      indicatorId: r.indicator_id,
      column: key(r.unit_id, r.period_key),
      value: Number(r.value),
      version: r.version,
      source: r.source,
      updatedBy: r.updated_by_name,
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
    // Only columns someone started filling are judged; an untouched unit is "not reported", not "wrong".
    issues: columns.flatMap((c) => {
      const vals = byColumn.get(key(c.unitId, c.periodKey))!;
      return vals.size ? validateColumn(key(c.unitId, c.periodKey), vals, ranges, rules) : [];
    }),
  };
}
