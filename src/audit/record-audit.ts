import type { Ctx, Tx } from '../app/context';

export interface AuditInput {
  action: string;
  entity: string;
  entityId: string | null;
  orgUnitId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Must be called with the transaction that makes the change, so the change and its record commit together. */
export async function recordAudit(tx: Tx, ctx: Pick<Ctx, 'actor' | 'meta'>, input: AuditInput): Promise<void> {
  await recordAuditMany(tx, ctx, [input]);
}

/** Many changes of one action in a few statements (a grid save or an import writes thousands of cells). */
export async function recordAuditMany(tx: Tx, ctx: Pick<Ctx, 'actor' | 'meta'>, inputs: AuditInput[]): Promise<void> {
  const actorName = ctx.actor.fullName ? `${ctx.actor.fullName} (${ctx.actor.username})` : ctx.actor.username;
  for (let i = 0; i < inputs.length; i += 1000) {
    await tx
      .insertInto('audit_log')
      .values(
        inputs.slice(i, i + 1000).map((input) => ({
          actor_id: ctx.actor.userId || null,
          actor_name: actorName,
          action: input.action,
          entity: input.entity,
          entity_id: input.entityId,
          org_unit_id: input.orgUnitId,
          // Nothing before (a creation) is SQL NULL, not the JSON value null: the two read the same but compare differently.
          before: input.before == null ? null : JSON.stringify(input.before),
          after: input.after == null ? null : JSON.stringify(input.after),
          ip: ctx.meta.ip,
          user_agent: ctx.meta.userAgent?.slice(0, 500) ?? null,
        })),
      )
      .execute();
  }
}
