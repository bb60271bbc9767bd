/** Tables of council (Hội đồng TĐKT): members, sessions, ballots; merged into DB in schema.ts. */
import type { ColumnType, Generated } from 'kysely';

type DateCol = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type CouncilRole = 'chu_tich' | 'pho_chu_tich' | 'uy_vien_thuong_truc' | 'uy_vien' | 'thu_ky';
export type CouncilSessionState = 'du_thao' | 'dang_bieu_quyet' | 'da_dong';
export type BallotChoice = 'dong_y' | 'khong_dong_y';
export type ThresholdBase = 'tong_so' | 'tham_gia';

export interface CouncilTable {
  id: Generated<string>;
  org_unit_id: string;
  council_unit_id: string | null;
  name: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CouncilMemberTable {
  id: Generated<string>;
  council_id: string;
  user_id: string;
  council_role: CouncilRole;
  position_title: string | null;
  voting: Generated<boolean>;
  valid_from: DateCol;
  valid_to: DateCol | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CouncilSessionTable {
  id: Generated<string>;
  council_id: string;
  title: string;
  meeting_date: DateCol;
  location: string | null;
  state: Generated<CouncilSessionState>;
  opened_at: NullableTimestamp;
  opened_by: string | null;
  closed_at: NullableTimestamp;
  closed_by: string | null;
  note: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CouncilSessionVoterTable {
  session_id: string;
  member_id: string;
}

export interface CouncilSessionItemTable {
  id: Generated<string>;
  session_id: string;
  nominee_id: string;
  proposal_id: string;
  position: number;
  quorum_num: number | null;
  quorum_den: number | null;
  threshold_num: number | null;
  threshold_den: number | null;
  threshold_strict: boolean | null;
  threshold_base: ThresholdBase | null;
  secret: boolean | null;
  tie_break_by_chair: boolean | null;
  rule_source: string | null;
  eligible_count: number | null;
  yes_count: number | null;
  no_count: number | null;
  result: BallotChoice | null;
  result_reason: string | null;
}

export interface CouncilBallotTable {
  id: Generated<string>;
  session_id: string;
  item_id: string;
  nominee_id: string;
  member_id: string;
  choice: BallotChoice;
  cast_at: Timestamp;
}

export interface CouncilVoteSettingTable {
  id: Generated<string>;
  council_id: string;
  award_code: string | null;
  valid_from: DateCol;
  valid_to: DateCol | null;
  quorum_num: number;
  quorum_den: number;
  threshold_num: number;
  threshold_den: number;
  threshold_strict: Generated<boolean>;
  threshold_base: ThresholdBase;
  secret: boolean;
  tie_break_by_chair: Generated<boolean>;
  note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CouncilTables {
  council: CouncilTable;
  council_member: CouncilMemberTable;
  council_session: CouncilSessionTable;
  council_session_voter: CouncilSessionVoterTable;
  council_session_item: CouncilSessionItemTable;
  council_ballot: CouncilBallotTable;
  council_vote_setting: CouncilVoteSettingTable;
}
