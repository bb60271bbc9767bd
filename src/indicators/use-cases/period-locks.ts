import type { Ctx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { AppError, notFound } from '../../shared/errors';
import type { LockView } from '../../shared/api/indicators';
import { parsePeriodKey } from '../domain/period-key';
import { toLockView } from '../value-locks';

function lockRows(ctx: Ctx) {
  return ctx.db
    .selectFrom('period_lock as l')
    .innerJoin('org_unit as u', 'u.id', 'l.unit_id')
    .select(['l.id', 'l.unit_id', 'u.name as unit_name', 'l.period_key', 'l.reason', 'l.locked_by_name', 'l.locked_at']);
}

export async function listLocks(ctx: Ctx, f: { unitId?: string; periodKey?: string }): Promise<LockView[]> {
  await authorize(ctx, 'indicator.read', { unitId: null, mode: 'read' });
  let q = lockRows(ctx);
  if (f.unitId) q = q.where('l.unit_id', '=', f.unitId);
  if (f.periodKey) q = q.where('l.period_key', '=', f.periodKey);
  return (await q.orderBy('l.locked_at', 'desc').limit(500).execute()).map(toLockView);
}

export async function lockPeriod(ctx: Ctx, input: { unitId: string; periodKey: string; reason?: string | null }): Promise<LockView> {
  const period = parsePeriodKey(input.periodKey);
  if (!period) throw new AppError('VALIDATION', 'Kỳ báo cáo không hợp lệ.', [{ path: 'periodKey', message: 'Chọn kỳ.' }]);
  await authorize(ctx, 'period.lock', { unitId: input.unitId, mode: 'write' });
  const id = await inTx(ctx, async (tx) => {
    const dup = await tx.selectFrom('period_lock').select('id').where('unit_id', '=', input.unitId).where('period_key', '=', input.periodKey).executeTakeFirst();
    if (dup) throw new AppError('CONFLICT', `${period.label} của đơn vị này đã được khóa.`);
    const row = await tx
      .insertInto('period_lock')
      .values({ unit_id: input.unitId, period_key: input.periodKey, reason: input.reason?.trim() || null, locked_by: ctx.actor.userId || null, locked_by_name: ctx.actor.fullName || ctx.actor.username })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'period.lock', entity: 'period_lock', entityId: row.id, orgUnitId: input.unitId, after: row });
    return row.id;
  });
  return toLockView((await lockRows(ctx).where('l.id', '=', id).executeTakeFirstOrThrow()));
}

export async function unlockPeriod(ctx: Ctx, id: string): Promise<void> {
  const lock = await ctx.db.selectFrom('period_lock').selectAll().where('id', '=', id).executeTakeFirst();
  if (!lock) throw notFound('Khóa kỳ báo cáo');
  await authorize(ctx, 'period.lock', { unitId: lock.unit_id, mode: 'write' });
  await inTx(ctx, async (tx) => {
    await tx.deleteFrom('period_lock').where('id', '=', id).execute();
    await recordAudit(tx, ctx, { action: 'period.unlock', entity: 'period_lock', entityId: id, orgUnitId: lock.unit_id, before: lock });
  });
}
