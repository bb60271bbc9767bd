import { contains, type Period } from '../shared/period';
import { GRANTS, UNSCOPED_ACTIONS, type Action, type Role } from './roles';

export interface Assignment extends Period {
  id: string;
  role: Role;
  orgUnitId: string;
  groupId: string | null;
}

export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  assignments: Assignment[];
  /** A temporary password (new or reset account) must be replaced before anything else is done. */
  mustChangePassword?: boolean;
}

/**
 * Where a resource sits, as of the decision date: its org unit and that unit's ancestors,
 * and the groups whose member subtrees contain it (or that the resource is).
 */
export interface ResourceScope {
  unitAncestry: readonly string[];
  groupIds?: readonly string[];
}

export interface Decision {
  allowed: boolean;
  via?: Assignment;
}

/** The one answer to "may this actor do this action on this resource as of this date". */
export function decide(actor: Actor, action: Action, resource: ResourceScope | null, date: string): Decision {
  for (const a of actor.assignments) {
    if (!contains(a, date) || !GRANTS[a.role].includes(action)) continue;
    if (UNSCOPED_ACTIONS.has(action)) return { allowed: true, via: a };
    if (resource === null) continue;
    if (a.groupId !== null) {
      if (resource.groupIds?.includes(a.groupId)) return { allowed: true, via: a };
      continue;
    }
    if (resource.unitAncestry.includes(a.orgUnitId)) return { allowed: true, via: a };
  }
  return { allowed: false };
}

/** Roles an actor may hand out: nobody but an administrator creates administrators. */
export function mayGrantRole(actor: Actor, role: Role, date: string): boolean {
  if (role !== 'admin') return true;
  return actor.assignments.some((a) => a.role === 'admin' && contains(a, date));
}

/** Actions the actor holds anywhere on the date, for the UI to show or hide controls (never trusted server-side). */
export function actionsHeld(actor: Actor, date: string): Action[] {
  const held = new Set<Action>();
  for (const a of actor.assignments) if (contains(a, date)) for (const x of GRANTS[a.role]) held.add(x);
  return [...held];
}
