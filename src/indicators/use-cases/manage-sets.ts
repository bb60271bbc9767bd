import type { Ctx, Db, Tx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { AppError, notFound, versionConflict } from '../../shared/errors';
import { cleanText } from '../../shared/vi-text';
import type { CreateIndicatorSetBody, IndicatorSetDetail, UpdateIndicatorSetBody } from '../../shared/api/indicators';
import { findIndicators } from '../indicator-queries';

type Content = Omit<CreateIndicatorSetBody, 'ownerUnitId'>;

function summaries(db: Db) {
  return db
    .selectFrom('indicator_set as s')
    .innerJoin('org_unit as o', 'o.id', 's.owner_unit_id')
    .leftJoin('movement as m', 'm.id', 's.movement_id')
    .select((eb) => [
      's.id', 's.name', 's.description', 's.owner_unit_id', 'o.name as owner_name', 's.movement_id', 'm.name as movement_name', 's.version',
      eb.selectFrom('indicator_set_item as it').whereRef('it.set_id', '=', 's.id').select(eb.fn.countAll<string>().as('n')).as('indicator_count'),
    ]);
}

export async function listIndicatorSets(ctx: Ctx, f: { movementId?: string }) {
  await authorize(ctx, 'indicator.read', { unitId: null, mode: 'read' });
  let q = summaries(ctx.db);
  if (f.movementId) q = q.where('s.movement_id', '=', f.movementId);
  const rows = await q.orderBy('s.name').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    ownerUnit: { id: r.owner_unit_id, name: r.owner_name },
    movement: r.movement_id ? { id: r.movement_id, name: r.movement_name ?? '' } : null,
    indicatorCount: Number(r.indicator_count ?? 0),
    version: r.version,
  }));
}

export async function findIndicatorSet(db: Db, id: string): Promise<IndicatorSetDetail | undefined> {
  const r = await summaries(db).where('s.id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  const items = await db.selectFrom('indicator_set_item').selectAll().where('set_id', '=', id).orderBy('position').execute();
  const views = new Map((await findIndicators(db, { ids: items.map((i) => i.indicator_id), includeInactive: true })).map((v) => [v.id, v]));
  const rules = await db
    .selectFrom('indicator_rule as r')
    .innerJoin('indicator as l', 'l.id', 'r.left_indicator_id')
    .innerJoin('indicator as rt', 'rt.id', 'r.right_indicator_id')
    .select(['r.id', 'r.op', 'r.severity', 'r.message', 'l.id as left_id', 'l.name as left_name', 'rt.id as right_id', 'rt.name as right_name'])
    .where('r.set_id', '=', id)
    .orderBy('r.id')
    .execute();
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    ownerUnit: { id: r.owner_unit_id, name: r.owner_name },
    movement: r.movement_id ? { id: r.movement_id, name: r.movement_name ?? '' } : null,
    indicatorCount: items.length,
    version: r.version,
    items: items.filter((i) => views.has(i.indicator_id)).map((i) => ({ indicator: views.get(i.indicator_id)!, required: i.required })),
    rules: rules.map((x) => ({ id: x.id, left: { id: x.left_id, name: x.left_name }, op: x.op, right: { id: x.right_id, name: x.right_name }, severity: x.severity, message: x.message })),
  };
}

export async function getIndicatorSet(ctx: Ctx, id: string): Promise<IndicatorSetDetail> {
  await authorize(ctx, 'indicator.read', { unitId: null, mode: 'read' });
  const s = await findIndicatorSet(ctx.db, id);
  if (!s) throw notFound('Bộ chỉ tiêu');
  return s;
}

async function writeParts(tx: Tx, id: string, input: Content) {
  const ids = [...new Set(input.items.map((i) => i.indicatorId))];
  if (ids.length !== input.items.length) throw new AppError('VALIDATION', 'Một chỉ tiêu được chọn hai lần trong bộ chỉ tiêu.', [{ path: 'items', message: 'Bỏ chỉ tiêu trùng.' }]);
  const found = ids.length ? await tx.selectFrom('indicator').select('id').where('id', 'in', ids).execute() : [];
  if (found.length !== ids.length) throw notFound('Chỉ tiêu được chọn');
  for (const r of input.rules) {
    if (!ids.includes(r.leftIndicatorId) || !ids.includes(r.rightIndicatorId)) {
      throw new AppError('VALIDATION', 'Quy tắc kiểm tra chỉ được so sánh các chỉ tiêu có trong bộ.', [{ path: 'rules', message: 'Thêm chỉ tiêu vào bộ trước.' }]);
    }
    if (r.leftIndicatorId === r.rightIndicatorId) throw new AppError('VALIDATION', 'Quy tắc kiểm tra phải so sánh hai chỉ tiêu khác nhau.', [{ path: 'rules', message: 'Chọn chỉ tiêu khác.' }]);
  }
  await tx.deleteFrom('indicator_set_item').where('set_id', '=', id).execute();
  await tx.deleteFrom('indicator_rule').where('set_id', '=', id).execute();
  if (input.items.length) await tx.insertInto('indicator_set_item').values(input.items.map((it, i) => ({ set_id: id, indicator_id: it.indicatorId, position: i + 1, required: it.required }))).execute();
  if (input.rules.length) {
    await tx
      .insertInto('indicator_rule')
      .values(input.rules.map((r) => ({ set_id: id, left_indicator_id: r.leftIndicatorId, op: r.op, right_indicator_id: r.rightIndicatorId, severity: r.severity, message: r.message?.trim() || null })))
      .execute();
  }
}

async function checkMovement(tx: Tx, movementId: string | null | undefined) {
  if (movementId && !(await tx.selectFrom('movement').select('id').where('id', '=', movementId).executeTakeFirst())) throw notFound('Phong trào thi đua');
}

export async function createIndicatorSet(ctx: Ctx, input: CreateIndicatorSetBody): Promise<IndicatorSetDetail> {
  await authorize(ctx, 'indicator.manage', { unitId: input.ownerUnitId, mode: 'write' });
  const id = await inTx(ctx, async (tx) => {
    await checkMovement(tx, input.movementId);
    const row = await tx
      .insertInto('indicator_set')
      .values({ owner_unit_id: input.ownerUnitId, name: cleanText(input.name), description: input.description ?? null, movement_id: input.movementId ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeParts(tx, row.id, input);
    await recordAudit(tx, ctx, { action: 'indicator_set.create', entity: 'indicator_set', entityId: row.id, orgUnitId: input.ownerUnitId, after: { ...row, ...input } });
    return row.id;
  });
  return (await findIndicatorSet(ctx.db, id))!;
}

export async function updateIndicatorSet(ctx: Ctx, id: string, input: UpdateIndicatorSetBody): Promise<IndicatorSetDetail> {
  const before = await findIndicatorSet(ctx.db, id);
  if (!before) throw notFound('Bộ chỉ tiêu');
  await authorize(ctx, 'indicator.manage', { unitId: before.ownerUnit.id, mode: 'write' });
  await inTx(ctx, async (tx) => {
    await checkMovement(tx, input.movementId);
    const updated = await tx
      .updateTable('indicator_set')
      .set((eb) => ({ name: cleanText(input.name), description: input.description ?? null, movement_id: input.movementId ?? null, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await writeParts(tx, id, input);
    await recordAudit(tx, ctx, { action: 'indicator_set.update', entity: 'indicator_set', entityId: id, orgUnitId: before.ownerUnit.id, before, after: { ...updated, ...input } });
  });
  return (await findIndicatorSet(ctx.db, id))!;
}
