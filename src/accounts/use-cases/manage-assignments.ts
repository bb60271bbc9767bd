import type { z } from 'zod';
import type { Ctx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { mayGrantRole } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { forbidden, notFound } from '../../shared/errors';
import type { addAssignmentBody, UserDetail } from '../../shared/api/accounts';
import { assertWellFormed } from '../../org/domain/tree-rules';
import { getUser } from './read-users';

async function loadUser(ctx: Ctx, userId: string) {
  const user = await ctx.db.selectFrom('app_user').select(['id', 'home_unit_id']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw notFound('Tài khoản');
  await authorize(ctx, 'account.read', { unitId: user.home_unit_id, mode: 'read', what: 'Tài khoản' });
  return user;
}

/**
 * Grants a role at a unit: the actor must manage accounts both where the person works and where
 * the role applies, so nobody hands out rights beyond their own scope.
 */
export async function addAssignment(ctx: Ctx, userId: string, input: z.infer<typeof addAssignmentBody>): Promise<UserDetail> {
  const user = await loadUser(ctx, userId);
  const period = { validFrom: input.validFrom ?? null, validTo: input.validTo ?? null };
  assertWellFormed(period);
  if (!mayGrantRole(ctx.actor, input.role, ctx.today)) throw forbidden('Chỉ quản trị hệ thống mới được giao vai trò quản trị hệ thống.');
  await authorize(ctx, 'account.manage', { unitId: user.home_unit_id, mode: 'write' });
  await authorize(ctx, 'account.manage', { unitId: input.orgUnitId, mode: 'write' });
  if (input.groupId) {
    const group = await ctx.db.selectFrom('org_group').select(['id', 'managing_unit_id']).where('id', '=', input.groupId).executeTakeFirst();
    if (!group) throw notFound('Cụm/khối thi đua');
    // Only those who run a cluster may give roles within it.
    await authorize(ctx, 'group.manage', { unitId: group.managing_unit_id, groupId: group.id, mode: 'write' });
  }
  await inTx(ctx, async (tx) => {
    const row = await tx
      .insertInto('role_assignment')
      .values({ user_id: userId, role: input.role, org_unit_id: input.orgUnitId, group_id: input.groupId ?? null, valid_from: period.validFrom, valid_to: period.validTo })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'user.add_assignment', entity: 'role_assignment', entityId: row.id, orgUnitId: input.orgUnitId, after: row });
  });
  return getUser(ctx, userId);
}

export async function removeAssignment(ctx: Ctx, userId: string, assignmentId: string): Promise<UserDetail> {
  const user = await loadUser(ctx, userId);
  const current = await ctx.db.selectFrom('role_assignment').selectAll().where('id', '=', assignmentId).where('user_id', '=', userId).executeTakeFirst();
  if (!current) throw notFound('Vai trò');
  if (!mayGrantRole(ctx.actor, current.role, ctx.today)) throw forbidden('Chỉ quản trị hệ thống mới được thu hồi vai trò quản trị hệ thống.');
  await authorize(ctx, 'account.manage', { unitId: user.home_unit_id, mode: 'write' });
  await authorize(ctx, 'account.manage', { unitId: current.org_unit_id, mode: 'write' });
  await inTx(ctx, async (tx) => {
    await tx.deleteFrom('role_assignment').where('id', '=', assignmentId).execute();
    await recordAudit(tx, ctx, { action: 'user.remove_assignment', entity: 'role_assignment', entityId: assignmentId, orgUnitId: current.org_unit_id, before: current });
  });
  return getUser(ctx, userId);
}
