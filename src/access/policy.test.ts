import { describe, expect, it } from 'vitest';
import { actionsHeld, decide, mayGrantRole, type Actor, type Assignment } from './policy';
import { ACTIONS, GRANTS, ROLES, UNSCOPED_ACTIONS, type Action, type Role } from './roles';

const DAY = '2024-06-15';
let seq = 0;
const asg = (role: Role, orgUnitId = 'PROV', extra: Partial<Assignment> = {}): Assignment => ({
  id: `a${++seq}`,
  role,
  orgUnitId,
  groupId: null,
  validFrom: null,
  validTo: null,
  ...extra,
});
const actor = (...assignments: Assignment[]): Actor => ({ userId: 'u1', username: 'cb', fullName: 'Nguyễn Văn A', assignments });

// Tree: PROV ─┬─ DEPT_A ── OFFICE_A1
//             └─ DEPT_B
const inOfficeA1 = { unitAncestry: ['OFFICE_A1', 'DEPT_A', 'PROV'] };
const inDeptB = { unitAncestry: ['DEPT_B', 'PROV'] };

/** Written out by hand so that a change to GRANTS must be deliberate. */
const MATRIX: Record<Role, Record<Action, 0 | 1>> = {
  // prettier-ignore
  admin:            { 'org.read': 1, 'org.manage_admin_units': 1, 'org.manage_agencies': 1, 'group.read': 1, 'group.manage': 1, 'account.read': 1, 'account.manage': 1, 'audit.read': 1, 'document.read': 1, 'document.manage': 1, 'movement.read': 1, 'movement.manage': 1, 'indicator.read': 1, 'indicator.manage': 1, 'value.write': 1, 'period.lock': 1, 'registration.manage': 1, 'registration.review': 1, 'outline.manage': 1, 'campaign.manage': 1, 'report.read': 1, 'report.write': 1, 'report.review': 1, 'award.read': 1, 'award.manage': 1, 'award.propose': 1, 'award.review': 1, 'council.manage': 1, 'council.vote': 1, 'award.decide': 1, 'award.settings': 1 },
  board_specialist: { 'org.read': 1, 'org.manage_admin_units': 0, 'org.manage_agencies': 1, 'group.read': 1, 'group.manage': 1, 'account.read': 1, 'account.manage': 1, 'audit.read': 1, 'document.read': 1, 'document.manage': 1, 'movement.read': 1, 'movement.manage': 1, 'indicator.read': 1, 'indicator.manage': 1, 'value.write': 1, 'period.lock': 1, 'registration.manage': 1, 'registration.review': 1, 'outline.manage': 1, 'campaign.manage': 1, 'report.read': 1, 'report.write': 1, 'report.review': 1, 'award.read': 1, 'award.manage': 1, 'award.propose': 1, 'award.review': 1, 'council.manage': 1, 'council.vote': 0, 'award.decide': 1, 'award.settings': 1 },
  unit_officer:     { 'org.read': 1, 'org.manage_admin_units': 0, 'org.manage_agencies': 1, 'group.read': 1, 'group.manage': 0, 'account.read': 1, 'account.manage': 0, 'audit.read': 0, 'document.read': 1, 'document.manage': 1, 'movement.read': 1, 'movement.manage': 1, 'indicator.read': 1, 'indicator.manage': 0, 'value.write': 1, 'period.lock': 0, 'registration.manage': 1, 'registration.review': 1, 'outline.manage': 1, 'campaign.manage': 1, 'report.read': 1, 'report.write': 1, 'report.review': 1, 'award.read': 1, 'award.manage': 1, 'award.propose': 1, 'award.review': 1, 'council.manage': 0, 'council.vote': 0, 'award.decide': 0, 'award.settings': 0 },
  council_member:   { 'org.read': 1, 'org.manage_admin_units': 0, 'org.manage_agencies': 0, 'group.read': 1, 'group.manage': 0, 'account.read': 0, 'account.manage': 0, 'audit.read': 0, 'document.read': 1, 'document.manage': 0, 'movement.read': 1, 'movement.manage': 0, 'indicator.read': 1, 'indicator.manage': 0, 'value.write': 0, 'period.lock': 0, 'registration.manage': 0, 'registration.review': 0, 'outline.manage': 0, 'campaign.manage': 0, 'report.read': 1, 'report.write': 0, 'report.review': 0, 'award.read': 1, 'award.manage': 0, 'award.propose': 0, 'award.review': 0, 'council.manage': 0, 'council.vote': 1, 'award.decide': 0, 'award.settings': 0 },
  leader:           { 'org.read': 1, 'org.manage_admin_units': 0, 'org.manage_agencies': 0, 'group.read': 1, 'group.manage': 0, 'account.read': 1, 'account.manage': 0, 'audit.read': 1, 'document.read': 1, 'document.manage': 0, 'movement.read': 1, 'movement.manage': 0, 'indicator.read': 1, 'indicator.manage': 0, 'value.write': 0, 'period.lock': 0, 'registration.manage': 0, 'registration.review': 0, 'outline.manage': 0, 'campaign.manage': 0, 'report.read': 1, 'report.write': 0, 'report.review': 0, 'award.read': 1, 'award.manage': 0, 'award.propose': 0, 'award.review': 0, 'council.manage': 0, 'council.vote': 1, 'award.decide': 1, 'award.settings': 0 },
};

describe('permission matrix', () => {
  it('covers every role and action', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ROLES].sort());
    for (const r of ROLES) expect(Object.keys(MATRIX[r]).sort()).toEqual([...ACTIONS].sort());
  });

  const cells = ROLES.flatMap((role) => ACTIONS.map((action) => [role, action, MATRIX[role][action] === 1] as const));
  it.each(cells)('%s × %s → %s', (role, action, expected) => {
    expect(GRANTS[role].includes(action)).toBe(expected);
    // In scope (assignment at the root, resource below it), decide() must agree exactly with the grants.
    const d = decide(actor(asg(role, 'PROV')), action, inOfficeA1, DAY);
    expect(d.allowed).toBe(expected);
    if (expected) expect(d.via?.role).toBe(role);
    else expect(d.via).toBeUndefined();
  });
});

describe('decide: scope by unit ancestry', () => {
  it('allows when the assignment unit is the resource unit or an ancestor', () => {
    expect(decide(actor(asg('unit_officer', 'DEPT_A')), 'org.manage_agencies', inOfficeA1, DAY).allowed).toBe(true);
    expect(decide(actor(asg('unit_officer', 'OFFICE_A1')), 'org.manage_agencies', inOfficeA1, DAY).allowed).toBe(true);
  });

  it('denies for a sibling unit and for a descendant unit', () => {
    expect(decide(actor(asg('unit_officer', 'DEPT_A')), 'org.manage_agencies', inDeptB, DAY).allowed).toBe(false);
    expect(decide(actor(asg('unit_officer', 'OFFICE_A1')), 'account.read', { unitAncestry: ['DEPT_A', 'PROV'] }, DAY).allowed).toBe(false);
  });

  it('a null resource denies scoped actions even for admin', () => {
    for (const action of ACTIONS.filter((a) => !UNSCOPED_ACTIONS.has(a))) {
      expect(decide(actor(asg('admin', 'PROV')), action, null, DAY).allowed).toBe(false);
    }
  });

  it('returns the assignment that granted access', () => {
    const wrong = asg('council_member', 'PROV');
    const right = asg('unit_officer', 'DEPT_A');
    expect(decide(actor(wrong, right), 'account.read', inOfficeA1, DAY).via).toBe(right);
  });
});

describe('decide: validity dates', () => {
  const expired = asg('board_specialist', 'PROV', { validFrom: '2023-01-01', validTo: '2024-06-14' });
  const future = asg('board_specialist', 'PROV', { validFrom: '2024-06-16', validTo: null });

  it('ignores expired and not-yet-valid assignments', () => {
    expect(decide(actor(expired), 'group.manage', inOfficeA1, DAY).allowed).toBe(false);
    expect(decide(actor(future), 'group.manage', inOfficeA1, DAY).allowed).toBe(false);
    expect(decide(actor(expired, future), 'org.read', null, DAY).allowed).toBe(false);
  });

  it('treats both ends as inclusive', () => {
    expect(decide(actor(expired), 'group.manage', inOfficeA1, '2024-06-14').allowed).toBe(true);
    expect(decide(actor(future), 'group.manage', inOfficeA1, '2024-06-16').allowed).toBe(true);
  });

  it('an actor with no assignments may do nothing', () => {
    expect(decide(actor(), 'org.read', null, DAY).allowed).toBe(false);
  });
});

describe('decide: unscoped actions', () => {
  it.each(ROLES)('org.read and group.read are open to an active %s with a null resource', (role) => {
    const a = actor(asg(role, 'OFFICE_A1'));
    expect(decide(a, 'org.read', null, DAY).allowed).toBe(true);
    expect(decide(a, 'group.read', null, DAY).allowed).toBe(true);
    expect(decide(a, 'org.read', inDeptB, DAY).allowed).toBe(true);
  });
});

describe('decide: group-scoped assignments', () => {
  const g = asg('unit_officer', 'PROV', { groupId: 'G1' });

  it('allows only when the resource belongs to the group', () => {
    expect(decide(actor(g), 'account.read', { unitAncestry: ['DEPT_B', 'PROV'], groupIds: ['G0', 'G1'] }, DAY).allowed).toBe(true);
    expect(decide(actor(g), 'account.read', { unitAncestry: ['DEPT_B', 'PROV'], groupIds: ['G2'] }, DAY).allowed).toBe(false);
  });

  it('does not allow merely because the unit is in the ancestry', () => {
    expect(decide(actor(g), 'org.manage_agencies', inOfficeA1, DAY).allowed).toBe(false);
    expect(decide(actor(g), 'org.manage_agencies', { ...inOfficeA1, groupIds: [] }, DAY).allowed).toBe(false);
  });

  it('still needs the role to grant the action', () => {
    expect(decide(actor(g), 'group.manage', { unitAncestry: ['X'], groupIds: ['G1'] }, DAY).allowed).toBe(false);
  });
});

describe('decide: role limits', () => {
  it('a leader can read but not manage anything', () => {
    const a = actor(asg('leader', 'PROV'));
    for (const action of ['org.manage_admin_units', 'org.manage_agencies', 'group.manage', 'account.manage'] as const) {
      expect(decide(a, action, inOfficeA1, DAY).allowed).toBe(false);
    }
    expect(decide(a, 'audit.read', inOfficeA1, DAY).allowed).toBe(true);
  });

  it('a unit officer cannot manage accounts even in its own unit', () => {
    const a = actor(asg('unit_officer', 'OFFICE_A1'));
    expect(decide(a, 'account.manage', inOfficeA1, DAY).allowed).toBe(false);
    expect(decide(a, 'account.read', inOfficeA1, DAY).allowed).toBe(true);
  });
});

describe('mayGrantRole', () => {
  it('only an active admin may grant admin', () => {
    expect(mayGrantRole(actor(asg('admin')), 'admin', DAY)).toBe(true);
    expect(mayGrantRole(actor(asg('board_specialist')), 'admin', DAY)).toBe(false);
    expect(mayGrantRole(actor(asg('admin', 'PROV', { validTo: '2024-06-14' })), 'admin', DAY)).toBe(false);
    expect(mayGrantRole(actor(asg('admin', 'PROV', { validFrom: '2024-06-16' })), 'admin', DAY)).toBe(false);
    expect(mayGrantRole(actor(asg('admin', 'PROV', { validTo: DAY })), 'admin', DAY)).toBe(true);
  });

  it('other roles are not restricted by this check', () => {
    expect(mayGrantRole(actor(asg('board_specialist')), 'unit_officer', DAY)).toBe(true);
    expect(mayGrantRole(actor(asg('board_specialist')), 'leader', DAY)).toBe(true);
  });
});

describe('actionsHeld', () => {
  it('is the union of grants of the assignments active on the date', () => {
    const a = actor(asg('council_member'), asg('leader', 'PROV', { validFrom: '2024-07-01' }), asg('unit_officer', 'DEPT_A', { validTo: '2024-06-15' }));
    const union = (...roles: Role[]) => [...new Set(roles.flatMap((r) => GRANTS[r]))].sort();
    expect(actionsHeld(a, DAY).sort()).toEqual(union('council_member', 'unit_officer'));
    expect(actionsHeld(a, '2024-06-16').sort()).toEqual(union('council_member'));
    expect(actionsHeld(a, '2024-07-01').sort()).toEqual(union('council_member', 'leader'));
    expect(actionsHeld(a, DAY)).toContain('org.manage_agencies');
    expect(actionsHeld(a, '2024-06-16')).not.toContain('org.manage_agencies');
  });

  it('has no duplicates and is empty when nothing is active', () => {
    const a = actor(asg('admin'), asg('board_specialist'));
    const held = actionsHeld(a, DAY);
    expect(new Set(held).size).toBe(held.length);
    expect(held.sort()).toEqual([...ACTIONS].sort());
    expect(actionsHeld(actor(asg('admin', 'PROV', { validTo: '2020-01-01' })), DAY)).toEqual([]);
  });
});
