import type { ThresholdBase } from '../../../db/schema-council';

/** A ratio kept as two integers so that 2/3 is compared exactly (no 66,67% rounding at the boundary). */
export interface Fraction {
  num: number;
  den: number;
}

/** How a council decides on one nominee. */
export interface VoteRule {
  /** Share of the eligible members who must take part in the vote on a nominee. */
  quorum: Fraction;
  threshold: Fraction;
  /** "Quá bán" is strictly more than 1/2; "≥ 90%" is not strict. */
  strict: boolean;
  /** Threshold of all members in term ('tong_so', the legacy 90% rule) or of those who voted. */
  base: ThresholdBase;
  secret: boolean;
  /** At exactly the threshold, an open vote follows the Chủ tịch's ballot (quy chế practice). */
  tieBreakByChair: boolean;
}

export interface DatedVoteRule extends VoteRule {
  /** Null: every award without a rule of its own. Graded families match their grades ("huan_chuong_lao_dong_3"). */
  awardCodes: readonly string[] | null;
  validFrom: string | null;
  validTo: string | null;
  /** Where the values come from, shown to users and printed nowhere else. */
  source: string;
  /** False when the research found no current rule: the value is a local setting with a default. */
  confirmed: boolean;
}

const TWO_THIRDS: Fraction = { num: 2, den: 3 };
const HALF: Fraction = { num: 1, den: 2 };
const NINETY: Fraction = { num: 90, den: 100 };
const EIGHTY: Fraction = { num: 80, den: 100 };

const HIGH_MERIT = ['cstd_toan_quoc', 'cstd_bo_tinh', 'anh_hung_lao_dong', 'anh_hung_llvtnd'];
const TO_PRIME_MINISTER = ['co_thi_dua_chinh_phu', 'bang_khen_thu_tuong'];

/**
 * Built-in rules (domain-law §2.4, §7 TD-20, §8 item 2). Only the legacy NĐ 91/2017 values were found:
 * secret ballot and ≥ 90% of all members for CSTĐ and Anh hùng; a provincial procedure used ≥ 80% for
 * Bằng khen. Nothing was found under NĐ 98/2023 or NĐ 152/2025, so from 2024 every value is a local
 * setting with a default that a council overrides with its own dated settings.
 */
export const DEFAULT_VOTE_RULES: readonly DatedVoteRule[] = [
  {
    awardCodes: HIGH_MERIT, validFrom: null, validTo: '2023-12-31',
    quorum: TWO_THIRDS, threshold: NINETY, strict: false, base: 'tong_so', secret: true, tieBreakByChair: false,
    source: 'Nghị định 91/2017/NĐ-CP Điều 45 khoản 8: bỏ phiếu kín, đạt từ 90% tổng số thành viên Hội đồng trở lên.', confirmed: true,
  },
  {
    awardCodes: HIGH_MERIT, validFrom: '2024-01-01', validTo: null,
    quorum: TWO_THIRDS, threshold: NINETY, strict: false, base: 'tong_so', secret: true, tieBreakByChair: false,
    source: 'Cài đặt địa phương, mặc định theo quy định cũ (NĐ 91/2017 Điều 45 khoản 8: bỏ phiếu kín, từ 90% tổng số thành viên); chưa xác nhận được tỷ lệ theo NĐ 98/2023, NĐ 152/2025.',
    confirmed: false,
  },
  {
    awardCodes: TO_PRIME_MINISTER, validFrom: null, validTo: null,
    quorum: TWO_THIRDS, threshold: HALF, strict: true, base: 'tong_so', secret: true, tieBreakByChair: false,
    source: 'Cài đặt địa phương: hồ sơ trình Thủ tướng kèm kết quả bỏ phiếu kín của Hội đồng cấp tỉnh; tỷ lệ quá bán tổng số thành viên là giá trị mặc định, chưa xác nhận.',
    confirmed: false,
  },
  {
    awardCodes: ['bang_khen_tinh'], validFrom: null, validTo: null,
    quorum: TWO_THIRDS, threshold: EIGHTY, strict: false, base: 'tong_so', secret: false, tieBreakByChair: false,
    source: 'Cài đặt địa phương, mặc định theo thủ tục hành chính của một tỉnh (từ 80% tổng số thành viên); chưa xác nhận.',
    confirmed: false,
  },
  {
    awardCodes: null, validFrom: null, validTo: null,
    quorum: TWO_THIRDS, threshold: HALF, strict: true, base: 'tong_so', secret: false, tieBreakByChair: true,
    source: 'Cài đặt địa phương: có mặt từ 2/3 thành viên (như Hội đồng Trung ương, NĐ 98/2023 Điều 47), đồng ý quá bán tổng số thành viên; trường hợp ngang ngưỡng theo ý kiến Chủ tịch Hội đồng. Chưa xác nhận.',
    confirmed: false,
  },
];

/** A council's own dated setting, as stored. */
export interface LocalVoteSetting extends VoteRule {
  id: string;
  awardCode: string | null;
  validFrom: string;
  validTo: string | null;
  note: string | null;
}

export interface ResolvedVoteRule extends VoteRule {
  origin: 'local' | 'default';
  source: string;
  confirmed: boolean;
  settingId: string | null;
}

const inForce = (p: { validFrom: string | null; validTo: string | null }, day: string) => (p.validFrom === null || p.validFrom <= day) && (p.validTo === null || p.validTo >= day);

/** "huan_chuong_lao_dong_3" also answers to its family's rules. */
export function codeMatches(ruleCode: string, awardCode: string): boolean {
  return ruleCode === awardCode || ruleCode === awardCode.replace(/_[123]$/, '');
}

function pick<T extends VoteRule>(r: T): VoteRule {
  return { quorum: r.quorum, threshold: r.threshold, strict: r.strict, base: r.base, secret: r.secret, tieBreakByChair: r.tieBreakByChair };
}

/**
 * The rule for an award on a day: the council's own setting for that award, then its setting for all
 * awards, then the built-in default for that award, then the general default. Among settings of one
 * kind the latest start wins, so a new dated setting supersedes an open-ended older one.
 */
export function resolveVoteRule(awardCode: string, day: string, local: readonly LocalVoteSetting[], defaults: readonly DatedVoteRule[] = DEFAULT_VOTE_RULES): ResolvedVoteRule {
  const latest = <T extends { validFrom: string | null }>(xs: T[]) => [...xs].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0];
  const live = local.filter((s) => inForce(s, day));
  const own = latest(live.filter((s) => s.awardCode !== null && codeMatches(s.awardCode, awardCode))) ?? latest(live.filter((s) => s.awardCode === null));
  if (own) {
    return { ...pick(own), origin: 'local', source: own.note?.trim() || 'Cài đặt của Hội đồng.', confirmed: false, settingId: own.id };
  }
  const d = defaults.filter((r) => inForce(r, day));
  const builtIn = latest(d.filter((r) => r.awardCodes?.some((c) => codeMatches(c, awardCode)))) ?? latest(d.filter((r) => r.awardCodes === null));
  if (!builtIn) throw new Error(`no default vote rule on ${day}`);
  return { ...pick(builtIn), origin: 'default', source: builtIn.source, confirmed: builtIn.confirmed, settingId: null };
}

/** Checks a setting before it is saved; returns Vietnamese problems (empty when valid). */
export function voteSettingProblems(s: { quorum: Fraction; threshold: Fraction; validFrom: string; validTo: string | null }): string[] {
  const out: string[] = [];
  const bad = (f: Fraction) => !Number.isInteger(f.num) || !Number.isInteger(f.den) || f.num <= 0 || f.den <= 0 || f.num > f.den;
  if (bad(s.quorum)) out.push('Tỷ lệ có mặt phải là phân số từ 0 đến 1 (ví dụ 2/3).');
  if (bad(s.threshold)) out.push('Tỷ lệ đồng ý phải là phân số từ 0 đến 1 (ví dụ 90/100).');
  if (s.validTo !== null && s.validTo < s.validFrom) out.push('Ngày hết hiệu lực phải sau ngày bắt đầu.');
  return out;
}
