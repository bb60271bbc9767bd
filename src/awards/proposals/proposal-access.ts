import type { Ctx, Tx } from '../../app/context';
import { decide } from '../../access/policy';
import { AppError, forbidden, notFound } from '../../shared/errors';
import { registryAncestry } from '../registry/registry-scope';
import type { ProposalState } from './domain/proposal-workflow';
import { EDITABLE_STATES } from './domain/proposal-steps';
import type { UnitKind } from './domain/authority';

export const WHAT = 'Hồ sơ đề nghị khen thưởng';

/**
 * A dossier with what its reader may do. The proposing side (award.propose over the proposing
 * unit) drafts and sends; the receiving side (award.review over the receiving unit) appraises. As
 * with reports, the body above reviews what a unit wrote and does not write it for it. Units that
 * ended in the 2025 merger are placed under their successors, so their dossiers stay reachable.
 */
export async function loadProposal(ctx: Ctx, id: string) {
  const p = await ctx.db
    .selectFrom('award_proposal as p')
    .innerJoin('org_unit as pu', 'pu.id', 'p.proposing_unit_id')
    .innerJoin('org_unit as ru', 'ru.id', 'p.receiving_unit_id')
    .leftJoin('movement as m', 'm.id', 'p.movement_id')
    .leftJoin('app_user as ou', 'ou.id', 'p.override_by')
    .selectAll('p')
    .select(['pu.name as proposing_name', 'ru.name as receiving_name', 'ru.kind as receiving_kind', 'm.name as movement_name', 'ou.full_name as override_by_name'])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!p) throw notFound(WHAT);
  const [proposer, receiver] = await Promise.all([registryAncestry(ctx.db, p.proposing_unit_id, ctx.today), registryAncestry(ctx.db, p.receiving_unit_id, ctx.today)]);
  const on = (action: Parameters<typeof decide>[1], ancestry: string[]) => decide(ctx.actor, action, { unitAncestry: ancestry }, ctx.today).allowed;
  const propose = on('award.propose', proposer);
  const review = on('award.review', receiver);
  const decideHere = on('award.decide', receiver);
  const state = p.state as ProposalState;
  const may = {
    edit: propose && (!review || p.proposing_unit_id === p.receiving_unit_id),
    review,
    // Only the receiving body may let a dossier through its blocking findings, and only before it is sent.
    override: review && EDITABLE_STATES.has(state),
    seePersonal: propose || review,
  };
  if (!propose && !review && !decideHere) throw notFound(WHAT);
  return { ...p, state, receiving_kind: p.receiving_kind as UnitKind, may };
}
export type LoadedProposal = Awaited<ReturnType<typeof loadProposal>>;

export function requireEditor(p: LoadedProposal): void {
  if (!p.may.edit) throw forbidden(`Chỉ ${p.proposing_name} được soạn, sửa hồ sơ này.`);
  if (!EDITABLE_STATES.has(p.state)) throw new AppError('CONFLICT', 'Hồ sơ đã gửi; chỉ sửa được khi đang soạn hoặc bị trả lại.');
}

export function requireReviewer(p: LoadedProposal): void {
  if (!p.may.review) throw forbidden(`Chỉ ${p.receiving_name} được tiếp nhận, thẩm định hồ sơ này.`);
}

/**
 * Locks the dossier row for the rest of the transaction and refuses if it has left the unit's hands
 * meanwhile: a change to a nominee or a file cannot slip in between the check of a sending and the move.
 */
export async function lockEditable(tx: Tx, id: string): Promise<void> {
  const row = await tx.selectFrom('award_proposal').select('state').where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row || !EDITABLE_STATES.has(row.state as ProposalState)) throw new AppError('CONFLICT', 'Hồ sơ vừa được gửi hoặc chuyển bước; không sửa được nữa. Vui lòng tải lại.');
}
