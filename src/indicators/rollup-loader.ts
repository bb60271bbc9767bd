import { sql } from 'kysely';
import type { Db } from '../app/context';
import { pathsOn } from '../org/org-queries';
import type { ValueKind } from './domain/indicator-def';
import type { ValueRow } from './domain/period-values';
import type { RollupTree } from './domain/rollup';

export interface TreeUnit {
  id: string;
  name: string;
  kind: string;
}

export interface LoadedTree extends RollupTree {
  units: Map<string, TreeUnit>;
}

/**
 * The org tree below the start units on a day, plus the units that had ended by then hung under
 * their successor (primary or full lineage), marked virtual, with the virtual units that were
 * above them in the old tree (to avoid counting a figure twice).
 */
export async function loadTree(db: Db, rootId: string, rootUnit: TreeUnit, starts: string[], day: string, agencies: boolean): Promise<LoadedTree> {
  const rows = await sql<{ unit_id: string; parent_id: string | null; name: string; kind: string }>`
    with recursive sub(unit_id, parent_id, depth) as (
      select s.id, null::uuid, 0 from unnest(${starts}::uuid[]) as s(id)
      union all
      select p.child_id, p.parent_id, sub.depth + 1 from sub
      join org_parent p on p.parent_id = sub.unit_id
        and (p.valid_from is null or p.valid_from <= ${day}::date) and (p.valid_to is null or p.valid_to >= ${day}::date)
      join org_unit c on c.id = p.child_id and (${agencies}::boolean or c.kind <> 'agency')
      where sub.depth < 20
    )
    select sub.unit_id, sub.parent_id, u.name, u.kind from sub join org_unit u on u.id = sub.unit_id`.execute(db);
  const units = new Map<string, TreeUnit>([[rootId, rootUnit]]);
  const children = new Map<string, string[]>();
  const attach = (parent: string, child: string) => {
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  };
  for (const r of rows.rows) {
    if (units.has(r.unit_id) && r.unit_id !== rootId) continue;
    units.set(r.unit_id, { id: r.unit_id, name: r.name, kind: r.kind });
    if (r.unit_id === rootId) continue;
    attach(r.parent_id ?? rootId, r.unit_id);
  }
  const virtual = new Set<string>();
  const preds = await sql<{ unit_id: string; successor_id: string; name: string; kind: string; valid_to: string }>`
    with recursive pred(unit_id, successor_id, depth) as (
      select l.from_unit_id, l.to_unit_id, 1 from org_lineage l
      join unnest(${[...units.keys()]}::uuid[]) as t(id) on t.id = l.to_unit_id
      where l.is_primary or l.kind = 'full'
      union all
      select l.from_unit_id, l.to_unit_id, pr.depth + 1 from pred pr
      join org_lineage l on l.to_unit_id = pr.unit_id and (l.is_primary or l.kind = 'full')
      where pr.depth < 4
    )
    select distinct pred.unit_id, pred.successor_id, u.name, u.kind, u.valid_to::text as valid_to from pred join org_unit u on u.id = pred.unit_id
    where u.valid_to is not null and u.valid_to < ${day}::date`.execute(db);
  for (const p of preds.rows) {
    if (units.has(p.unit_id)) continue;
    units.set(p.unit_id, { id: p.unit_id, name: p.name, kind: p.kind });
    virtual.add(p.unit_id);
  }
  for (const p of preds.rows) if (virtual.has(p.unit_id) && units.has(p.successor_id)) attach(p.successor_id, p.unit_id);
  const lastDay = new Map(preds.rows.map((p) => [p.unit_id, p.valid_to]));
  // An ended unit brings its old subtree along (an abolished district under its old province),
  // except units that already sit under their own successor.
  if (virtual.size) {
    const roots = [...virtual];
    const below = await sql<{ unit_id: string; parent_id: string; name: string; kind: string; day: string }>`
      with recursive sub(unit_id, parent_id, day, depth) as (
        select s.id, null::uuid, s.day, 0 from unnest(${roots}::uuid[], ${roots.map((r) => lastDay.get(r)!)}::date[]) as s(id, day)
        union all
        select p.child_id, p.parent_id, sub.day, sub.depth + 1 from sub
        join org_parent p on p.parent_id = sub.unit_id
          and (p.valid_from is null or p.valid_from <= sub.day) and (p.valid_to is null or p.valid_to >= sub.day)
        join org_unit c on c.id = p.child_id and (${agencies}::boolean or c.kind <> 'agency')
        where sub.depth < 20
      )
      select sub.unit_id, sub.parent_id, u.name, u.kind, coalesce(u.valid_to, sub.day)::text as day from sub join org_unit u on u.id = sub.unit_id
      where sub.depth > 0 order by sub.depth`.execute(db);
    for (const b of below.rows) {
      if (units.has(b.unit_id)) continue;
      units.set(b.unit_id, { id: b.unit_id, name: b.name, kind: b.kind });
      virtual.add(b.unit_id);
      lastDay.set(b.unit_id, b.day < day ? b.day : day);
      attach(b.parent_id, b.unit_id);
    }
  }
  const shadowedBy = new Map<string, string[]>();
  if (virtual.size) {
    const paths = await pathsOn(db, [...virtual].map((id) => ({ id, day: lastDay.get(id)! })));
    for (const [id, chain] of paths) {
      const above = chain.map((c) => c.id).filter((a) => virtual.has(a));
      if (above.length) shadowedBy.set(id, above);
    }
  }
  return { root: rootId, children, virtual, shadowedBy, units };
}

/** Units valid on a day that carry on the given ones (themselves when still valid). */
export async function successorsOn(db: Db, ids: string[], day: string): Promise<Map<string, string>> {
  const rows = await sql<{ start_id: string; unit_id: string }>`
    with recursive fwd(start_id, unit_id, depth) as (
      select s.id, s.id, 0 from unnest(${ids}::uuid[]) as s(id)
      union all
      select f.start_id, l.to_unit_id, f.depth + 1 from fwd f
      join org_unit u on u.id = f.unit_id and u.valid_to is not null and u.valid_to < ${day}::date
      join org_lineage l on l.from_unit_id = f.unit_id and (l.is_primary or l.kind = 'full')
      where f.depth < 4
    )
    select f.start_id, f.unit_id from fwd f join org_unit u on u.id = f.unit_id
    where (u.valid_from is null or u.valid_from <= ${day}::date) and (u.valid_to is null or u.valid_to >= ${day}::date)`.execute(db);
  return new Map(rows.rows.map((r) => [r.start_id, r.unit_id]));
}

export async function loadValues(db: Db, indicatorIds: string[], unitIds: string[], periodKeys: string[]): Promise<ValueRow[]> {
  if (!indicatorIds.length || !unitIds.length) return [];
  const rows = await sql<{ indicator_id: string; unit_id: string; period_key: string; kind: ValueKind; value: number }>`
    select v.indicator_id, v.unit_id, v.period_key, v.kind, v.value::float8 as value from indicator_value v
    join unnest(${unitIds}::uuid[]) as u(id) on u.id = v.unit_id
    join unnest(${indicatorIds}::uuid[]) as i(id) on i.id = v.indicator_id
    where v.period_key = any(${periodKeys}::text[])`.execute(db);
  return rows.rows.map((r) => ({ indicatorId: r.indicator_id, unitId: r.unit_id, periodKey: r.period_key, kind: r.kind, value: r.value }));
}

/**
 * The same for a few units, read unit by unit through the (unit, period) index: for the units
 * near the top of a large tree, most of which (old provinces, districts) have no figures at all.
 */
export async function loadValuesOfUnits(db: Db, indicatorIds: string[], unitIds: string[], periodKeys: string[]): Promise<ValueRow[]> {
  if (!indicatorIds.length || !unitIds.length) return [];
  const rows = await sql<{ indicator_id: string; unit_id: string; period_key: string; kind: ValueKind; value: number }>`
    select v.indicator_id, v.unit_id, v.period_key, v.kind, v.value from unnest(${unitIds}::uuid[]) as u(id)
    cross join lateral (
      select v.indicator_id, v.unit_id, v.period_key, v.kind, v.value::float8 as value from indicator_value v
      where v.unit_id = u.id and v.period_key = any(${periodKeys}::text[])
    ) v
    join unnest(${indicatorIds}::uuid[]) as i(id) on i.id = v.indicator_id`.execute(db);
  return rows.rows.map((r) => ({ indicatorId: r.indicator_id, unitId: r.unit_id, periodKey: r.period_key, kind: r.kind, value: r.value }));
}

/** Ended units below the tree with figures for the period that could not be placed (split without a primary successor). */
export async function unplacedUnits(db: Db, placed: Set<string>, periodKeys: string[], indicatorIds: string[]): Promise<{ unit: { id: string; name: string }; count: number }[]> {
  if (!indicatorIds.length) return [];
  // Predecessors of the placed units that are not placed themselves (usually none), then their figures unit by unit.
  const ended = await sql<{ id: string }>`
    with p as (select id from unnest(${[...placed]}::uuid[]) as p(id))
    select l.from_unit_id as id from org_lineage l join p on p.id = l.to_unit_id
    except select id from p`.execute(db);
  if (!ended.rows.length) return [];
  const rows = await sql<{ id: string; name: string; n: string }>`
    select u.id, u.name, count(*) as n from unnest(${ended.rows.map((r) => r.id)}::uuid[]) as e(id)
    join org_unit u on u.id = e.id
    join indicator_value v on v.unit_id = e.id and v.period_key = any(${periodKeys}::text[])
    join unnest(${indicatorIds}::uuid[]) as i(id) on i.id = v.indicator_id
    group by u.id, u.name
    order by u.name, u.id`.execute(db);
  return rows.rows.map((r) => ({ unit: { id: r.id, name: r.name }, count: Number(r.n) }));
}
