import type { Db } from '../app/context';
import { ROLE_LABELS } from '../access/roles';
import type { AssignmentView, UserDetail, UserSummary } from '../shared/api/accounts';

export async function assignmentViews(db: Db, userIds: string[]): Promise<Map<string, AssignmentView[]>> {
  const map = new Map<string, AssignmentView[]>();
  if (userIds.length === 0) return map;
  const rows = await db
    .selectFrom('role_assignment as a')
    .innerJoin('org_unit as u', 'u.id', 'a.org_unit_id')
    .leftJoin('org_group as g', 'g.id', 'a.group_id')
    .select(['a.id', 'a.user_id', 'a.role', 'a.valid_from', 'a.valid_to', 'u.id as unit_id', 'u.name as unit_name', 'g.id as group_id', 'g.name as group_name'])
    .where('a.user_id', 'in', userIds)
    .orderBy('a.created_at')
    .execute();
  for (const r of rows) {
    const list = map.get(r.user_id) ?? [];
    list.push({
      id: r.id,
      role: r.role,
      roleLabel: ROLE_LABELS[r.role],
      orgUnit: { id: r.unit_id, name: r.unit_name },
      group: r.group_id && r.group_name ? { id: r.group_id, name: r.group_name } : null,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    });
    map.set(r.user_id, list);
  }
  return map;
}

export function userQuery(db: Db) {
  return db
    .selectFrom('app_user as au')
    .innerJoin('org_unit as hu', 'hu.id', 'au.home_unit_id')
    .select(['au.id', 'au.username', 'au.full_name', 'au.email', 'au.active', 'au.version', 'au.must_change_password', 'hu.id as hu_id', 'hu.name as hu_name']);
}
type UserRow = Awaited<ReturnType<ReturnType<typeof userQuery>['execute']>>[number];

export function toUserSummary(r: UserRow, assignments: AssignmentView[]): UserSummary {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    email: r.email,
    homeUnit: { id: r.hu_id, name: r.hu_name },
    active: r.active,
    roles: [...new Set(assignments.map((a) => a.roleLabel))],
    version: r.version,
  };
}

export function toUserDetail(r: UserRow, assignments: AssignmentView[]): UserDetail {
  return { ...toUserSummary(r, assignments), mustChangePassword: r.must_change_password, assignments };
}
