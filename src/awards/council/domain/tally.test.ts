import { describe, expect, it } from 'vitest';
import type { BallotChoice } from '../../../db/schema-council';
import { reaches, tallyNominee } from './tally';
import type { VoteRule } from './vote-rule';

const majority: VoteRule = { quorum: { num: 2, den: 3 }, threshold: { num: 1, den: 2 }, strict: true, base: 'tong_so', secret: false, tieBreakByChair: true };
const ninety: VoteRule = { quorum: { num: 2, den: 3 }, threshold: { num: 90, den: 100 }, strict: false, base: 'tong_so', secret: true, tieBreakByChair: false };
const votes = (yes: number, no: number): BallotChoice[] => [...Array<BallotChoice>(yes).fill('dong_y'), ...Array<BallotChoice>(no).fill('khong_dong_y')];

describe('reaches', () => {
  it('compares exactly at 2/3 with integers (no rounding of 66,67%)', () => {
    expect(reaches(10, 15, { num: 2, den: 3 }, false)).toBe(true);
    expect(reaches(9, 15, { num: 2, den: 3 }, false)).toBe(false);
    expect(reaches(2, 3, { num: 2, den: 3 }, true)).toBe(false);
  });
  it('never reaches a share of nobody', () => {
    expect(reaches(0, 0, { num: 1, den: 2 }, false)).toBe(false);
  });
});

describe('tallyNominee', () => {
  it('passes ≥ 90% of all members only from the 90% mark (14/15 = 93,33% yes; 13/15 = 86,67% no)', () => {
    const pass = tallyNominee({ rule: ninety, eligible: 15, ballots: votes(14, 1) });
    expect(pass).toMatchObject({ yes: 14, no: 1, cast: 15, base: 15, quorumMet: true, thresholdMet: true, result: 'dong_y' });
    expect(pass.reason).toBe('Đạt 14/15 phiếu đồng ý (93,33%), đủ tỷ lệ từ 90% tổng số thành viên trở lên.');
    expect(tallyNominee({ rule: ninety, eligible: 15, ballots: votes(13, 0) }).result).toBe('khong_dong_y');
    expect(tallyNominee({ rule: ninety, eligible: 10, ballots: votes(9, 0) }).result).toBe('dong_y');
  });

  it('counts absent members against a threshold of all members', () => {
    const t = tallyNominee({ rule: majority, eligible: 9, ballots: votes(4, 2) });
    expect(t).toMatchObject({ quorumMet: true, thresholdMet: false, result: 'khong_dong_y' });
    expect(t.reason).toContain('chưa đủ tỷ lệ quá bán (trên 1/2) tổng số thành viên');
  });

  it('counts only those who voted when the base is the participants', () => {
    const t = tallyNominee({ rule: { ...majority, base: 'tham_gia' }, eligible: 9, ballots: votes(4, 2) });
    expect(t).toMatchObject({ base: 6, result: 'dong_y' });
  });

  it('refuses everything without quorum, even unanimous ballots', () => {
    const t = tallyNominee({ rule: majority, eligible: 9, ballots: votes(5, 0) });
    expect(t).toMatchObject({ quorumMet: false, result: 'khong_dong_y' });
    expect(t.reason).toBe('Không đủ số thành viên tham gia biểu quyết: 5/9, cần 2/3 số thành viên.');
    expect(tallyNominee({ rule: majority, eligible: 9, ballots: votes(6, 0) }).quorumMet).toBe(true);
  });

  it('lets the Chủ tịch decide a tie on a strict majority in an open vote', () => {
    const yes = tallyNominee({ rule: majority, eligible: 8, ballots: votes(4, 4), chairChoice: 'dong_y' });
    expect(yes).toMatchObject({ thresholdMet: false, tieBrokenByChair: true, result: 'dong_y' });
    expect(yes.reason).toContain('theo ý kiến của Chủ tịch Hội đồng');
    expect(tallyNominee({ rule: majority, eligible: 8, ballots: votes(4, 4), chairChoice: 'khong_dong_y' }).result).toBe('khong_dong_y');
    expect(tallyNominee({ rule: majority, eligible: 8, ballots: votes(4, 4), chairChoice: null }).result).toBe('khong_dong_y');
  });

  it('does not break ties in a secret vote, nor when the rule does not allow it, nor off the boundary', () => {
    expect(tallyNominee({ rule: { ...majority, secret: true }, eligible: 8, ballots: votes(4, 4), chairChoice: 'dong_y' }).result).toBe('khong_dong_y');
    expect(tallyNominee({ rule: { ...majority, tieBreakByChair: false }, eligible: 8, ballots: votes(4, 4), chairChoice: 'dong_y' }).result).toBe('khong_dong_y');
    expect(tallyNominee({ rule: majority, eligible: 9, ballots: votes(4, 4), chairChoice: 'dong_y' }).tieBrokenByChair).toBe(false);
    expect(tallyNominee({ rule: majority, eligible: 8, ballots: votes(4, 1), chairChoice: 'dong_y' }).tieBrokenByChair).toBe(false);
  });

  it('a non-strict threshold already passes at the boundary (no tie-break needed)', () => {
    const t = tallyNominee({ rule: { ...majority, strict: false }, eligible: 8, ballots: votes(4, 4) });
    expect(t).toMatchObject({ thresholdMet: true, tieBrokenByChair: false, result: 'dong_y' });
  });

  it('handles a council nobody voted in', () => {
    expect(tallyNominee({ rule: majority, eligible: 0, ballots: [] })).toMatchObject({ quorumMet: false, result: 'khong_dong_y', yes: 0, no: 0 });
  });
});
