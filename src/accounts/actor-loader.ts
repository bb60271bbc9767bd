import type { Db } from '../app/context';
import type { Actor, Assignment } from '../access/policy';

export async function loadAssignments(db: Db, userId: string): Promise<Assignment[]> {
  const rows = await db.selectFrom('role_assignment').selectAll().where('user_id', '=', userId).execute();
  return rows.map((r) => ({ id: r.id, role: r.role, orgUnitId: r.org_unit_id, groupId: r.group_id, validFrom: r.valid_from, validTo: r.valid_to }));
}

export async function loadActor(db: Db, userId: string): Promise<Actor | undefined> {
  const user = await db.selectFrom('app_user').select(['id', 'username', 'full_name', 'active', 'must_change_password']).where('id', '=', userId).executeTakeFirst();
  if (!user || !user.active) return undefined;
  return {
    userId: user.id,
    username: user.username,
    fullName: user.full_name,
    assignments: await loadAssignments(db, userId),
    mustChangePassword: user.must_change_password,
  };
}

/** The actor of system jobs (CLI import, demo seed), recorded as such in the audit log. */
export const SYSTEM_ACTOR: Actor = {
  userId: '',
  username: 'system',
  fullName: 'Hệ thống',
  assignments: [],
};
