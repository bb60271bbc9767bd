import { z } from 'zod';
import { isoDate, nonEmpty, ref, uuid } from './common';

export const groupKind = z.enum(['cum', 'khoi']);
export const memberRole = z.enum(['truong', 'pho', 'thanh_vien']);
export type MemberRole = z.infer<typeof memberRole>;

export const GROUP_KIND_LABELS = { cum: 'Cụm thi đua', khoi: 'Khối thi đua' } as const;
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = { truong: 'Trưởng', pho: 'Phó', thanh_vien: 'Thành viên' };

export const groupSummary = z.object({
  id: z.string(),
  kind: groupKind,
  name: z.string(),
  year: z.number().int(),
  managingUnit: ref,
  validFrom: z.string(),
  validTo: z.string(),
  memberCount: z.number().int(),
  version: z.number().int(),
});
export type GroupSummary = z.infer<typeof groupSummary>;

export const groupMember = z.object({
  id: z.string(),
  unit: ref.extend({ code: z.string().nullable() }),
  role: memberRole,
  validFrom: z.string(),
  validTo: z.string(),
});
export const groupDetail = groupSummary.extend({ note: z.string().nullable(), members: z.array(groupMember) });
export type GroupDetail = z.infer<typeof groupDetail>;

export const listGroupsQuery = z.object({ year: z.coerce.number().int().optional(), q: z.string().trim().max(200).optional() });
export const listGroupsResponse = z.object({ items: z.array(groupSummary) });

const year = z.number({ message: 'Năm là bắt buộc.' }).int().min(1945, { message: 'Năm không hợp lệ.' }).max(2200, { message: 'Năm không hợp lệ.' });

export const createGroupBody = z.object({
  kind: groupKind,
  name: nonEmpty('Tên cụm/khối'),
  year,
  managingUnitId: uuid,
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  note: z.string().max(4000).nullable().optional(),
});
export const updateGroupBody = z.object({
  version: z.number().int(),
  name: nonEmpty('Tên cụm/khối').optional(),
  managingUnitId: uuid.optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  note: z.string().max(4000).nullable().optional(),
});
export const addMemberBody = z.object({ unitId: uuid, role: memberRole, validFrom: isoDate.optional(), validTo: isoDate.optional() });
export const updateMemberBody = z.object({ role: memberRole.optional(), validFrom: isoDate.optional(), validTo: isoDate.optional() });
export const memberParams = z.object({ id: uuid, memberId: uuid });
