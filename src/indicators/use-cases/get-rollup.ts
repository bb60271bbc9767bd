import type { Ctx } from '../../app/context';
import { authorize } from '../../access/authorize';
import { AppError, notFound } from '../../shared/errors';
import type { IndicatorView, RollupResponse } from '../../shared/api/indicators';
import { isIsoDate } from '../../shared/vi-date';
import { parsePeriodKey, requirePeriod, samePeriodLastYear, type ReportPeriod } from '../domain/period-key';
import { indexForPeriod, keysToLoad } from '../domain/period-values';
import type { IndicatorDef } from '../domain/indicator-def';
import { rollup, type RollupResult } from '../domain/rollup';
import { findIndicators, toDef, withRatioParts } from '../indicator-queries';
import { loadTree, loadValues, loadValuesOfUnits, successorsOn, unplacedUnits, type LoadedTree } from '../rollup-loader';
import { placeBelowTop, summarizeBelowTop, unitsWithFigures } from '../rollup-sql';
import { cachedTree } from '../rollup-tree-cache';
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

/**
 * How the figures below the top units are computed: 'sql' aggregates them in the database (see
 * rollup-sql.ts), 'exact' loads every figure of the tree and runs the engine over all of it.
 * Both give the same numbers; 'exact' is kept as the reference (tests compare the two) and for
 * trees where a merged unit hangs under two successors.
 */
export type RollupPath = 'sql' | 'exact';

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
    const tree = await cachedTree(ctx.db, { rootId: root.id, starts: [root.id], day, agencies: !!a.agencies }, () => loadTree(ctx.db, root.id, root, [root.id], day, !!a.agencies));
    return { tree, day };
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
  const rootUnit = { id: g.id, name: g.name, kind: g.kind };
  const tree = await cachedTree(ctx.db, { rootId: g.id, starts, day, agencies: !!a.agencies }, () => loadTree(ctx.db, g.id, rootUnit, starts, day, !!a.agencies));
  return { tree, day };
}

function parsePeriod(a: { period: string; asOf?: string }): ReportPeriod {
  if (a.asOf && !isIsoDate(a.asOf)) throw new AppError('VALIDATION', 'Ngày xem không hợp lệ.', [{ path: 'asOf', message: 'Chọn ngày.' }]);
  const period = parsePeriodKey(a.period);
  if (!period) throw new AppError('VALIDATION', `Kỳ báo cáo "${a.period}" không hợp lệ.`, [{ path: 'period', message: 'Chọn kỳ.' }]);
  return period;
}

interface Computed {
  tree: LoadedTree;
  day: string;
  period: ReportPeriod;
  prevKey: string;
  result: RollupResult;
}

/**
 * The roll-up of the indicators (with their ratio parts) at the root of the tree, for each period.
 * Periods whose tree is the same (the tree cache hands out one object per tree) share the reads
 * that do not depend on the period.
 */
async function compute(ctx: Ctx, a: RollupArgs, periods: ReportPeriod[], defs: IndicatorDef[], path: RollupPath): Promise<Computed[]> {
  const ids = defs.map((d) => d.id);
  // Sub-period figures are only read for end-of-period indicators; loading them for all would multiply the rows.
  const lastIds = defs.filter((d) => d.aggregation === 'last').map((d) => d.id);
  const load = async (unitIds: string[], keys: readonly string[], subKeys: readonly string[], read = loadValues) => [
    ...(await read(ctx.db, ids, unitIds, [...keys])),
    ...(lastIds.length && subKeys.length ? await read(ctx.db, lastIds, unitIds, [...subKeys]) : []),
  ];
  const items = [];
  for (const period of periods) {
    const prevKey = samePeriodLastYear(period.key);
    const { tree, day } = await treeFor(ctx, { ...a, period: period.key }, period.to);
    items.push({ period, prevKey, tree, day, keys: { current: keysToLoad(period.key, defs), previous: keysToLoad(prevKey, defs) } });
  }
  const out: Computed[] = [];
  const byTree = new Map<LoadedTree, typeof items>();
  for (const it of items) byTree.set(it.tree, [...(byTree.get(it.tree) ?? []), it]);
  for (const [tree, group] of byTree) {
    const placed = path === 'sql' ? placeBelowTop(tree) : null;
    if (!placed) {
      const unitIds = [...tree.units.keys()];
      for (const { period, prevKey, day, keys } of group) {
        const [cur, prev] = await Promise.all([load(unitIds, keys.current.slice(0, 1), keys.current.slice(1)), load(unitIds, keys.previous.slice(0, 1), keys.previous.slice(1))]);
        const result = rollup({ tree, indicators: defs, values: indexForPeriod(cur, period.key, defs), previousValues: indexForPeriod(prev, prevKey, defs) });
        out.push({ tree, day, prevKey, period, result });
      }
      continue;
    }
    // Own figures are read only for the root, the units right below it and the old units that may
    // shadow others; everything below the top units is aggregated in SQL (rollup-sql.ts).
    const near = new Set<string>([tree.root, ...(tree.children.get(tree.root) ?? [])]);
    for (const above of tree.shadowedBy.values()) for (const id of above) near.add(id);
    const unique = (xs: string[]) => [...new Set(xs)];
    const keys = unique(group.flatMap((g) => [g.keys.current[0]!, g.keys.previous[0]!]));
    const subKeys = unique(group.flatMap((g) => [...g.keys.current.slice(1), ...g.keys.previous.slice(1)]));
    const [rows, reporting] = await Promise.all([load([...near], keys, subKeys, loadValuesOfUnits), unitsWithFigures(ctx.db, [...placed.keys()], [...keys, ...subKeys])]);
    for (const { period, prevKey, day, keys } of group) {
      const values = indexForPeriod(rows, period.key, defs);
      const previousValues = indexForPeriod(rows, prevKey, defs);
      const summarized = await summarizeBelowTop(ctx.db, { tree, placed, defs, keys, values, previousValues, reporting });
      out.push({ tree, day, prevKey, period, result: rollup({ tree, indicators: defs, values, previousValues, summarized }) });
    }
  }
  return periods.map((p) => out.find((c) => c.period === p)!);
}

export async function getRollup(ctx: Ctx, a: RollupArgs, path: RollupPath = 'sql'): Promise<RollupResponse> {
  await authorize(ctx, 'indicator.read', { unitId: null, mode: 'read' });
  const period = parsePeriod(a);
  const shown = await indicatorsFor(ctx, a);
  const defs = (await withRatioParts(ctx.db, shown)).map(toDef);
  const [{ tree, day, prevKey, result }] = (await compute(ctx, a, [period], defs, path)) as [Computed];
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
    unplaced: await unplacedUnits(ctx.db, new Set(tree.units.keys()), keysToLoad(period.key, defs), defs.map((d) => d.id)),
  };
}

/** One indicator over several periods: the indicator and the tree (while it does not change) are read once. */
export async function getSeries(ctx: Ctx, a: { indicatorId: string; unitId?: string; groupId?: string; periods: string[]; restated?: boolean }, path: RollupPath = 'sql') {
  const periods = a.periods.slice(0, 20);
  if (!periods.length) throw new AppError('VALIDATION', 'Chọn ít nhất một kỳ.', [{ path: 'periods', message: 'Chọn kỳ.' }]);
  // Checked in the order the answer for one period checks them.
  await authorize(ctx, 'indicator.read', { unitId: null, mode: 'read' });
  const args: RollupArgs = { indicatorIds: [a.indicatorId], unitId: a.unitId, groupId: a.groupId, period: periods[0]!, restated: a.restated };
  const first = parsePeriod(args);
  const [indicator] = await indicatorsFor(ctx, args);
  const defs = (await withRatioParts(ctx.db, [indicator!])).map(toDef);
  const parsed = [first, ...periods.slice(1).map((key) => parsePeriod({ period: key }))];
  const points = (await compute(ctx, args, parsed, defs, path)).map(({ tree, period, result }) => {
    const row = result.at(tree.root).find((r) => r.indicatorId === a.indicatorId)!;
    return { periodKey: period.key, label: period.label, value: row.value, target: row.target };
  });
  return { indicator: indicator!, points };
}
