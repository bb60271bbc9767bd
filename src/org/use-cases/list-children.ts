import { sql } from 'kysely';
import type { Ctx } from '../../app/context';
import { authorize } from '../../access/authorize';
import { notFound } from '../../shared/errors';
import type { UnitSummary } from '../../shared/api/org';
import { toSummary } from '../unit-views';
import { validOn } from '../org-queries';

/** Units directly under a unit on a day, administrative units first, then agencies, by code and name. */
export async function listChildren(ctx: Ctx, parentId: string, asOf: string): Promise<UnitSummary[]> {
  await authorize(ctx, 'org.read', { unitId: null, mode: 'read' });
  const parent = await ctx.db.selectFrom('org_unit').select('id').where('id', '=', parentId).executeTakeFirst();
  if (!parent) throw notFound('Đơn vị');
  const rows = await sql<Parameters<typeof toSummary>[0] & { child_count: string }>`
    select u.*, (
      select count(*) from org_parent cp join org_unit cu on cu.id = cp.child_id
      where cp.parent_id = u.id
        and ${validOn('cp', asOf)}
        and ${validOn('cu', asOf)}
    ) as child_count
    from org_parent p join org_unit u on u.id = p.child_id
    where p.parent_id = ${parentId}::uuid
      and ${validOn('p', asOf)}
      and ${validOn('u', asOf)}
    order by (u.kind = 'agency'), u.code nulls last, u.name`.execute(ctx.db);
  return rows.rows.map((r) => toSummary(r, Number(r.child_count)));
}

export async function getRoot(ctx: Ctx): Promise<UnitSummary> {
  await authorize(ctx, 'org.read', { unitId: null, mode: 'read' });
  const root = await ctx.db.selectFrom('org_unit').selectAll().where('kind', '=', 'national').orderBy('created_at').executeTakeFirst();
  if (!root) throw notFound('Đơn vị gốc');
  return toSummary(root, 1);
}
