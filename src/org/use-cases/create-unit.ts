import type { Ctx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { cleanText } from '../../shared/vi-text';
import type { CreateUnitBody, UnitDetail } from '../../shared/api/org';
import { assertWellFormed } from '../domain/tree-rules';
import { assertTreeVersionFits, insertParentLink } from '../parent-links';
import { getUnit } from './get-unit';
import { displayDay } from '../unit-views';
import { intersect } from '../../shared/period';
import { notFound } from '../../shared/errors';

/** Adds a unit under a parent: agencies by scoped officers and specialists, administrative units by administrators. */
export async function createUnit(ctx: Ctx, input: CreateUnitBody): Promise<UnitDetail> {
  const validFrom = input.validFrom ?? null;
  const validTo = input.validTo ?? null;
  assertWellFormed({ validFrom, validTo });
  assertTreeVersionFits(input.kind, input.treeVersion, input.code);
  const action = input.kind === 'agency' ? 'org.manage_agencies' : 'org.manage_admin_units';
  const parent = await ctx.db.selectFrom('org_unit').select(['valid_from', 'valid_to']).where('id', '=', input.parentId).executeTakeFirst();
  if (!parent) throw notFound('Đơn vị cấp trên');
  // Scope is judged where the parent stands on the first day of the new link (or its last day, for a unit that has ended).
  const day = displayDay(parent, validFrom ?? ctx.today);
  await authorize(ctx, action, { unitId: input.parentId, day, mode: 'write' });
  const id = await inTx(ctx, async (tx) => {
    const row = await tx
      .insertInto('org_unit')
      .values({
        kind: input.kind,
        unit_type: cleanText(input.unitType),
        name: cleanText(input.name),
        short_name: input.shortName ? cleanText(input.shortName) : null,
        tree_version: input.treeVersion ?? null,
        code: input.code?.trim() || null,
        valid_from: validFrom,
        valid_to: validTo,
        note: input.note ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    // Under a parent that has ended (or not begun), the unit belongs to it only while the parent exists.
    const link = intersect({ validFrom, validTo }, { validFrom: parent.valid_from, validTo: parent.valid_to }) ?? { validFrom, validTo };
    await insertParentLink(tx, { childId: row.id, parentId: input.parentId, ...link });
    await recordAudit(tx, ctx, { action: 'org.create_unit', entity: 'org_unit', entityId: row.id, orgUnitId: row.id, after: { ...row, parentId: input.parentId } });
    return row.id;
  });
  return getUnit(ctx, id, day);
}
