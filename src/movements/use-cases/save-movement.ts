import type { Ctx, Tx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { AppError, notFound, versionConflict } from '../../shared/errors';
import { cleanText } from '../../shared/vi-text';
import type { CreateMovementBody, MovementDetail, UpdateMovementBody } from '../../shared/api/movements';
import { assertPeriod, assertWithinParent } from '../domain/movement-rules';
import { MOVEMENT_KINDS } from '../domain/lifecycle';
import { getMovement } from './read-movements';

type Content = Omit<CreateMovementBody, 'ownerUnitId'>;

async function checkReferences(tx: Tx, id: string | null, input: Content) {
  assertPeriod(input);
  if (input.parentId) {
    if (input.parentId === id) throw new AppError('VALIDATION', 'Phong trào không thể là phong trào cấp trên của chính nó.', [{ path: 'parentId', message: 'Chọn phong trào khác.' }]);
    const parent = await tx.selectFrom('movement').select(['id', 'name', 'period_from', 'period_to', 'parent_id']).where('id', '=', input.parentId).executeTakeFirst();
    if (!parent) throw notFound('Phong trào cấp trên');
    assertWithinParent(input, { name: parent.name, periodFrom: parent.period_from, periodTo: parent.period_to });
  }
  const docIds = [...new Set(input.documentIds)];
  if (docIds.length) {
    const found = await tx.selectFrom('directive_document').select('id').where('id', 'in', docIds).execute();
    if (found.length !== docIds.length) throw new AppError('VALIDATION', 'Có văn bản được chọn không còn trong sổ văn bản.', [{ path: 'documentIds', message: 'Chọn lại văn bản.' }]);
  }
}

/** Criteria, scope and documents are written whole each time: the form edits them as one list. */
async function writeParts(tx: Tx, id: string, input: Content) {
  await tx.deleteFrom('movement_criterion').where('movement_id', '=', id).execute();
  await tx.deleteFrom('movement_scope').where('movement_id', '=', id).execute();
  await tx.deleteFrom('movement_document').where('movement_id', '=', id).execute();
  if (input.criteria.length) {
    await tx.insertInto('movement_criterion').values(input.criteria.map((c, i) => ({ movement_id: id, position: i + 1, text: cleanText(c.text), mandatory: c.mandatory }))).execute();
  }
  const scopes = [...new Map(input.scopes.map((s) => [`${s.unitId ?? ''}|${s.groupId ?? ''}`, s])).values()];
  if (scopes.length) {
    await tx.insertInto('movement_scope').values(scopes.map((s) => ({ movement_id: id, unit_id: s.unitId ?? null, group_id: s.groupId ?? null }))).execute();
  }
  const docIds = [...new Set(input.documentIds)];
  if (docIds.length) await tx.insertInto('movement_document').values(docIds.map((d) => ({ movement_id: id, document_id: d }))).execute();
}

const searchText = (input: Content) => [input.name, MOVEMENT_KINDS[input.kind], input.description ?? ''].join(' ');

export async function createMovement(ctx: Ctx, input: CreateMovementBody): Promise<MovementDetail> {
  await authorize(ctx, 'movement.manage', { unitId: input.ownerUnitId, mode: 'write' });
  const id = await inTx(ctx, async (tx) => {
    await checkReferences(tx, null, input);
    const row = await tx
      .insertInto('movement')
      .values({
        owner_unit_id: input.ownerUnitId,
        parent_id: input.parentId ?? null,
        name: cleanText(input.name),
        kind: input.kind,
        period_from: input.periodFrom,
        period_to: input.periodTo,
        description: input.description ?? null,
        search_text: searchText(input),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeParts(tx, row.id, input);
    await recordAudit(tx, ctx, { action: 'movement.create', entity: 'movement', entityId: row.id, orgUnitId: input.ownerUnitId, after: { ...row, ...input } });
    return row.id;
  });
  return getMovement(ctx, id);
}

/** Content changes only while drafting: once launched, units are working to it (withdraw the launch to change it). */
export async function updateMovement(ctx: Ctx, id: string, input: UpdateMovementBody): Promise<MovementDetail> {
  const current = await ctx.db.selectFrom('movement').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('Phong trào thi đua');
  await authorize(ctx, 'movement.manage', { unitId: current.owner_unit_id, mode: 'write' });
  if (current.state !== 'soan_thao') {
    throw new AppError('CONFLICT', 'Phong trào đã phát động nên không sửa được nội dung. Hãy thu hồi phát động (ghi rõ lý do) nếu cần sửa.');
  }
  const before = await getMovement(ctx, id);
  await inTx(ctx, async (tx) => {
    await checkReferences(tx, id, input);
    const updated = await tx
      .updateTable('movement')
      .set((eb) => ({
        name: cleanText(input.name),
        kind: input.kind,
        period_from: input.periodFrom,
        period_to: input.periodTo,
        description: input.description ?? null,
        parent_id: input.parentId ?? null,
        search_text: searchText(input),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('state', '=', 'soan_thao')
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await writeParts(tx, id, input);
    await recordAudit(tx, ctx, { action: 'movement.update', entity: 'movement', entityId: id, orgUnitId: current.owner_unit_id, before, after: { ...updated, ...input } });
  });
  return getMovement(ctx, id);
}
