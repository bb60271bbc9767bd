import type { Ctx, Tx } from '../../app/context';
import { recordAudit } from '../../audit/record-audit';
import { versionConflict } from '../../shared/errors';
import { checkTransition } from '../../shared/workflow';
import { PROPOSAL_WORKFLOW, type ProposalState } from './domain/proposal-workflow';

/**
 * Moves a proposal one step inside the caller's transaction: checks the workflow, bumps the
 * version (refusing a stale one), records the transition and the audit row. The council and
 * decision modules call it too, so every move of a dossier leaves the same trace.
 */
export async function moveProposal(
  tx: Tx,
  ctx: Pick<Ctx, 'actor' | 'meta'>,
  p: { id: string; state: string; version: number; proposing_unit_id: string },
  to: ProposalState,
  reason?: string | null,
): Promise<void> {
  const rule = checkTransition(PROPOSAL_WORKFLOW, p.state as ProposalState, to, reason);
  const updated = await tx
    .updateTable('award_proposal')
    .set((eb) => ({ state: to, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', p.id)
    .where('version', '=', p.version)
    .where('state', '=', p.state)
    .returning('id')
    .executeTakeFirst();
  if (!updated) throw versionConflict();
  await tx
    .insertInto('workflow_transition')
    .values({ entity: 'award_proposal', entity_id: p.id, from_state: p.state, to_state: to, actor_id: ctx.actor.userId || null, actor_name: ctx.actor.fullName, reason: reason?.trim() || null })
    .execute();
  await recordAudit(tx, ctx, {
    action: 'award_proposal.transition',
    entity: 'award_proposal',
    entityId: p.id,
    orgUnitId: p.proposing_unit_id,
    before: { state: p.state },
    after: { state: to, transition: rule.label, reason: reason ?? null },
  });
}
