import type { Ctx } from '../../app/context';
import { actionsHeld } from '../../access/policy';
import { notFound } from '../../shared/errors';
import type { Me } from '../../shared/api/accounts';
import { assignmentViews, userQuery } from '../account-views';

export async function getMe(ctx: Ctx): Promise<Me> {
  const row = await userQuery(ctx.db).where('au.id', '=', ctx.actor.userId).executeTakeFirst();
  if (!row) throw notFound('Tài khoản');
  const assignments = (await assignmentViews(ctx.db, [row.id])).get(row.id) ?? [];
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    homeUnit: { id: row.hu_id, name: row.hu_name },
    mustChangePassword: row.must_change_password,
    actions: actionsHeld(ctx.actor, ctx.today),
    assignments,
  };
}
