import { z } from 'zod';
import { isoDate, nonEmpty, queryFlag, ref, uuid } from './common';
import type { OutlineSection, OutlineTree } from '../../reports/domain/outline';
import type { RichDoc } from '../rich-text-types';

// ---- Outlines (đề cương) ---------------------------------------------------------------------

const listColumn = z.object({
  key: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { message: 'Mã cột chỉ gồm chữ không dấu, số, "-" và "_".' }),
  label: nonEmpty('Tên cột', 200),
  type: z.enum(['text', 'number']),
});

export const outlineSectionSchema: z.ZodType<OutlineSection> = z.lazy(() =>
  z.object({
    key: z.string().regex(/^[A-Za-z0-9._~-]{1,120}$/, { message: 'Mã mục không hợp lệ.' }),
    numbering: z.string().max(20),
    title: nonEmpty('Tên mục', 2000),
    guidance: z.string().max(5000).nullable().optional(),
    kind: z.enum(['narrative', 'indicator_table', 'list']),
    indicatorSetId: uuid.nullable().optional(),
    columns: z.array(listColumn).max(20).nullable().optional(),
    repeatOf: z.object({ sectionKey: z.string().max(120) }).nullable().optional(),
    children: z.array(outlineSectionSchema).max(200),
  }),
);
export const outlineTreeSchema: z.ZodType<OutlineTree> = z.object({
  title: nonEmpty('Tên đề cương', 2000),
  preamble: z.string().max(5000).nullable().optional(),
  sections: z.array(outlineSectionSchema).min(1, { message: 'Đề cương cần ít nhất một mục.' }).max(200),
});

export const outlineSummary = z.object({
  id: z.string(),
  name: z.string(),
  ownerUnit: ref,
  latestVersion: z.object({ id: z.string(), number: z.number().int(), createdAt: z.string(), sectionCount: z.number().int() }),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type OutlineSummary = z.infer<typeof outlineSummary>;

export const outlineVersionView = z.object({
  id: z.string(),
  outlineId: z.string(),
  number: z.number().int(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  tree: outlineTreeSchema,
  /** How many campaigns use this version (a used version is never changed; edits make a new one). */
  campaignCount: z.number().int(),
});
export type OutlineVersionView = z.infer<typeof outlineVersionView>;

export const outlineDetail = outlineSummary.extend({
  versions: z.array(outlineVersionView.omit({ tree: true })),
  latest: outlineVersionView,
  canEdit: z.boolean(),
});
export type OutlineDetail = z.infer<typeof outlineDetail>;

export const createOutlineBody = z.object({ name: nonEmpty('Tên đề cương', 500), ownerUnitId: uuid, tree: outlineTreeSchema, note: z.string().max(2000).nullable().optional() });
export const newOutlineVersionBody = z.object({ tree: outlineTreeSchema, note: z.string().max(2000).nullable().optional(), version: z.number().int() });
export const importOutlineTextBody = z.object({ text: z.string().min(1, { message: 'Chưa có nội dung đề cương.' }).max(200_000, { message: 'Đề cương dài quá 200.000 ký tự.' }) });
export const outlineImportResponse = z.object({
  tree: outlineTreeSchema,
  warnings: z.array(z.object({ line: z.number().int(), message: z.string() })),
  citedDocument: z.string().nullable(),
  /** Problems the user must fix before saving (validateOutline). */
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type OutlineImportResponse = z.infer<typeof outlineImportResponse>;

// ---- Campaigns (yêu cầu báo cáo) -------------------------------------------------------------

export const campaignState = z.enum(['soan_thao', 'dang_mo', 'da_dong']);
export type CampaignStateName = z.infer<typeof campaignState>;
export const reportState = z.enum(['chua_mo', 'dang_soan', 'da_nop', 'tra_lai', 'da_duyet']);
export type ReportStateName = z.infer<typeof reportState>;
/** What the board's list shows per recipient: the state with timeliness folded in. */
export const recipientStatus = z.enum(['chua_mo', 'dang_soan', 'nop_dung_han', 'nop_muon', 'tra_lai', 'da_duyet']);
export type RecipientStatus = z.infer<typeof recipientStatus>;

const rate = z.object({ expected: z.number().int(), submitted: z.number().int(), onTime: z.number().int(), accepted: z.number().int() });
export const campaignSummary = z.object({
  id: z.string(),
  title: z.string(),
  requesterUnit: ref,
  periodKey: z.string(),
  periodLabel: z.string(),
  deadline: z.string(),
  graceDays: z.number().int(),
  state: campaignState,
  stateLabel: z.string(),
  outline: z.object({ id: z.string(), name: z.string(), versionId: z.string(), number: z.number().int() }),
  requestDocument: z.object({ id: z.string(), citation: z.string() }).nullable(),
  movement: ref.nullable(),
  totals: rate,
  version: z.number().int(),
});
export type CampaignSummary = z.infer<typeof campaignSummary>;

export const recipientView = z.object({
  unit: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  reportId: z.string().nullable(),
  status: recipientStatus,
  statusLabel: z.string(),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  /** Share of the outline's answerable sections with content. */
  completeness: z.number(),
  findingCount: z.number().int(),
  lockExceptionUntil: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
});
export type RecipientView = z.infer<typeof recipientView>;

export const campaignDetail = campaignSummary.extend({
  outlineTree: outlineTreeSchema,
  group: ref.nullable(),
  recipients: z.array(recipientView),
  /** Completeness and timeliness per level (tỉnh, xã, cơ quan…). */
  byLevel: z.array(rate.extend({ level: z.string(), label: z.string() })),
  transitions: z.array(z.object({ from: z.string(), to: z.string(), label: z.string(), actorName: z.string().nullable(), reason: z.string().nullable(), at: z.string() })),
  next: z.array(z.object({ to: campaignState, label: z.string(), requiresReason: z.boolean() })),
  canManage: z.boolean(),
  hasSynthesis: z.boolean(),
});
export type CampaignDetail = z.infer<typeof campaignDetail>;

export const listCampaignsQuery = z.object({ state: campaignState.optional(), requesterUnitId: uuid.optional() });
export const listCampaignsResponse = z.object({ items: z.array(campaignSummary) });

export const createCampaignBody = z
  .object({
    title: nonEmpty('Tên yêu cầu báo cáo', 1000),
    requesterUnitId: uuid,
    outlineVersionId: uuid,
    periodKey: z.string().max(20),
    movementId: uuid.nullable().optional(),
    requestDocumentId: uuid.nullable().optional(),
    deadline: isoDate,
    graceDays: z.number().int().min(0).max(60).default(0),
    recipientUnitIds: z.array(uuid).max(10_000).optional(),
    groupId: uuid.nullable().optional(),
    /** Open at once (notify recipients) instead of keeping a draft. */
    open: z.boolean().default(true),
  })
  .refine((b) => (b.recipientUnitIds?.length ?? 0) > 0 || !!b.groupId, { message: 'Chọn đơn vị nhận hoặc một cụm, khối.', path: ['recipientUnitIds'] });
export const updateCampaignBody = z.object({
  version: z.number().int(),
  title: nonEmpty('Tên yêu cầu báo cáo', 1000).optional(),
  deadline: isoDate.optional(),
  graceDays: z.number().int().min(0).max(60).optional(),
});
export const transitionCampaignBody = z.object({ to: campaignState, version: z.number().int(), reason: z.string().max(2000).nullable().optional() });
export const remindBody = z.object({ unitIds: z.array(uuid).max(10_000).optional(), message: z.string().max(2000).nullable().optional() });
export const remindResponse = z.object({ reminded: z.number().int() });
export const lockExceptionBody = z.object({ until: isoDate.nullable() });

// ---- Unit reports ------------------------------------------------------------------------------

/** The safe rich text is checked in depth by sanitizeRichDoc on the server. */
const richDoc = z.custom<RichDoc>((v) => typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc', { message: 'Nội dung văn bản không hợp lệ.' });
const listRow = z.record(z.string().max(40), z.union([z.string().max(5000), z.number().finite(), z.null()]));
export const sectionAnswer = z.object({ text: richDoc.optional(), rows: z.array(listRow).max(1000).optional() });
export type SectionAnswer = z.infer<typeof sectionAnswer>;
export const reportContent = z.object({ sections: z.record(z.string().max(200), sectionAnswer) });
export type ReportContent = z.infer<typeof reportContent>;

export const findingView = z.object({
  key: z.string(),
  sectionKey: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  category: z.string(),
  severity: z.enum(['high', 'medium', 'low']),
  message: z.string(),
  suggestion: z.string().nullable(),
  review: z.object({ decision: z.enum(['accepted', 'dismissed']), note: z.string().nullable(), actorName: z.string().nullable(), at: z.string() }).nullable(),
});
export type FindingView = z.infer<typeof findingView>;

export const indicatorCell = z.object({
  indicator: z.object({ id: z.string(), code: z.string(), name: z.string(), unitOfMeasure: z.string(), decimals: z.number().int() }),
  value: z.number().nullable(),
  target: z.number().nullable(),
  percentOfTarget: z.number().nullable(),
  version: z.number().int().nullable(),
});
export type IndicatorCellView = z.infer<typeof indicatorCell>;

export const reportDetail = z.object({
  id: z.string(),
  campaign: campaignSummary.pick({ id: true, title: true, periodKey: true, periodLabel: true, deadline: true, graceDays: true, requesterUnit: true, state: true }),
  outlineTree: outlineTreeSchema,
  unit: ref,
  state: reportState,
  stateLabel: z.string(),
  status: recipientStatus,
  statusLabel: z.string(),
  content: reportContent,
  /** Figures of each indicator-table section, read from (and written back to) the indicator store. */
  indicatorTables: z.record(z.string(), z.array(indicatorCell)),
  revision: z.number().int(),
  version: z.number().int(),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  /** Editing closes after the deadline plus grace days unless the board granted an exception. */
  lockedReason: z.string().nullable(),
  findings: z.array(findingView),
  transitions: z.array(z.object({ from: z.string(), to: z.string(), label: z.string(), actorName: z.string().nullable(), reason: z.string().nullable(), at: z.string() })),
  canEdit: z.boolean(),
  canReview: z.boolean(),
  next: z.array(z.object({ to: reportState, label: z.string(), requiresReason: z.boolean() })),
});
export type ReportDetail = z.infer<typeof reportDetail>;

export const reportSummary = z.object({
  id: z.string(),
  campaign: ref.extend({ periodLabel: z.string(), deadline: z.string(), requesterUnit: ref }),
  unit: ref,
  state: reportState,
  status: recipientStatus,
  statusLabel: z.string(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ReportSummary = z.infer<typeof reportSummary>;
export const listReportsQuery = z.object({ campaignId: uuid.optional(), unitId: uuid.optional(), mine: queryFlag.optional() });
export const listReportsResponse = z.object({ items: z.array(reportSummary) });

export const saveReportBody = z.object({
  version: z.number().int(),
  content: reportContent,
  values: z.array(z.object({ indicatorId: uuid, value: z.number().finite().nullable(), version: z.number().int().nullable() })).max(2000).optional(),
  /** An explicit save ("Lưu phiên bản") always makes a new revision; autosaves of the same author within a few minutes fold into one. */
  autosave: z.boolean().default(false),
});
export const saveReportResponse = z.object({ version: z.number().int(), revision: z.number().int(), savedAt: z.string(), state: reportState });

export const transitionReportBody = z.object({
  to: reportState,
  version: z.number().int(),
  reason: z.string().max(5000).nullable().optional(),
  /** Submit even though the checker found problems (the unit saw them). */
  confirm: z.boolean().optional(),
});
export const revisionSummary = z.object({ revision: z.number().int(), kind: z.string(), kindLabel: z.string(), authorName: z.string().nullable(), at: z.string() });
export const revisionsResponse = z.object({ items: z.array(revisionSummary) });
export const revisionDetail = revisionSummary.extend({ content: reportContent });
export const revisionParams = z.object({ id: uuid, revision: z.coerce.number().int().min(1) });
export const findingReviewParams = z.object({ id: uuid, key: z.string().max(200) });
export const findingReviewBody = z.object({ decision: z.enum(['accepted', 'dismissed']), note: z.string().max(2000).nullable().optional() });
export const checkReportResponse = z.object({ findings: z.array(findingView) });

// ---- Synthesis (báo cáo tổng hợp) -------------------------------------------------------------

export const synthesisMeta = z.object({
  parentBody: z.string().max(300).nullable(),
  issuingBody: z.string().max(300),
  numberSymbol: z.string().max(100),
  place: z.string().max(100),
  date: isoDate.nullable(),
  docTypeName: z.string().max(100),
  title: z.string().max(2000),
  recipients: z.array(z.string().max(500)).max(50),
  signature: z.object({
    prefix: z.enum(['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.']).nullable(),
    authority: z.string().max(300).nullable(),
    title: z.string().max(300),
    signerName: z.string().max(300),
  }),
});
export type SynthesisMeta = z.infer<typeof synthesisMeta>;

export const synthesisSection = z.object({
  key: z.string(),
  /** What the system composed last time. */
  generated: richDoc,
  /** The specialist's text, when edited; kept across re-composition. */
  edited: richDoc.nullable(),
  /** The composed text changed since the specialist edited (a late report arrived, figures changed). */
  sourceChanged: z.boolean(),
  previousGenerated: richDoc.nullable(),
});
export type SynthesisSectionView = z.infer<typeof synthesisSection>;

export const synthesisView = z.object({
  campaignId: z.string(),
  meta: synthesisMeta,
  intro: richDoc,
  sections: z.array(synthesisSection),
  /** Which reports (and revisions) the last composition used. */
  sources: z.array(z.object({ reportId: z.string(), unit: ref, revision: z.number().int() })),
  composedAt: z.string(),
  version: z.number().int(),
  changes: z.array(z.string()),
  canEdit: z.boolean(),
});
export type SynthesisView = z.infer<typeof synthesisView>;
export const saveSynthesisBody = z.object({
  version: z.number().int(),
  meta: synthesisMeta.optional(),
  intro: richDoc.optional(),
  /** Edited text per section; null clears the edit (back to the composed text). */
  sections: z.record(z.string().max(200), richDoc.nullable()).optional(),
});
export const exportFormatParams = z.object({ id: uuid, format: z.enum(['docx', 'pdf', 'xlsx']) });

/** The award sections of a report filled from the award registry (the unit checks them before saving). */
export const reportAwardFiguresView = z.object({
  periodLabel: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  sections: z.record(z.string(), z.array(listRow)),
});
export type ReportAwardFigures = z.infer<typeof reportAwardFiguresView>;
