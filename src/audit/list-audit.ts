import { sql } from 'kysely';
import type { Ctx } from '../app/context';
import { scopeRoots } from '../access/authorize';
import { forbidden } from '../shared/errors';
import { subtreeIdsOn } from '../org/org-queries';
import type { AuditEntry } from '../shared/api/audit';
import { actionLabel } from './action-labels';
import { escapeLike, searchKey } from '../shared/vi-text';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/**
 * Audit rows about units in the actor's scope. Rows with no unit (logins, password changes)
 * are shown only to those whose scope is the whole country.
 */
export async function listAudit(ctx: Ctx, filter: AuditFilter): Promise<{ items: AuditEntry[]; total: number }> {
  const roots = scopeRoots(ctx, 'audit.read');
  if (roots.length === 0) throw forbidden('Bạn không có quyền xem nhật ký thay đổi.');
  const national = await ctx.db.selectFrom('org_unit').select('id').where('kind', '=', 'national').where('id', 'in', roots).executeTakeFirst();
  const scope = national ? null : await subtreeIdsOn(ctx.db, roots, ctx.today);
  let q = ctx.db.selectFrom('audit_log');
  if (scope) q = q.where('org_unit_id', 'in', scope.length ? scope : ['00000000-0000-0000-0000-000000000000']);
  if (filter.entity) q = q.where('entity', '=', filter.entity);
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  if (filter.actor) q = q.where(sql<boolean>`f_search_key(coalesce(actor_name, '')) like ${`%${escapeLike(searchKey(filter.actor))}%`}`);
  // Days are Vietnamese calendar days (UTC+7, no daylight saving).
  if (filter.from) q = q.where(sql<boolean>`at >= ((${filter.from}::date - interval '7 hours') at time zone 'UTC')`);
  if (filter.to) q = q.where(sql<boolean>`at < ((${filter.to}::date + interval '17 hours') at time zone 'UTC')`);
  const pageSize = filter.pageSize ?? 50;
  const page = filter.page ?? 1;
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    q.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      id: String(r.id),
      at: new Date(r.at).toISOString(),
      actorName: r.actor_name,
      action: r.action,
      actionLabel: actionLabel(r.action),
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before ?? null,
      after: r.after ?? null,
      ip: r.ip,
      userAgent: r.user_agent,
    })),
  };
}
