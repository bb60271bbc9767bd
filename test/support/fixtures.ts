import type { Database } from '../../src/db/connect';
import type { Actor } from '../../src/access/policy';
import type { Role } from '../../src/access/roles';
import type { Ctx } from '../../src/app/context';
import { seedDemo, DEMO_PROVINCES } from '../../src/demo/seed-demo';
import { loadActor } from '../../src/accounts/actor-loader';
import { dvhcFiles } from './databases';

export const TODAY = '2026-11-21';

/** The demo on the provinces the clusters need; the report campaigns only when a test reads them (they take seconds to replay). */
export async function seedDemoRegion(database: Database, opts: { reports?: boolean; awards?: boolean } = {}) {
  return seedDemo(database.db, await dvhcFiles(), { provinces: DEMO_PROVINCES, reports: opts.reports ?? false, awards: opts.awards ?? false });
}

export async function unitId(database: Database, tree: 'pre2025' | '2025', code: string): Promise<string> {
  return (await database.db.selectFrom('org_unit').select('id').where('tree_version', '=', tree).where('code', '=', code).executeTakeFirstOrThrow()).id;
}

export async function unitByName(database: Database, name: string): Promise<string> {
  return (await database.db.selectFrom('org_unit').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

export async function ctxFor(database: Database, username: string, today = TODAY): Promise<Ctx> {
  const user = await database.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  const actor = (await loadActor(database.db, user.id)) as Actor;
  return { db: database.db, actor, meta: { ip: '127.0.0.1', userAgent: 'vitest' }, today };
}

/** An actor built in memory with one role at one unit, for use-case tests that need no account row. */
export function actorWith(role: Role, orgUnitId: string, extra: Partial<Actor> = {}): Actor {
  return { userId: '', username: `test.${role}`, fullName: `Thử ${role}`, assignments: [{ id: 'a1', role, orgUnitId, groupId: null, validFrom: null, validTo: null }], ...extra };
}
