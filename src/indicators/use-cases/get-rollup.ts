import type { Ctx } from '../../app/context';
import { authorize } from '../../access/authorize';
import { AppError, notFound } from '../../shared/errors';
import type { IndicatorView, RollupResponse } from '../../shared/api/indicators';
import { isIsoDate } from '../../shared/vi-date';
import { parsePeriodKey, requirePeriod, samePeriodLastYear } from '../domain/period-key';
import { indexForPeriod, keysToLoad } from '../domain/period-values';
import { rollup } from '../domain/rollup';
import { findIndicators, toDef, withRatioParts } from '../indicator-queries';
import { loadTree, loadValues, successorsOn, unplacedUnits, type LoadedTree } from '../rollup-loader';
import { findIndicatorSet } from './manage-sets';

export interface RollupArgs {
  setId?: string;
  indicatorIds?: string[];
  unitId?: string;
  groupId?: string;
  period: string;
  asOf?: string;
  restated?: boolean;
  agencies?: boolean;
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const clamp = (d: string, lo: string, hi: string) => (d < lo ? lo : d > hi ? hi : d);

async function indicatorsFor(ctx: Ctx, a: RollupArgs): Promise<IndicatorView[]> {
  if (a.setId) {
    const set = await findIndicatorSet(ctx.db, a.setId);
    if (!set) throw notFound('Bộ chỉ tiêu');
    return set.items.map((i) => i.indicator);
  }
  const ids = [...new Set(a.indicatorIds ?? [])];
  const views = await findIndicators(ctx.db, { ids, includeInactive: true });
  if (views.length !== ids.length) throw notFound('Chỉ tiêu');
  return ids.map((id) => views.find((v) => v.id === id)!);
}

/**
 * The tree to roll up: a unit's subtree, or a cluster's members with theirs. By default the tree
 * as it stood at the end of the period (or the viewing date, if earlier); restated, today's tree
 * (or the viewing date's), with members that have since merged replaced by their successors.
 */
async function treeFor(ctx: Ctx, a: RollupArgs, periodTo: string): Promise<{ tree: LoadedTree; day: string }> {
  const asOf = a.asOf ?? ctx.today;
  const day = a.restated ? asOf : minDate(periodTo, asOf);
  if (a.unitId) {
    const u = await ctx.db.selectFrom('org_unit').select(['id', 'name', 'kind']).where('id', '=', a.unitId).executeTakeFirst();
    if (!u) throw notFound('Đơn vị');
    let rootId = u.id;
    if (a.restated) rootId = (await successorsOn(ctx.db, [u.id], day)).get(u.id) ?? u.id;
    const root = rootId === u.id ? u : (await ctx.db.selectFrom('org_unit').select(['id', 'name', 'kind']).where('id', '=', rootId).executeTakeFirstOrThrow());
    return { tree: await loadTree(ctx.db, root.id, root, [root.id], day, !!a.agencies), day };
  }
  const g = await ctx.db.selectFrom('org_group').select(['id', 'name', 'kind', 'valid_from', 'valid_to']).where('id', '=', a.groupId!).executeTakeFirst();
  if (!g) throw notFound('Cụm, khối thi đua');
  const memberDay = clamp(minDate(periodTo, asOf), g.valid_from, g.valid_to);
  const members = await ctx.db
    .selectFrom('org_group_member')
    .select('unit_id')
    .where('group_id', '=', g.id)
    .where('valid_from', '<=', memberDay)
    .where('valid_to', '>=', memberDay)
    .execute();
  let starts = members.map((m) => m.unit_id);
  if (a.restated) {
    const succ = await successorsOn(ctx.db, starts, day);
    starts = [...new Set(starts.map((s) => succ.get(s) ?? s))];
  }
  return { tree: await loadTree(ctx.db, g.id, { id: g.id, name: g.name, kind: g.kind }, starts, day, !!a.agencies), day };
}

export async function getRollup(ctx: Ctx, a: RollupArgs): Promise<RollupResponse> {
  await authorize(ctx, 'indicator.read', { unitId: null, mode: 'read' });
  if (a.asOf && !isIsoDate(a.asOf)) throw new AppError('VALIDATION', 'Ngày xem không hợp lệ.', [{ path: 'asOf', message: 'Chọn ngày.' }]);
  const period = parsePeriodKey(a.period);
  if (!period) throw new AppError('VALIDATION', `Kỳ báo cáo "${a.period}" không hợp lệ.`, [{ path: 'period', message: 'Chọn kỳ.' }]);
  const shown = await indicatorsFor(ctx, a);
  const all = await withRatioParts(ctx.db, shown);
  const defs = all.map(toDef);
  const prevKey = samePeriodLastYear(period.key);
  const { tree, day } = await treeFor(ctx, a, period.to);
  const unitIds = [...tree.units.keys()];
  const ids = defs.map((d) => d.id);
  // Sub-period figures are only read for end-of-period indicators; loading them for all would multiply the rows.
  const lastIds = defs.filter((d) => d.aggregation === 'last').map((d) => d.id);
  const load = async (key: string) => [
    ...(await loadValues(ctx.db, ids, unitIds, [key])),
    ...(lastIds.length ? await loadValues(ctx.db, lastIds, unitIds, keysToLoad(key, defs).slice(1)) : []),
  ];
  const [cur, prev] = await Promise.all([load(period.key), load(prevKey)]);
  const result = rollup({ tree, indicators: defs, values: indexForPeriod(cur, period.key, defs), previousValues: indexForPeriod(prev, prevKey, defs) });
  const byId = new Map(result.at(tree.root).map((r) => [r.indicatorId, r]));
  const unitRef = (id: string) => {
    const u = tree.units.get(id)!;
    return { id, name: u.name, kind: u.kind, hasChildren: (tree.children.get(id)?.length ?? 0) > 0 };
  };
  const root = tree.units.get(tree.root)!;
  return {
    root: { id: root.id, name: root.name, kind: root.kind },
    period: { key: period.key, label: period.label },
    previousPeriod: { key: prevKey, label: requirePeriod(prevKey).label },
    treeDate: day,
    restated: !!a.restated,
    rows: shown.map((indicator) => {
      const r = byId.get(indicator.id)!;
      const { unitId: _u, indicatorId: _i, virtual: _v, breakdown, ...fig } = r;
      return { indicator, ...fig, breakdown: breakdown.map(({ unitId, ...b }) => ({ unit: unitRef(unitId), ...b })) };
    }),
    unplaced: await unplacedUnits(ctx.db, new Set(unitIds), keysToLoad(period.key, defs), ids),
  };
}

export async function getSeries(ctx: Ctx, a: { indicatorId: string; unitId?: string; groupId?: string; periods: string[]; restated?: boolean }) {
  const points = [];
  let indicator: IndicatorView | undefined;
  for (const p of a.periods.slice(0, 20)) {
    const r = await getRollup(ctx, { indicatorIds: [a.indicatorId], unitId: a.unitId, groupId: a.groupId, period: p, restated: a.restated });
    const row = r.rows[0]!;
    indicator = row.indicator;
    points.push({ periodKey: p, label: r.period.label, value: row.value, target: row.target });
  }
  if (!indicator) throw new AppError('VALIDATION', 'Chọn ít nhất một kỳ.', [{ path: 'periods', message: 'Chọn kỳ.' }]);
  return { indicator, points };
}
