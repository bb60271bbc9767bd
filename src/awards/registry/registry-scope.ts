import { sql } from 'kysely';
import type { Ctx, Db } from '../../app/context';
import { decide } from '../../access/policy';
import type { Action } from '../../access/roles';
import { forbidden, notFound } from '../../shared/errors';
import { ancestryOn } from '../../org/org-queries';

/**
 * Awards outlive the units that proposed them: a commune merged in 2025 keeps its people's history,
 * and the unit that carries it on (primary or full lineage) answers for it. So a unit that has
 * ended is placed where it stood on its last day, and also under its successors of today.
 */
export async function registryAncestry(db: Db, unitId: string, today: string): Promise<string[]> {
  const unit = await db.selectFrom('org_unit').select(['id', 'valid_to']).where('id', '=', unitId).executeTakeFirst();
  if (!unit) return [];
  const day = unit.valid_to && unit.valid_to < today ? unit.valid_to : today;
  const own = await ancestryOn(db, unitId, day);
  if (day === today) return own;
  const successors = await sql<{ unit_id: string }>`
    with recursive fwd(unit_id, depth) as (
      select s.id, 0 from unnest(${own}::uuid[]) as s(id)
      union
      select l.to_unit_id, f.depth + 1 from fwd f
      join org_unit u on u.id = f.unit_id and u.valid_to is not null and u.valid_to < ${today}::date
      join org_lineage l on l.from_unit_id = f.unit_id and (l.is_primary or l.kind = 'full')
      where f.depth < 4
    )
    select distinct f.unit_id from fwd f join org_unit u on u.id = f.unit_id
    where f.depth > 0 and (u.valid_to is null or u.valid_to >= ${today}::date)`.execute(db);
  const all = new Set(own);
  for (const s of successors.rows) for (const a of await ancestryOn(db, s.unit_id, today)) all.add(a);
  return [...all];
}

/** Whether the actor holds the action over a unit's registry (see registryAncestry). */
export async function mayOnUnit(ctx: Ctx, action: Action, unitId: string): Promise<boolean> {
  return decide(ctx.actor, action, { unitAncestry: await registryAncestry(ctx.db, unitId, ctx.today) }, ctx.today).allowed;
}

export async function authorizeUnit(ctx: Ctx, action: Action, unitId: string, mode: 'read' | 'write', what?: string): Promise<void> {
  if (await mayOnUnit(ctx, action, unitId)) return;
  throw mode === 'read' ? notFound(what) : forbidden();
}

export interface RegistryUnits {
  /** Every unit counted under the roots, each mapped to the root's child it falls under (the root itself → itself). */
  branchOf: Map<string, string>;
  /** The roots are the whole country: no unit filter is needed. */
  national: boolean;
}

/**
 * The units below the roots on a day, plus units that had ended by then under their successors with
 * their old subtrees, each tagged with the branch (child of its root) it belongs to, for counts by unit.
 * For the whole country the walk is skipped unless `branches` is asked for.
 */
export async function registryUnits(db: Db, roots: { id: string; day: string }[], opts: { branches?: boolean; rootsAreBranches?: boolean } = {}): Promise<RegistryUnits> {
  const branchOf = new Map<string, string>();
  if (roots.length === 0) return { branchOf, national: false };
  const national = !!(await db.selectFrom('org_unit').select('id').where('kind', '=', 'national').where('id', 'in', roots.map((r) => r.id)).executeTakeFirst());
  // The whole country needs no list of units, unless counts are to be told apart by unit.
  if (national && !opts.branches) return { branchOf, national };
  const walk = async (starts: { id: string; branch: string | null; day: string }[]) => {
    if (starts.length === 0) return [];
    const rows = await sql<{ unit_id: string; branch: string | null; day: string }>`
      with recursive sub(unit_id, branch, day, depth) as (
        select s.id, s.branch, s.day, 0 from unnest(${starts.map((s) => s.id)}::uuid[], ${starts.map((s) => s.branch)}::uuid[], ${starts.map((s) => s.day)}::date[]) as s(id, branch, day)
        union all
        select p.child_id, coalesce(sub.branch, p.child_id), sub.day, sub.depth + 1 from sub
        join org_parent p on p.parent_id = sub.unit_id
          and (p.valid_from is null or p.valid_from <= sub.day) and (p.valid_to is null or p.valid_to >= sub.day)
        where sub.depth < 20
      )
      select distinct on (unit_id) unit_id, branch, day::text as day from sub order by unit_id, depth`.execute(db);
    return rows.rows;
  };
  // A unit's table counts by its children; a cluster's by its members.
  const found = await walk(roots.map((r) => ({ id: r.id, branch: opts.rootsAreBranches ? r.id : null, day: r.day })));
  for (const r of found) if (!branchOf.has(r.unit_id)) branchOf.set(r.unit_id, r.branch ?? r.unit_id);
  for (const r of roots) branchOf.set(r.id, r.id);
  // Predecessors that had ended by the day, hung under their successor's branch.
  const preds = await sql<{ unit_id: string; successor_id: string; valid_to: string }>`
    with recursive pred(unit_id, successor_id, depth) as (
      select l.from_unit_id, l.to_unit_id, 1 from org_lineage l
      join unnest(${[...branchOf.keys()]}::uuid[]) as t(id) on t.id = l.to_unit_id
      where l.is_primary or l.kind = 'full'
      union all
      select l.from_unit_id, pr.successor_id, pr.depth + 1 from pred pr
      join org_lineage l on l.to_unit_id = pr.unit_id and (l.is_primary or l.kind = 'full')
      where pr.depth < 4
    )
    select distinct on (pred.unit_id) pred.unit_id, pred.successor_id, u.valid_to::text as valid_to from pred
    join org_unit u on u.id = pred.unit_id and u.valid_to is not null
    order by pred.unit_id, pred.depth`.execute(db);
  const starts: { id: string; branch: string | null; day: string }[] = [];
  for (const p of preds.rows) {
    if (branchOf.has(p.unit_id)) continue;
    const branch = branchOf.get(p.successor_id);
    if (!branch) continue;
    branchOf.set(p.unit_id, branch);
    starts.push({ id: p.unit_id, branch, day: p.valid_to });
  }
  for (const r of await walk(starts)) if (!branchOf.has(r.unit_id)) branchOf.set(r.unit_id, r.branch ?? r.unit_id);
  return { branchOf, national };
}

/** The day a unit's subtree is read on: today, or its last day if it has ended. */
export async function unitDay(db: Db, unitId: string, today: string): Promise<{ id: string; name: string; day: string } | undefined> {
  const u = await db.selectFrom('org_unit').select(['id', 'name', 'valid_to']).where('id', '=', unitId).executeTakeFirst();
  if (!u) return undefined;
  return { id: u.id, name: u.name, day: u.valid_to && u.valid_to < today ? u.valid_to : today };
}
