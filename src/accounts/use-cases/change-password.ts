import type { Ctx } from '../../app/context';
import { inTx } from '../../app/tx';
import { recordAudit } from '../../audit/record-audit';
import { AppError } from '../../shared/errors';
import { hashPassword, verifyPassword } from '../password';
import { deleteOtherSessions } from '../sessions';

export async function changePassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
  currentSessionToken: string | null,
): Promise<void> {
  const user = await ctx.db.selectFrom('app_user').select(['id', 'password_hash', 'username']).where('id', '=', ctx.actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('VALIDATION', 'Mật khẩu hiện tại không đúng.', [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }]);
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('WEAK_PASSWORD', 'Mật khẩu mới phải khác mật khẩu hiện tại.', [{ path: 'newPassword', message: 'Phải khác mật khẩu cũ.' }]);
  }
  if (input.newPassword.toLowerCase().includes(user.username.toLowerCase())) {
    throw new AppError('WEAK_PASSWORD', 'Mật khẩu không được chứa tên đăng nhập.', [{ path: 'newPassword', message: 'Không chứa tên đăng nhập.' }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTx(ctx, async (tx) => {
    await tx
      .updateTable('app_user')
      .set((eb) => ({ password_hash: passwordHash, must_change_password: false, password_changed_at: new Date(), version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', user.id)
      .execute();
    await recordAudit(tx, ctx, { action: 'auth.change_password', entity: 'app_user', entityId: user.id, orgUnitId: null });
  });
  await deleteOtherSessions(ctx.db, user.id, currentSessionToken);
}
