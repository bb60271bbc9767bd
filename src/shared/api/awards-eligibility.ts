/**
 * API schemas of the award catalogue and the eligibility engine (POST /api/awards/eligibility,
 * GET /api/awards/catalogue, `thidua eligibility`). The input format is documented in
 * docs/eligibility-input.md; every validation message is Vietnamese.
 */
import { z } from 'zod';
import { AUTHORITIES, AWARD_CODES, GENERAL_PARAM_KEYS, validateOverrides, type CatalogueOverrides } from '../../awards/domain/catalogue';
import { LAW_VERSION_CODES } from '../../awards/domain/catalogue/law-versions';
import { AWARD_GROUPS } from '../../awards/domain/catalogue/codes';
import {
  AWARD_KINDS,
  AWARD_LEVELS,
  CLUSTER_LEVELS,
  DISCIPLINE_LEVELS,
  EXEMPLARY_KINDS,
  INITIATIVE_KINDS,
  LAUNCHERS,
  RATINGS,
  RESTRAINT_KINDS,
  ROUNDS,
  SCOPES,
  SUBJECTS,
} from '../../awards/domain/types';
import { isoDate } from './common';

export const MAX_ELIGIBILITY_CASES = 10_000;

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { message: `${what} không hợp lệ; dùng một trong: ${values.join(', ')}.` });

const awardCode = oneOf(AWARD_CODES, 'Mã danh hiệu, hình thức khen thưởng');
const year = z
  .number({ message: 'Năm phải là một số (ví dụ 2024).' })
  .int({ message: 'Năm phải là số nguyên.' })
  .min(1945, { message: 'Năm không hợp lệ (từ 1945).' })
  .max(2100, { message: 'Năm không hợp lệ (đến 2100).' });
const count = (what: string) => z.number({ message: `${what} phải là một số.` }).int({ message: `${what} phải là số nguyên.` }).min(0, { message: `${what} không được âm.` });
const text = (max = 500) => z.string().max(max, { message: `Dài quá ${max} ký tự.` });

export const heldTitleSchema = z.strictObject({ year, award: awardCode, round: oneOf(ROUNDS, 'Loại khen thưởng').optional() });
export const heldAwardSchema = z.strictObject({
  award: awardCode,
  date: isoDate,
  year: year.optional(),
  round: oneOf(ROUNDS, 'Loại khen thưởng').optional(),
  decision: text(200).optional(),
});
export const ratingSchema = z.strictObject({ year, rating: oneOf(RATINGS, 'Xếp loại') });
export const initiativeSchema = z.strictObject({
  year,
  scope: oneOf(SCOPES, 'Phạm vi ảnh hưởng'),
  kind: oneOf(INITIATIVE_KINDS, 'Loại sáng kiến').optional(),
  title: text().optional(),
});
export const restraintSchema = z
  .strictObject({
    from: isoDate,
    to: isoDate.nullable().optional(),
    kind: oneOf(RESTRAINT_KINDS, 'Loại (kỷ luật, điều tra, thanh tra, vụ án)').optional(),
    level: oneOf(DISCIPLINE_LEVELS, 'Hình thức kỷ luật').optional(),
    note: text().optional(),
  })
  .refine((r) => !r.to || r.to >= r.from, { message: 'Ngày kết thúc trước ngày bắt đầu.', path: ['to'] });
export const memberCountsSchema = z
  .strictObject({
    total: count('Tổng số thành viên').min(1, { message: 'Tổng số thành viên phải từ 1 trở lên.' }),
    completingTasks: count('Số thành viên hoàn thành nhiệm vụ'),
    ldtt: count('Số thành viên đạt Lao động tiên tiến'),
    cstdcs: count('Số thành viên đạt Chiến sĩ thi đua cơ sở'),
    disciplined: count('Số thành viên bị kỷ luật').optional(),
  })
  .superRefine((m, ctx) => {
    const over = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (m.completingTasks > m.total) over('completingTasks', 'Số hoàn thành nhiệm vụ vượt tổng số thành viên.');
    if (m.ldtt > m.total) over('ldtt', 'Số đạt Lao động tiên tiến vượt tổng số thành viên.');
    if (m.cstdcs > m.ldtt) over('cstdcs', 'Số đạt Chiến sĩ thi đua cơ sở vượt số đạt Lao động tiên tiến (người đạt Chiến sĩ thi đua cơ sở cũng được tính là Lao động tiên tiến).');
    if ((m.disciplined ?? 0) > m.total) over('disciplined', 'Số bị kỷ luật vượt tổng số thành viên.');
  });
export const clusterResultSchema = z.strictObject({ year, level: oneOf(CLUSTER_LEVELS, 'Cấp cụm, khối'), leads: z.boolean({ message: 'leads phải là true hoặc false.' }), cluster: text().optional() });
export const exemplarySchema = z.strictObject({
  year,
  kind: oneOf(EXEMPLARY_KINDS, 'Loại thành tích'),
  scope: oneOf(SCOPES, 'Phạm vi ảnh hưởng'),
  launchedBy: oneOf(LAUNCHERS, 'Cấp phát động').optional(),
  movementYears: count('Số năm của phong trào').optional(),
  note: text().optional(),
});

const list = <T extends z.ZodType>(item: T) => z.array(item).max(500, { message: 'Danh sách quá dài (tối đa 500 dòng).' });

export const nomineeSchema = z.strictObject({
  kind: oneOf(SUBJECTS, 'Đối tượng (ca_nhan, tap_the, ho_gia_dinh)'),
  name: text(300).optional(),
  titles: list(heldTitleSchema).optional(),
  ratings: list(ratingSchema).optional(),
  initiatives: list(initiativeSchema).optional(),
  awards: list(heldAwardSchema).optional(),
  disciplines: list(restraintSchema).optional(),
  members: memberCountsSchema.optional(),
  clusterResults: list(clusterResultSchema).optional(),
  exemplary: list(exemplarySchema).optional(),
});

export const eligibilityCaseSchema = z.strictObject({
  id: text(100).optional(),
  award: awardCode,
  decisionDate: isoDate,
  year: year.optional(),
  round: oneOf(ROUNDS, 'Loại khen thưởng').optional(),
  decider: oneOf(AUTHORITIES, 'Cấp quyết định').optional(),
  nominee: nomineeSchema,
});
export type EligibilityCaseInput = z.infer<typeof eligibilityCaseSchema>;

// ---- province settings --------------------------------------------------------------------------

const paramValue = z.union([z.number(), z.boolean(), z.string().max(50)], { message: 'Giá trị tham số phải là số, đúng/sai hoặc mã.' });
const awardOverrideSchema = z.strictObject({
  params: z.record(z.string(), paramValue).optional(),
  bonusMultiplier: z.partialRecord(oneOf(SUBJECTS, 'Đối tượng'), z.number().nullable()).optional(),
  physicalItem: text(200).nullable().optional(),
  criteria: z.array(z.strictObject({ code: z.string().regex(/^[A-Za-z0-9_]{1,40}$/, { message: 'Mã tiêu chuẩn chỉ gồm chữ không dấu, số, gạch dưới (tối đa 40).' }), text: text(1000) })).max(50).optional(),
});
const overrideSetSchema = z.strictObject({
  issuer: text(300).optional(),
  citation: text(300).optional(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
  awards: z.partialRecord(awardCode, awardOverrideSchema).optional(),
  general: z.partialRecord(oneOf(GENERAL_PARAM_KEYS, 'Quy định chung'), z.boolean()).optional(),
  baseSalary: z.number().nullable().optional(),
  quotas: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z0-9_]{1,60}$/, { message: 'Mã tỷ lệ chỉ gồm chữ thường không dấu, số, gạch dưới.' }),
        maxPercent: z.number().nullable(),
        label: text(300).optional(),
        awards: z.array(awardCode).nullable().optional(),
        round: oneOf(ROUNDS, 'Loại khen thưởng').nullable().optional(),
        subject: oneOf(SUBJECTS, 'Đối tượng').nullable().optional(),
        base: text(300).optional(),
        citation: text(300).optional(),
      }),
    )
    .max(50)
    .optional(),
});

/** One set of settings or a dated list of them; the catalogue's own checks run after the shape's. */
export const catalogueOverridesSchema = z.union([overrideSetSchema, z.array(overrideSetSchema).max(20)]).superRefine((o, ctx) => {
  for (const issue of validateOverrides(o as CatalogueOverrides | CatalogueOverrides[])) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) });
  }
});

// ---- POST /api/awards/eligibility -----------------------------------------------------------------

export const eligibilityBatchSchema = z.strictObject({
  cases: z
    .array(eligibilityCaseSchema)
    .min(1, { message: 'Hãy gửi ít nhất một hồ sơ.' })
    .max(MAX_ELIGIBILITY_CASES, { message: `Tối đa ${MAX_ELIGIBILITY_CASES.toLocaleString('vi-VN')} hồ sơ mỗi lần.` }),
  overrides: catalogueOverridesSchema.optional(),
});

/** One case, an array of cases, or `{ cases: [...], overrides? }`; a single case is read as a batch of one. */
export const eligibilityBody = z.preprocess(
  (v) => (Array.isArray(v) ? { cases: v } : v !== null && typeof v === 'object' && !('cases' in v) ? { cases: [v] } : v),
  eligibilityBatchSchema,
);
export type EligibilityBody = z.infer<typeof eligibilityBatchSchema>;

export const eligibilityReasonSchema = z.object({
  ok: z.boolean(),
  code: z.string(),
  message: z.string(),
  verify: z.boolean().optional(),
  localSetting: z.boolean().optional(),
});
export const eligibilityResultSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  award: z.enum(AWARD_CODES),
  awardName: z.string(),
  decisionDate: z.string(),
  year: z.number().int(),
  lawVersion: z.enum(LAW_VERSION_CODES),
  eligible: z.boolean(),
  needsManualReview: z.boolean(),
  reasons: z.array(eligibilityReasonSchema),
  nextEligibleYear: z.number().int().nullable().optional(),
});
export const eligibilityResponse = z.object({ results: z.array(eligibilityResultSchema) });
export type EligibilityResponse = z.infer<typeof eligibilityResponse>;

// ---- GET /api/awards/catalogue ---------------------------------------------------------------------

export const catalogueQuery = z.object({ date: isoDate.optional() });

const param = <T extends z.ZodType>(v: T) =>
  z.object({ value: v, default: v, localSetting: z.boolean(), overridable: z.boolean(), overridden: z.boolean(), note: z.string().optional() });
const labelled = <T extends z.ZodType>(v: T) => param(v).extend({ label: z.string() });

export const resolvedAwardSchema = z.object({
  code: z.enum(AWARD_CODES),
  name: z.string(),
  kind: z.enum(AWARD_KINDS),
  level: z.enum(AWARD_LEVELS),
  group: z.enum(AWARD_GROUPS),
  subjects: z.array(z.enum(SUBJECTS)),
  stateLevel: z.boolean(),
  citation: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  deciders: z.array(z.object({ authority: z.enum(AUTHORITIES), name: z.string(), citation: z.string() })),
  physicalItem: param(z.string().nullable()),
  bonus: z.array(z.object({ subject: z.enum(SUBJECTS), multiplier: param(z.number().nullable()), amount: z.number().nullable(), citation: z.string() })),
  params: z.record(z.string(), labelled(z.union([z.number(), z.boolean(), z.string()]))),
  delegatesCriteria: z.string().nullable(),
  localCriteria: z.array(z.object({ code: z.string(), text: z.string(), source: z.string() })),
  note: z.string().nullable(),
});

export const catalogueResponse = z.object({
  date: z.string(),
  lawVersion: z.object({
    code: z.enum(LAW_VERSION_CODES),
    name: z.string(),
    legalBasis: z.array(z.string()),
    modelled: z.boolean(),
    decree: z.string(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
  }),
  general: z.record(z.enum(GENERAL_PARAM_KEYS), labelled(z.boolean())),
  baseSalary: param(z.number().nullable()),
  awards: z.array(resolvedAwardSchema),
  quotas: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      awards: z.array(z.enum(AWARD_CODES)).nullable(),
      round: z.enum(ROUNDS).nullable(),
      subject: z.enum(SUBJECTS).nullable(),
      maxPercent: param(z.number().nullable()),
      base: z.string(),
      citation: z.string(),
    }),
  ),
  overrides: z.array(z.object({ issuer: z.string().nullable(), citation: z.string().nullable() })),
  notices: z.array(z.string()),
});
export type CatalogueResponse = z.infer<typeof catalogueResponse>;
