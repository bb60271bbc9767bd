import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../app/context';
import type { AwardCode } from '../domain/catalogue';
import type { Nominee } from '../domain/eligibility';
import { nomineeFromRegistry } from '../registry/eligibility-history';
import { recordsOf } from '../registry/subject-queries';
import { recordView } from '../registry/views';
import { registryAncestry, registryUnits, unitDay } from '../registry/registry-scope';
import { todayInVietnam } from '../../shared/vi-date';
import { PROPOSAL_WORKFLOW, type ProposalState } from './domain/proposal-workflow';
import { OPEN_STATES } from './domain/proposal-steps';
import type { OtherProposalNominee } from './domain/dossier-check';

export async function nomineesOf(db: Db, proposalId: string) {
  return db
    .selectFrom('award_proposal_nominee as n')
    .innerJoin('org_unit as u', 'u.id', 'n.org_unit_id')
    .selectAll('n')
    .select(['u.name as unit_name', 'u.valid_to as unit_valid_to'])
    .where('n.proposal_id', '=', proposalId)
    .orderBy('n.position')
    .execute();
}
export type NomineeRow = Awaited<ReturnType<typeof nomineesOf>>[number];

export async function attachmentsOf(db: Db, proposalId: string) {
  return db
    .selectFrom('award_proposal_attachment')
    .select(['id', 'kind', 'nominee_id', 'file_name', 'mime', 'size', 'sha256', 'uploaded_at'])
    .where('proposal_id', '=', proposalId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

/** Each subject's registry history in the engine's format. */
export async function registryHistories(db: Db, subjects: { id: string; kind: 'ca_nhan' | 'tap_the' | 'ho_gia_dinh'; name: string }[]): Promise<Map<string, Pick<Nominee, 'titles' | 'awards'>>> {
  const out = new Map<string, Pick<Nominee, 'titles' | 'awards'>>();
  const rows = (await recordsOf(db, [...new Set(subjects.map((s) => s.id))])).map(recordView);
  for (const s of subjects) {
    const h = nomineeFromRegistry({ kind: s.kind, fullName: s.name }, rows.filter((r) => r.subjectId === s.id));
    out.set(s.id, { titles: h.titles as Nominee['titles'], awards: h.awards.map((a) => ({ ...a, award: a.award as AwardCode })) });
  }
  return out;
}

/**
 * Units taken as one with a unit when telling namesakes apart: its registry (the units below it and
 * those it carries on from before the 2025 merger) and the units whose registry it lies in. Null: all.
 */
async function relatedUnits(db: Db, unitId: string, today: string): Promise<Set<string> | null> {
  const root = await unitDay(db, unitId, today);
  if (!root) return new Set([unitId]);
  const below = await registryUnits(db, [root]);
  if (below.national) return null;
  return new Set([unitId, ...below.branchOf.keys(), ...(await registryAncestry(db, unitId, today))]);
}

/**
 * The same people in other open dossiers of the year: matched by registry entry or by folded name.
 * Only dossiers received by this dossier's receiving body or the bodies below it are looked at, so a
 * commune never sees another province's dossiers. Dossiers linked by forwarding are one dossier at two
 * levels and are left out. Each row tells which of this dossier's nominees share its unit (or registry
 * branch): a namesake in another unit is another person unless both point to the same registry entry.
 */
export async function othersFor(
  db: Db,
  p: { id: string; year: number | null; forwarded_from_id: string | null; receiving_unit_id: string },
  nominees: { id: string; subject_id: string | null; search_key: string; org_unit_id: string }[],
  today: string = todayInVietnam(),
): Promise<OtherProposalNominee[]> {
  if (p.year === null || nominees.length === 0) return [];
  const receiving = await unitDay(db, p.receiving_unit_id, today);
  if (!receiving) return [];
  const scope = await registryUnits(db, [receiving]);
  const subjectIds = nominees.map((n) => n.subject_id).filter((x): x is string => !!x);
  const keys = [...new Set(nominees.map((n) => n.search_key))];
  let query = db
    .selectFrom('award_proposal_nominee as n')
    .innerJoin('award_proposal as p', 'p.id', 'n.proposal_id')
    .innerJoin('org_unit as u', 'u.id', 'p.proposing_unit_id')
    .select(['p.id as proposal_id', 'p.title', 'p.state', 'u.name as unit_name', 'n.subject_kind', 'n.search_key', 'n.birth_year', 'n.subject_id', 'n.award_code', 'n.org_unit_id'])
    .where('p.year', '=', p.year)
    .where('p.id', '<>', p.id)
    .where('p.state', 'in', [...OPEN_STATES])
    .where('n.state', 'in', ['dang_xet', 'dat'])
    .where(sql<SqlBool>`(p.forwarded_from_id is null or p.forwarded_from_id <> ${p.id}::uuid)`)
    .where(sql<SqlBool>`p.id <> coalesce(${p.forwarded_from_id}::uuid, '00000000-0000-0000-0000-000000000000'::uuid)`)
    .where((eb) => eb.or([eb('n.search_key', 'in', keys), ...(subjectIds.length ? [eb('n.subject_id', 'in', subjectIds)] : [])]));
  if (!scope.national) query = query.where(sql<SqlBool>`p.receiving_unit_id = any(${[...scope.branchOf.keys()]}::uuid[])`);
  const rows = await query.limit(500).execute();
  if (rows.length === 0) return [];
  const related = new Map<string, Set<string> | null>();
  for (const unit of new Set(nominees.map((n) => n.org_unit_id))) related.set(unit, await relatedUnits(db, unit, today));
  const inUnitOf = (unitId: string) =>
    nominees.filter((n) => {
      const units = related.get(n.org_unit_id);
      return units === null || !!units?.has(unitId);
    }).map((n) => n.id);
  return rows.map((r) => ({
    proposalId: r.proposal_id,
    proposalTitle: r.title,
    proposingUnitName: r.unit_name,
    stateLabel: PROPOSAL_WORKFLOW.states[r.state as ProposalState] ?? r.state,
    subjectKind: r.subject_kind,
    searchKey: r.search_key,
    birthYear: r.birth_year,
    subjectId: r.subject_id,
    awardCode: r.award_code,
    sameUnitAs: inUnitOf(r.org_unit_id),
  }));
}
