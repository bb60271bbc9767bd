import type { Db } from '../../../app/context';
import type { AwardSubjectKind } from '../../../db/schema';
import { searchKey } from '../../../shared/vi-text';

export interface FixtureNominee {
  name: string;
  kind?: AwardSubjectKind;
  awardCode?: string;
  council?: 'dong_y' | 'khong_dong_y' | null;
  state?: 'dang_xet' | 'tra_lai' | 'dat' | 'khong_dat';
  subjectId?: string | null;
  birthYear?: number | null;
  idNumber?: string | null;
  unitId?: string;
}

/**
 * A dossier already at "trình ký", written straight into the tables: the decision module's tests and
 * benchmark need one without replaying the whole proposal workflow (another module's concern).
 */
export async function insertProposalAtSignature(db: Db, p: { proposingUnitId: string; receivingUnitId: string; title: string; year: number; nominees: FixtureNominee[] }): Promise<{ id: string; nomineeIds: string[] }> {
  const proposal = await db
    .insertInto('award_proposal')
    .values({ proposing_unit_id: p.proposingUnitId, receiving_unit_id: p.receivingUnitId, title: p.title, basis: 'nam', year: p.year, state: 'trinh_ky', check_result: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const nomineeIds: string[] = [];
  for (let i = 0; i < p.nominees.length; i += 1000) {
    const rows = await db
      .insertInto('award_proposal_nominee')
      .values(
        p.nominees.slice(i, i + 1000).map((n, j) => ({
          proposal_id: proposal.id,
          position: i + j + 1,
          subject_id: n.subjectId ?? null,
          subject_kind: n.kind ?? 'ca_nhan',
          full_name: n.name,
          search_key: searchKey(n.name),
          birth_year: n.birthYear ?? null,
          id_number: n.idNumber ?? null,
          org_unit_id: n.unitId ?? p.proposingUnitId,
          award_code: n.awardCode ?? 'bang_khen_tinh',
          state: n.state ?? 'dat',
          return_reason: n.state === 'tra_lai' ? 'Thiếu báo cáo thành tích' : null,
          council_result: n.council ?? null,
          achievement: null,
          history: null,
        })),
      )
      .returning('id')
      .execute();
    nomineeIds.push(...rows.map((r) => r.id));
  }
  return { id: proposal.id, nomineeIds };
}
