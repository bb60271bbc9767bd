/**
 * Sliding-window arithmetic over years. "n lần liên tục" means n consecutive years ending in the
 * year considered; any year that does not count breaks the run, whatever the reason.
 */

/** The run of consecutive years ending at `end` (ascending) for which `counts` holds. */
export function streakEndingAt(end: number, counts: (year: number) => boolean, max = 200): number[] {
  const years: number[] = [];
  for (let y = end; years.length < max && counts(y); y--) years.unshift(y);
  return years;
}

/** Inclusive range of years, ascending. */
export function yearsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

/**
 * The chain of titles, latest first, in which each earlier title is at most `cycle` years before the
 * next: two CSTĐ cấp tỉnh are "liên tục" when the second's three CSTĐ cơ sở follow the first's at once.
 */
export function chainEndingAt(end: number, years: readonly number[], cycle: number): number[] {
  const sorted = [...new Set(years)].filter((y) => y <= end).sort((a, b) => b - a);
  if (sorted[0] !== end) return [];
  const chain = [end];
  for (const y of sorted.slice(1)) {
    if (chain[chain.length - 1]! - y > cycle) break;
    chain.push(y);
  }
  return chain.reverse();
}

/** "2022, 2023, 2024" or "2022–2024" when the list is a run of three or more. */
export function formatYears(years: readonly number[]): string {
  if (years.length >= 3 && years[years.length - 1]! - years[0]! === years.length - 1) return `${years[0]}–${years[years.length - 1]}`;
  return years.join(', ');
}

/** Vietnamese administrative writing pads small counts: "03 lần", "02 năm". */
export const pad2 = (n: number): string => (n >= 0 && n < 10 ? `0${n}` : String(n));
