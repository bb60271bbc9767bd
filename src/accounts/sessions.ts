import { createHash, randomBytes } from 'node:crypto';
import type { Db, Tx } from '../app/context';

export const SESSION_COOKIE = 'thidua_sid';
export const SESSION_TTL_HOURS = 12;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function createSession(db: Db | Tx, userId: string, meta: { ip: string | null; userAgent: string | null }) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.deleteFrom('user_session').where('expires_at', '<', new Date()).execute();
  await db
    .insertInto('user_session')
    .values({
      token_hash: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + SESSION_TTL_HOURS * 3600_000),
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 500) ?? null,
    })
    .execute();
  return { token, csrfToken };
}

export async function findSession(db: Db, token: string) {
  return db
    .selectFrom('user_session')
    .select(['user_id', 'csrf_token', 'token_hash'])
    .where('token_hash', '=', sha256(token))
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
}

export async function deleteSession(db: Db | Tx, token: string): Promise<void> {
  await db.deleteFrom('user_session').where('token_hash', '=', sha256(token)).execute();
}

/** After a password change every other session of the user ends. */
export async function deleteOtherSessions(db: Db, userId: string, keepToken: string | null): Promise<void> {
  let q = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (keepToken) q = q.where('token_hash', '<>', sha256(keepToken));
  await q.execute();
}
