import { settingsFor } from '../../settings/local-settings';
import { sql, type SqlBool } from 'kysely';
import type { Ctx } from '../../../app/context';
import { scopeRoots } from '../../../access/authorize';
import { transitionHistory } from '../../../app/transition-history';
import type { ListProposalsQuery, ProposalDetail, ProposalSummary } from '../../../shared/api/award-proposals';
import { registryUnits } from '../../registry/registry-scope';
import { uncoveredBlocking } from '../domain/findings';
import type { DossierCheck } from '../domain/dossier-check';
import { PROPOSAL_WORKFLOW, type ProposalState } from '../domain/proposal-workflow';
import { loadProposal } from '../proposal-access';
import { attachmentsOf, nomineesOf } from '../proposal-queries';
import { proposalDetailView } from '../views';

export async function getProposal(ctx: Ctx, id: string): Promise<ProposalDetail> {
  const p = await loadProposal(ctx, id);
  const [nominees, attachments, history, from, to, overrides] = await Promise.all([
    nomineesOf(ctx.db, id),
    attachmentsOf(ctx.db, id),
    transitionHistory(ctx.db, 'award_proposal', id, PROPOSAL_WORKFLOW),
    p.forwarded_from_id ? ctx.db.selectFrom('award_proposal').select(['id', 'title as name']).where('id', '=', p.forwarded_from_id).executeTakeFirst() : undefined,
    ctx.db.selectFrom('award_proposal').select(['id', 'title as name']).where('forwarded_from_id', '=', id).orderBy('created_at').execute(),
    settingsFor(ctx.db, p.receiving_unit_id, ctx.today),
  ]);
  return proposalDetailView(p, { nominees, attachments, history, forwardedFrom: from ?? null, forwardedTo: to, overrides });
}

/**
 * Dossiers sent by the units the actor proposes for, or received by the bodies it reviews for.
 * Drafts are not listed as received: they reach the body above when sent.
 */
export async function listProposals(ctx: Ctx, q: ListProposalsQuery): Promise<{ items: ProposalSummary[] }> {
  const roots = scopeRoots(ctx, q.box === 'gui' ? 'award.propose' : 'award.review');
  if (roots.length === 0) return { items: [] };
  const units = await registryUnits(ctx.db, roots.map((id) => ({ id, day: ctx.today })));
  const column = q.box === 'gui' ? 'p.proposing_unit_id' : 'p.receiving_unit_id';
  let query = ctx.db
    .selectFrom('award_proposal as p')
    .innerJoin('org_unit as pu', 'pu.id', 'p.proposing_unit_id')
    .innerJoin('org_unit as ru', 'ru.id', 'p.receiving_unit_id')
    .select(['p.id', 'p.title', 'p.basis', 'p.year', 'p.round_kind', 'p.state', 'p.proposing_unit_id', 'p.receiving_unit_id', 'pu.name as proposing_name', 'ru.name as receiving_name', 'p.submitted_at', 'p.updated_at', 'p.check_result', 'p.override_findings'])
    .select((eb) => eb.selectFrom('award_proposal_nominee as n').select(sql<number>`count(*)::int`.as('c')).whereRef('n.proposal_id', '=', 'p.id').as('nominee_count'));
  if (!units.national) query = query.where(sql<SqlBool>`${sql.ref(column)} = any(${[...units.branchOf.keys()]}::uuid[])`);
  if (q.state) query = query.where('p.state', '=', q.state);
  else if (q.box === 'nhan') query = query.where('p.state', '<>', 'soan');
  if (q.year) query = query.where('p.year', '=', q.year);
  const rows = await query.orderBy('p.updated_at', 'desc').limit(500).execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      basis: r.basis,
      year: r.year,
      roundKind: r.round_kind,
      state: r.state as ProposalState,
      stateLabel: PROPOSAL_WORKFLOW.states[r.state as ProposalState] ?? r.state,
      proposingUnit: { id: r.proposing_unit_id, name: r.proposing_name },
      receivingUnit: { id: r.receiving_unit_id, name: r.receiving_name },
      nomineeCount: Number(r.nominee_count ?? 0),
      blocking: r.check_result ? uncoveredBlocking((r.check_result as DossierCheck).findings, (r.override_findings as string[] | null) ?? null).length : 0,
      submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
  };
}
