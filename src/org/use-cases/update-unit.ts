import type { Ctx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { notFound, versionConflict } from '../../shared/errors';
import { cleanText } from '../../shared/vi-text';
import type { UnitDetail, UpdateUnitBody } from '../../shared/api/org';
import { assertWellFormed } from '../domain/tree-rules';
import { assertLinksWithinLifetime, assertTreeVersionFits, lockTree } from '../parent-links';
import { displayDay } from '../unit-views';
import { getUnit } from './get-unit';

/** Edits a unit's own fields under optimistic locking: a stale version is refused, never overwritten. */
export async function updateUnit(ctx: Ctx, id: string, input: UpdateUnitBody): Promise<UnitDetail> {
  const current = await ctx.db.selectFrom('org_unit').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('Đơn vị');
  const action = current.kind === 'agency' ? 'org.manage_agencies' : 'org.manage_admin_units';
  await authorize(ctx, action, { unitId: id, day: displayDay(current, ctx.today), mode: 'write' });
  const next = {
    unit_type: input.unitType !== undefined ? cleanText(input.unitType) : current.unit_type,
    name: input.name !== undefined ? cleanText(input.name) : current.name,
    short_name: input.shortName !== undefined ? (input.shortName ? cleanText(input.shortName) : null) : current.short_name,
    code: input.code !== undefined ? input.code?.trim() || null : current.code,
    valid_from: input.validFrom !== undefined ? input.validFrom : current.valid_from,
    valid_to: input.validTo !== undefined ? input.validTo : current.valid_to,
    note: input.note !== undefined ? input.note : current.note,
  };
  assertWellFormed({ validFrom: next.valid_from, validTo: next.valid_to });
  assertTreeVersionFits(current.kind, current.tree_version, next.code);
  await inTx(ctx, async (tx) => {
    if (next.valid_from !== current.valid_from || next.valid_to !== current.valid_to) {
      await lockTree(tx);
      await assertLinksWithinLifetime(tx, id, { name: next.name, validFrom: next.valid_from, validTo: next.valid_to });
    }
    const updated = await tx
      .updateTable('org_unit')
      .set((eb) => ({ ...next, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await recordAudit(tx, ctx, { action: 'org.update_unit', entity: 'org_unit', entityId: id, orgUnitId: id, before: current, after: updated });
  });
  return getUnit(ctx, id, ctx.today);
}
