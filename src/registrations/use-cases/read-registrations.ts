import type { Ctx } from '../../app/context';
import { authorize, scopeRoots, unitScope } from '../../access/authorize';
import { decide } from '../../access/policy';
import { notFound } from '../../shared/errors';
import { allowedTransitions } from '../../shared/workflow';
import { citationText } from '../../documents/citation-text';
import { subtreeIdsOn } from '../../org/org-queries';
import type { RegistrationDetail, RegistrationSummary } from '../../shared/api/registrations';
import type { RegistrationState } from '../../db/schema';
import { REGISTRATION_WORKFLOW, editable, transitionActor } from '../domain/registration-workflow';
import { summaries, toSummary } from '../registration-queries';

export interface RegistrationFilter {
  movementId?: string;
  year?: number;
  state?: RegistrationState;
  unitId?: string;
  toReview?: boolean;
}

/** Registrations are answers to a published movement, readable by everyone who may read movements. */
export async function listRegistrations(ctx: Ctx, f: RegistrationFilter): Promise<RegistrationSummary[]> {
  await authorize(ctx, 'movement.read', { unitId: null, mode: 'read' });
  let q = summaries(ctx.db);
  if (f.movementId) q = q.where('r.movement_id', '=', f.movementId);
  if (f.year) q = q.where('r.year', '=', f.year);
  if (f.state) q = q.where('r.state', '=', f.state);
  if (f.unitId) q = q.where('r.unit_id', '=', f.unitId);
  if (f.toReview) {
    const mine = await subtreeIdsOn(ctx.db, scopeRoots(ctx, 'registration.review'), ctx.today);
    if (!mine.length) return [];
    q = q.where('r.reviewer_unit_id', 'in', mine);
  }
  return (await q.orderBy('r.year', 'desc').orderBy('u.name').limit(2000).execute()).map(toSummary);
}

async function may(ctx: Ctx, action: 'registration.manage' | 'registration.review', unitId: string): Promise<boolean> {
  return decide(ctx.actor, action, await unitScope(ctx.db, unitId, ctx.today), ctx.today).allowed;
}

export async function getRegistration(ctx: Ctx, id: string): Promise<RegistrationDetail> {
  await authorize(ctx, 'movement.read', { unitId: null, mode: 'read' });
  const r = await summaries(ctx.db).where('r.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('Đăng ký thi đua');
  const [commitments, documents, included, transitions] = await Promise.all([
    ctx.db
      .selectFrom('registration_commitment as k')
      .leftJoin('indicator as i', 'i.id', 'k.indicator_id')
      .select(['k.id', 'k.text', 'k.target', 'i.id as ind_id', 'i.code', 'i.name', 'i.unit_of_measure'])
      .where('k.registration_id', '=', id)
      .orderBy('k.position')
      .execute(),
    ctx.db.selectFrom('registration_document as rd').innerJoin('directive_document as d', 'd.id', 'rd.document_id').selectAll('d').where('rd.registration_id', '=', id).execute(),
    summaries(ctx.db).where('r.combined_into_id', '=', id).orderBy('u.name').execute(),
    ctx.db.selectFrom('workflow_transition').selectAll().where('entity', '=', 'registration').where('entity_id', '=', id).orderBy('id').execute(),
  ]);
  const [asUnit, asReviewer] = await Promise.all([may(ctx, 'registration.manage', r.unit_id), may(ctx, 'registration.review', r.reviewer_unit_id)]);
  return {
    ...toSummary(r),
    note: r.note,
    returnReason: r.return_reason,
    commitments: commitments.map((k) => ({
      id: k.id,
      text: k.text,
      indicator: k.ind_id ? { id: k.ind_id, code: k.code!, name: k.name!, unitOfMeasure: k.unit_of_measure! } : null,
      target: k.target === null ? null : Number(k.target),
    })),
    documents: documents.map((d) => ({ id: d.id, title: d.title, citation: citationText({ docType: d.doc_type, numberSymbol: d.number_symbol, issuedOn: d.issued_on, issuerName: d.issuer_name }) })),
    included: included.map(toSummary),
    transitions: transitions.map((t) => {
      const rule = REGISTRATION_WORKFLOW.transitions.find((x) => x.from === t.from_state && x.to === t.to_state);
      return { from: t.from_state, to: t.to_state, label: rule?.label ?? t.to_state, actorName: t.actor_name, reason: t.reason, at: new Date(t.at).toISOString() };
    }),
    canEdit: asUnit && editable(r.state) && !r.combined_into_id,
    next: allowedTransitions(REGISTRATION_WORKFLOW, r.state)
      .filter((t) => (transitionActor(t.from, t.to) === 'unit' ? asUnit : asReviewer))
      .map((t) => ({ to: t.to, label: t.label, requiresReason: t.requiresReason })),
  };
}

export async function registrationOverview(ctx: Ctx, f: { movementId?: string; year?: number }) {
  const items = await listRegistrations(ctx, f);
  const byState = (['chua_gui', 'cho_duyet', 'tra_lai', 'da_duyet'] as const).map((s) => ({ state: s, label: REGISTRATION_WORKFLOW.states[s], count: items.filter((i) => i.state === s).length }));
  const reviewers = new Map<string, { reviewerUnit: { id: string; name: string }; counts: Record<string, number> }>();
  for (const i of items) {
    const e = reviewers.get(i.reviewerUnit.id) ?? { reviewerUnit: i.reviewerUnit, counts: {} };
    e.counts[i.state] = (e.counts[i.state] ?? 0) + 1;
    reviewers.set(i.reviewerUnit.id, e);
  }
  return { byState, byReviewer: [...reviewers.values()] };
}
