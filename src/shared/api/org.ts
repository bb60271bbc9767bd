import { z } from 'zod';
import { isoDate, nonEmpty, optionalDate, ref, uuid } from './common';

export const unitKind = z.enum(['national', 'province', 'district', 'commune', 'agency']);
export type UnitKind = z.infer<typeof unitKind>;
export const treeVersion = z.enum(['pre2025', '2025']);

/** Kinds of agencies that are not administrative units (cơ quan, đơn vị). */
export const AGENCY_TYPES = [
  'Cơ quan Trung ương',
  'Hội đồng Thi đua - Khen thưởng',
  'Sở',
  'Ban',
  'Ngành',
  'Đoàn thể',
  'Đơn vị sự nghiệp',
  'Doanh nghiệp',
  'Trường học',
  'Cơ quan khác',
] as const;

export const unitSummary = z.object({
  id: z.string(),
  kind: unitKind,
  unitType: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  code: z.string().nullable(),
  treeVersion: treeVersion.nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  childCount: z.number().int(),
});
export type UnitSummary = z.infer<typeof unitSummary>;

const lineageEntry = z.object({
  unit: unitSummary.omit({ childCount: true }),
  kind: z.enum(['full', 'partial']),
  isPrimary: z.boolean(),
  note: z.string().nullable(),
  effectiveDate: z.string(),
});

export const unitDetail = unitSummary.extend({
  note: z.string().nullable(),
  version: z.number().int(),
  /** Ancestors from the top, as of the requested date (or the unit's last day when it had ended). */
  path: z.array(ref),
  parents: z.array(z.object({ linkId: z.string(), parent: ref, validFrom: z.string().nullable(), validTo: z.string().nullable() })),
  mergedFrom: z.array(lineageEntry),
  mergedInto: z.array(lineageEntry),
  groups: z.array(z.object({ groupId: z.string(), name: z.string(), year: z.number(), role: z.string() })),
});
export type UnitDetail = z.infer<typeof unitDetail>;

export const asOfQuery = z.object({ asOf: isoDate.optional() });

export const childrenResponse = z.object({ items: z.array(unitSummary) });

export const searchQuery = z.object({
  q: z.string().trim().min(1, { message: 'Nhập từ khóa tìm kiếm.' }).max(200),
  asOf: isoDate.optional(),
  kind: unitKind.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export const searchResponse = z.object({ items: z.array(unitSummary.extend({ path: z.string() })) });

export const createUnitBody = z.object({
  kind: unitKind.exclude(['national']),
  unitType: nonEmpty('Loại đơn vị', 100),
  name: nonEmpty('Tên đơn vị'),
  shortName: z.string().trim().max(200).nullable().optional(),
  code: z.string().trim().max(50).nullable().optional(),
  treeVersion: treeVersion.nullable().optional(),
  parentId: uuid,
  validFrom: optionalDate,
  validTo: optionalDate,
  note: z.string().max(4000).nullable().optional(),
});
export type CreateUnitBody = z.infer<typeof createUnitBody>;

export const updateUnitBody = z.object({
  version: z.number().int(),
  unitType: nonEmpty('Loại đơn vị', 100).optional(),
  name: nonEmpty('Tên đơn vị').optional(),
  shortName: z.string().trim().max(200).nullable().optional(),
  code: z.string().trim().max(50).nullable().optional(),
  validFrom: optionalDate,
  validTo: optionalDate,
  note: z.string().max(4000).nullable().optional(),
});
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;

export const addParentBody = z.object({ parentId: uuid, validFrom: optionalDate, validTo: optionalDate });
export const closeParentLinkBody = z.object({ validTo: isoDate });
