import { sql } from 'kysely';
import type { Ctx } from '../../app/context';
import { contains } from '../../shared/period';
import { notFound } from '../../shared/errors';

/** Notifications addressed to the units where the actor holds a role today. */
function myUnits(ctx: Ctx): string[] {
  return [...new Set(ctx.actor.assignments.filter((a) => contains(a, ctx.today)).map((a) => a.orgUnitId))];
}

export async function listNotifications(ctx: Ctx) {
  const units = myUnits(ctx);
  if (units.length === 0) return { items: [], unread: 0 };
  const rows = await ctx.db
    .selectFrom('notification as n')
    .innerJoin('org_unit as u', 'u.id', 'n.unit_id')
    .leftJoin('notification_read as r', (j) => j.onRef('r.notification_id', '=', 'n.id').on('r.user_id', '=', ctx.actor.userId))
    .select(['n.id', 'n.kind', 'n.title', 'n.link', 'n.created_at', 'u.id as unit_id', 'u.name as unit_name', sql<boolean>`r.user_id is not null`.as('read')])
    .where('n.unit_id', 'in', units)
    .orderBy('n.created_at', 'desc')
    .limit(100)
    .execute();
  return {
    items: rows.map((r) => ({ id: r.id, unit: { id: r.unit_id, name: r.unit_name }, kind: r.kind, title: r.title, link: r.link, createdAt: new Date(r.created_at).toISOString(), read: r.read })),
    unread: rows.filter((r) => !r.read).length,
  };
}

export async function markNotificationRead(ctx: Ctx, id: string): Promise<void> {
  const n = await ctx.db.selectFrom('notification').select(['id', 'unit_id']).where('id', '=', id).executeTakeFirst();
  if (!n || !myUnits(ctx).includes(n.unit_id)) throw notFound('Thông báo');
  await ctx.db
    .insertInto('notification_read')
    .values({ notification_id: id, user_id: ctx.actor.userId })
    .onConflict((oc) => oc.columns(['notification_id', 'user_id']).doNothing())
    .execute();
}
