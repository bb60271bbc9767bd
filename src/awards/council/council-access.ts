import type { Ctx, Db } from '../../app/context';
import { decide, type Actor } from '../../access/policy';
import { ancestryOn } from '../../org/org-queries';
import { forbidden, notFound } from '../../shared/errors';
import type { CouncilTable } from '../../db/schema-council';
import type { Selectable } from 'kysely';

export type CouncilRow = Selectable<CouncilTable>;

/**
 * A council is scoped by its own unit (the "Hội đồng TĐKT …" agency, where members' roles sit) when it
 * has one: that unit lies under the body, so the body's staff and leaders match it as well.
 */
export const scopeUnitOf = (c: Pick<CouncilRow, 'org_unit_id' | 'council_unit_id'>) => c.council_unit_id ?? c.org_unit_id;

export interface CouncilAccess {
  council: CouncilRow;
  ancestry: string[];
  manages: boolean;
  votes: boolean;
}

export function accessFor(actor: Actor, ancestry: string[], today: string): { manages: boolean; votes: boolean } {
  return {
    manages: decide(actor, 'council.manage', { unitAncestry: ancestry }, today).allowed,
    votes: decide(actor, 'council.vote', { unitAncestry: ancestry }, today).allowed,
  };
}

/** Loads a council the actor may read (managers and voters in scope); others get 404. */
export async function loadCouncil(ctx: Ctx, id: string, need: 'read' | 'manage' | 'vote' = 'read', db: Db = ctx.db): Promise<CouncilAccess> {
  const council = await db.selectFrom('council').selectAll().where('id', '=', id).executeTakeFirst();
  if (!council) throw notFound('Hội đồng Thi đua - Khen thưởng');
  const ancestry = await ancestryOn(db, scopeUnitOf(council), ctx.today);
  const a = accessFor(ctx.actor, ancestry, ctx.today);
  if (!a.manages && !a.votes) throw notFound('Hội đồng Thi đua - Khen thưởng');
  if (need === 'manage' && !a.manages) throw forbidden('Chỉ chuyên viên Ban Thi đua - Khen thưởng phụ trách Hội đồng mới được thực hiện thao tác này.');
  if (need === 'vote' && !a.votes) throw forbidden('Tài khoản của bạn không có quyền biểu quyết trong Hội đồng này.');
  return { council, ancestry, ...a };
}
