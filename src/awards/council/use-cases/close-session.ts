import type { Tx } from '../../../app/context';
import type { BallotChoice } from '../../../db/schema-council';
import { tallyNominee } from '../domain/tally';
import type { VoteRule } from '../domain/vote-rule';

export interface ItemRule {
  quorum_num: number | null;
  quorum_den: number | null;
  threshold_num: number | null;
  threshold_den: number | null;
  threshold_strict: boolean | null;
  threshold_base: 'tong_so' | 'tham_gia' | null;
  secret: boolean | null;
  tie_break_by_chair: boolean | null;
}

/** The rule copied onto an item when its session opened. */
export function itemRule(i: ItemRule): VoteRule {
  return {
    quorum: { num: i.quorum_num ?? 2, den: i.quorum_den ?? 3 },
    threshold: { num: i.threshold_num ?? 1, den: i.threshold_den ?? 2 },
    strict: i.threshold_strict ?? true,
    base: i.threshold_base ?? 'tong_so',
    secret: i.secret ?? false,
    tieBreakByChair: i.tie_break_by_chair ?? false,
  };
}

/**
 * Tallies every item of a session from its ballots, inside the closing transaction, and writes the
 * result on the item and on the nominee (council_result, council_session_id). Returns the counts.
 */
export async function closeItems(tx: Tx, sessionId: string) {
  const voters = await tx
    .selectFrom('council_session_voter as v')
    .innerJoin('council_member as m', 'm.id', 'v.member_id')
    .select(['m.id', 'm.council_role'])
    .where('v.session_id', '=', sessionId)
    .execute();
  const chair = voters.find((v) => v.council_role === 'chu_tich')?.id;
  const items = await tx.selectFrom('council_session_item').selectAll().where('session_id', '=', sessionId).orderBy('position').execute();
  const ballots = await tx.selectFrom('council_ballot').select(['item_id', 'member_id', 'choice']).where('session_id', '=', sessionId).execute();
  const out: { nomineeId: string; yes: number; no: number; result: BallotChoice }[] = [];
  for (const it of items) {
    const mine = ballots.filter((b) => b.item_id === it.id);
    const t = tallyNominee({ rule: itemRule(it), eligible: voters.length, ballots: mine.map((b) => b.choice), chairChoice: mine.find((b) => b.member_id === chair)?.choice ?? null });
    await tx.updateTable('council_session_item').set({ eligible_count: t.eligible, yes_count: t.yes, no_count: t.no, result: t.result, result_reason: t.reason }).where('id', '=', it.id).execute();
    await tx
      .updateTable('award_proposal_nominee')
      .set((eb) => ({ council_result: t.result, council_session_id: sessionId, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', it.nominee_id)
      .execute();
    out.push({ nomineeId: it.nominee_id, yes: t.yes, no: t.no, result: t.result });
  }
  return out;
}
