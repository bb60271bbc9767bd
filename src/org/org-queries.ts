import { sql } from 'kysely';
import type { Db } from '../app/context';

/** SQL fragment: a dated row is in force on the given day (inclusive ends, null = open). */
export const validOn = (table: string, day: string) =>
  sql<boolean>`(${sql.ref(`${table}.valid_from`)} is null or ${sql.ref(`${table}.valid_from`)} <= ${day}::date) and (${sql.ref(`${table}.valid_to`)} is null or ${sql.ref(`${table}.valid_to`)} >= ${day}::date)`;

/** The unit and its ancestors on a day, nearest first. */
export async function ancestryOn(db: Db, unitId: string, day: string): Promise<string[]> {
  const rows = await sql<{ unit_id: string }>`
    with recursive chain(unit_id, depth) as (
      select ${unitId}::uuid, 0
      union all
      select p.parent_id, c.depth + 1 from chain c
      join org_parent p on p.child_id = c.unit_id
        and (p.valid_from is null or p.valid_from <= ${day}::date)
        and (p.valid_to is null or p.valid_to >= ${day}::date)
      where c.depth < 20
    )
    select unit_id from chain order by depth`.execute(db);
  const ids = rows.rows.map((r) => r.unit_id);
  // Every unit lies in the country, even one that has (for now) no parent link.
  const root = await db.selectFrom('org_unit').select('id').where('kind', '=', 'national').executeTakeFirst();
  if (root && !ids.includes(root.id)) ids.push(root.id);
  return ids;
}

/** Ancestor chains (top first, excluding the unit) for many units, each on its own day. */
export async function pathsOn(db: Db, items: { id: string; day: string }[]): Promise<Map<string, { id: string; name: string; kind: string }[]>> {
  const result = new Map<string, { id: string; name: string; kind: string }[]>();
  if (items.length === 0) return result;
  const rows = await sql<{ start_id: string; unit_id: string; name: string; kind: string; depth: number }>`
    with recursive chain(start_id, unit_id, depth, day) as (
      select s.id, s.id, 0, s.day from unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.day)}::date[]) as s(id, day)
      union all
      select c.start_id, p.parent_id, c.depth + 1, c.day from chain c
      join org_parent p on p.child_id = c.unit_id
        and (p.valid_from is null or p.valid_from <= c.day)
        and (p.valid_to is null or p.valid_to >= c.day)
      where c.depth < 20
    )
    select c.start_id, c.unit_id, u.name, u.kind, c.depth from chain c join org_unit u on u.id = c.unit_id
    where c.depth > 0 order by c.start_id, c.depth desc`.execute(db);
  for (const r of rows.rows) {
    const list = result.get(r.start_id) ?? [];
    list.push({ id: r.unit_id, name: r.name, kind: r.kind });
    result.set(r.start_id, list);
  }
  return result;
}

/** The given units and everything below them on a day (used to scope lists to an actor). */
export async function subtreeIdsOn(db: Db, rootIds: string[], day: string): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const rows = await sql<{ unit_id: string }>`
    with recursive sub(unit_id, depth) as (
      select id, 0 from unnest(${rootIds}::uuid[]) as r(id)
      union
      select p.child_id, s.depth + 1 from sub s
      join org_parent p on p.parent_id = s.unit_id
        and (p.valid_from is null or p.valid_from <= ${day}::date)
        and (p.valid_to is null or p.valid_to >= ${day}::date)
      where s.depth < 20
    )
    select distinct unit_id from sub`.execute(db);
  return rows.rows.map((r) => r.unit_id);
}
