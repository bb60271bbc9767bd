import type { z } from 'zod';
import type { Ctx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { AppError, notFound, versionConflict } from '../../shared/errors';
import { cleanText } from '../../shared/vi-text';
import type { createGroupBody, GroupDetail, updateGroupBody } from '../../shared/api/groups';
import { assertWellFormed } from '../../org/domain/tree-rules';
import { within } from '../../shared/period';
import { yearPeriod } from '../domain/membership-rules';
import { getGroup } from './read-groups';
import { lockGroup } from './manage-members';

/** A cluster is managed by the council or board that forms it; rights over that unit are what counts. */
export async function createGroup(ctx: Ctx, input: z.infer<typeof createGroupBody>): Promise<GroupDetail> {
  const period = { ...yearPeriod(input.year), ...(input.validFrom ? { validFrom: input.validFrom } : {}), ...(input.validTo ? { validTo: input.validTo } : {}) };
  assertWellFormed(period);
  await authorize(ctx, 'group.manage', { unitId: input.managingUnitId, mode: 'write' });
  const id = await inTx(ctx, async (tx) => {
    const row = await tx
      .insertInto('org_group')
      .values({
        kind: input.kind,
        name: cleanText(input.name),
        year: input.year,
        managing_unit_id: input.managingUnitId,
        valid_from: period.validFrom,
        valid_to: period.validTo,
        note: input.note ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'group.create', entity: 'org_group', entityId: row.id, orgUnitId: input.managingUnitId, after: row });
    return row.id;
  });
  return getGroup(ctx, id);
}

export async function updateGroup(ctx: Ctx, id: string, input: z.infer<typeof updateGroupBody>): Promise<GroupDetail> {
  const current = await ctx.db.selectFrom('org_group').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('Cụm/khối thi đua');
  await authorize(ctx, 'group.manage', { unitId: current.managing_unit_id, groupId: id, mode: 'write' });
  if (input.managingUnitId && input.managingUnitId !== current.managing_unit_id) {
    await authorize(ctx, 'group.manage', { unitId: input.managingUnitId, mode: 'write' });
  }
  const next = {
    name: input.name !== undefined ? cleanText(input.name) : current.name,
    managing_unit_id: input.managingUnitId ?? current.managing_unit_id,
    valid_from: input.validFrom ?? current.valid_from,
    valid_to: input.validTo ?? current.valid_to,
    note: input.note !== undefined ? input.note : current.note,
  };
  const period = { validFrom: next.valid_from, validTo: next.valid_to };
  assertWellFormed(period);
  await inTx(ctx, async (tx) => {
    await lockGroup(tx, id);
    const members = await tx.selectFrom('org_group_member').select(['valid_from', 'valid_to']).where('group_id', '=', id).execute();
    if (members.some((m) => !within({ validFrom: m.valid_from, validTo: m.valid_to }, period))) {
      throw new AppError('VALIDATION', 'Có thành viên tham gia ngoài thời gian hoạt động mới của cụm/khối; hãy sửa thời gian của thành viên trước.');
    }
    const updated = await tx
      .updateTable('org_group')
      .set((eb) => ({ ...next, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await recordAudit(tx, ctx, { action: 'group.update', entity: 'org_group', entityId: id, orgUnitId: next.managing_unit_id, before: current, after: updated });
  });
  return getGroup(ctx, id);
}
