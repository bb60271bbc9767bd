import { sql } from 'kysely';
import type { Ctx } from '../../../app/context';
import { authorize, scopeRoots } from '../../../access/authorize';
import { subtreeIdsOn } from '../../../org/org-queries';
import type { CandidateProposal, DecisionListQuery, DecisionSummary, DecisionView } from '../../../shared/api/award-decisions';
import { escapeLike, searchKey } from '../../../shared/vi-text';
import { PROPOSAL_WORKFLOW, type ProposalState } from '../../proposals/domain/proposal-workflow';
import { CLOSED } from '../decision-items';
import { loadDecision, mayDecide, type DecisionRow } from '../decision-access';
import { article1Text } from '../domain/decision-text';
import { nextNumber } from '../domain/numbering';

export const STATE_LABELS = { du_thao: 'Dự thảo', ban_hanh: 'Đã ban hành', thu_hoi: 'Đã thu hồi' } as const;

const iso = (t: Date | string | null) => (t ? new Date(t).toISOString() : null);

function summary(d: DecisionRow, unitName: string, itemCount: number, revokedCount: number): DecisionSummary {
  return {
    id: d.id,
    state: d.state,
    stateLabel: STATE_LABELS[d.state],
    decidingUnit: { id: d.deciding_unit_id, name: unitName },
    decisionNumber: d.decision_number,
    decisionDate: d.decision_date,
    title: d.title,
    year: d.year,
    itemCount,
    revokedCount,
    version: d.version,
    updatedAt: new Date(d.updated_at).toISOString(),
  };
}

/**
 * Decisions of the units the reader decides or manages awards for (drafts included), and issued ones
 * anywhere when a unit is asked for: issued decisions are public.
 */
export async function listDecisions(ctx: Ctx, q: DecisionListQuery): Promise<DecisionSummary[]> {
  const roots = [...new Set([...scopeRoots(ctx, 'award.decide'), ...scopeRoots(ctx, 'award.manage')])];
  const own = roots.length ? await subtreeIdsOn(ctx.db, roots, ctx.today) : [];
  let query = ctx.db
    .selectFrom('award_decision as d')
    .innerJoin('org_unit as u', 'u.id', 'd.deciding_unit_id')
    .selectAll('d')
    .select('u.name as unit_name')
    .select((eb) => [
      eb.selectFrom('award_decision_item as i').whereRef('i.decision_id', '=', 'd.id').select(eb.fn.countAll<string>().as('n')).as('item_count'),
      eb.selectFrom('award_decision_item as i').whereRef('i.decision_id', '=', 'd.id').where('i.revoked_at', 'is not', null).select(eb.fn.countAll<string>().as('n')).as('revoked_count'),
    ]);
  if (q.unitId) {
    await authorize(ctx, 'award.read', { unitId: q.unitId, mode: 'read' });
    query = query.where('d.deciding_unit_id', '=', q.unitId);
    if (!own.includes(q.unitId)) query = query.where('d.state', '<>', 'du_thao');
  } else {
    if (own.length === 0) return [];
    query = query.where('d.deciding_unit_id', 'in', own);
  }
  if (q.state) query = query.where('d.state', '=', q.state);
  if (q.year) query = query.where('d.year', '=', q.year);
  // Searched in the database before the cap, folded the same way on both sides (no diacritics, lower case).
  for (const w of searchKey(q.q ?? '').split(' ').filter(Boolean)) {
    query = query.where(sql<boolean>`f_search_key(coalesce(d.decision_number, '') || ' ' || d.title) like ${`%${escapeLike(w)}%`}`);
  }
  const rows = await query.orderBy('d.updated_at', 'desc').limit(500).execute();
  return rows.map((r) => summary(r, r.unit_name, Number(r.item_count ?? 0), Number(r.revoked_count ?? 0)));
}

export async function getDecision(ctx: Ctx, id: string): Promise<DecisionView> {
  const d = await loadDecision(ctx, id, 'read');
  const unit = await ctx.db.selectFrom('org_unit').select('name').where('id', '=', d.deciding_unit_id).executeTakeFirstOrThrow();
  const items = await ctx.db
    .selectFrom('award_decision_item as i')
    .innerJoin('org_unit as u', 'u.id', 'i.org_unit_id')
    .innerJoin('org_unit as pu', 'pu.id', 'i.proposing_unit_id')
    .leftJoin('award_proposal as p', 'p.id', 'i.proposal_id')
    .selectAll('i')
    .select(['u.name as unit_name', 'pu.name as proposing_unit_name', 'p.title as proposal_title'])
    .where('i.decision_id', '=', id)
    .orderBy('i.position')
    .execute();
  const proposalIds = [...new Set(items.flatMap((i) => (i.proposal_id ? [i.proposal_id] : [])))];
  const proposals = proposalIds.length ? await ctx.db.selectFrom('award_proposal').select(['id', 'title', 'state']).where('id', 'in', proposalIds).execute() : [];
  const movement = d.movement_id ? await ctx.db.selectFrom('movement').select(['id', 'name']).where('id', '=', d.movement_id).executeTakeFirst() : undefined;
  const canEdit = d.state === 'du_thao' && (await mayDecide(ctx, d.deciding_unit_id));
  let suggestedNumber: number | null = null;
  if (d.state === 'du_thao') {
    const used = await sql<{ number: number }>`
      select number from award_decision where deciding_unit_id = ${d.deciding_unit_id} and symbol = ${d.symbol}
        and number is not null and extract(year from decision_date) = ${Number(ctx.today.slice(0, 4))}`.execute(ctx.db);
    suggestedNumber = nextNumber(used.rows.map((r) => Number(r.number)));
  }
  return {
    ...summary(d, unit.name, items.length, items.filter((i) => i.revoked_at).length),
    symbol: d.symbol,
    number: d.number,
    parentBody: d.parent_body,
    issuingBody: d.issuing_body,
    place: d.place,
    decidingAuthority: d.deciding_authority,
    authorityLine: d.authority_line,
    legalBases: (d.legal_bases as string[] | null) ?? [],
    article1: d.article1,
    article1Default: article1Text(items.map((i) => ({ subjectKind: i.subject_kind, awardCode: i.award_code, awardName: i.award_name }))),
    article2: d.article2,
    article3: d.article3,
    recipients: (d.recipients as string[] | null) ?? [],
    signerPrefix: d.signer_prefix,
    signerAuthority: d.signer_authority,
    signerTitle: d.signer_title,
    signerName: d.signer_name,
    movement: movement ? { id: movement.id, name: movement.name } : null,
    roundKind: d.round_kind,
    issuedAt: iso(d.issued_at),
    issuedBy: null,
    revokedAt: iso(d.revoked_at),
    revokeReason: d.revoke_reason,
    revokeBasis: d.revoke_basis,
    proposals: proposals.map((p) => ({ id: p.id, name: p.title, state: PROPOSAL_WORKFLOW.states[p.state as ProposalState] ?? p.state })),
    items: items.map((i) => ({
      id: i.id,
      position: i.position,
      proposal: i.proposal_id ? { id: i.proposal_id, name: i.proposal_title ?? '' } : null,
      nomineeId: i.nominee_id,
      subjectId: i.subject_id,
      subjectKind: i.subject_kind,
      fullName: i.full_name,
      positionTitle: i.position_title,
      workplace: i.workplace,
      unit: { id: i.org_unit_id, name: i.unit_name },
      proposingUnit: { id: i.proposing_unit_id, name: i.proposing_unit_name },
      workerCategory: i.worker_category,
      awardCode: i.award_code,
      awardName: i.award_name,
      grade: i.grade,
      level: i.level,
      year: i.year,
      achievement: i.achievement,
      recordId: i.award_record_id,
      revoked: i.revoked_at ? { at: new Date(i.revoked_at).toISOString(), reason: i.revoke_reason ?? '', basis: i.revoke_basis } : null,
    })),
    suggestedNumber,
    canEdit,
  };
}

/** Dossiers at "trình ký" received by the unit, with how many nominees a decision would list. */
export async function listCandidates(ctx: Ctx, unitId: string): Promise<CandidateProposal[]> {
  await authorize(ctx, 'award.decide', { unitId, mode: 'read' });
  const rows = await ctx.db
    .selectFrom('award_proposal as p')
    .innerJoin('org_unit as u', 'u.id', 'p.proposing_unit_id')
    .select(['p.id', 'p.title', 'p.year', 'p.round_kind', 'p.proposing_unit_id', 'u.name as unit_name'])
    .select((eb) => [
      eb.selectFrom('award_proposal_nominee as n').whereRef('n.proposal_id', '=', 'p.id').select(eb.fn.countAll<string>().as('c')).as('nominees'),
      eb.selectFrom('award_proposal_nominee as n').whereRef('n.proposal_id', '=', 'p.id').where('n.council_result', 'is not', null).select(eb.fn.countAll<string>().as('c')).as('voted'),
      eb.selectFrom('award_proposal_nominee as n').whereRef('n.proposal_id', '=', 'p.id').where('n.council_result', '=', 'dong_y').where('n.award_record_id', 'is', null).select(eb.fn.countAll<string>().as('c')).as('approved'),
      eb.selectFrom('award_proposal_nominee as n').whereRef('n.proposal_id', '=', 'p.id').where('n.state', 'not in', [...CLOSED] as ('tra_lai' | 'khong_dat')[]).where('n.award_record_id', 'is', null).select(eb.fn.countAll<string>().as('c')).as('open'),
      eb.selectFrom('award_decision_item as i').innerJoin('award_decision as d', 'd.id', 'i.decision_id').whereRef('i.proposal_id', '=', 'p.id').where('d.state', '=', 'du_thao').select(sql<string>`min(d.id::text)`.as('d')).as('in_draft'),
    ])
    .where('p.receiving_unit_id', '=', unitId)
    .where('p.state', '=', 'trinh_ky')
    .orderBy('p.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    proposingUnit: { id: r.proposing_unit_id, name: r.unit_name },
    year: r.year,
    roundKind: r.round_kind,
    nomineeCount: Number(r.nominees ?? 0),
    awardableCount: Number(r.voted ?? 0) > 0 ? Number(r.approved ?? 0) : Number(r.open ?? 0),
    inDraft: r.in_draft ?? null,
  }));
}

