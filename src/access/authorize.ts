import type { Ctx, Db } from '../app/context';
import { forbidden, notFound } from '../shared/errors';
import { ancestryOn } from '../org/org-queries';
import { decide, type ResourceScope } from './policy';
import type { Action } from './roles';

/**
 * Where a unit sits on a day, for the policy. Group-scoped roles match only resources of that
 * group (given explicitly), never a member's whole subtree: a group is not a way into units' data.
 */
export async function unitScope(db: Db, unitId: string, day: string, groupIds: string[] = []): Promise<ResourceScope> {
  return { unitAncestry: await ancestryOn(db, unitId, day), groupIds };
}

export interface AuthorizeTarget {
  unitId: string | null;
  /** The day on which the resource's place in the tree is taken; defaults to today. */
  day?: string;
  groupId?: string;
  /** Reads answer 404 so that an outsider cannot learn that the resource exists. */
  mode: 'read' | 'write';
  what?: string;
}

/** Throws unless the central policy allows the actor this action on the target. */
export async function authorize(ctx: Ctx, action: Action, target: AuthorizeTarget): Promise<void> {
  const scope =
    target.unitId === null
      ? { unitAncestry: [], groupIds: target.groupId ? [target.groupId] : [] }
      : await unitScope(ctx.db, target.unitId, target.day ?? ctx.today, target.groupId ? [target.groupId] : []);
  if (decide(ctx.actor, action, scope, ctx.today).allowed) return;
  throw target.mode === 'read' ? notFound(target.what) : forbidden();
}

/** Org units at which the actor holds this action today (roots of its scope). */
export function scopeRoots(ctx: Ctx, action: Action): string[] {
  return ctx.actor.assignments
    .filter((a) => decide({ ...ctx.actor, assignments: [a] }, action, { unitAncestry: [a.orgUnitId] }, ctx.today).allowed)
    .map((a) => a.orgUnitId);
}
