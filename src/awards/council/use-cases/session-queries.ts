import type { Selectable } from 'kysely';
import type { Ctx, Db } from '../../../app/context';
import type { CouncilSessionTable } from '../../../db/schema-council';
import { notFound } from '../../../shared/errors';
import type { SessionSummary } from '../../../shared/api/award-council';
import { SESSION_STATE_LABELS } from '../domain/labels';
import { loadCouncil, type CouncilAccess } from '../council-access';

export type SessionRow = Selectable<CouncilSessionTable>;

/** A session with the actor's rights over its council; outsiders get 404 as for the council itself. */
export async function loadSession(ctx: Ctx, id: string, need: 'read' | 'manage' | 'vote' = 'read'): Promise<{ session: SessionRow; access: CouncilAccess }> {
  const session = await ctx.db.selectFrom('council_session').selectAll().where('id', '=', id).executeTakeFirst();
  if (!session) throw notFound('Phiên họp Hội đồng');
  const access = await loadCouncil(ctx, session.council_id, need);
  return { session, access };
}

export async function sessionSummaries(db: Db, where: { councilId?: string; ids?: string[] }): Promise<SessionSummary[]> {
  let q = db
    .selectFrom('council_session as s')
    .innerJoin('council as c', 'c.id', 's.council_id')
    .select((eb) => [
      's.id', 's.council_id', 'c.name as council_name', 's.title', 's.meeting_date', 's.location', 's.state', 's.version',
      eb.selectFrom('council_session_item as i').select((e) => e.fn.countAll<string>().as('n')).whereRef('i.session_id', '=', 's.id').as('item_count'),
    ])
    .orderBy('s.meeting_date', 'desc')
    .orderBy('s.created_at', 'desc');
  if (where.councilId) q = q.where('s.council_id', '=', where.councilId);
  if (where.ids) {
    if (where.ids.length === 0) return [];
    q = q.where('s.id', 'in', where.ids);
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id, councilId: r.council_id, councilName: r.council_name, title: r.title, meetingDate: r.meeting_date, location: r.location,
    state: r.state, stateLabel: SESSION_STATE_LABELS[r.state], itemCount: Number(r.item_count ?? 0), version: r.version,
  }));
}
