import { z } from 'zod';
import { isoDate } from './common';

export const auditQuery = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  actionLabel: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
export const auditResponse = z.object({ items: z.array(auditEntry), total: z.number().int() });

export const overviewResponse = z.object({
  asOf: z.string(),
  provinces: z.number().int(),
  communes: z.number().int(),
  agencies: z.number().int(),
  groups: z.number().int(),
  users: z.number().int(),
});
