/**
 * API schemas of award proposals (hồ sơ đề nghị khen thưởng): dossiers, nominees with their
 * achievement report, attachments, the automatic check and the workflow. Messages are Vietnamese.
 */
import { z } from 'zod';
import { AWARD_CODES } from '../../awards/domain/catalogue';
import { nomineeSchema } from './awards-eligibility';
import { subjectKind, workerCategory, roundKind, awardGrade } from './awards-registry';
import { isoDate, nonEmpty, ref, uuid } from './common';
import { richDocSchema } from '../rich-text';

export const PROPOSAL_STATES = ['soan', 'gui', 'tiep_nhan', 'tham_dinh', 'tra_lai', 'lay_y_kien', 'trinh_hoi_dong', 'bieu_quyet', 'trinh_ky', 'quyet_dinh', 'chuyen_cap_tren'] as const;
export const proposalState = z.enum(PROPOSAL_STATES, { message: 'Trạng thái hồ sơ không hợp lệ.' });
export const proposalBasis = z.enum(['phong_trao', 'nam', 'dot_xuat'], { message: 'Căn cứ đề nghị phải là phong trào, năm hoặc đột xuất.' });
export const ATTACHMENT_KINDS = ['to_trinh', 'bien_ban_hoi_dong', 'bao_cao_thanh_tich', 'xac_nhan', 'khac'] as const;
export const attachmentKind = z.enum(ATTACHMENT_KINDS, { message: 'Loại tài liệu không hợp lệ.' });
export const nomineeState = z.enum(['dang_xet', 'tra_lai', 'dat', 'khong_dat', 'chuyen_cap_tren']);
const awardCode = z.enum(AWARD_CODES, { message: 'Danh hiệu, hình thức khen thưởng không có trong danh mục.' });
const year = z.number({ message: 'Năm phải là số.' }).int({ message: 'Năm phải là số nguyên.' }).min(1945, { message: 'Năm không hợp lệ.' }).max(2200, { message: 'Năm không hợp lệ.' });
const version = z.number({ message: 'Thiếu phiên bản dữ liệu (version).' }).int().min(1);
const optText = (max: number) => z.string().trim().max(max, { message: `Dài quá ${max} ký tự.` }).nullable().optional();

/** Base counts of the quotas, by quota code (e.g. số cá nhân đạt Lao động tiên tiến). */
const quotaBases = z.record(z.string().max(80), z.number().int().min(0, { message: 'Số lượng không được âm.' }).max(10_000_000)).refine((r) => Object.keys(r).length <= 50, { message: 'Quá nhiều tỷ lệ.' });

export const createProposalBody = z.strictObject({
  proposingUnitId: uuid,
  title: nonEmpty('Tên hồ sơ', 500),
  basis: proposalBasis,
  movementId: uuid.nullable().optional(),
  year: year.nullable().optional(),
  roundKind: roundKind.optional(),
  documentNumber: optText(100),
  documentDate: isoDate.nullable().optional(),
  quotaBases: quotaBases.optional(),
});
export type CreateProposalBody = z.infer<typeof createProposalBody>;

export const updateProposalBody = createProposalBody.omit({ proposingUnitId: true }).partial().extend({ version });
export type UpdateProposalBody = z.infer<typeof updateProposalBody>;

/** What the dossier states about a nominee beyond the registry (ratings, initiatives, discipline, members…). */
export const nomineeHistory = nomineeSchema.omit({ kind: true, name: true });

export const achievementContent = z.strictObject({ sections: z.record(z.string().max(40), richDocSchema) });
export type AchievementContent = z.infer<typeof achievementContent>;

export const nomineeBody = z.strictObject({
  subjectId: uuid.nullable().optional(),
  subjectKind,
  fullName: nonEmpty('Họ tên hoặc tên tập thể', 300),
  birthYear: year.nullable().optional(),
  birthDate: isoDate.nullable().optional(),
  idNumber: z.string().trim().regex(/^\d{9}$|^\d{12}$/, { message: 'Số định danh cá nhân gồm 12 chữ số (hoặc CMND 9 chữ số).' }).nullable().optional(),
  gender: z.enum(['nam', 'nu'], { message: 'Giới tính phải là nam hoặc nữ.' }).nullable().optional(),
  positionTitle: optText(300),
  workplace: optText(300),
  orgUnitId: uuid.optional(),
  workerCategory: workerCategory.nullable().optional(),
  isDirectWorker: z.boolean().optional(),
  awardCode,
  achievement: achievementContent.nullable().optional(),
  history: nomineeHistory.nullable().optional(),
});
export type NomineeBody = z.infer<typeof nomineeBody>;
export const updateNomineeBody = nomineeBody.partial().extend({ version });
export type UpdateNomineeBody = z.infer<typeof updateNomineeBody>;

export const transitionBody = z.strictObject({
  to: proposalState,
  version,
  reason: z.string().trim().max(2000).nullable().optional(),
  /** Returning a dossier: the reason for each nominee sent back. */
  returns: z.array(z.strictObject({ nomineeId: uuid, reason: nonEmpty('Lý do trả lại', 2000) })).max(2000).optional(),
  publicFrom: isoDate.optional(),
  publicUntil: isoDate.optional(),
});
export type TransitionBody = z.infer<typeof transitionBody>;

export const overrideBody = z.strictObject({ version, reason: nonEmpty('Lý do cho phép gửi', 2000).refine((s) => s.length >= 10, { message: 'Lý do cho phép gửi cần ghi rõ (ít nhất 10 ký tự).' }) });

export const attachmentQuery = z.object({
  kind: attachmentKind,
  fileName: nonEmpty('Tên tệp', 255),
  nomineeId: uuid.optional(),
});

export const listProposalsQuery = z.object({
  box: z.enum(['gui', 'nhan'], { message: 'Hộp hồ sơ phải là gui (đã gửi) hoặc nhan (nhận được).' }).default('gui'),
  state: proposalState.optional(),
  year: z.coerce.number().int().min(1945).max(2200).optional(),
});
export type ListProposalsQuery = z.infer<typeof listProposalsQuery>;

export const findingView = z.object({ key: z.string(), code: z.string(), severity: z.enum(['block', 'warning', 'info']), nomineeId: z.string().nullable(), message: z.string() });
export type FindingView = z.infer<typeof findingView>;

export const nomineeCheckView = z.object({
  nomineeId: z.string(),
  awardName: z.string(),
  eligible: z.boolean().nullable(),
  needsManualReview: z.boolean(),
  reasons: z.array(z.object({ ok: z.boolean(), code: z.string(), message: z.string(), verify: z.boolean().optional(), localSetting: z.boolean().optional() })),
  routing: z.enum(['decide_here', 'forward', 'lower_level', 'none']),
  deciders: z.array(z.string()),
  needsPublication: z.boolean(),
});

export const checkView = z.object({
  date: z.string(),
  findings: z.array(findingView),
  nominees: z.array(nomineeCheckView),
  needsPublication: z.boolean(),
  forwardCount: z.number().int(),
  /** Blocking findings not covered by a recorded override. */
  uncovered: z.number().int(),
});
export type CheckView = z.infer<typeof checkView>;

export const templateView = z.object({
  code: z.string(),
  name: z.string(),
  citation: z.string(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), required: z.boolean(), hint: z.string() })),
});

export const nomineeView = z.object({
  id: z.string(),
  position: z.number().int(),
  subjectId: z.string().nullable(),
  subjectKind,
  fullName: z.string(),
  gender: z.enum(['nam', 'nu']).nullable(),
  positionTitle: z.string().nullable(),
  workplace: z.string().nullable(),
  orgUnit: ref,
  workerCategory: z.string().nullable(),
  isDirectWorker: z.boolean(),
  awardCode: z.string(),
  awardName: z.string(),
  grade: awardGrade.nullable(),
  achievement: z.any(),
  history: z.any(),
  state: nomineeState,
  stateLabel: z.string(),
  returnReason: z.string().nullable(),
  councilResult: z.enum(['dong_y', 'khong_dong_y']).nullable(),
  awardRecordId: z.string().nullable(),
  /** Year and date of birth, ID number: null unless the reader handles the dossier. */
  personal: z.object({ birthYear: z.number().int().nullable(), birthDate: z.string().nullable(), idNumber: z.string().nullable() }).nullable(),
  template: templateView,
  version: z.number().int(),
});
export type NomineeView = z.infer<typeof nomineeView>;

export const attachmentView = z.object({
  id: z.string(),
  kind: attachmentKind,
  kindLabel: z.string(),
  nomineeId: z.string().nullable(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const transitionView = z.object({ from: z.string(), to: z.string(), label: z.string(), actorName: z.string().nullable(), reason: z.string().nullable(), at: z.string() });

export const proposalSummary = z.object({
  id: z.string(),
  title: z.string(),
  basis: proposalBasis,
  year: z.number().int().nullable(),
  roundKind,
  state: proposalState,
  stateLabel: z.string(),
  proposingUnit: ref,
  receivingUnit: ref,
  nomineeCount: z.number().int(),
  blocking: z.number().int(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ProposalSummary = z.infer<typeof proposalSummary>;
export const listProposalsResponse = z.object({ items: z.array(proposalSummary) });

export const proposalDetail = proposalSummary.extend({
  movement: ref.nullable(),
  basisLabel: z.string(),
  roundLabel: z.string(),
  documentNumber: z.string().nullable(),
  documentDate: z.string().nullable(),
  publicFrom: z.string().nullable(),
  publicUntil: z.string().nullable(),
  quotaBases: z.record(z.string(), z.number()),
  quotas: z.array(z.object({ code: z.string(), label: z.string(), base: z.string(), maxPercent: z.number().nullable(), localSetting: z.boolean(), citation: z.string() })),
  forwardedFrom: ref.nullable(),
  forwardedTo: z.array(ref),
  override: z.object({ reason: z.string(), by: z.string().nullable(), at: z.string() }).nullable(),
  check: checkView.nullable(),
  checkedAt: z.string().nullable(),
  nominees: z.array(nomineeView),
  attachments: z.array(attachmentView),
  history: z.array(transitionView),
  may: z.object({ edit: z.boolean(), review: z.boolean(), override: z.boolean(), seePersonal: z.boolean() }),
  actions: z.array(z.object({ to: proposalState, label: z.string(), requiresReason: z.boolean() })),
  version: z.number().int(),
  createdAt: z.string(),
});
export type ProposalDetail = z.infer<typeof proposalDetail>;

export const templatesResponse = z.object({ items: z.array(templateView) });
export const nomineeParams = z.object({ id: uuid, nomineeId: uuid });
export const attachmentParams = z.object({ id: uuid, attachmentId: uuid });
export const deleteNomineeBody = z.strictObject({ version });
