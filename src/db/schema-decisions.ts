import type { ColumnType, Generated } from 'kysely';
import type { AwardLevel, AwardRoundKind, AwardSubjectKind, WorkerCategory } from './schema';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<unknown, string | null | undefined, string | null>;

export type DecisionState = 'du_thao' | 'ban_hanh' | 'thu_hoi';

export interface AwardDecisionTable {
  id: Generated<string>;
  deciding_unit_id: string;
  state: Generated<DecisionState>;
  symbol: string;
  number: number | null;
  decision_number: string | null;
  decision_date: string | null;
  parent_body: string | null;
  issuing_body: string;
  place: string;
  deciding_authority: string;
  authority_line: string;
  title: string;
  legal_bases: Json;
  article1: string | null;
  article2: string | null;
  article3: string | null;
  recipients: Json;
  signer_prefix: 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.' | null;
  signer_authority: string | null;
  signer_title: string;
  signer_name: string | null;
  movement_id: string | null;
  round_kind: Generated<AwardRoundKind>;
  year: number;
  issued_at: NullableTs;
  issued_by: string | null;
  revoked_at: NullableTs;
  revoke_reason: string | null;
  revoke_basis: string | null;
  revoked_by: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AwardDecisionItemTable {
  id: Generated<string>;
  decision_id: string;
  position: number;
  proposal_id: string | null;
  nominee_id: string | null;
  subject_id: string | null;
  subject_kind: AwardSubjectKind;
  full_name: string;
  position_title: string | null;
  workplace: string | null;
  org_unit_id: string;
  proposing_unit_id: string;
  worker_category: WorkerCategory | null;
  award_code: string;
  award_name: string;
  grade: 'nhat' | 'nhi' | 'ba' | null;
  level: AwardLevel;
  year: number;
  achievement: string | null;
  award_record_id: string | null;
  revoked_at: NullableTs;
  revoke_reason: string | null;
  revoke_basis: string | null;
  revoked_by: string | null;
}

/** Tables of award decisions (quyết định khen thưởng); merged into DB in schema.ts. */
export interface DecisionTables {
  award_decision: AwardDecisionTable;
  award_decision_item: AwardDecisionItemTable;
}
