import { z } from 'zod';
import { isoDate, nonEmpty, ref, uuid } from './common';
import { workerCategory } from './awards-registry';

const subjectKind = z.enum(['ca_nhan', 'tap_the', 'ho_gia_dinh'], { message: 'Loại đối tượng phải là cá nhân, tập thể hoặc hộ gia đình.' });
const awardLevel = z.enum(['nha_nuoc', 'bo_tinh', 'huyen', 'co_so'], { message: 'Cấp khen thưởng không hợp lệ.' });
const roundKind = z.enum(['thuong_xuyen', 'chuyen_de', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien'], { message: 'Loại khen thưởng không hợp lệ.' });
const awardGrade = z.enum(['nhat', 'nhi', 'ba'], { message: 'Hạng phải là Nhất, Nhì hoặc Ba.' });
const year = z.coerce.number({ message: 'Năm phải là số.' }).int({ message: 'Năm phải là số nguyên.' }).min(1945, { message: 'Năm không được trước 1945.' }).max(2200, { message: 'Năm không hợp lệ.' });
const optText = (max: number) => z.string().trim().max(max, { message: `Dài quá ${max} ký tự.` }).nullable().optional();
const signerPrefix = z.enum(['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'], { message: 'Tiền tố chữ ký phải là TM., KT., Q., TL. hoặc TUQ.' });

export const decisionState = z.enum(['du_thao', 'ban_hanh', 'thu_hoi']);
export type DecisionStateValue = z.infer<typeof decisionState>;

/** One awardee: from a proposal's nominee (nomineeId; the rest is read from the dossier) or typed in. */
export const decisionItemInput = z.object({
  nomineeId: uuid.optional(),
  subjectId: uuid.nullable().optional(),
  subjectKind: subjectKind.optional(),
  fullName: z.string().trim().max(300).optional(),
  positionTitle: optText(300),
  workplace: optText(300),
  orgUnitId: uuid.optional(),
  proposingUnitId: uuid.nullable().optional(),
  workerCategory: workerCategory.nullable().optional(),
  awardCode: z.string().trim().max(60).optional(),
  awardName: z.string().trim().max(300).optional(),
  grade: awardGrade.nullable().optional(),
  level: awardLevel.optional(),
  year: year.optional(),
  achievement: optText(1000),
});
export type DecisionItemInput = z.infer<typeof decisionItemInput>;

const header = {
  title: nonEmpty('Trích yếu', 500).optional(),
  symbol: nonEmpty('Ký hiệu', 40).optional(),
  parentBody: optText(200),
  issuingBody: nonEmpty('Cơ quan ban hành', 200).optional(),
  place: nonEmpty('Địa danh', 100).optional(),
  decidingAuthority: nonEmpty('Thẩm quyền quyết định', 300).optional(),
  authorityLine: nonEmpty('Dòng thẩm quyền', 300).optional(),
  legalBases: z.array(z.string().trim().min(1).max(1000)).max(30).optional(),
  article1: optText(4000),
  article2: optText(4000),
  article3: optText(4000),
  recipients: z.array(z.string().trim().min(1).max(300)).max(40).optional(),
  signerPrefix: signerPrefix.nullable().optional(),
  signerAuthority: optText(200),
  signerTitle: nonEmpty('Chức vụ người ký', 200).optional(),
  signerName: optText(200),
  year: year.optional(),
  movementId: uuid.nullable().optional(),
  roundKind: roundKind.optional(),
};

export const createDecisionBody = z.object({
  decidingUnitId: uuid,
  ...header,
  proposalIds: z.array(uuid).max(200).optional(),
  items: z.array(decisionItemInput).max(5000).optional(),
  /** Printed on certificates for nominees drafted from proposals, unless an item says otherwise. */
  achievement: optText(1000),
});
export type CreateDecisionBody = z.infer<typeof createDecisionBody>;

export const updateDecisionBody = z.object({ version: z.number().int(), ...header });
export type UpdateDecisionBody = z.infer<typeof updateDecisionBody>;

export const setItemsBody = z.object({ version: z.number().int(), items: z.array(decisionItemInput).max(5000) });
export type SetItemsBody = z.infer<typeof setItemsBody>;

export const addProposalsBody = z.object({ version: z.number().int(), proposalIds: z.array(uuid).min(1).max(200), achievement: optText(1000) });
export type AddProposalsBody = z.infer<typeof addProposalsBody>;

export const issueDecisionBody = z.object({
  version: z.number().int(),
  number: z.number({ message: 'Số quyết định phải là số.' }).int({ message: 'Số quyết định phải là số nguyên.' }).min(1, { message: 'Số quyết định phải lớn hơn 0.' }),
  decisionDate: isoDate,
  signerName: optText(200),
});
export type IssueDecisionBody = z.infer<typeof issueDecisionBody>;

export const revokeDecisionBody = z.object({
  reason: nonEmpty('Lý do thu hồi', 2000),
  basis: nonEmpty('Căn cứ pháp lý', 1000),
  /** Only these awardees; the whole decision when absent. */
  itemIds: z.array(uuid).min(1).max(5000).optional(),
});
export type RevokeDecisionBody = z.infer<typeof revokeDecisionBody>;

export const decisionListQuery = z.object({
  unitId: uuid.optional(),
  state: decisionState.optional(),
  year: year.optional(),
  q: z.string().trim().max(200).optional(),
});
export type DecisionListQuery = z.infer<typeof decisionListQuery>;

export const decisionItemView = z.object({
  id: z.string(),
  position: z.number().int(),
  proposal: ref.nullable(),
  nomineeId: z.string().nullable(),
  subjectId: z.string().nullable(),
  subjectKind,
  fullName: z.string(),
  positionTitle: z.string().nullable(),
  workplace: z.string().nullable(),
  unit: ref,
  proposingUnit: ref,
  workerCategory: workerCategory.nullable(),
  awardCode: z.string(),
  awardName: z.string(),
  grade: awardGrade.nullable(),
  level: awardLevel,
  year: z.number().int(),
  achievement: z.string().nullable(),
  recordId: z.string().nullable(),
  revoked: z.object({ at: z.string(), reason: z.string(), basis: z.string().nullable() }).nullable(),
});
export type DecisionItemView = z.infer<typeof decisionItemView>;

export const decisionSummary = z.object({
  id: z.string(),
  state: decisionState,
  stateLabel: z.string(),
  decidingUnit: ref,
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  title: z.string(),
  year: z.number().int(),
  itemCount: z.number().int(),
  revokedCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type DecisionSummary = z.infer<typeof decisionSummary>;

export const decisionView = decisionSummary.extend({
  symbol: z.string(),
  number: z.number().int().nullable(),
  parentBody: z.string().nullable(),
  issuingBody: z.string(),
  place: z.string(),
  decidingAuthority: z.string(),
  authorityLine: z.string(),
  legalBases: z.array(z.string()),
  article1: z.string().nullable(),
  article1Default: z.string(),
  article2: z.string().nullable(),
  article3: z.string().nullable(),
  recipients: z.array(z.string()),
  signerPrefix: signerPrefix.nullable(),
  signerAuthority: z.string().nullable(),
  signerTitle: z.string(),
  signerName: z.string().nullable(),
  movement: ref.nullable(),
  roundKind,
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  revokeBasis: z.string().nullable(),
  proposals: z.array(ref.extend({ state: z.string() })),
  items: z.array(decisionItemView),
  suggestedNumber: z.number().int().nullable(),
  canEdit: z.boolean(),
});
export type DecisionView = z.infer<typeof decisionView>;

export const decisionListResponse = z.object({ items: z.array(decisionSummary) });

export const candidatesQuery = z.object({ unitId: uuid });
export const candidateProposal = z.object({
  id: z.string(),
  title: z.string(),
  proposingUnit: ref,
  year: z.number().int().nullable(),
  roundKind,
  nomineeCount: z.number().int(),
  /** Nominees a decision would list: approved by the council, or all when no vote was needed. */
  awardableCount: z.number().int(),
  inDraft: z.string().nullable(),
});
export const candidatesResponse = z.object({ items: z.array(candidateProposal) });
export type CandidateProposal = z.infer<typeof candidateProposal>;
