import { z } from 'zod';
import { nonEmpty, queryFlag, ref, uuid } from './common';

export const registrationState = z.enum(['chua_gui', 'cho_duyet', 'tra_lai', 'da_duyet']);
export type RegistrationStateName = z.infer<typeof registrationState>;

const commitment = z.object({
  text: nonEmpty('Nội dung giao ước', 2000),
  indicatorId: uuid.nullable().optional(),
  target: z.number().finite().nullable().optional(),
});

export const registrationSummary = z.object({
  id: z.string(),
  movement: ref,
  unit: ref,
  reviewerUnit: ref,
  year: z.number().int(),
  titles: z.array(z.string()),
  state: registrationState,
  stateLabel: z.string(),
  commitmentCount: z.number().int(),
  combinedInto: ref.nullable(),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
});
export type RegistrationSummary = z.infer<typeof registrationSummary>;

export const registrationDetail = registrationSummary.extend({
  note: z.string().nullable(),
  returnReason: z.string().nullable(),
  commitments: z.array(z.object({ id: z.string(), text: z.string(), indicator: z.object({ id: z.string(), code: z.string(), name: z.string(), unitOfMeasure: z.string() }).nullable(), target: z.number().nullable() })),
  documents: z.array(z.object({ id: z.string(), citation: z.string(), title: z.string() })),
  /** Registrations of the units below that this one forwards upward. */
  included: z.array(registrationSummary),
  transitions: z.array(z.object({ from: z.string(), to: z.string(), label: z.string(), actorName: z.string().nullable(), reason: z.string().nullable(), at: z.string() })),
  /** What the current user may do now. */
  canEdit: z.boolean(),
  next: z.array(z.object({ to: registrationState, label: z.string(), requiresReason: z.boolean() })),
});
export type RegistrationDetail = z.infer<typeof registrationDetail>;

export const listRegistrationsQuery = z.object({
  movementId: uuid.optional(),
  year: z.coerce.number().int().min(1945).max(2200).optional(),
  state: registrationState.optional(),
  unitId: uuid.optional(),
  /** Only registrations the current user reviews (sent to a unit in their scope). */
  toReview: queryFlag.optional(),
});
export const listRegistrationsResponse = z.object({ items: z.array(registrationSummary) });

const content = {
  titles: z.array(nonEmpty('Danh hiệu đăng ký', 300)).max(20),
  note: z.string().max(5000).nullable().optional(),
  commitments: z.array(commitment).max(200),
  documentIds: z.array(uuid).max(50).optional(),
  /** Approved registrations of the units below, forwarded with this one. */
  includedIds: z.array(uuid).max(2000).optional(),
};
export const createRegistrationBody = z.object({ ...content, movementId: uuid, unitId: uuid, year: z.number().int().min(1945).max(2200), reviewerUnitId: uuid.nullable().optional() });
export type CreateRegistrationBody = z.infer<typeof createRegistrationBody>;
export const updateRegistrationBody = z.object(content).extend({ version: z.number().int() });
export type UpdateRegistrationBody = z.infer<typeof updateRegistrationBody>;
export const transitionRegistrationBody = z.object({ to: registrationState, version: z.number().int(), reason: z.string().max(2000).nullable().optional() });

export const registrationOverviewQuery = z.object({ movementId: uuid.optional(), year: z.coerce.number().int().min(1945).max(2200).optional() });
export const registrationOverviewResponse = z.object({
  byState: z.array(z.object({ state: registrationState, label: z.string(), count: z.number().int() })),
  byReviewer: z.array(z.object({ reviewerUnit: ref, counts: z.record(z.string(), z.number().int()) })),
});
