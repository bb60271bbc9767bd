import { availableParallelism } from 'node:os';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../app/context';
import type { IndicatorDef } from './domain/indicator-def';
import type { ChildSummary, RollupTree, Summarized, ValueIndex } from './domain/rollup';

/**
 * The bottom of a large roll-up computed in SQL. The answer only shows the root and the units right
 * below it ("the top units"), so everything below the top units is aggregated in the database,
 * level by level, with the engine's rules, and only one summary per (top unit, indicator, kind)
 * comes back: how many children have a figure, their sum, minimum and maximum. The engine
 * (domain/rollup.ts) then finishes the top two levels exactly as before.
 *
 * The rules, as in the engine, for every unit below the top units and every non-ratio indicator:
 * - a unit shadowed by an old unit above it that reported the indicator has no figure, and
 *   neither does anything below it count through it;
 * - a unit's own value wins (at the bottom of the tree, a count indicator's value becomes 1 or 0
 *   by its condition);
 * - otherwise the aggregation of its children's figures (sum; avg of the children's figures;
 *   min; max; "last" sums the units' end-of-period values; count sums the counts).
 * Ratios are never aggregated from children (the engine recomputes them from their parts at every
 * level), so they are not needed below the top units.
 *
 * To keep the work proportional to the data, a first query finds which units have any figure for
 * the periods. Units with no figure anywhere below them are left out; a unit that reports and has
 * nothing reported below it passes its own values straight up; only units with figures below them
 * are grouped level by level. Subtrees of a top unit that has its own figure (or is shadowed) for an
 * indicator and kind are not read for it at all.
 */

/** Kinds of figures the engine rolls up: the period's actual, target and estimate, and last year's actual. */
export const ENGINE_KINDS = ['actual', 'target', 'estimate', 'previous'] as const;
export type EngineKind = (typeof ENGINE_KINDS)[number];

export interface PeriodKeys {
  /** Keys to read for the period, the period itself first, then its sub-periods latest first (see keysToLoad). */
  current: readonly string[];
  /** The same for the period one year earlier. */
  previous: readonly string[];
}

interface Placed {
  parent: string;
  depth: number;
  top: string;
}

/**
 * Depth, parent and top unit of every unit below the top units; null when a unit hangs in two
 * places (a merged unit with two successors in the tree), which the exact path handles.
 */
export function placeBelowTop(tree: RollupTree): Map<string, Placed> | null {
  const placed = new Map<string, Placed>();
  const tops = tree.children.get(tree.root) ?? [];
  const seen = new Set<string>([tree.root]);
  for (const t of tops) {
    if (seen.has(t)) return null;
    seen.add(t);
  }
  let level: { id: string; top: string }[] = tops.map((t) => ({ id: t, top: t }));
  for (let depth = 2; level.length; depth++) {
    const next: { id: string; top: string }[] = [];
    for (const { id, top } of level) {
      for (const c of tree.children.get(id) ?? []) {
        if (seen.has(c)) return null;
        seen.add(c);
        placed.set(c, { parent: id, depth, top });
        next.push({ id: c, top });
      }
    }
    level = next;
  }
  return placed;
}

/**
 * Units (of the given ones) that have any figure between the smallest and the largest of the keys:
 * a superset of those with a figure for the keys themselves. The answer only decides which units
 * the aggregation reads, so a unit too many costs a little time, never correctness. One probe of
 * the (unit, period) index per unit.
 */
export async function unitsWithFigures(db: Db, unitIds: string[], keys: readonly string[]): Promise<Set<string>> {
  if (!unitIds.length || !keys.length) return new Set();
  const all = [...keys].sort();
  const r = await sql<{ id: string }>`
    select u.id from unnest(${unitIds}::uuid[]) as u(id)
    where exists (select 1 from indicator_value v where v.unit_id = u.id and v.period_key between ${all[0]!} and ${all.at(-1)!})`.execute(db);
  return new Set(r.rows.map((x) => x.id));
}

export interface SummarizeInput {
  tree: RollupTree;
  placed: Map<string, Placed>;
  /** Indicators rolled up (ratios are skipped here). */
  defs: readonly IndicatorDef[];
  keys: PeriodKeys;
  /** Own values of the root, the top units and every unit that shadows another (as the engine reads them). */
  values: ValueIndex;
  previousValues: ValueIndex;
  /** Units below the top units with any figure for the periods (unitsWithFigures). */
  reporting: ReadonlySet<string>;
}

function ownIn(values: ValueIndex, previousValues: ValueIndex, k: EngineKind, indicatorId: string, unitId: string): boolean {
  const cell = (k === 'previous' ? previousValues : values).get(indicatorId)?.get(unitId);
  return (k === 'previous' ? cell?.actual : cell?.[k]) !== undefined;
}

type Unit = { id: string; parent: string; leaf: boolean; top: string };

/** Summaries of the children of every top unit that has children. */
export async function summarizeBelowTop(db: Db, input: SummarizeInput): Promise<Summarized> {
  const { tree, placed, keys, values, previousValues, reporting } = input;
  const tops = (tree.children.get(tree.root) ?? []).filter((t) => (tree.children.get(t)?.length ?? 0) > 0);
  const out: Record<EngineKind, Map<string, Map<string, ChildSummary>>> = { actual: new Map(), target: new Map(), estimate: new Map(), previous: new Map() };
  const result: Summarized = { units: new Set(tops), ...out };
  const defs = input.defs.filter((d) => d.aggregation !== 'ratio');
  if (!tops.length || !defs.length || !reporting.size) return result;

  // Units with something reported below them.
  const below = new Set<string>();
  for (const id of reporting) {
    for (let p = placed.get(id); p && !below.has(p.parent); p = placed.get(p.parent)) below.add(p.parent);
  }

  // A top unit with its own figure, or shadowed, for (indicator, kind) does not need its subtree for it.
  const done: [string, string, EngineKind][] = [];
  for (const t of tops) {
    const above = tree.shadowedBy.get(t) ?? [];
    for (const d of defs) {
      for (const k of ENGINE_KINDS) {
        if (ownIn(values, previousValues, k, d.id, t) || above.some((a) => ownIn(values, previousValues, k, d.id, a))) done.push([t, d.id, k]);
      }
    }
  }

  // The units that matter, by depth: P passes its own values up (nothing is reported below it);
  // M has figures below it, so its figure is its own value or else the aggregation of its children's.
  const levels: Level = new Map();
  const shadowPairs: [string, string][] = [];
  const shadowers = new Set<string>();
  for (const [id, p] of placed) {
    const mode = below.has(id) ? 'm' : reporting.has(id) ? 'p' : null;
    if (!mode) continue;
    const key = `${mode}${p.depth}`;
    let list = levels.get(key);
    if (!list) levels.set(key, (list = []));
    list.push({ id, parent: p.parent, leaf: (tree.children.get(id)?.length ?? 0) === 0, top: p.top });
    for (const a of tree.shadowedBy.get(id) ?? []) {
      shadowers.add(a);
      shadowPairs.push([id, a]);
    }
  }
  // Units shadowed by an old unit above them that reported: no figure for that (indicator, kind).
  const shadowOwn: [string, string, EngineKind][] = [];
  for (const a of shadowers) {
    for (const d of defs) for (const k of ENGINE_KINDS) if (ownIn(values, previousValues, k, d.id, a)) shadowOwn.push([a, d.id, k]);
  }
  const reported = new Set(shadowOwn.map(([a]) => a));
  const shadowing = shadowPairs.filter(([, a]) => reported.has(a));

  // Kinds no top unit needs from below (every top unit has its own figure for every indicator) are not read.
  const doneKeys = new Set(done.map(([t, i, k]) => `${t}|${i}|${k}`));
  const needed = ENGINE_KINDS.filter((k) => tops.some((t) => defs.some((d) => !doneKeys.has(`${t}|${d.id}|${k}`))));
  if (!needed.length) return result;
  const subPeriods = await anySubPeriodFigures(db, defs, keys, needed);
  // Only what the kinds read can be skipped.
  const skipped = done.filter(([, , k]) => needed.includes(k));
  // A large tree is split by top units into parts aggregated at the same time on separate connections.
  const parts = splitByTop(levels, tops);
  const partRows = await Promise.all(
    parts.map((part) => withPlannerSettings(db, async (tx) => (await aggregationQuery(defs, keys, subPeriods, needed, part, skipped, shadowing, shadowOwn).execute(tx)).rows)),
  );
  for (const rows of partRows) {
    for (const r of rows) {
      const k: EngineKind = r.prev ? 'previous' : (r.kind as EngineKind);
      let m = out[k].get(r.indicator_id);
      if (!m) out[k].set(r.indicator_id, (m = new Map()));
      m.set(r.unit_id, { n: r.n, sum: r.sum, min: r.min ?? NaN, max: r.max ?? NaN });
    }
  }
  return result;
}

/**
 * Whether any unit at all has a sub-period figure of an end-of-period indicator for the periods
 * (a few index probes). Without one, such indicators are read like the others.
 */
async function anySubPeriodFigures(db: Db, defs: readonly IndicatorDef[], keys: PeriodKeys, needed: readonly EngineKind[]): Promise<boolean> {
  const lastIds = defs.filter((d) => d.aggregation === 'last').map((d) => d.id);
  const subKeys = [...(needed.some((k) => k !== 'previous') ? keys.current.slice(1) : []), ...(needed.includes('previous') ? keys.previous.slice(1) : [])];
  if (!lastIds.length || !subKeys.length) return false;
  const r = await sql<{ found: boolean }>`
    select exists (select 1 from indicator_value v where v.period_key = any(${subKeys}::text[]) and v.indicator_id = any(${lastIds}::uuid[])) as found`.execute(db);
  return !!r.rows[0]?.found;
}

/**
 * A tree with this many units below its top units is split into parts aggregated at the same time
 * (one part per partSize units, at most one per core and four). Tests lower them.
 */
export const splitting = { splitAt: 2000, partSize: 1000 };

/** The levels of each part: top units (whole subtrees) shared out so the parts get about as many units. */
function splitByTop(levels: Level, tops: readonly string[]): Level[] {
  const total = [...levels.values()].reduce((n, l) => n + l.length, 0);
  const n = total < splitting.splitAt ? 1 : Math.min(tops.length, 4, Math.floor(total / splitting.partSize), Math.max(2, availableParallelism()));
  if (n <= 1) return [levels];
  const size = new Map<string, number>();
  for (const list of levels.values()) for (const u of list) size.set(u.top, (size.get(u.top) ?? 0) + 1);
  const load = Array.from({ length: n }, () => 0);
  const partOf = new Map<string, number>();
  for (const t of [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)!)) {
    const i = load.indexOf(Math.min(...load));
    partOf.set(t, i);
    load[i]! += size.get(t)!;
  }
  const parts: Level[] = Array.from({ length: n }, () => new Map());
  for (const [key, list] of levels) {
    for (const u of list) {
      const part = parts[partOf.get(u.top)!]!;
      let l = part.get(key);
      if (!l) part.set(key, (l = []));
      l.push(u);
    }
  }
  return parts.filter((p) => p.size > 0);
}

/**
 * Runs the aggregation with enough memory for its hash tables and sorts (instead of spilling to
 * disk) and without JIT compilation, whose start-up costs more than it saves on a query that reads
 * each row once. Inside a caller's transaction the settings are left alone.
 */
async function withPlannerSettings<T>(db: Db, run: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return run(db);
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`.execute(tx);
    return run(tx);
  });
}

interface AggRow {
  unit_id: string;
  indicator_id: string;
  prev: boolean;
  kind: string;
  n: number;
  sum: number;
  min: number | null;
  max: number | null;
}

type Level = Map<string, Unit[]>;

function aggregationQuery(
  defs: readonly IndicatorDef[],
  keys: PeriodKeys,
  /** Whether any sub-period figure of an end-of-period indicator exists (anySubPeriodFigures). */
  subPeriods: boolean,
  needed: readonly EngineKind[],
  levels: Level,
  done: [string, string, EngineKind][],
  shadowPairs: [string, string][],
  shadowOwn: [string, string, EngineKind][],
) {
  const maxDepth = Math.max(2, ...[...levels.keys()].map((k) => Number(k.slice(1))));
  const [cur, prev] = [keys.current[0]!, keys.previous[0]!];
  const curKinds = needed.filter((k) => k !== 'previous');
  const prevNeeded = needed.includes('previous');
  const periodKeys = [...(curKinds.length ? [cur] : []), ...(prevNeeded ? [prev] : [])];
  // Which value rows are read: the period's rows of the kinds needed, last year's actual figures if needed.
  const wanted =
    curKinds.length === 3 && prevNeeded
      ? sql`(v.period_key <> ${prev} or v.kind = 'actual')`
      : sql`((v.period_key <> ${prev} and v.kind = any(${curKinds}::text[])) ${prevNeeded ? sql`or (v.period_key = ${prev} and v.kind = 'actual')` : sql``})`;
  const lastIds = defs.filter((d) => d.aggregation === 'last').map((d) => d.id);
  const hasCount = defs.some((d) => d.aggregation === 'count');
  // Minimum and maximum are only taken over the rows of min and max indicators (mm), flagged once per row.
  const mmIds = defs.filter((d) => d.aggregation === 'min' || d.aggregation === 'max').map((d) => d.id);
  const mm = (ind: RawBuilder<unknown>) => (mmIds.length ? sql`(${ind} = any(${mmIds}::uuid[]))` : sql`false`);
  const shadowing = shadowOwn.length > 0;
  const ids = defs.map((d) => d.id);
  // Rows carry (prev, kind): last year's actual figures, or the period's figures of a kind; the engine's kind is 'previous' or the kind.
  const kOf = (isPrev: RawBuilder<unknown>, kind: RawBuilder<unknown>) => sql`(case when ${isPrev} then 'previous' else ${kind} end)`;
  const skip = (unit: RawBuilder<unknown>, top: RawBuilder<unknown>, ind: RawBuilder<unknown>, k: RawBuilder<unknown>) => sql`
    ${done.length ? sql`and not exists (select 1 from done where done.unit_id = ${top} and done.indicator_id = ${ind} and done.k = ${k})` : sql``}
    ${shadowing ? sql`and not exists (select 1 from shadow s where s.unit_id = ${unit} and s.indicator_id = ${ind} and s.k = ${k})` : sql``}`;

  // Own values of the units of one level, as the engine reads them: the figure of the period itself,
  // or, for an end-of-period indicator without one, the latest sub-period's. Values stay numeric, so sums are exact.
  const own = (u: string, leaves: boolean, unitIds: readonly string[]): RawBuilder<unknown> => {
    // At the bottom of the tree a count indicator holds the measured value; above, it is how many met the condition.
    const x =
      hasCount && leaves
        ? sql`case when d.agg = 'count' and u.leaf then (case d.op when '>=' then v.value >= d.cv when '>' then v.value > d.cv when '<=' then v.value <= d.cv when '<' then v.value < d.cv else abs(v.value - d.cv) < 1e-9 end)::int::numeric else v.value end`
        : sql`v.value`;
    const isPrev = sql`(v.period_key = ${prev})`;
    // With sub-period figures about, end-of-period indicators are read apart (below); the others only for the period itself.
    const plainIds = subPeriods ? ids.filter((i) => !lastIds.includes(i)) : ids;
    // The indicators are filtered by a (hashed) list; the definitions are joined only when a count must be judged.
    const plain = sql`select v.unit_id, u.parent_id, v.indicator_id, ${isPrev} as prev, v.kind, ${x} as x, ${mm(sql`v.indicator_id`)} as mm
      from ${sql.raw(u)} u join indicator_value v on v.unit_id = u.unit_id
      ${hasCount && leaves ? sql`join d on d.indicator_id = v.indicator_id` : sql``}
      where v.period_key = any(${periodKeys}::text[]) and v.indicator_id = any(${plainIds}::uuid[]) and ${wanted}
      ${skip(sql`v.unit_id`, sql`u.top`, sql`v.indicator_id`, kOf(isPrev, sql`v.kind`))}`;
    if (!subPeriods) return plain;
    // End-of-period indicators: the figure of the period itself, or else of its latest sub-period (rank 0 is the period).
    const scan = (side: boolean, periodKeys: readonly string[], kinds: readonly string[]) => sql`
        select v.unit_id, u.parent_id, v.indicator_id, ${sql.raw(side ? 'true' : 'false')} as prev, v.kind, ${x} as x, ${mm(sql`v.indicator_id`)} as mm,
          array_position(${[...periodKeys]}::text[], v.period_key) as rk
        from ${sql.raw(u)} u join indicator_value v on v.unit_id = u.unit_id
        ${hasCount && leaves ? sql`join d on d.indicator_id = v.indicator_id` : sql``}
        where v.period_key = any(${periodKeys}::text[]) and v.indicator_id = any(${lastIds}::uuid[]) and v.kind = any(${kinds}::text[])
          -- Written as a test, not an index condition: the rows are read through (period, indicator, kind) and only then filtered by unit.
          and (v.unit_id = any(${unitIds}::uuid[])) is true
          ${skip(sql`v.unit_id`, sql`u.top`, sql`v.indicator_id`, side ? sql`'previous'` : sql`v.kind`)}`;
    const scans = [...(curKinds.length ? [scan(false, keys.current, curKinds)] : []), ...(prevNeeded ? [scan(true, keys.previous, ['actual'])] : [])];
    return sql`${plain}
      union all (
        select distinct on (unit_id, indicator_id, kind, prev) unit_id, parent_id, indicator_id, prev, kind, x, mm
        from (${sql.join(scans, sql` union all `)}) s
        order by unit_id, indicator_id, kind, prev, rk)`;
  };

  const ctes: RawBuilder<unknown>[] = [];
  for (const [key, list] of levels) {
    ctes.push(sql`${sql.raw(`u_${key}`)}(unit_id, parent_id, leaf, top) as (select * from unnest(${list.map((u) => u.id)}::uuid[], ${list.map((u) => u.parent)}::uuid[], ${list.map((u) => u.leaf)}::boolean[], ${list.map((u) => u.top)}::uuid[]))`);
  }
  // f<depth>: the figures of the units at that depth, one row per (unit, indicator, prev, kind).
  for (let depth = maxDepth; depth >= 2; depth--) {
    const parts: RawBuilder<unknown>[] = [];
    const p = levels.get(`p${depth}`);
    if (p) parts.push(sql`select unit_id, parent_id, indicator_id, prev, kind, x, mm from (${own(`u_p${depth}`, p.some((u) => u.leaf), p.map((u) => u.id))}) o`);
    if (levels.has(`m${depth}`)) {
      const children = depth < maxDepth ? sql`union all select f.parent_id, f.indicator_id, f.prev, f.kind, f.x, false from ${sql.raw(`f${depth + 1}`)} f` : sql``;
      parts.push(sql`
        select g.unit_id, m.parent_id, g.indicator_id, g.prev, g.kind,
          case when g.has_own then g.own_x when d.agg = 'avg' then g.s / g.n when d.agg = 'min' then g.lo when d.agg = 'max' then g.hi else g.s end as x,
          d.agg in ('min', 'max') as mm
        from (
          select g.unit_id, g.indicator_id, g.prev, g.kind, bool_or(g.own) as has_own, max(g.x) filter (where g.own) as own_x,
            sum(g.x) filter (where not g.own) as s, count(*) filter (where not g.own) as n,
            min(g.x) filter (where not g.own) as lo, max(g.x) filter (where not g.own) as hi
          from (
            select o.unit_id, o.indicator_id, o.prev, o.kind, o.x, true from (${own(`u_m${depth}`, false, levels.get(`m${depth}`)!.map((u) => u.id))}) o
            ${children}
          ) g(unit_id, indicator_id, prev, kind, x, own)
          group by g.unit_id, g.indicator_id, g.prev, g.kind
        ) g join d on d.indicator_id = g.indicator_id join ${sql.raw(`u_m${depth}`)} m on m.unit_id = g.unit_id
        ${shadowing ? sql`where not exists (select 1 from shadow s where s.unit_id = g.unit_id and s.indicator_id = g.indicator_id and s.k = ${kOf(sql`g.prev`, sql`g.kind`)})` : sql``}`);
    }
    if (!parts.length) parts.push(sql`select null::uuid, null::uuid, null::uuid, null::boolean, null::text, null::numeric, null::boolean where false`);
    ctes.push(sql`${sql.raw(`f${depth}`)}(unit_id, parent_id, indicator_id, prev, kind, x, mm) as (${sql.join(parts, sql` union all `)})`);
  }

  const col = <T>(xs: readonly T[], f: (x: T) => unknown) => xs.map(f);
  return sql<AggRow>`
    with
      d(indicator_id, agg, op, cv) as (
        select * from unnest(${col(defs, (d) => d.id)}::uuid[], ${col(defs, (d) => d.aggregation)}::text[], ${col(defs, (d) => d.condition?.op ?? null)}::text[], ${col(defs, (d) => d.condition?.value ?? null)}::numeric[])),
      done(unit_id, indicator_id, k) as (
        select * from unnest(${col(done, (x) => x[0])}::uuid[], ${col(done, (x) => x[1])}::uuid[], ${col(done, (x) => x[2])}::text[])),
      shadow(unit_id, indicator_id, k) as (
        select distinct p.unit_id, o.indicator_id, o.k
        from unnest(${col(shadowPairs, (x) => x[0])}::uuid[], ${col(shadowPairs, (x) => x[1])}::uuid[]) as p(unit_id, shadower)
        join unnest(${col(shadowOwn, (x) => x[0])}::uuid[], ${col(shadowOwn, (x) => x[1])}::uuid[], ${col(shadowOwn, (x) => x[2])}::text[]) as o(unit_id, indicator_id, k) on o.unit_id = p.shadower),
      ${sql.join(ctes, sql`, `)}
    select parent_id as unit_id, indicator_id, prev, kind, count(*)::int as n, sum(x)::float8 as sum,
      ${mmIds.length ? sql`(min(x) filter (where mm))::float8` : sql`null::float8`} as min,
      ${mmIds.length ? sql`(max(x) filter (where mm))::float8` : sql`null::float8`} as max
    from f2 group by parent_id, indicator_id, prev, kind`;
}
