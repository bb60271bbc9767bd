import type { BallotChoice } from '../../../db/schema-council';
import { formatRatio, ruleThresholdText, fractionText } from './labels';
import type { Fraction, VoteRule } from './vote-rule';

export interface TallyInput {
  rule: VoteRule;
  /** Members entitled to vote in the session (in term on the meeting day, voting members). */
  eligible: number;
  ballots: readonly BallotChoice[];
  /** The Chủ tịch's ballot on this nominee, when they cast one. */
  chairChoice?: BallotChoice | null;
}

export interface Tally {
  eligible: number;
  cast: number;
  yes: number;
  no: number;
  /** Denominator of the threshold: all eligible members or those who voted. */
  base: number;
  quorumMet: boolean;
  thresholdMet: boolean;
  tieBrokenByChair: boolean;
  result: BallotChoice;
  reason: string;
}

/** value/of reaches the fraction; exact integer arithmetic, nothing reaches a share of zero. */
export function reaches(value: number, of: number, f: Fraction, strict: boolean): boolean {
  if (of <= 0) return false;
  const left = value * f.den;
  const right = f.num * of;
  return strict ? left > right : left >= right;
}

/**
 * The result for one nominee. Without quorum nothing passes. Otherwise the share of "đồng ý" must
 * reach the threshold; a vote lying exactly on a strict threshold (a tie under "quá bán") passes only
 * in an open vote whose rule lets the Chủ tịch decide and whose Chủ tịch voted "đồng ý" — in a secret
 * vote that would reveal the Chủ tịch's ballot, so there a tie does not pass.
 */
export function tallyNominee(input: TallyInput): Tally {
  const { rule, eligible } = input;
  const yes = input.ballots.filter((b) => b === 'dong_y').length;
  const no = input.ballots.length - yes;
  const cast = input.ballots.length;
  const base = rule.base === 'tong_so' ? eligible : cast;
  const quorumMet = reaches(cast, eligible, rule.quorum, false);
  const thresholdMet = quorumMet && reaches(yes, base, rule.threshold, rule.strict);
  const onBoundary = base > 0 && yes * rule.threshold.den === rule.threshold.num * base;
  const tieBrokenByChair = quorumMet && !thresholdMet && rule.strict && onBoundary && rule.tieBreakByChair && !rule.secret && input.chairChoice === 'dong_y';
  const result: BallotChoice = thresholdMet || tieBrokenByChair ? 'dong_y' : 'khong_dong_y';
  const share = `${yes}/${base} phiếu đồng ý (${formatRatio(yes, base)})`;
  let reason: string;
  if (!quorumMet) reason = `Không đủ số thành viên tham gia biểu quyết: ${cast}/${eligible}, cần ${fractionText(rule.quorum)} số thành viên.`;
  else if (thresholdMet) reason = `Đạt ${share}, đủ tỷ lệ ${ruleThresholdText(rule)}.`;
  else if (tieBrokenByChair) reason = `Đạt ${share}, bằng đúng ngưỡng; theo ý kiến của Chủ tịch Hội đồng (đồng ý).`;
  else reason = `Đạt ${share}, chưa đủ tỷ lệ ${ruleThresholdText(rule)}.`;
  return { eligible, cast, yes, no, base, quorumMet, thresholdMet, tieBrokenByChair, result, reason };
}
