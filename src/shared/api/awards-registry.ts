import { z } from 'zod';
import { isoDate, nonEmpty, queryFlag, ref, uuid } from './common';

export const subjectKind = z.enum(['ca_nhan', 'tap_the', 'ho_gia_dinh'], { message: 'Loại đối tượng phải là cá nhân, tập thể hoặc hộ gia đình.' });
export const workerCategory = z.enum(['cong_nhan', 'nong_dan', 'truc_tiep', 'lanh_dao_bo_tinh', 'lanh_dao_so', 'lanh_dao', 'doanh_nhan', 'doanh_nghiep', 'khac'], { message: 'Đối tượng lao động không hợp lệ.' });
export const awardLevel = z.enum(['nha_nuoc', 'bo_tinh', 'huyen', 'co_so'], { message: 'Cấp khen thưởng không hợp lệ.' });
export const roundKind = z.enum(['thuong_xuyen', 'chuyen_de', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien'], { message: 'Loại khen thưởng không hợp lệ.' });
export const awardGrade = z.enum(['nhat', 'nhi', 'ba'], { message: 'Hạng phải là Nhất, Nhì hoặc Ba.' });
const year = (label: string) => z.coerce.number({ message: `${label} phải là số.` }).int({ message: `${label} phải là số nguyên.` }).min(1945, { message: `${label} không được trước 1945.` }).max(2200, { message: `${label} không hợp lệ.` });

/** Date of birth and ID number: only for those who manage the registry of the subject's unit. */
export const personalData = z.object({ birthYear: z.number().int().nullable(), birthDate: z.string().nullable(), idNumber: z.string().nullable() });

export const subjectSummary = z.object({
  id: z.string(),
  kind: subjectKind,
  kindLabel: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  workplace: z.string().nullable(),
  unit: ref,
  awardCount: z.number().int(),
  latestAward: z.object({ name: z.string(), year: z.number().int() }).nullable(),
  /** Null unless the reader manages this subject's unit. */
  personal: personalData.nullable(),
});
export type SubjectSummary = z.infer<typeof subjectSummary>;

export const searchSubjectsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  unitId: uuid.optional(),
  kind: subjectKind.optional(),
  awardCode: z.string().trim().max(60).optional(),
  year: year('Năm').optional(),
  page: z.coerce.number().int().min(1).max(1000).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
export type SearchSubjectsQuery = z.infer<typeof searchSubjectsQuery>;
export const searchSubjectsResponse = z.object({
  items: z.array(subjectSummary),
  /** Counted up to `totalCapped` + 1: a broad search on millions of names stops counting there. */
  total: z.number().int(),
  totalCapped: z.boolean(),
});

export const recordView = z.object({
  id: z.string(),
  subjectId: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  category: z.enum(['danh_hieu', 'hinh_thuc']).nullable(),
  grade: awardGrade.nullable(),
  level: awardLevel,
  levelLabel: z.string(),
  year: z.number().int(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decidingAuthority: z.string().nullable(),
  movement: ref.nullable(),
  roundKind: roundKind,
  roundLabel: z.string(),
  unit: ref,
  source: z.enum(['import', 'decision', 'manual']),
  note: z.string().nullable(),
  createdAt: z.string(),
  revoked: z.object({ at: z.string(), reason: z.string(), basis: z.string().nullable() }).nullable(),
});
export type RecordView = z.infer<typeof recordView>;

export const subjectProfile = subjectSummary.extend({
  gender: z.enum(['nam', 'nu']).nullable(),
  workerCategory: workerCategory.nullable(),
  workerLabel: z.string().nullable(),
  isDirectWorker: z.boolean(),
  note: z.string().nullable(),
  canManage: z.boolean(),
  version: z.number().int(),
  /** Oldest first, revoked ones included and marked. */
  records: z.array(recordView),
  /** The next merit awards judged from the registry alone (ratings, initiatives, discipline are not in it). */
  outlook: z.array(
    z.object({
      award: z.string(),
      awardName: z.string(),
      eligible: z.boolean(),
      needsManualReview: z.boolean(),
      nextEligibleYear: z.number().int().nullable(),
      reasons: z.array(z.object({ ok: z.boolean(), message: z.string(), verify: z.boolean(), localSetting: z.boolean() })),
    }),
  ),
});
export type SubjectProfile = z.infer<typeof subjectProfile>;

const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const newSubjectBody = z.object({
  kind: subjectKind,
  fullName: nonEmpty('Họ tên hoặc tên tập thể', 300),
  orgUnitId: uuid,
  birthYear: year('Năm sinh').nullable().optional(),
  birthDate: isoDate.nullable().optional(),
  idNumber: z.string().trim().regex(/^[0-9]{9,12}$/, { message: 'Số định danh cá nhân gồm 9 đến 12 chữ số.' }).nullable().optional(),
  gender: z.enum(['nam', 'nu'], { message: 'Giới tính phải là nam hoặc nữ.' }).nullable().optional(),
  position: text(300),
  workplace: text(300),
  workerCategory: workerCategory.nullable().optional(),
  note: text(2000),
});
export type NewSubjectBody = z.infer<typeof newSubjectBody>;

export const createRecordBody = z
  .object({
    subjectId: uuid.optional(),
    subject: newSubjectBody.optional(),
    awardCode: z.string().trim().max(60).optional(),
    awardName: nonEmpty('Tên danh hiệu, hình thức khen thưởng', 300),
    grade: awardGrade.nullable().optional(),
    level: awardLevel.optional(),
    year: year('Năm khen thưởng'),
    decisionNumber: text(100),
    decisionDate: isoDate.nullable().optional(),
    decidingAuthority: text(300),
    movementId: uuid.nullable().optional(),
    roundKind: roundKind.optional(),
    /** The unit that proposed; defaults to the subject's unit. */
    orgUnitId: uuid.optional(),
    note: text(2000),
  })
  .refine((b) => (b.subjectId ? !b.subject : !!b.subject), { message: 'Chọn một đối tượng có sẵn hoặc nhập đối tượng mới (chỉ một trong hai).', path: ['subjectId'] });
export type CreateRecordBody = z.infer<typeof createRecordBody>;

export const revokeRecordBody = z.object({
  reason: nonEmpty('Lý do thu hồi', 2000),
  /** The legal ground, e.g. "Điều 93 Luật Thi đua, khen thưởng năm 2022; Quyết định số 15/QĐ-UBND ngày 2/3/2026". */
  basis: nonEmpty('Căn cứ thu hồi', 1000),
});
export type RevokeRecordBody = z.infer<typeof revokeRecordBody>;

export const importPreviewQuery = z.object({ unitId: uuid });
export const importConfirmQuery = z.object({
  unitId: uuid,
  /** The preview's fingerprint: the file confirmed must be the file reviewed. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, { message: 'Mã tệp xem trước không hợp lệ; hãy xem trước lại.' }),
  /** Rows matching a person already in the registry: add to that person (default) or create a new one. */
  newPeople: queryFlag.optional(),
});

export const importIssue = z.object({ row: z.number().int(), cell: z.string(), column: z.string(), message: z.string() });
export type ImportIssue = z.infer<typeof importIssue>;
export const duplicatePerson = z.object({
  rows: z.array(z.number().int()),
  fullName: z.string(),
  birthYear: z.number().int().nullable(),
  unit: ref,
  existing: z.array(z.object({ id: z.string(), fullName: z.string(), birthYear: z.number().int().nullable(), awardCount: z.number().int() })),
});
export type DuplicatePerson = z.infer<typeof duplicatePerson>;
export const importRowView = z.object({
  row: z.number().int(),
  fullName: z.string(),
  kind: subjectKind,
  birthYear: z.number().int().nullable(),
  unit: ref,
  awardName: z.string(),
  year: z.number().int(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  existingSubjectId: z.string().nullable(),
});
export const importPreviewResponse = z.object({
  fingerprint: z.string(),
  rowsRead: z.number().int(),
  validRows: z.number().int(),
  errors: z.array(importIssue),
  duplicatePeople: z.array(duplicatePerson),
  newSubjects: z.number().int(),
  /** The first valid rows, as they will be written. */
  sample: z.array(importRowView),
});
export type ImportPreview = z.infer<typeof importPreviewResponse>;
export const importConfirmResponse = z.object({ written: z.number().int(), subjectsCreated: z.number().int(), subjectsMatched: z.number().int(), skippedRows: z.number().int() });
export type ImportConfirm = z.infer<typeof importConfirmResponse>;

export const STAT_DIMENSIONS = ['form', 'level', 'year', 'movement', 'unit', 'kind', 'round', 'worker'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];
export const statDimension = z.enum(STAT_DIMENSIONS, { message: 'Tiêu chí thống kê không hợp lệ.' });

export const statsQuery = z
  .object({
    unitId: uuid.optional(),
    groupId: uuid.optional(),
    /** Only awards given in this movement or in the movements answering it (a province's answer to a national one). */
    movementId: uuid.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** One dimension (rows by tập thể / cá nhân / hộ gia đình), two for a cross table ("form,year"), none for every table. */
    by: z
      .string()
      .trim()
      .optional()
      .transform((v, c) => {
        if (!v) return [] as StatDimension[];
        const dims = v.split(',').map((d) => d.trim());
        const bad = dims.filter((d) => !(STAT_DIMENSIONS as readonly string[]).includes(d));
        if (bad.length || dims.length > 2 || new Set(dims).size !== dims.length) {
          c.addIssue({ code: 'custom', message: `Tiêu chí thống kê không hợp lệ (${v}); dùng một hoặc hai trong: ${STAT_DIMENSIONS.join(', ')}.` });
          return z.NEVER;
        }
        return dims as StatDimension[];
      }),
  })
  .refine((q) => !(q.unitId && q.groupId), { message: 'Chọn đơn vị hoặc cụm, khối (không chọn cả hai).', path: ['groupId'] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'Ngày bắt đầu phải trước ngày kết thúc.', path: ['to'] });
export type StatsQuery = z.infer<typeof statsQuery>;

export const statTable = z.object({
  key: z.string(),
  title: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(z.object({ key: z.string(), label: z.string(), cells: z.array(z.number().int()), total: z.number().int() })),
  totals: z.array(z.number().int()),
  total: z.number().int(),
});
export type StatTable = z.infer<typeof statTable>;

export const statsResponse = z.object({
  scope: z.object({ kind: z.enum(['unit', 'group']), id: z.string(), name: z.string() }),
  from: z.string().nullable(),
  to: z.string().nullable(),
  total: z.number().int(),
  byKind: z.object({ ca_nhan: z.number().int(), tap_the: z.number().int(), ho_gia_dinh: z.number().int() }),
  /** Individuals who are workers, farmers or in direct work, and their share of all individuals (%). */
  directWorkers: z.object({ count: z.number().int(), individuals: z.number().int(), percent: z.number().nullable() }),
  tables: z.array(statTable),
});
export type StatsResponse = z.infer<typeof statsResponse>;

export const registryFormsResponse = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string(), level: awardLevel, category: z.enum(['danh_hieu', 'hinh_thuc']), graded: z.boolean(), subjects: z.array(subjectKind) })),
});

/** Biểu thống kê of the Ministry of Home Affairs (TT 02/2023/TT-BNV): 0601.N, 0602.N, 0603.N. */
export const officialFormParams = z.object({ form: z.enum(['0601', '0602', '0603'], { message: 'Biểu thống kê phải là 0601, 0602 hoặc 0603.' }) });
export const officialFormQuery = z.object({ unitId: uuid.optional(), year: year('Năm báo cáo') });
export const officialFormResponse = z.object({
  id: z.string(),
  circular: z.string(),
  title: z.string(),
  year: z.number().int(),
  scope: z.object({ id: z.string(), name: z.string() }),
  columns: z.array(z.object({ key: z.string(), header: z.array(z.string()) })),
  rows: z.array(z.object({ code: z.string(), label: z.string(), unit: z.string().nullable(), bold: z.boolean(), heading: z.boolean(), total: z.number().int().nullable(), cells: z.array(z.number().int().nullable()) })),
  /** Awards in the form's scope that no column takes (should be 0). */
  unplaced: z.number().int(),
});
export type OfficialFormView = z.infer<typeof officialFormResponse>;
