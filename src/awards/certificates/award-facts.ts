import type { Db, Tx } from '../../app/context';
import type { AwardFacts } from './domain/values';

export interface RecordFacts {
  recordId: string;
  recordUnitId: string;
  revoked: boolean;
  decisionId: string | null;
  decidingUnitId: string | null;
  facts: AwardFacts;
}

/** The award as a certificate prints it: the record, its subject, and the decision's item when it came from one. */
export async function recordFacts(db: Db | Tx, recordIds: string[]): Promise<RecordFacts[]> {
  if (recordIds.length === 0) return [];
  const rows = await db
    .selectFrom('award_record as r')
    .innerJoin('award_subject as s', 's.id', 'r.subject_id')
    .innerJoin('org_unit as u', 'u.id', 's.org_unit_id')
    .leftJoin('award_decision_item as i', 'i.award_record_id', 'r.id')
    .leftJoin('award_decision as d', 'd.id', 'i.decision_id')
    .select([
      'r.id', 'r.org_unit_id', 'r.revoked_at', 'r.award_code', 'r.award_name', 'r.year', 'r.decision_number', 'r.decision_date', 'r.deciding_authority',
      's.full_name', 's.position', 's.workplace', 'u.name as unit_name',
      'i.position_title', 'i.workplace as item_workplace', 'i.achievement',
      'd.id as decision_id', 'd.deciding_unit_id', 'd.authority_line', 'd.place', 'd.signer_prefix', 'd.signer_authority', 'd.signer_title', 'd.signer_name',
    ])
    .where('r.id', 'in', recordIds)
    .execute();
  return rows.map((r) => ({
    recordId: r.id,
    recordUnitId: r.org_unit_id,
    revoked: !!r.revoked_at,
    decisionId: r.decision_id,
    decidingUnitId: r.deciding_unit_id,
    facts: {
      recipientName: r.full_name,
      positionTitle: r.position_title ?? r.position,
      workplace: r.item_workplace ?? r.workplace,
      unitName: r.unit_name,
      awardCode: r.award_code,
      awardName: r.award_name,
      year: r.year,
      achievement: r.achievement,
      decisionNumber: r.decision_number,
      decisionDate: r.decision_date,
      decidingAuthority: r.deciding_authority,
      authorityLine: r.authority_line,
      place: r.place,
      signer: r.signer_title ? { prefix: r.signer_prefix, authority: r.signer_authority, title: r.signer_title, name: r.signer_name } : null,
    },
  }));
}
