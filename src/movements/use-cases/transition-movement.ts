import { sql } from 'kysely';
import type { Ctx, Tx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { notFound, versionConflict } from '../../shared/errors';
import { checkTransition } from '../../shared/workflow';
import type { MovementDetail } from '../../shared/api/movements';
import { MOVEMENT_WORKFLOW, type MovementState } from '../domain/lifecycle';
import { assertLaunchable } from '../domain/movement-rules';
import { getMovement } from './read-movements';

/** Units reached by a launch on a day: the listed units, and the members of the listed clusters on that day. */
async function unitsInScope(tx: Tx, movementId: string, day: string): Promise<string[]> {
  const rows = await sql<{ unit_id: string }>`
    select s.unit_id from movement_scope s where s.movement_id = ${movementId}::uuid and s.unit_id is not null
    union
    select m.unit_id from movement_scope s join org_group_member m on m.group_id = s.group_id
    where s.movement_id = ${movementId}::uuid and m.valid_from <= ${day}::date and m.valid_to >= ${day}::date`.execute(tx);
  return rows.rows.map((r) => r.unit_id);
}

export async function transitionMovement(ctx: Ctx, id: string, input: { to: MovementState; version: number; reason?: string | null }): Promise<MovementDetail> {
  const current = await ctx.db.selectFrom('movement').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('Phong trào thi đua');
  await authorize(ctx, 'movement.manage', { unitId: current.owner_unit_id, mode: 'write' });
  const rule = checkTransition(MOVEMENT_WORKFLOW, current.state, input.to, input.reason);
  if (input.to === 'phat_dong') {
    const detail = await getMovement(ctx, id);
    assertLaunchable({ ...detail, scopeCount: detail.scopes.length });
  }
  await inTx(ctx, async (tx) => {
    const updated = await tx
      .updateTable('movement')
      .set((eb) => ({
        state: input.to,
        launched_on: input.to === 'phat_dong' ? ctx.today : current.launched_on,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('state', '=', current.state)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await tx
      .insertInto('workflow_transition')
      .values({ entity: 'movement', entity_id: id, from_state: current.state, to_state: input.to, actor_id: ctx.actor.userId || null, actor_name: ctx.actor.fullName, reason: input.reason?.trim() || null })
      .execute();
    if (input.to === 'phat_dong') {
      const units = await unitsInScope(tx, id, ctx.today);
      if (units.length) {
        await tx
          .insertInto('notification')
          .values(units.map((unitId) => ({ unit_id: unitId, kind: 'movement.launched', title: `Phát động phong trào thi đua: ${current.name}`, link: `/phong-trao/${id}` })))
          .execute();
      }
    }
    await recordAudit(tx, ctx, {
      action: 'movement.transition',
      entity: 'movement',
      entityId: id,
      orgUnitId: current.owner_unit_id,
      before: { state: current.state },
      after: { state: input.to, transition: rule.label, reason: input.reason ?? null },
    });
  });
  return getMovement(ctx, id);
}
