import type { Ctx } from '../../app/context';
import { authorize } from '../../access/authorize';

interface AuditValue {
  value: number | null;
  source?: string | null;
}

/** Every change of one cell, newest first, from the audit log (the log is the history). */
export async function cellHistory(ctx: Ctx, q: { indicatorId: string; unitId: string; periodKey: string; kind: string }) {
  await authorize(ctx, 'indicator.read', { unitId: null, mode: 'read' });
  const rows = await ctx.db
    .selectFrom('audit_log')
    .select(['at', 'actor_name', 'before', 'after'])
    .where('entity', '=', 'indicator_value')
    .where('entity_id', '=', `${q.indicatorId}|${q.unitId}|${q.periodKey}|${q.kind}`)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return {
    items: rows.map((r) => ({
      at: new Date(r.at).toISOString(),
      actorName: r.actor_name,
      before: (r.before as AuditValue | null)?.value ?? null,
      after: (r.after as AuditValue | null)?.value ?? null,
      source: (r.after as AuditValue | null)?.source ?? null,
    })),
  };
}
