import type { Ctx } from '../../../app/context';
import { renderOfficialDocx } from '../../../official-docs/render-docx';
import { AppError } from '../../../shared/errors';
import { COUNCIL_ROLE_ORDER } from '../domain/labels';
import { minutesDocument, type MinutesItem } from '../domain/minutes';
import { itemRule } from './close-session';
import { loadSession } from './session-queries';
import { awardLabel } from './vote-settings';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Biên bản of a closed session as DOCX; readable by whoever may read the session. */
export async function exportMinutes(ctx: Ctx, sessionId: string): Promise<{ bytes: Buffer; filename: string }> {
  const { session: s, access } = await loadSession(ctx, sessionId);
  if (s.state !== 'da_dong') throw new AppError('CONFLICT', 'Biên bản chỉ lập được sau khi phiên họp kết thúc biểu quyết.');
  const body = await ctx.db.selectFrom('org_unit').select(['name', 'kind']).where('id', '=', access.council.org_unit_id).executeTakeFirstOrThrow();
  const voters = await ctx.db
    .selectFrom('council_session_voter as v')
    .innerJoin('council_member as m', 'm.id', 'v.member_id')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select((eb) => ['m.council_role', 'm.position_title', 'u.full_name', eb.exists(eb.selectFrom('council_ballot as b').select('b.id').whereRef('b.member_id', '=', 'm.id').where('b.session_id', '=', s.id)).as('voted')])
    .where('v.session_id', '=', s.id)
    .execute();
  voters.sort((a, b) => COUNCIL_ROLE_ORDER.indexOf(a.council_role) - COUNCIL_ROLE_ORDER.indexOf(b.council_role) || a.full_name.localeCompare(b.full_name, 'vi'));
  const secretary = await ctx.db
    .selectFrom('council_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select('u.full_name')
    .where('m.council_id', '=', s.council_id)
    .where('m.council_role', '=', 'thu_ky')
    .where('m.valid_from', '<=', s.meeting_date)
    .where((eb) => eb.or([eb('m.valid_to', 'is', null), eb('m.valid_to', '>=', s.meeting_date)]))
    .executeTakeFirst();
  const items = await ctx.db
    .selectFrom('council_session_item as i')
    .innerJoin('award_proposal_nominee as n', 'n.id', 'i.nominee_id')
    .innerJoin('org_unit as u', 'u.id', 'n.org_unit_id')
    .selectAll('i')
    .select(['n.full_name', 'n.award_code', 'n.workplace', 'u.name as unit_name'])
    .where('i.session_id', '=', s.id)
    .orderBy('i.position')
    .execute();
  const minuteItems: MinutesItem[] = items.map((it) => ({
    nomineeName: it.full_name, unitName: it.workplace ?? it.unit_name, awardName: awardLabel(it.award_code), rule: itemRule(it),
    eligible: it.eligible_count ?? 0, yes: it.yes_count ?? 0, no: it.no_count ?? 0, result: it.result ?? 'khong_dong_y', reason: it.result_reason ?? '',
  }));
  const doc = minutesDocument(
    {
      body,
      session: { title: s.title, meetingDate: s.meeting_date, location: s.location, closedAt: s.closed_at ? new Date(s.closed_at).toISOString() : null },
      voters: voters.map((v) => ({ fullName: v.full_name, role: v.council_role, positionTitle: v.position_title, voted: !!v.voted })),
      secretary: secretary ? { fullName: secretary.full_name } : null,
      items: minuteItems,
    },
    Number(ctx.today.slice(0, 4)),
  );
  return { bytes: await renderOfficialDocx(doc), filename: `bien-ban-hoi-dong-${s.meeting_date}.docx` };
}
