import { z } from 'zod';
import { nonEmpty, uuid } from './common';

export const certificateKind = z.enum(['bang_khen', 'giay_khen', 'danh_hieu'], { message: 'Loại giấy chứng nhận phải là Bằng khen, Giấy khen hoặc Danh hiệu.' });
const mm = (label: string) => z.number({ message: `${label} phải là số (mm).` }).min(0, { message: `${label} không được âm.` }).max(500, { message: `${label} quá lớn.` });

export const templateField = z.object({
  id: z.string().trim().min(1).max(40),
  label: z.string().trim().max(100),
  text: z.string().max(1000, { message: 'Nội dung trường dài quá 1.000 ký tự.' }),
  x: mm('Vị trí ngang'),
  y: mm('Vị trí dọc'),
  width: mm('Bề rộng'),
  fontSize: z.number({ message: 'Cỡ chữ phải là số.' }).min(6, { message: 'Cỡ chữ tối thiểu là 6.' }).max(96, { message: 'Cỡ chữ tối đa là 96.' }),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  align: z.enum(['left', 'center', 'right'], { message: 'Căn lề phải là trái, giữa hoặc phải.' }),
  uppercase: z.boolean().optional(),
  lineHeight: z.number().min(0.8).max(3).optional(),
  color: z.enum(['black', 'red']).optional(),
});
export const templateLayout = z.object({
  fields: z.array(templateField).max(60, { message: 'Mẫu có quá nhiều trường.' }),
  qr: z.object({ x: mm('Vị trí mã QR'), y: mm('Vị trí mã QR'), size: mm('Cỡ mã QR') }).nullable(),
  border: z.number().min(0).max(50).nullable(),
});
export type TemplateLayoutBody = z.infer<typeof templateLayout>;

const pageSize = z.enum(['A4', 'A3', 'A5'], { message: 'Khổ giấy phải là A4, A3 hoặc A5.' });
const orientation = z.enum(['portrait', 'landscape'], { message: 'Hướng giấy phải là dọc hoặc ngang.' });

export const templateBody = z.object({
  ownerUnitId: uuid,
  name: nonEmpty('Tên mẫu', 200),
  kind: certificateKind,
  pageSize,
  orientation,
  layout: templateLayout,
  isDefault: z.boolean().optional(),
});
export type TemplateBody = z.infer<typeof templateBody>;
export const updateTemplateBody = templateBody.omit({ ownerUnitId: true }).extend({ version: z.number().int() });
export type UpdateTemplateBody = z.infer<typeof updateTemplateBody>;
export const previewBody = z.object({ pageSize, orientation, layout: templateLayout });

export const templateView = z.object({
  id: z.string(),
  ownerUnit: z.object({ id: z.string(), name: z.string() }),
  name: z.string(),
  kind: certificateKind,
  kindLabel: z.string(),
  pageSize,
  orientation,
  layout: templateLayout,
  isDefault: z.boolean(),
  version: z.number().int(),
  canEdit: z.boolean(),
});
export type TemplateView = z.infer<typeof templateView>;
export const templateListResponse = z.object({ items: z.array(templateView), placeholders: z.array(z.object({ key: z.string(), label: z.string() })), defaults: z.record(z.string(), templateLayout) });
export const templateListQuery = z.object({ unitId: uuid.optional() });

export const issueCertificatesBody = z
  .object({ recordIds: z.array(uuid).min(1).max(5000).optional(), decisionId: uuid.optional(), templateId: uuid.optional() })
  .refine((b) => !!b.recordIds !== !!b.decisionId, { message: 'Chọn các khen thưởng hoặc một quyết định.' });
export type IssueCertificatesBody = z.infer<typeof issueCertificatesBody>;

export const reissueBody = z.object({
  kind: z.enum(['cap_doi', 'cap_lai'], { message: 'Chọn cấp đổi hoặc cấp lại.' }),
  reason: nonEmpty('Lý do', 1000),
  templateId: uuid.optional(),
});
export type ReissueBody = z.infer<typeof reissueBody>;

export const certificateStatus = z.enum(['hieu_luc', 'da_thay_the', 'da_thu_hoi']);
export const certificateView = z.object({
  id: z.string(),
  code: z.string(),
  recordId: z.string(),
  kind: certificateKind,
  recipientName: z.string(),
  awardName: z.string(),
  status: certificateStatus,
  statusLabel: z.string(),
  issuedAt: z.string(),
  replacesId: z.string().nullable(),
  reissueKind: z.enum(['cap_doi', 'cap_lai']).nullable(),
  reissueReason: z.string().nullable(),
  replacedAt: z.string().nullable(),
  verifyPath: z.string(),
});
export type CertificateView = z.infer<typeof certificateView>;
export const certificateListQuery = z.object({ recordId: uuid.optional(), decisionId: uuid.optional() });
export const certificateListResponse = z.object({ items: z.array(certificateView) });

export const codeParams = z.object({ code: z.string().max(100) });
/** The public answer: only what the certificate itself prints. */
export const verifyResponse = z.object({
  status: certificateStatus,
  message: z.string(),
  kindLabel: z.string(),
  lines: z.array(z.object({ label: z.string(), text: z.string() })),
  issuedOn: z.string(),
  replacedOn: z.string().nullable(),
});
export type VerifyResponse = z.infer<typeof verifyResponse>;
