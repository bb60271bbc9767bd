import type { z } from 'zod';
import type { Ctx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { AppError, forbidden, notFound, versionConflict } from '../../shared/errors';
import { mayGrantRole } from '../../access/policy';
import { cleanText } from '../../shared/vi-text';
import type { createUserBody, UserDetail, updateUserBody } from '../../shared/api/accounts';
import { hashPassword } from '../password';
import { deleteOtherSessions } from '../sessions';
import { getUser } from './read-users';

/** Never let a password hash reach the audit log. */
const withoutSecrets = <T extends { password_hash?: string }>(row: T) => ({ ...row, password_hash: undefined });

export async function createUser(ctx: Ctx, input: z.infer<typeof createUserBody>): Promise<UserDetail> {
  await authorize(ctx, 'account.manage', { unitId: input.homeUnitId, mode: 'write' });
  const passwordHash = await hashPassword(input.password);
  const id = await inTx(ctx, async (tx) => {
    const row = await tx
      .insertInto('app_user')
      .values({
        username: input.username.trim(),
        full_name: cleanText(input.fullName),
        email: input.email ?? null,
        home_unit_id: input.homeUnitId,
        password_hash: passwordHash,
        // The person must choose their own password at first login.
        must_change_password: true,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'user.create', entity: 'app_user', entityId: row.id, orgUnitId: input.homeUnitId, after: withoutSecrets(row) });
    return row.id;
  });
  return getUser(ctx, id);
}

/**
 * Locking, editing or resetting an account is taking control of everything it may do, so the actor
 * must cover each of the target's roles as well as its home unit, and only administrators touch administrators.
 */
async function loadForWrite(ctx: Ctx, id: string) {
  const current = await ctx.db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('Tài khoản');
  await authorize(ctx, 'account.read', { unitId: current.home_unit_id, mode: 'read', what: 'Tài khoản' });
  await authorize(ctx, 'account.manage', { unitId: current.home_unit_id, mode: 'write' });
  const roles = await ctx.db.selectFrom('role_assignment').select(['role', 'org_unit_id', 'group_id']).where('user_id', '=', id).execute();
  for (const r of roles) {
    if (!mayGrantRole(ctx.actor, r.role, ctx.today)) throw forbidden('Chỉ quản trị hệ thống mới được thay đổi tài khoản của quản trị hệ thống.');
    await authorize(ctx, 'account.manage', { unitId: r.org_unit_id, mode: 'write' });
  }
  return current;
}

export async function updateUser(ctx: Ctx, id: string, input: z.infer<typeof updateUserBody>): Promise<UserDetail> {
  const current = await loadForWrite(ctx, id);
  if (input.homeUnitId && input.homeUnitId !== current.home_unit_id) {
    await authorize(ctx, 'account.manage', { unitId: input.homeUnitId, mode: 'write' });
  }
  if (input.active === false && id === ctx.actor.userId) {
    throw new AppError('VALIDATION', 'Bạn không thể tự khóa tài khoản của chính mình.');
  }
  await inTx(ctx, async (tx) => {
    const updated = await tx
      .updateTable('app_user')
      .set((eb) => ({
        full_name: input.fullName !== undefined ? cleanText(input.fullName) : current.full_name,
        email: input.email !== undefined ? input.email : current.email,
        active: input.active ?? current.active,
        home_unit_id: input.homeUnitId ?? current.home_unit_id,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await recordAudit(tx, ctx, {
      action: 'user.update',
      entity: 'app_user',
      entityId: id,
      orgUnitId: updated.home_unit_id,
      before: withoutSecrets(current),
      after: withoutSecrets(updated),
    });
  });
  if (input.active === false) await deleteOtherSessions(ctx.db, id, null);
  return getUser(ctx, id);
}

export async function resetPassword(ctx: Ctx, id: string, newPassword: string): Promise<void> {
  const current = await loadForWrite(ctx, id);
  const passwordHash = await hashPassword(newPassword);
  await inTx(ctx, async (tx) => {
    await tx
      .updateTable('app_user')
      .set((eb) => ({ password_hash: passwordHash, must_change_password: true, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, ctx, { action: 'user.reset_password', entity: 'app_user', entityId: id, orgUnitId: current.home_unit_id });
  });
  await deleteOtherSessions(ctx.db, id, null);
}
