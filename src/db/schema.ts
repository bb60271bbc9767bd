import type { ColumnType, Generated } from 'kysely';
import type { CouncilTables } from './schema-council';
import type { DecisionTables } from './schema-decisions';
import type { CertificateTables } from './schema-certificates';

/** Dates travel as 'YYYY-MM-DD' strings on both backends (see connect.ts type parser). */
type DateCol = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;

export interface OrgUnitTable {
  id: Generated<string>;
  kind: 'national' | 'province' | 'district' | 'commune' | 'agency';
  unit_type: string;
  name: string;
  short_name: string | null;
  tree_version: 'pre2025' | '2025' | null;
  code: string | null;
  valid_from: DateCol | null;
  valid_to: DateCol | null;
  note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrgParentTable {
  id: Generated<string>;
  child_id: string;
  parent_id: string;
  valid_from: DateCol | null;
  valid_to: DateCol | null;
  created_at: Timestamp;
}

export interface OrgLineageTable {
  id: Generated<string>;
  from_unit_id: string;
  to_unit_id: string;
  kind: 'full' | 'partial';
  is_primary: boolean;
  primary_basis: string | null;
  effective_date: DateCol;
  note: string | null;
}

export interface OrgGroupTable {
  id: Generated<string>;
  kind: 'cum' | 'khoi';
  name: string;
  year: number;
  managing_unit_id: string;
  valid_from: DateCol;
  valid_to: DateCol;
  note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrgGroupMemberTable {
  id: Generated<string>;
  group_id: string;
  unit_id: string;
  role: 'truong' | 'pho' | 'thanh_vien';
  valid_from: DateCol;
  valid_to: DateCol;
}

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  full_name: string;
  email: string | null;
  home_unit_id: string;
  password_hash: string;
  active: Generated<boolean>;
  must_change_password: Generated<boolean>;
  password_changed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RoleAssignmentTable {
  id: Generated<string>;
  user_id: string;
  role: 'admin' | 'board_specialist' | 'unit_officer' | 'council_member' | 'leader';
  org_unit_id: string;
  group_id: string | null;
  valid_from: DateCol | null;
  valid_to: DateCol | null;
  created_at: Timestamp;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  org_unit_id: string | null;
  before: Json;
  after: Json;
  ip: string | null;
  user_agent: string | null;
}

export interface DirectiveDocumentTable {
  id: Generated<string>;
  owner_unit_id: string;
  doc_type: string;
  number_symbol: string | null;
  issued_on: DateCol | null;
  issuer_name: string;
  issuer_unit_id: string | null;
  signer: string | null;
  title: string;
  note: string | null;
  search_text: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MovementTable {
  id: Generated<string>;
  owner_unit_id: string;
  parent_id: string | null;
  name: string;
  kind: 'thuong_xuyen' | 'chuyen_de';
  period_from: DateCol;
  period_to: DateCol;
  description: string | null;
  state: Generated<'soan_thao' | 'phat_dong' | 'so_ket' | 'tong_ket' | 'ket_thuc'>;
  launched_on: DateCol | null;
  search_text: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MovementCriterionTable {
  id: Generated<string>;
  movement_id: string;
  position: number;
  text: string;
  mandatory: boolean;
}

export interface MovementScopeTable {
  id: Generated<string>;
  movement_id: string;
  unit_id: string | null;
  group_id: string | null;
}

export interface MovementDocumentTable {
  movement_id: string;
  document_id: string;
}

export interface WorkflowTransitionTable {
  id: Generated<string>;
  entity: string;
  entity_id: string;
  from_state: string;
  to_state: string;
  actor_id: string | null;
  actor_name: string | null;
  reason: string | null;
  at: Timestamp;
}

export interface NotificationTable {
  id: Generated<string>;
  unit_id: string;
  kind: string;
  title: string;
  link: string | null;
  created_at: Timestamp;
}

export interface NotificationReadTable {
  notification_id: string;
  user_id: string;
  read_at: Timestamp;
}

/** numeric columns come back as strings (exact decimals); write numbers or strings. */
type Numeric = ColumnType<string, number | string, number | string>;
type NullableNumeric = ColumnType<string | null, number | string | null | undefined, number | string | null>;

export type AggregationKind = 'sum' | 'avg' | 'ratio' | 'min' | 'max' | 'last' | 'count';
export type CompareOp = '>=' | '>' | '<=' | '<' | '=';
export type Severity = 'error' | 'warning';
export type ValueKind = 'target' | 'actual' | 'estimate';

export interface IndicatorTable {
  id: Generated<string>;
  owner_unit_id: string;
  code: string;
  name: string;
  unit_of_measure: string;
  decimals: number;
  direction: 'higher' | 'lower';
  aggregation: AggregationKind;
  numerator_id: string | null;
  denominator_id: string | null;
  ratio_scale: ColumnType<string, number | string | undefined, number | string>;
  condition_op: CompareOp | null;
  condition_value: NullableNumeric;
  min_value: NullableNumeric;
  max_value: NullableNumeric;
  range_severity: Severity;
  description: string | null;
  active: Generated<boolean>;
  search_text: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IndicatorSetTable {
  id: Generated<string>;
  owner_unit_id: string;
  movement_id: string | null;
  name: string;
  description: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IndicatorSetItemTable {
  set_id: string;
  indicator_id: string;
  position: number;
  required: boolean;
}

export interface IndicatorRuleTable {
  id: Generated<string>;
  set_id: string;
  left_indicator_id: string;
  op: CompareOp;
  right_indicator_id: string;
  severity: Severity;
  message: string | null;
}

export interface IndicatorValueTable {
  id: Generated<string>;
  indicator_id: string;
  unit_id: string;
  period_key: string;
  period_from: DateCol;
  period_to: DateCol;
  kind: ValueKind;
  value: Numeric;
  source: string | null;
  version: Generated<number>;
  updated_by: string | null;
  updated_by_name: string | null;
  updated_at: Timestamp;
}

export interface PeriodLockTable {
  id: Generated<string>;
  unit_id: string;
  period_key: string;
  reason: string | null;
  locked_by: string | null;
  locked_by_name: string | null;
  locked_at: Timestamp;
}

export type RegistrationState = 'chua_gui' | 'cho_duyet' | 'tra_lai' | 'da_duyet';

export interface RegistrationTable {
  id: Generated<string>;
  movement_id: string;
  unit_id: string;
  reviewer_unit_id: string;
  year: number;
  titles: ColumnType<string[], string, string>;
  note: string | null;
  state: Generated<RegistrationState>;
  return_reason: string | null;
  combined_into_id: string | null;
  submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RegistrationCommitmentTable {
  id: Generated<string>;
  registration_id: string;
  position: number;
  text: string;
  indicator_id: string | null;
  target: NullableNumeric;
}

export interface RegistrationDocumentTable {
  registration_id: string;
  document_id: string;
}

export interface SchemaMigrationTable {
  name: string;
  applied_at: Timestamp;
}

type JsonOf<T> = ColumnType<T, string, string>;
type NullableTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface OutlineRow {
  id: Generated<string>;
  owner_unit_id: string;
  name: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OutlineVersionRow {
  id: Generated<string>;
  outline_id: string;
  number: number;
  tree: JsonOf<unknown>;
  note: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Timestamp;
}

export type CampaignState = 'soan_thao' | 'dang_mo' | 'da_dong';
export type ReportState = 'chua_mo' | 'dang_soan' | 'da_nop' | 'tra_lai' | 'da_duyet';
export type RevisionKind = 'tu_dong' | 'luu' | 'nop' | 'duyet';

export interface ReportCampaignRow {
  id: Generated<string>;
  requester_unit_id: string;
  title: string;
  outline_version_id: string;
  outline_tree: JsonOf<unknown>;
  period_key: string;
  movement_id: string | null;
  request_document_id: string | null;
  group_id: string | null;
  deadline: DateCol;
  grace_days: Generated<number>;
  state: Generated<CampaignState>;
  opened_at: NullableTs;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CampaignRecipientRow {
  campaign_id: string;
  unit_id: string;
  lock_exception_until: DateCol | null;
  last_reminded_at: NullableTs;
}

export interface ReportRow {
  id: Generated<string>;
  campaign_id: string;
  unit_id: string;
  state: Generated<ReportState>;
  content: JsonOf<unknown>;
  revision: Generated<number>;
  first_submitted_at: NullableTs;
  submitted_at: NullableTs;
  accepted_at: NullableTs;
  return_reason: string | null;
  findings: JsonOf<unknown>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReportRevisionRow {
  id: Generated<string>;
  report_id: string;
  revision: number;
  kind: RevisionKind;
  content: JsonOf<unknown>;
  author_id: string | null;
  author_name: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReportFindingReviewRow {
  report_id: string;
  finding_key: string;
  decision: 'accepted' | 'dismissed';
  note: string | null;
  actor_id: string | null;
  actor_name: string | null;
  decided_at: Timestamp;
}

export interface SynthesisRow {
  campaign_id: string;
  meta: JsonOf<unknown>;
  intro: JsonOf<unknown>;
  sections: JsonOf<unknown>;
  sources: JsonOf<unknown>;
  changes: JsonOf<unknown>;
  tables: JsonOf<unknown>;
  composed_at: Timestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DB extends CouncilTables, DecisionTables, CertificateTables {
  org_unit: OrgUnitTable;
  org_parent: OrgParentTable;
  org_lineage: OrgLineageTable;
  org_group: OrgGroupTable;
  org_group_member: OrgGroupMemberTable;
  app_user: AppUserTable;
  role_assignment: RoleAssignmentTable;
  user_session: UserSessionTable;
  audit_log: AuditLogTable;
  directive_document: DirectiveDocumentTable;
  movement: MovementTable;
  movement_criterion: MovementCriterionTable;
  movement_scope: MovementScopeTable;
  movement_document: MovementDocumentTable;
  workflow_transition: WorkflowTransitionTable;
  notification: NotificationTable;
  notification_read: NotificationReadTable;
  indicator: IndicatorTable;
  indicator_set: IndicatorSetTable;
  indicator_set_item: IndicatorSetItemTable;
  indicator_rule: IndicatorRuleTable;
  indicator_value: IndicatorValueTable;
  period_lock: PeriodLockTable;
  registration: RegistrationTable;
  registration_commitment: RegistrationCommitmentTable;
  registration_document: RegistrationDocumentTable;
  outline: OutlineRow;
  outline_version: OutlineVersionRow;
  report_campaign: ReportCampaignRow;
  campaign_recipient: CampaignRecipientRow;
  report: ReportRow;
  report_revision: ReportRevisionRow;
  report_finding_review: ReportFindingReviewRow;
  synthesis: SynthesisRow;
  schema_migration: SchemaMigrationTable;
  award_subject: AwardSubjectTable;
  award_record: AwardRecordTable;
  award_proposal: AwardProposalTable;
  award_proposal_nominee: AwardProposalNomineeTable;
  award_proposal_attachment: AwardProposalAttachmentTable;
  award_local_settings: AwardLocalSettingsTable;
}

export type AwardSubjectKind = 'ca_nhan' | 'tap_the' | 'ho_gia_dinh';
/** Individuals by the rows of biểu 0602.N/0603.N; 'doanh_nghiep' marks a collective that is an enterprise. */
export type WorkerCategory = 'cong_nhan' | 'nong_dan' | 'truc_tiep' | 'lanh_dao_bo_tinh' | 'lanh_dao_so' | 'lanh_dao' | 'doanh_nhan' | 'doanh_nghiep' | 'khac';
export type AwardLevel = 'nha_nuoc' | 'bo_tinh' | 'huyen' | 'co_so';
export type AwardRoundKind = 'thuong_xuyen' | 'chuyen_de' | 'dot_xuat' | 'cong_hien' | 'nien_han' | 'doi_ngoai' | 'khang_chien';

export interface AwardSubjectTable {
  id: Generated<string>;
  kind: AwardSubjectKind;
  full_name: string;
  search_key: string;
  birth_year: number | null;
  birth_date: DateCol | null;
  id_number: string | null;
  gender: 'nam' | 'nu' | null;
  position: string | null;
  workplace: string | null;
  org_unit_id: string;
  worker_category: WorkerCategory | null;
  is_direct_worker: Generated<boolean>;
  note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AwardRecordTable {
  id: Generated<string>;
  subject_id: string;
  award_code: string;
  award_name: string;
  grade: 'nhat' | 'nhi' | 'ba' | null;
  level: AwardLevel;
  year: number;
  decision_number: string | null;
  decision_date: DateCol | null;
  deciding_authority: string | null;
  movement_id: string | null;
  round_kind: Generated<AwardRoundKind>;
  org_unit_id: string;
  subject_kind: AwardSubjectKind;
  worker_category: WorkerCategory | null;
  is_direct_worker: Generated<boolean>;
  source: 'import' | 'decision' | 'manual';
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoke_reason: string | null;
  revoke_basis: string | null;
  revoked_by: string | null;
}

export interface AwardProposalTable {
  id: Generated<string>;
  proposing_unit_id: string;
  receiving_unit_id: string;
  title: string;
  basis: 'phong_trao' | 'nam' | 'dot_xuat';
  movement_id: string | null;
  year: number | null;
  round_kind: Generated<AwardRoundKind>;
  state: Generated<string>;
  document_number: string | null;
  document_date: DateCol | null;
  submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  public_from: DateCol | null;
  public_until: DateCol | null;
  forwarded_from_id: string | null;
  check_result: Json;
  checked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  override_reason: string | null;
  override_by: string | null;
  override_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  override_findings: ColumnType<unknown, string | null | undefined, string | null>;
  quota_bases: ColumnType<unknown, string | undefined, string>;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AwardProposalNomineeTable {
  id: Generated<string>;
  proposal_id: string;
  position: number;
  subject_id: string | null;
  subject_kind: AwardSubjectKind;
  full_name: string;
  search_key: string;
  birth_year: number | null;
  birth_date: DateCol | null;
  id_number: string | null;
  gender: 'nam' | 'nu' | null;
  position_title: string | null;
  workplace: string | null;
  org_unit_id: string;
  worker_category: WorkerCategory | null;
  is_direct_worker: Generated<boolean>;
  award_code: string;
  grade: 'nhat' | 'nhi' | 'ba' | null;
  achievement: Json;
  history: Json;
  state: Generated<'dang_xet' | 'tra_lai' | 'dat' | 'khong_dat' | 'chuyen_cap_tren'>;
  return_reason: string | null;
  council_result: 'dong_y' | 'khong_dong_y' | null;
  council_session_id: string | null;
  award_record_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AwardProposalAttachmentTable {
  id: Generated<string>;
  proposal_id: string;
  nominee_id: string | null;
  kind: 'to_trinh' | 'bien_ban_hoi_dong' | 'bao_cao_thanh_tich' | 'xac_nhan' | 'khac';
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface AwardLocalSettingsTable {
  unit_id: string;
  sets: Json;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}
