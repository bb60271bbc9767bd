import type { Ctx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { notFound, versionConflict } from '../../shared/errors';
import { checkTransition } from '../../shared/workflow';
import type { RegistrationDetail } from '../../shared/api/registrations';
import type { RegistrationState } from '../../db/schema';
import { saveValues } from '../../indicators/use-cases/save-values';
import { REGISTRATION_WORKFLOW, transitionActor } from '../domain/registration-workflow';
import { getRegistration } from './read-registrations';

/**
 * Moves a registration. Approval writes the commitments' targets into the indicator store as the
 * unit's targets for the year, in the same transaction, so "% of target" everywhere uses what was agreed.
 */
export async function transitionRegistration(ctx: Ctx, id: string, input: { to: RegistrationState; version: number; reason?: string | null }): Promise<RegistrationDetail> {
  const current = await ctx.db.selectFrom('registration').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('Đăng ký thi đua');
  const rule = checkTransition(REGISTRATION_WORKFLOW, current.state, input.to, input.reason);
  const byReviewer = transitionActor(current.state, input.to) === 'reviewer';
  await authorize(ctx, byReviewer ? 'registration.review' : 'registration.manage', { unitId: byReviewer ? current.reviewer_unit_id : current.unit_id, mode: 'write' });
  const unitName = (await ctx.db.selectFrom('org_unit').select('name').where('id', '=', current.unit_id).executeTakeFirstOrThrow()).name;
  await inTx(ctx, async (tx) => {
    const now = new Date();
    const updated = await tx
      .updateTable('registration')
      .set((eb) => ({
        state: input.to,
        return_reason: input.to === 'tra_lai' ? input.reason!.trim() : null,
        submitted_at: input.to === 'cho_duyet' ? now : current.submitted_at,
        decided_at: byReviewer ? now : current.decided_at,
        version: eb('version', '+', 1),
        updated_at: now,
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('state', '=', current.state)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await tx
      .insertInto('workflow_transition')
      .values({ entity: 'registration', entity_id: id, from_state: current.state, to_state: input.to, actor_id: ctx.actor.userId || null, actor_name: ctx.actor.fullName, reason: input.reason?.trim() || null })
      .execute();
    const notify = byReviewer ? current.unit_id : current.reviewer_unit_id;
    await tx
      .insertInto('notification')
      .values({ unit_id: notify, kind: `registration.${input.to}`, title: `${rule.label} đăng ký thi đua năm ${current.year} của ${unitName}`, link: `/dang-ky/${id}` })
      .execute();
    if (input.to === 'da_duyet') {
      const targets = await tx.selectFrom('registration_commitment').select(['indicator_id', 'target']).where('registration_id', '=', id).where('indicator_id', 'is not', null).execute();
      if (targets.length) {
        const existing = await tx
          .selectFrom('indicator_value')
          .select(['indicator_id', 'version'])
          .where('unit_id', '=', current.unit_id)
          .where('period_key', '=', String(current.year))
          .where('kind', '=', 'target')
          .where('indicator_id', 'in', targets.map((t) => t.indicator_id!))
          .execute();
        const versions = new Map(existing.map((e) => [e.indicator_id, e.version]));
        await saveValues(
          { ...ctx, db: tx },
          {
            kind: 'target',
            source: `Đăng ký thi đua năm ${current.year} (đã duyệt)`,
            changes: targets.map((t) => ({ indicatorId: t.indicator_id!, unitId: current.unit_id, periodKey: String(current.year), value: Number(t.target), version: versions.get(t.indicator_id!) ?? null })),
          },
        );
      }
    }
    await recordAudit(tx, ctx, {
      action: 'registration.transition',
      entity: 'registration',
      entityId: id,
      orgUnitId: current.unit_id,
      before: { state: current.state },
      after: { state: input.to, transition: rule.label, reason: input.reason ?? null },
    });
  });
  return getRegistration(ctx, id);
}
