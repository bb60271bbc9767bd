import type { Ctx } from '../../../app/context';
import type { BallotChoice } from '../../../db/schema-council';
import type { ItemView, SessionDetail, SessionSummary } from '../../../shared/api/award-council';
import { CHOICE_LABELS, COUNCIL_ROLE_LABELS, COUNCIL_ROLE_ORDER, formatRatio, ruleText } from '../domain/labels';
import { ballotVisibility } from '../domain/visibility';
import { DEFAULT_VOTE_RULES, resolveVoteRule } from '../domain/vote-rule';
import { accessFor, scopeUnitOf } from '../council-access';
import { ancestryOn } from '../../../org/org-queries';
import { itemRule } from './close-session';
import { loadSession, sessionSummaries } from './session-queries';
import { awardLabel, localSettings, ruleViewOf } from './vote-settings';

/** The actor's seat among the session's voters, if they have one (fixed when the session opened). */
export async function voterSeat(ctx: Ctx, sessionId: string): Promise<{ memberId: string } | undefined> {
  if (!ctx.actor.userId) return undefined;
  const row = await ctx.db
    .selectFrom('council_session_voter as v')
    .innerJoin('council_member as m', 'm.id', 'v.member_id')
    .select('m.id')
    .where('v.session_id', '=', sessionId)
    .where('m.user_id', '=', ctx.actor.userId)
    .executeTakeFirst();
  return row ? { memberId: row.id } : undefined;
}

export async function getSession(ctx: Ctx, id: string): Promise<SessionDetail> {
  const { session: s, access } = await loadSession(ctx, id);
  const [summary] = await sessionSummaries(ctx.db, { ids: [s.id] });
  const seat = access.votes ? await voterSeat(ctx, s.id) : undefined;
  const items = await ctx.db
    .selectFrom('council_session_item as i')
    .innerJoin('award_proposal_nominee as n', 'n.id', 'i.nominee_id')
    .innerJoin('award_proposal as p', 'p.id', 'i.proposal_id')
    .innerJoin('org_unit as u', 'u.id', 'n.org_unit_id')
    .selectAll('i')
    .select(['n.full_name', 'n.subject_kind', 'n.workplace', 'n.award_code', 'u.name as unit_name', 'p.title as proposal_title'])
    .where('i.session_id', '=', s.id)
    .orderBy('i.position')
    .execute();
  const ballots = s.state === 'du_thao' ? [] : await ctx.db.selectFrom('council_ballot').select(['item_id', 'member_id', 'choice']).where('session_id', '=', s.id).execute();
  const voters = s.state === 'du_thao' ? null : await ctx.db
    .selectFrom('council_session_voter as v')
    .innerJoin('council_member as m', 'm.id', 'v.member_id')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['m.id', 'm.council_role', 'm.position_title', 'u.full_name'])
    .where('v.session_id', '=', s.id)
    .execute();
  voters?.sort((a, b) => COUNCIL_ROLE_ORDER.indexOf(a.council_role) - COUNCIL_ROLE_ORDER.indexOf(b.council_role) || a.full_name.localeCompare(b.full_name, 'vi'));
  const names = new Map((voters ?? []).map((v) => [v.id, v.full_name]));
  const local = s.state === 'du_thao' ? await localSettings(ctx.db, s.council_id) : [];

  const views: ItemView[] = items.map((it) => {
    const snapshot = it.quorum_num !== null;
    const rule = snapshot
      ? (() => {
          const r = itemRule(it);
          const builtIn = DEFAULT_VOTE_RULES.find((d) => d.source === it.rule_source);
          return { quorum: r.quorum, threshold: r.threshold, strict: r.strict, base: r.base, secret: r.secret, tieBreakByChair: r.tieBreakByChair, text: ruleText(r), source: it.rule_source ?? '', confirmed: builtIn?.confirmed ?? false, origin: builtIn ? ('default' as const) : ('local' as const) };
        })()
      : ruleViewOf(resolveVoteRule(it.award_code, s.meeting_date, local));
    const vis = ballotVisibility({ state: s.state, secret: rule.secret, isVoter: !!seat, manages: access.manages });
    const mine = ballots.filter((b) => b.item_id === it.id);
    const result = it.result as BallotChoice | null;
    const base = rule.base === 'tong_so' ? (it.eligible_count ?? 0) : (it.yes_count ?? 0) + (it.no_count ?? 0);
    return {
      id: it.id,
      position: it.position,
      nominee: { id: it.nominee_id, fullName: it.full_name, subjectKind: it.subject_kind, workplace: it.workplace, unitName: it.unit_name },
      proposal: { id: it.proposal_id, title: it.proposal_title },
      awardCode: it.award_code,
      awardName: awardLabel(it.award_code),
      rule,
      myBallot: vis.ownBallots && seat ? (mine.find((b) => b.member_id === seat.memberId)?.choice ?? null) : null,
      castCount: vis.castCounts ? mine.length : null,
      tally:
        vis.tallies && result
          ? {
              eligible: it.eligible_count ?? 0, cast: (it.yes_count ?? 0) + (it.no_count ?? 0), yes: it.yes_count ?? 0, no: it.no_count ?? 0, base,
              ratioText: formatRatio(it.yes_count ?? 0, base), quorumMet: !/^Không đủ số thành viên/.test(it.result_reason ?? ''),
              result, resultLabel: CHOICE_LABELS[result], reason: it.result_reason ?? '',
            }
          : null,
      choicesByMember: vis.choicesByMember ? mine.map((b) => ({ memberId: b.member_id, fullName: names.get(b.member_id) ?? '', choice: b.choice })) : null,
    };
  });

  return {
    ...summary!,
    canManage: access.manages,
    isVoter: !!seat,
    voters: voters
      ? voters.map((v) => ({ memberId: v.id, fullName: v.full_name, role: v.council_role, roleLabel: COUNCIL_ROLE_LABELS[v.council_role], positionTitle: v.position_title, ballotsCast: access.manages ? ballots.filter((b) => b.member_id === v.id).length : null }))
      : null,
    items: views,
    openedAt: s.opened_at ? new Date(s.opened_at).toISOString() : null,
    closedAt: s.closed_at ? new Date(s.closed_at).toISOString() : null,
  };
}

/** Sessions the actor sits on as a voter, newest first (the member's ballot page). */
export async function mySessions(ctx: Ctx): Promise<SessionSummary[]> {
  if (!ctx.actor.userId) return [];
  const rows = await ctx.db
    .selectFrom('council_session_voter as v')
    .innerJoin('council_member as m', 'm.id', 'v.member_id')
    .innerJoin('council_session as s', 's.id', 'v.session_id')
    .innerJoin('council as c', 'c.id', 's.council_id')
    .select(['s.id', 'c.org_unit_id', 'c.council_unit_id'])
    .where('m.user_id', '=', ctx.actor.userId)
    .execute();
  const ids: string[] = [];
  for (const r of rows) {
    // A seat is not enough: the account must still hold a voting role over the council today.
    if (accessFor(ctx.actor, await ancestryOn(ctx.db, scopeUnitOf(r), ctx.today), ctx.today).votes) ids.push(r.id);
  }
  return sessionSummaries(ctx.db, { ids });
}
