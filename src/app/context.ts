import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../access/policy';
import type { DB } from '../db/schema';

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

/** Everything a use-case needs: the database, who acts, where from, and the business date. */
export interface Ctx {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  /** Today's date in Vietnam; role assignments are checked against it. */
  today: string;
}
