import { sql } from 'kysely';
import type { Db } from '../app/context';
import type { MovementDetail, MovementSummary } from '../shared/api/movements';
import { escapeLike, searchKey } from '../shared/vi-text';
import { allowedTransitions } from '../shared/workflow';
import { citationText } from '../documents/citation-text';
import { MOVEMENT_KINDS, MOVEMENT_WORKFLOW } from './domain/lifecycle';

function base(db: Db) {
  return db
    .selectFrom('movement as m')
    .innerJoin('org_unit as o', 'o.id', 'm.owner_unit_id')
    .leftJoin('movement as p', 'p.id', 'm.parent_id')
    .selectAll('m')
    .select(['o.name as owner_name', 'p.name as parent_name']);
}
type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function toSummary(r: Row): MovementSummary {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    kindLabel: MOVEMENT_KINDS[r.kind],
    ownerUnit: { id: r.owner_unit_id, name: r.owner_name },
    periodFrom: r.period_from,
    periodTo: r.period_to,
    state: r.state,
    stateLabel: MOVEMENT_WORKFLOW.states[r.state],
    parent: r.parent_id && r.parent_name ? { id: r.parent_id, name: r.parent_name } : null,
    version: r.version,
  };
}

/** Movements whose period touches the year, by state and words of the name (without diacritics). */
export async function findMovements(db: Db, f: { q?: string; state?: MovementSummary['state']; year?: number }): Promise<MovementSummary[]> {
  let q = base(db);
  for (const w of searchKey(f.q ?? '').split(' ').filter(Boolean)) q = q.where(sql<boolean>`f_search_key(m.search_text) like ${`%${escapeLike(w)}%`}`);
  if (f.state) q = q.where('m.state', '=', f.state);
  if (f.year) q = q.where('m.period_from', '<=', `${f.year}-12-31`).where('m.period_to', '>=', `${f.year}-01-01`);
  return (await q.orderBy('m.period_from', 'desc').orderBy('m.name').limit(500).execute()).map(toSummary);
}

export async function findMovementDetail(db: Db, id: string): Promise<MovementDetail | undefined> {
  const row = await base(db).where('m.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [criteria, scopes, documents, children, transitions] = await Promise.all([
    db.selectFrom('movement_criterion').select(['id', 'text', 'mandatory']).where('movement_id', '=', id).orderBy('position').execute(),
    db
      .selectFrom('movement_scope as s')
      .leftJoin('org_unit as u', 'u.id', 's.unit_id')
      .leftJoin('org_group as g', 'g.id', 's.group_id')
      .select(['u.id as unit_id', 'u.name as unit_name', 'g.id as group_id', 'g.name as group_name'])
      .where('s.movement_id', '=', id)
      .execute(),
    db
      .selectFrom('movement_document as md')
      .innerJoin('directive_document as d', 'd.id', 'md.document_id')
      .select(['d.id', 'd.doc_type', 'd.number_symbol', 'd.issued_on', 'd.issuer_name', 'd.title'])
      .where('md.movement_id', '=', id)
      .orderBy('d.issued_on')
      .execute(),
    db.selectFrom('movement').select(['id', 'name']).where('parent_id', '=', id).orderBy('name').execute(),
    db.selectFrom('workflow_transition').selectAll().where('entity', '=', 'movement').where('entity_id', '=', id).orderBy('id').execute(),
  ]);
  const label = (from: string, to: string) => MOVEMENT_WORKFLOW.transitions.find((t) => t.from === from && t.to === to)?.label ?? to;
  return {
    ...toSummary(row),
    description: row.description,
    launchedOn: row.launched_on,
    criteria,
    scopes: scopes.map((s) => ({
      unit: s.unit_id && s.unit_name ? { id: s.unit_id, name: s.unit_name } : null,
      group: s.group_id && s.group_name ? { id: s.group_id, name: s.group_name } : null,
    })),
    documents: documents.map((d) => ({
      id: d.id,
      title: d.title,
      citation: citationText({ docType: d.doc_type, numberSymbol: d.number_symbol, issuedOn: d.issued_on, issuerName: d.issuer_name }),
    })),
    children,
    transitions: transitions.map((t) => ({
      from: t.from_state,
      to: t.to_state,
      label: label(t.from_state, t.to_state),
      actorName: t.actor_name,
      reason: t.reason,
      at: new Date(t.at).toISOString(),
    })),
    next: allowedTransitions(MOVEMENT_WORKFLOW, row.state).map((t) => ({ to: t.to, label: t.label, requiresReason: t.requiresReason })),
  };
}
