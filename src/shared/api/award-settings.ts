import { z } from 'zod';
import { catalogueOverridesSchema } from './awards-eligibility';

export const localSettingsView = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  /** Dated sets of the unit's own settings, as saved (the catalogue's overridable values only). */
  sets: z.array(z.record(z.string(), z.unknown())),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  /** Sets of the units above, which apply too (a ward follows its province's quotas). */
  inherited: z.array(z.object({ unit: z.object({ id: z.string(), name: z.string() }), sets: z.array(z.record(z.string(), z.unknown())) })),
  canEdit: z.boolean(),
});
export type LocalSettingsView = z.infer<typeof localSettingsView>;

export const saveLocalSettingsBody = z.strictObject({
  version: z.number().int().min(0),
  /** A list of dated sets (at most 20), checked by the catalogue: only what the law delegates may be set. */
  sets: catalogueOverridesSchema.refine((v) => Array.isArray(v), { message: 'Thiết lập phải là một danh sách các bộ thiết lập có thời hạn.' }),
});
export type SaveLocalSettingsBody = z.infer<typeof saveLocalSettingsBody>;
