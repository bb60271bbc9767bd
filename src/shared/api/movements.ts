import { z } from 'zod';
import { MOVEMENT_STATES } from '../../movements/domain/lifecycle';
import { isoDate, nonEmpty, ref, uuid } from './common';

export const movementState = z.enum(MOVEMENT_STATES);
export const movementKind = z.enum(['thuong_xuyen', 'chuyen_de']);

const criterion = z.object({ text: nonEmpty('Nội dung tiêu chí', 2000), mandatory: z.boolean() });
const scope = z.object({ unitId: uuid.nullable().optional(), groupId: uuid.nullable().optional() }).refine((s) => !!s.unitId !== !!s.groupId, {
  message: 'Mỗi phạm vi là một đơn vị hoặc một cụm, khối.',
});

export const movementSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: movementKind,
  kindLabel: z.string(),
  ownerUnit: ref,
  periodFrom: z.string(),
  periodTo: z.string(),
  state: movementState,
  stateLabel: z.string(),
  parent: ref.nullable(),
  version: z.number().int(),
});
export type MovementSummary = z.infer<typeof movementSummary>;

export const movementDetail = movementSummary.extend({
  description: z.string().nullable(),
  launchedOn: z.string().nullable(),
  criteria: z.array(criterion.extend({ id: z.string() })),
  scopes: z.array(z.object({ unit: ref.nullable(), group: ref.nullable() })),
  documents: z.array(z.object({ id: z.string(), citation: z.string(), title: z.string() })),
  children: z.array(ref),
  transitions: z.array(z.object({ from: z.string(), to: z.string(), label: z.string(), actorName: z.string().nullable(), reason: z.string().nullable(), at: z.string() })),
  /** The transitions possible from the current state (the UI shows them as buttons). */
  next: z.array(z.object({ to: movementState, label: z.string(), requiresReason: z.boolean() })),
});
export type MovementDetail = z.infer<typeof movementDetail>;

export const listMovementsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  state: movementState.optional(),
  year: z.coerce.number().int().min(1945).max(2200).optional(),
});
export const listMovementsResponse = z.object({ items: z.array(movementSummary) });

const body = {
  name: nonEmpty('Tên phong trào', 1000),
  kind: movementKind,
  periodFrom: isoDate,
  periodTo: isoDate,
  description: z.string().max(20000).nullable().optional(),
  parentId: uuid.nullable().optional(),
  criteria: z.array(criterion).max(200),
  scopes: z.array(scope).max(500),
  documentIds: z.array(uuid).max(100),
};
export const createMovementBody = z.object({ ...body, ownerUnitId: uuid });
export type CreateMovementBody = z.infer<typeof createMovementBody>;
export const updateMovementBody = z.object(body).extend({ version: z.number().int() });
export type UpdateMovementBody = z.infer<typeof updateMovementBody>;
export const transitionMovementBody = z.object({ to: movementState, version: z.number().int(), reason: z.string().max(2000).nullable().optional() });

export const notificationView = z.object({ id: z.string(), unit: ref, kind: z.string(), title: z.string(), link: z.string().nullable(), createdAt: z.string(), read: z.boolean() });
export const notificationsResponse = z.object({ items: z.array(notificationView), unread: z.number().int() });
