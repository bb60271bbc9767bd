import type { Ctx, Db, Tx } from '../../app/context';
import { authorize } from '../../access/authorize';
import { decide } from '../../access/policy';
import { unitScope } from '../../access/authorize';
import type { AwardDecisionTable } from '../../db/schema-decisions';
import type { Selectable } from 'kysely';
import { AppError, notFound } from '../../shared/errors';

export type DecisionRow = Selectable<AwardDecisionTable>;

const WHAT = 'Quyết định khen thưởng';

/** Whether the actor may draft, issue and revoke the decisions of this unit (award.decide in scope). */
export async function mayDecide(ctx: Ctx, unitId: string): Promise<boolean> {
  return decide(ctx.actor, 'award.decide', await unitScope(ctx.db, unitId, ctx.today), ctx.today).allowed;
}

/**
 * An issued decision is public (công khai); a draft is seen only by those who draft or decide for the
 * unit, and an outsider is told it does not exist.
 */
export async function loadDecision(ctx: Ctx, id: string, mode: 'read' | 'write', db: Db | Tx = ctx.db): Promise<DecisionRow> {
  const row = await db.selectFrom('award_decision').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(WHAT);
  if (mode === 'write') {
    await authorize(ctx, 'award.decide', { unitId: row.deciding_unit_id, mode: 'write', what: WHAT });
    return row;
  }
  if (row.state !== 'du_thao') {
    await authorize(ctx, 'award.read', { unitId: row.deciding_unit_id, mode: 'read', what: WHAT });
    return row;
  }
  const scope = await unitScope(ctx.db, row.deciding_unit_id, ctx.today);
  if (decide(ctx.actor, 'award.decide', scope, ctx.today).allowed || decide(ctx.actor, 'award.manage', scope, ctx.today).allowed) return row;
  throw notFound(WHAT);
}

/** The service's answer to any change of an issued decision (the database trigger is the second line). */
export function assertDraft(row: DecisionRow): void {
  if (row.state !== 'du_thao') {
    throw new AppError('CONFLICT', `Quyết định ${row.decision_number ?? ''} đã ban hành nên không được sửa; nếu có sai sót, hãy thu hồi và ban hành quyết định khác.`.replace(/\s+/g, ' '));
  }
}

export function assertVersion(row: DecisionRow, version: number): void {
  if (row.version !== version) {
    throw new AppError('VERSION_CONFLICT', 'Dự thảo đã được người khác thay đổi sau khi bạn mở. Vui lòng tải lại để xem bản mới nhất; thay đổi của bạn chưa được lưu.');
  }
}
