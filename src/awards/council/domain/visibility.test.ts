import { describe, expect, it } from 'vitest';
import { ballotVisibility } from './visibility';

describe('ballotVisibility', () => {
  it('shows nothing of a draft', () => {
    expect(ballotVisibility({ state: 'du_thao', secret: false, isVoter: true, manages: true })).toEqual({ ownBallots: false, castCounts: false, tallies: false, choicesByMember: false });
  });

  it('while voting: own ballot and how many have voted, never the counts of đồng ý / không đồng ý', () => {
    for (const secret of [true, false]) {
      expect(ballotVisibility({ state: 'dang_bieu_quyet', secret, isVoter: true, manages: true })).toEqual({ ownBallots: true, castCounts: true, tallies: false, choicesByMember: false });
    }
    expect(ballotVisibility({ state: 'dang_bieu_quyet', secret: false, isVoter: false, manages: false }).ownBallots).toBe(false);
  });

  it('after close: tallies for every reader; who voted what only in an open vote, only for managers', () => {
    expect(ballotVisibility({ state: 'da_dong', secret: true, isVoter: true, manages: true })).toEqual({ ownBallots: true, castCounts: true, tallies: true, choicesByMember: false });
    expect(ballotVisibility({ state: 'da_dong', secret: false, isVoter: false, manages: true }).choicesByMember).toBe(true);
    expect(ballotVisibility({ state: 'da_dong', secret: false, isVoter: true, manages: false }).choicesByMember).toBe(false);
  });
});
