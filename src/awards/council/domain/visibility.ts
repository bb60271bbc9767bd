import type { CouncilSessionState } from '../../../db/schema-council';

export interface BallotVisibility {
  /** A member sees the ballots they cast themselves. */
  ownBallots: boolean;
  /** How many ballots each nominee has received (not their content), while the vote runs and after. */
  castCounts: boolean;
  /** Đồng ý / không đồng ý counts and results: only once the session is closed. */
  tallies: boolean;
  /** Who voted what: never in a secret vote; in an open vote, for the council's managers after close. */
  choicesByMember: boolean;
}

/**
 * What a reader of a session may see of its ballots. Results are not shown while the vote runs so
 * that nobody votes with the running score in view; a secret ballot is never linked to its voter
 * for anybody but the voter.
 */
export function ballotVisibility(a: { state: CouncilSessionState; secret: boolean; isVoter: boolean; manages: boolean }): BallotVisibility {
  const closed = a.state === 'da_dong';
  return {
    ownBallots: a.isVoter && a.state !== 'du_thao',
    castCounts: a.state !== 'du_thao',
    tallies: closed,
    choicesByMember: closed && !a.secret && a.manages,
  };
}
