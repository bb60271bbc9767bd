/** Streak and window checks shared by the award rules, with messages that say why a run breaks. */
import { formatViDate } from '../../../shared/vi-date';
import { awardName, type AwardCode } from '../catalogue';
import { ND152 } from '../catalogue/definitions';
import { RATING_NAMES, ratingAtLeast, type Rating, type RoundKind } from '../types';
import { afterRestart, heldYears, lastHeld, type Facts } from './facts';
import { fail, ok, type Reason } from './rule-kit';
import { formatYears, pad2, streakEndingAt, yearsBetween } from './windows';

export interface UsedBy {
  codes: AwardCode[];
  rounds?: RoundKind[];
}

/** Why `year` does not count, for messages. */
export function whyNot(f: Facts, year: number, what: { held: boolean; thematic: boolean; usedUntil: number | null; usedName: string; missing: string }): string {
  if (!afterRestart(f, year)) {
    const to = f.restartCause?.to ? ` ngày ${formatViDate(f.restartCause.to)}` : '';
    return `năm ${year} trước thời điểm tính lại thời gian thành tích (từ năm ${f.countFrom}, sau khi hết thời hạn kỷ luật${to})`;
  }
  if (what.usedUntil !== null && year <= what.usedUntil) return `năm ${year} đã được tính cho ${what.usedName} năm ${what.usedUntil}`;
  if (what.thematic) return `danh hiệu năm ${year} theo chuyên đề, đột xuất không được tính làm căn cứ khen thưởng công trạng (Điều 4 ${ND152})`;
  return what.missing;
}

export function usedUntilOf(f: Facts, usedBy: UsedBy | undefined): { year: number | null; name: string } {
  if (!usedBy) return { year: null, name: '' };
  return { year: lastHeld(f, usedBy.codes, usedBy.rounds), name: awardName(usedBy.codes[0]!) };
}

/** "n lần liên tục" of a title, ending in the year considered. */
export function titleStreak(
  f: Facts,
  o: { code: string; cite: string; codes: AwardCode[]; label: string; need: number; usedBy?: UsedBy; suffix?: string; extra?: Partial<Reason> },
): { reason: Reason; years: number[] } {
  const counted = new Set(heldYears(f, o.codes, { meritOnly: true }));
  const any = new Set(heldYears(f, o.codes));
  const used = usedUntilOf(f, o.usedBy);
  const counts = (y: number) => counted.has(y) && afterRestart(f, y) && (used.year === null || y > used.year);
  const run = streakEndingAt(f.year, counts, o.need);
  const suffix = o.suffix ?? '';
  if (run.length >= o.need) {
    return { reason: ok(o.code, `${o.cite}: đạt ${pad2(o.need)} lần liên tục ${o.label} (${formatYears(run)})${suffix}.`, o.extra), years: run };
  }
  const breakYear = f.year - run.length;
  const why = whyNot(f, breakYear, {
    held: any.has(breakYear),
    thematic: any.has(breakYear) && !counted.has(breakYear),
    usedUntil: used.year,
    usedName: used.name,
    missing: `năm ${breakYear} không đạt ${o.label}`,
  });
  const have = run.length ? `; hiện có ${pad2(run.length)} lần liên tục (${formatYears(run)})` : '';
  return {
    reason: fail(o.code, `${o.cite}: cần ${pad2(o.need)} lần liên tục ${o.label}, lần cuối vào năm ${f.year}${have}; ${why}${suffix}.`, { temporal: true, ...o.extra }),
    years: run,
  };
}

/** Consecutive years rated `min` or better, ending in the year considered. */
export function ratingStreak(f: Facts, min: Rating, need: number, usedUntil: number | null): { run: number[]; why: string } {
  const counts = (y: number) => ratingAtLeast(f.ratings.get(y), min) && afterRestart(f, y) && (usedUntil === null || y > usedUntil);
  const run = streakEndingAt(f.year, counts, need);
  if (run.length >= need) return { run, why: '' };
  const b = f.year - run.length;
  const r = f.ratings.get(b);
  return {
    run,
    why: whyNot(f, b, { held: false, thematic: false, usedUntil, usedName: 'lần khen thưởng trước', missing: r ? `năm ${b} chỉ ${RATING_NAMES[r]}` : `năm ${b} chưa có xếp loại` }),
  };
}

/**
 * "Đã được tặng X, sau đó n năm liên tục hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có k lần
 * Chiến sĩ thi đua cơ sở": the n years end in the year considered and start after the base award; a
 * base already used by an earlier award of the same kind does not count again.
 */
export function windowAfterBase(
  f: Facts,
  o: { code: string; cite: string; base: AwardCode[]; baseLabel: string; years: number; minRating: Rating; cstdcs: number; usedBy: UsedBy },
): Reason {
  const start = f.year - o.years + 1;
  const window = yearsBetween(start, f.year);
  const used = usedUntilOf(f, o.usedBy);
  const problems: string[] = [];

  const bases = f.held.filter((h) => o.base.includes(h.code) && h.year < start);
  const eligibleBases = bases.filter((h) => h.countsForMerit && afterRestart(f, h.year) && (used.year === null || h.year > used.year));
  const base = eligibleBases.sort((a, b) => b.year - a.year)[0];
  if (!base) {
    const thematic = bases.find((h) => !h.countsForMerit);
    const wiped = bases.find((h) => !afterRestart(f, h.year));
    const usedBase = bases.find((h) => used.year !== null && h.year <= used.year);
    if (thematic) problems.push(`${awardName(thematic.code)} năm ${thematic.year} là khen thưởng theo chuyên đề, đột xuất nên không được tính làm căn cứ (Điều 4 ${ND152})`);
    else if (wiped) problems.push(`${awardName(wiped.code)} năm ${wiped.year} trước thời điểm tính lại thời gian thành tích sau kỷ luật (từ năm ${f.countFrom})`);
    else if (usedBase) problems.push(`${awardName(usedBase.code)} năm ${usedBase.year} đã được dùng làm căn cứ cho ${used.name} năm ${used.year}`);
    else {
      const later = f.held.filter((h) => o.base.includes(h.code) && h.year >= start && h.year <= f.year).sort((a, b) => a.year - b.year)[0];
      problems.push(later ? `${o.baseLabel} năm ${later.year} chưa đủ ${pad2(o.years)} năm tiếp theo (sớm nhất năm ${later.year + o.years})` : `chưa có ${o.baseLabel} trước năm ${start}`);
    }
  }
  const weak: string[] = [];
  for (const y of window) {
    const r = f.ratings.get(y);
    if (!afterRestart(f, y)) weak.push(`năm ${y} trước thời điểm tính lại thời gian thành tích sau kỷ luật`);
    else if (used.year !== null && y <= used.year) weak.push(`năm ${y} đã được tính cho ${used.name} năm ${used.year}`);
    else if (!r) weak.push(`năm ${y} chưa có xếp loại`);
    else if (!ratingAtLeast(r, o.minRating)) weak.push(`năm ${y} chỉ ${RATING_NAMES[r]}`);
  }
  if (weak.length) problems.push(weak.join(', '));
  const counted = new Set(heldYears(f, ['cstd_co_so'], { meritOnly: true }));
  const cstdcs = window.filter((y) => counted.has(y) && afterRestart(f, y) && (used.year === null || y > used.year));
  if (cstdcs.length < o.cstdcs) {
    problems.push(`trong ${start}–${f.year} chỉ có ${pad2(cstdcs.length)} lần Chiến sĩ thi đua cơ sở${cstdcs.length ? ` (${cstdcs.join(', ')})` : ''}, cần ${pad2(o.cstdcs)} lần`);
  }
  const need = `${o.baseLabel}, sau đó ${pad2(o.years)} năm liên tục (${start}–${f.year}) ${RATING_NAMES[o.minRating]} trở lên, trong đó có ${pad2(o.cstdcs)} lần Chiến sĩ thi đua cơ sở`;
  if (!problems.length) {
    return ok(o.code, `${o.cite}: đã có ${awardName(base!.code)} năm ${base!.year}, sau đó ${pad2(o.years)} năm liên tục ${start}–${f.year} ${RATING_NAMES[o.minRating]} trở lên, có ${pad2(cstdcs.length)} lần Chiến sĩ thi đua cơ sở (${cstdcs.join(', ')}).`);
  }
  // Time can fix ratings and titles, not a missing or excluded base award.
  return fail(o.code, `${o.cite}: cần ${need}; ${problems.join('; ')}.`, {
    temporal: !!base || f.held.some((h) => o.base.includes(h.code) && h.countsForMerit && h.year >= start && h.year <= f.year),
  });
}
