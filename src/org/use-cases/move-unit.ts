import type { Ctx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { AppError, notFound } from '../../shared/errors';
import type { UnitDetail } from '../../shared/api/org';
import { assertWellFormed } from '../domain/tree-rules';
import { insertParentLink, lockTree } from '../parent-links';
import { getUnit } from './get-unit';
import { displayDay } from '../unit-views';
import { addDays, formatViDate } from '../../shared/vi-date';

export interface AddParentInput {
  parentId: string;
  validFrom?: string | null;
  validTo?: string | null;
}

function manageAction(kind: string) {
  return kind === 'agency' ? ('org.manage_agencies' as const) : ('org.manage_admin_units' as const);
}

/** Places a unit under a parent for a period; the actor needs rights over both the unit and its new parent. */
export async function addParentLink(ctx: Ctx, unitId: string, input: AddParentInput): Promise<UnitDetail> {
  const unit = await ctx.db.selectFrom('org_unit').select(['id', 'kind']).where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw notFound('Đơn vị');
  const link = { childId: unitId, parentId: input.parentId, validFrom: input.validFrom ?? null, validTo: input.validTo ?? null };
  assertWellFormed(link);
  const parent = await ctx.db.selectFrom('org_unit').select(['valid_from', 'valid_to']).where('id', '=', input.parentId).executeTakeFirst();
  if (!parent) throw notFound('Đơn vị cấp trên');
  const day = displayDay(parent, link.validFrom ?? ctx.today);
  // The unit is judged where it stood just before the move.
  await authorize(ctx, manageAction(unit.kind), { unitId, day: link.validFrom ? addDays(link.validFrom, -1) : ctx.today, mode: 'write' });
  await authorize(ctx, manageAction(unit.kind), { unitId: input.parentId, day, mode: 'write' });
  await inTx(ctx, async (tx) => {
    const id = await insertParentLink(tx, link);
    await recordAudit(tx, ctx, { action: 'org.add_parent', entity: 'org_parent', entityId: id, orgUnitId: unitId, after: link });
  });
  return getUnit(ctx, unitId, day);
}

/**
 * Ends a parent link on a day (the unit leaves its parent). Only shortening is allowed: links are
 * never deleted or stretched here, so history stays and no overlap or loop can appear.
 */
export async function closeParentLink(ctx: Ctx, linkId: string, validTo: string): Promise<void> {
  const link = await ctx.db
    .selectFrom('org_parent as p')
    .innerJoin('org_unit as u', 'u.id', 'p.child_id')
    .select(['p.id', 'p.child_id', 'p.parent_id', 'p.valid_from', 'p.valid_to', 'u.kind'])
    .where('p.id', '=', linkId)
    .executeTakeFirst();
  if (!link) throw notFound('Quan hệ trực thuộc');
  // Judged on the new last day of the link, where both the unit and its parent still stand.
  await authorize(ctx, manageAction(link.kind), { unitId: link.child_id, day: validTo, mode: 'write' });
  await authorize(ctx, manageAction(link.kind), { unitId: link.parent_id, day: validTo, mode: 'write' });
  if (link.valid_from && validTo < link.valid_from) {
    throw new AppError('VALIDATION', 'Ngày kết thúc trực thuộc phải sau ngày bắt đầu.', [{ path: 'validTo', message: 'Ngày không hợp lệ.' }]);
  }
  if (link.valid_to && validTo > link.valid_to) {
    throw new AppError('VALIDATION', `Quan hệ trực thuộc đã kết thúc ngày ${formatViDate(link.valid_to)}; chỉ có thể kết thúc sớm hơn, không kéo dài. Hãy thêm quan hệ trực thuộc mới.`, [
      { path: 'validTo', message: 'Không được kéo dài.' },
    ]);
  }
  await inTx(ctx, async (tx) => {
    await lockTree(tx);
    await tx.updateTable('org_parent').set({ valid_to: validTo }).where('id', '=', linkId).execute();
    await recordAudit(tx, ctx, {
      action: 'org.close_parent',
      entity: 'org_parent',
      entityId: linkId,
      orgUnitId: link.child_id,
      before: { validTo: link.valid_to },
      after: { validTo },
    });
  });
}
