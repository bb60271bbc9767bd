import { z } from 'zod';
import { isoDate, nonEmpty, optionalDate, ref, uuid } from './common';

export const councilRole = z.enum(['chu_tich', 'pho_chu_tich', 'uy_vien_thuong_truc', 'uy_vien', 'thu_ky'], { message: 'Chức danh trong Hội đồng không hợp lệ.' });
export const sessionState = z.enum(['du_thao', 'dang_bieu_quyet', 'da_dong']);
export const ballotChoice = z.enum(['dong_y', 'khong_dong_y'], { message: 'Phiếu phải là đồng ý hoặc không đồng ý.' });
export const thresholdBase = z.enum(['tong_so', 'tham_gia'], { message: 'Căn cứ tính tỷ lệ phải là tổng số thành viên hoặc số tham gia biểu quyết.' });
const version = z.number({ message: 'Thiếu phiên bản dữ liệu.' }).int().min(1);
const fraction = z.object({
  num: z.number({ message: 'Tử số phải là số.' }).int({ message: 'Tử số phải là số nguyên.' }).min(1, { message: 'Tử số phải lớn hơn 0.' }),
  den: z.number({ message: 'Mẫu số phải là số.' }).int({ message: 'Mẫu số phải là số nguyên.' }).min(1, { message: 'Mẫu số phải lớn hơn 0.' }).max(1000),
});

export const memberView = z.object({
  id: z.string(),
  userId: z.string(),
  fullName: z.string(),
  username: z.string(),
  role: councilRole,
  roleLabel: z.string(),
  positionTitle: z.string().nullable(),
  voting: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  inTermToday: z.boolean(),
  /** The account holds a role that may vote (council.vote) over this council today. */
  hasVoteRole: z.boolean(),
  version: z.number().int(),
});
export type MemberView = z.infer<typeof memberView>;

export const councilSummary = z.object({
  id: z.string(),
  name: z.string(),
  unit: ref,
  councilUnit: ref.nullable(),
  canManage: z.boolean(),
  memberCount: z.number().int(),
  version: z.number().int(),
});
export type CouncilSummary = z.infer<typeof councilSummary>;
export const councilDetail = councilSummary.extend({ members: z.array(memberView) });
export type CouncilDetail = z.infer<typeof councilDetail>;

export const createCouncilBody = z.object({
  orgUnitId: uuid,
  councilUnitId: uuid.nullable().optional(),
  name: nonEmpty('Tên Hội đồng', 300),
});
export type CreateCouncilBody = z.infer<typeof createCouncilBody>;

export const addMemberBody = z.object({
  userId: uuid,
  role: councilRole,
  positionTitle: z.string().trim().max(300).nullable().optional(),
  voting: z.boolean().optional(),
  validFrom: isoDate,
  validTo: optionalDate,
});
export type AddMemberBody = z.infer<typeof addMemberBody>;
export const updateMemberBody = z.object({
  role: councilRole.optional(),
  positionTitle: z.string().trim().max(300).nullable().optional(),
  voting: z.boolean().optional(),
  validFrom: isoDate.optional(),
  validTo: optionalDate,
  version,
});
export type UpdateMemberBody = z.infer<typeof updateMemberBody>;

export const ruleView = z.object({
  quorum: fraction,
  threshold: fraction,
  strict: z.boolean(),
  base: thresholdBase,
  secret: z.boolean(),
  tieBreakByChair: z.boolean(),
  text: z.string(),
  source: z.string(),
  /** False: no current legal value was found; the value is a local setting with a default. */
  confirmed: z.boolean(),
  origin: z.enum(['local', 'default']),
});
export type RuleView = z.infer<typeof ruleView>;

export const localSettingView = z.object({
  id: z.string(),
  awardCode: z.string().nullable(),
  awardName: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  quorum: fraction,
  threshold: fraction,
  strict: z.boolean(),
  base: thresholdBase,
  secret: z.boolean(),
  tieBreakByChair: z.boolean(),
  note: z.string().nullable(),
  text: z.string(),
  version: z.number().int(),
});
export const defaultRuleView = z.object({
  awards: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  text: z.string(),
  source: z.string(),
  confirmed: z.boolean(),
});
export const voteSettingsResponse = z.object({ local: z.array(localSettingView), defaults: z.array(defaultRuleView) });
export type VoteSettingsResponse = z.infer<typeof voteSettingsResponse>;
export const voteSettingBody = z.object({
  awardCode: z.string().trim().min(1).max(80).nullable().optional(),
  validFrom: isoDate,
  validTo: optionalDate,
  quorum: fraction,
  threshold: fraction,
  strict: z.boolean().optional(),
  base: thresholdBase,
  secret: z.boolean(),
  tieBreakByChair: z.boolean().optional(),
  note: z.string().trim().max(1000).nullable().optional(),
});
export type VoteSettingBody = z.infer<typeof voteSettingBody>;

export const sessionSummary = z.object({
  id: z.string(),
  councilId: z.string(),
  councilName: z.string(),
  title: z.string(),
  meetingDate: z.string(),
  location: z.string().nullable(),
  state: sessionState,
  stateLabel: z.string(),
  itemCount: z.number().int(),
  version: z.number().int(),
});
export type SessionSummary = z.infer<typeof sessionSummary>;
export const sessionListResponse = z.object({ items: z.array(sessionSummary) });

export const waitingProposal = z.object({
  id: z.string(),
  title: z.string(),
  proposingUnit: ref,
  documentNumber: z.string().nullable(),
  nomineeCount: z.number().int(),
});
export const waitingProposalsResponse = z.object({ items: z.array(waitingProposal) });
export type WaitingProposal = z.infer<typeof waitingProposal>;

export const createSessionBody = z.object({
  title: nonEmpty('Tên phiên họp', 300),
  meetingDate: isoDate,
  location: z.string().trim().max(300).nullable().optional(),
  proposalIds: z.array(uuid).min(1, { message: 'Chọn ít nhất một hồ sơ đề nghị.' }).max(200),
});
export type CreateSessionBody = z.infer<typeof createSessionBody>;
export const versionBody = z.object({ version });
export const versionQuery = z.object({ version: z.coerce.number({ message: 'Thiếu phiên bản dữ liệu.' }).int().min(1) });
export const castBallotBody = z.object({ nomineeId: uuid, choice: ballotChoice });
export type CastBallotBody = z.infer<typeof castBallotBody>;

export const tallyView = z.object({
  eligible: z.number().int(),
  cast: z.number().int(),
  yes: z.number().int(),
  no: z.number().int(),
  base: z.number().int(),
  ratioText: z.string(),
  quorumMet: z.boolean(),
  result: ballotChoice,
  resultLabel: z.string(),
  reason: z.string(),
});
export const itemView = z.object({
  id: z.string(),
  position: z.number().int(),
  nominee: z.object({ id: z.string(), fullName: z.string(), subjectKind: z.string(), workplace: z.string().nullable(), unitName: z.string() }),
  proposal: z.object({ id: z.string(), title: z.string() }),
  awardCode: z.string(),
  awardName: z.string(),
  rule: ruleView,
  myBallot: ballotChoice.nullable(),
  /** Ballots received so far (never their content) once the vote is open. */
  castCount: z.number().int().nullable(),
  /** Only after the session closes. */
  tally: tallyView.nullable(),
  /** Open votes only, for the council's managers, after close. */
  choicesByMember: z.array(z.object({ memberId: z.string(), fullName: z.string(), choice: ballotChoice })).nullable(),
});
export type ItemView = z.infer<typeof itemView>;
export const voterView = z.object({
  memberId: z.string(),
  fullName: z.string(),
  role: councilRole,
  roleLabel: z.string(),
  positionTitle: z.string().nullable(),
  /** How many nominees this member has voted on: for the council's managers, to remind the late. */
  ballotsCast: z.number().int().nullable(),
});
export const sessionDetail = sessionSummary.extend({
  canManage: z.boolean(),
  isVoter: z.boolean(),
  /** Null while in draft: the voters are fixed when the session opens. */
  voters: z.array(voterView).nullable(),
  items: z.array(itemView),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type SessionDetail = z.infer<typeof sessionDetail>;
