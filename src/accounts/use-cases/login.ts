import type { Db, RequestMeta } from '../../app/context';
import { recordAudit } from '../../audit/record-audit';
import { AppError } from '../../shared/errors';
import { burnVerify, verifyPassword } from '../password';
import { createSession } from '../sessions';
import { loadActor } from '../actor-loader';

const BAD = () => new AppError('BAD_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');

/** Same answer and roughly the same time for an unknown user, a wrong password and a locked account. */
export async function login(db: Db, input: { username: string; password: string }, meta: RequestMeta) {
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'password_hash', 'active'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', input.username.trim().toLowerCase()))
    .executeTakeFirst();
  if (!user) {
    await burnVerify(input.password);
    throw BAD();
  }
  if (!(await verifyPassword(user.password_hash, input.password)) || !user.active) throw BAD();
  const actor = await loadActor(db, user.id);
  if (!actor) throw BAD();
  const session = await db.transaction().execute(async (tx) => {
    const created = await createSession(tx, user.id, meta);
    await recordAudit(tx, { actor, meta }, { action: 'auth.login', entity: 'app_user', entityId: user.id, orgUnitId: null });
    return created;
  });
  return { userId: user.id, ...session };
}
