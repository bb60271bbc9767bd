import { sql } from 'kysely';
import type { Ctx } from '../../app/context';
import { authorize, scopeRoots } from '../../access/authorize';
import { forbidden, notFound } from '../../shared/errors';
import { escapeLike, searchKey } from '../../shared/vi-text';
import type { UserDetail, UserSummary } from '../../shared/api/accounts';
import { subtreeIdsOn } from '../../org/org-queries';
import { assignmentViews, toUserDetail, toUserSummary, userQuery } from '../account-views';

/** Accounts whose home unit lies in the actor's scope today. */
export async function listUsers(ctx: Ctx, filter: { q?: string }): Promise<UserSummary[]> {
  const roots = scopeRoots(ctx, 'account.read');
  if (roots.length === 0) throw forbidden('Bạn không có quyền xem danh sách tài khoản.');
  const scope = await subtreeIdsOn(ctx.db, roots, ctx.today);
  let q = userQuery(ctx.db).where('au.home_unit_id', 'in', scope);
  for (const w of searchKey(filter.q ?? '').split(' ').filter(Boolean)) {
    q = q.where(sql<boolean>`f_search_key(au.full_name || ' ' || au.username) like ${`%${escapeLike(w)}%`}`);
  }
  const rows = await q.orderBy('au.full_name').limit(500).execute();
  const views = await assignmentViews(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => toUserSummary(r, views.get(r.id) ?? []));
}

export async function getUser(ctx: Ctx, id: string): Promise<UserDetail> {
  const row = await userQuery(ctx.db).where('au.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Tài khoản');
  await authorize(ctx, 'account.read', { unitId: row.hu_id, mode: 'read', what: 'Tài khoản' });
  const views = await assignmentViews(ctx.db, [id]);
  return toUserDetail(row, views.get(id) ?? []);
}
