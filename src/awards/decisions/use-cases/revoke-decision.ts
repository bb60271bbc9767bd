import { sql } from 'kysely';
import type { Ctx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import type { RevokeDecisionBody } from '../../../shared/api/award-decisions';
import { AppError } from '../../../shared/errors';
import { cleanText } from '../../../shared/vi-text';
import { loadDecision } from '../decision-access';

function assertRevocable(d: { state: string; decision_number: string | null }): void {
  if (d.state === 'du_thao') throw new AppError('CONFLICT', 'Dự thảo chưa ban hành thì không thu hồi; hãy sửa hoặc xóa dự thảo.');
  if (d.state === 'thu_hoi') throw new AppError('CONFLICT', `Quyết định ${d.decision_number ?? ''} đã bị thu hồi trước đó.`.replace(/\s+/g, ' '));
}

/**
 * Thu hồi (Luật Thi đua, khen thưởng Điều 93): of some awardees or of the whole decision. Nothing is
 * deleted: the items and their registry records keep the reason and the legal ground and read as
 * revoked, and stop counting in statistics and toward later awards. When no awardee is left, the
 * decision itself is revoked.
 */
export async function revokeDecision(ctx: Ctx, id: string, body: RevokeDecisionBody): Promise<void> {
  const head = await loadDecision(ctx, id, 'write');
  assertRevocable(head);
  const reason = cleanText(body.reason);
  const basis = cleanText(body.basis);
  await inTx(ctx, async (tx) => {
    // Checked again under the lock: a revocation made meanwhile is neither overwritten nor repeated.
    assertRevocable(await tx.selectFrom('award_decision').select(['state', 'decision_number']).where('id', '=', id).forUpdate().executeTakeFirstOrThrow());
    const items = await tx.selectFrom('award_decision_item').select(['id', 'award_record_id', 'revoked_at', 'full_name']).where('decision_id', '=', id).execute();
    const wanted = body.itemIds ? new Set(body.itemIds) : null;
    if (wanted) {
      const unknown = [...wanted].filter((w) => !items.some((i) => i.id === w));
      if (unknown.length) throw new AppError('VALIDATION', 'Có người được chọn không thuộc quyết định này.');
      const again = items.filter((i) => wanted.has(i.id) && i.revoked_at);
      if (again.length) throw new AppError('CONFLICT', `Khen thưởng của ${again.map((i) => i.full_name).join(', ')} đã bị thu hồi trước đó.`);
    }
    const targets = items.filter((i) => !i.revoked_at && (!wanted || wanted.has(i.id)));
    const now = new Date();
    const by = ctx.actor.userId || null;
    const ids = targets.map((t) => t.id);
    const recordIds = targets.flatMap((t) => (t.award_record_id ? [t.award_record_id] : []));
    if (ids.length) {
      await sql`update award_decision_item set revoked_at = ${now}, revoke_reason = ${reason}, revoke_basis = ${basis}, revoked_by = ${by} where id = any(${ids}::uuid[]) and revoked_at is null`.execute(tx);
    }
    if (recordIds.length) {
      await sql`update award_record set revoked_at = ${now}, revoke_reason = ${reason}, revoke_basis = ${basis}, revoked_by = ${by} where id = any(${recordIds}::uuid[]) and revoked_at is null`.execute(tx);
    }
    const whole = !wanted || items.every((i) => i.revoked_at || wanted.has(i.id));
    if (whole) {
      await tx.updateTable('award_decision').set((eb) => ({ state: 'thu_hoi', revoked_at: now, revoke_reason: reason, revoke_basis: basis, revoked_by: by, version: eb('version', '+', 1), updated_at: now })).where('id', '=', id).execute();
    } else {
      await tx.updateTable('award_decision').set((eb) => ({ version: eb('version', '+', 1), updated_at: now })).where('id', '=', id).execute();
    }
    await recordAudit(tx, ctx, {
      action: whole ? 'award_decision.revoke' : 'award_decision.revoke_items',
      entity: 'award_decision',
      entityId: id,
      orgUnitId: head.deciding_unit_id,
      after: { reason, basis, items: ids, records: recordIds },
    });
  });
}
