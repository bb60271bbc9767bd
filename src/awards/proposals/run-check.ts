import type { Db } from '../../app/context';
import { isRichEmpty, type RichDoc } from '../../shared/rich-text';
import type { AwardRoundKind } from '../../db/schema';
import { checkDossier, type DossierCheck, type NomineeHistory } from './domain/dossier-check';
import type { UnitKind } from './domain/authority';
import { attachmentsOf, nomineesOf, othersFor, registryHistories } from './proposal-queries';
import { EDITABLE_STATES } from './domain/proposal-steps';
import { settingsFor } from '../settings/local-settings';
import type { ProposalState } from './domain/proposal-workflow';

export interface CheckTarget {
  id: string;
  state: string;
  year: number | null;
  round_kind: AwardRoundKind;
  forwarded_from_id: string | null;
  quota_bases: unknown;
  receiving_unit_id: string;
  receiving_name: string;
  receiving_kind: UnitKind;
  proposing_name: string;
}

export function filledSections(achievement: unknown): string[] {
  const sections = (achievement as { sections?: Record<string, RichDoc> } | null)?.sections ?? {};
  return Object.entries(sections)
    .filter(([, doc]) => doc && !isRichEmpty(doc))
    .map(([k]) => k);
}

/** Checks the whole dossier as it stands and keeps the result for the reviewer (inside the caller's transaction). */
export async function runCheck(db: Db, p: CheckTarget, today: string): Promise<DossierCheck> {
  const [nominees, attachments] = await Promise.all([nomineesOf(db, p.id), attachmentsOf(db, p.id)]);
  const linked = nominees.filter((n) => n.subject_id).map((n) => ({ id: n.subject_id!, kind: n.subject_kind, name: n.full_name }));
  const [histories, others, overrides] = await Promise.all([
    registryHistories(db, linked),
    othersFor(db, p, nominees.filter((n) => n.state === 'dang_xet' || n.state === 'dat'), today),
    // The receiving body's own settings and those above it: its quotas and criteria judge the dossier.
    settingsFor(db, p.receiving_unit_id, today),
  ]);
  const result = checkDossier({
    date: today,
    year: p.year,
    roundKind: p.round_kind,
    receiving: { name: p.receiving_name, kind: p.receiving_kind },
    proposingUnitName: p.proposing_name,
    nominees: nominees.map((n) => ({
      id: n.id,
      position: n.position,
      subjectKind: n.subject_kind,
      fullName: n.full_name,
      searchKey: n.search_key,
      orgUnitId: n.org_unit_id,
      birthYear: n.birth_year,
      subjectId: n.subject_id,
      awardCode: n.award_code,
      // While the unit holds a returned dossier, what was returned is being fixed and goes back when sent.
      state: n.state === 'tra_lai' && EDITABLE_STATES.has(p.state as ProposalState) ? 'dang_xet' : n.state,
      filledSections: filledSections(n.achievement),
      registry: n.subject_id ? (histories.get(n.subject_id) ?? null) : null,
      history: (n.history as NomineeHistory | null) ?? null,
      unitEndedOn: n.unit_valid_to,
    })),
    attachments: attachments.map((a) => ({ kind: a.kind, nomineeId: a.nominee_id })),
    others,
    quotaBases: (p.quota_bases as Record<string, number> | null) ?? {},
    ...(overrides.length ? { overrides } : {}),
  });
  await db.updateTable('award_proposal').set({ check_result: JSON.stringify(result), checked_at: new Date() }).where('id', '=', p.id).execute();
  return result;
}
