import type { Ctx } from '../../app/context';
import { decide } from '../../access/policy';
import { unitScope } from '../../access/authorize';
import { forbidden, notFound } from '../../shared/errors';
import { mayOnUnit } from '../registry/registry-scope';

/**
 * Certificates are printed by those who manage the registry of the award's unit or decide awards
 * over it; the deciding body of the decision the award came from may print them too.
 */
export async function mayPrint(ctx: Ctx, recordUnitId: string, decidingUnitId: string | null): Promise<boolean> {
  if ((await mayOnUnit(ctx, 'award.manage', recordUnitId)) || (await mayOnUnit(ctx, 'award.decide', recordUnitId))) return true;
  if (!decidingUnitId) return false;
  const scope = await unitScope(ctx.db, decidingUnitId, ctx.today);
  return decide(ctx.actor, 'award.decide', scope, ctx.today).allowed || decide(ctx.actor, 'award.manage', scope, ctx.today).allowed;
}

export async function authorizePrint(ctx: Ctx, recordUnitId: string, decidingUnitId: string | null, mode: 'read' | 'write'): Promise<void> {
  if (await mayPrint(ctx, recordUnitId, decidingUnitId)) return;
  throw mode === 'read' ? notFound('Giấy chứng nhận') : forbidden();
}

/** Templates belong to a unit: its award officers and deciders edit them. */
export async function mayEditTemplates(ctx: Ctx, unitId: string): Promise<boolean> {
  const scope = await unitScope(ctx.db, unitId, ctx.today);
  return decide(ctx.actor, 'award.manage', scope, ctx.today).allowed || decide(ctx.actor, 'award.decide', scope, ctx.today).allowed;
}
