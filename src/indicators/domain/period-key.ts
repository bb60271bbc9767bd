/**
 * Reporting periods as stable keys: '2023' (cả năm), '2023-H1' (6 tháng đầu năm), '2023-9M'
 * (9 tháng đầu năm), '2023-Q3', '2023-M06', and multi-year phases '2021-2025' (giai đoạn).
 */
export type PeriodGrain = 'year' | 'half' | 'nine_months' | 'quarter' | 'month' | 'phase';

export interface ReportPeriod {
  key: string;
  grain: PeriodGrain;
  from: string;
  to: string;
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const monthsRange = (y: number, m1: number, m2: number) => ({ from: iso(y, m1, 1), to: iso(y, m2, lastDay(y, m2)) });
const validYear = (y: number) => y >= 1945 && y <= 2200;

export function parsePeriodKey(key: string): ReportPeriod | null {
  let m = /^(\d{4})$/.exec(key);
  if (m) {
    const y = +m[1]!;
    return validYear(y) ? { key, grain: 'year', ...monthsRange(y, 1, 12), label: `Năm ${y}` } : null;
  }
  m = /^(\d{4})-(\d{4})$/.exec(key);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    if (!validYear(a) || !validYear(b) || b <= a || b - a > 10) return null;
    return { key, grain: 'phase', from: iso(a, 1, 1), to: iso(b, 12, 31), label: `Giai đoạn ${a}–${b}` };
  }
  m = /^(\d{4})-(H1|9M|Q[1-4]|M(0[1-9]|1[0-2]))$/.exec(key);
  if (!m) return null;
  const y = +m[1]!;
  if (!validYear(y)) return null;
  const part = m[2]!;
  if (part === 'H1') return { key, grain: 'half', ...monthsRange(y, 1, 6), label: `6 tháng đầu năm ${y}` };
  if (part === '9M') return { key, grain: 'nine_months', ...monthsRange(y, 1, 9), label: `9 tháng đầu năm ${y}` };
  if (part.startsWith('Q')) {
    const q = +part.slice(1);
    return { key, grain: 'quarter', ...monthsRange(y, q * 3 - 2, q * 3), label: `Quý ${ROMAN[q - 1]}/${y}` };
  }
  const mo = +part.slice(1);
  return { key, grain: 'month', ...monthsRange(y, mo, mo), label: `Tháng ${mo}/${y}` };
}

export function requirePeriod(key: string): ReportPeriod {
  const p = parsePeriodKey(key);
  if (!p) throw new RangeError(`Kỳ báo cáo "${key}" không hợp lệ.`);
  return p;
}

/** The same period one year earlier ("cùng kỳ năm trước"); a phase steps back by its own length. */
export function samePeriodLastYear(key: string): string {
  const p = requirePeriod(key);
  if (p.grain === 'phase') {
    const [a, b] = key.split('-').map(Number) as [number, number];
    const len = b - a + 1;
    return `${a - len}-${b - len}`;
  }
  const y = +key.slice(0, 4);
  return `${y - 1}${key.slice(4)}`;
}

/** Periods of a year at a grain, for a grid of one unit over time. */
export function periodsOfYear(year: number, grain: 'month' | 'quarter' | 'half'): string[] {
  if (grain === 'month') return Array.from({ length: 12 }, (_, i) => `${year}-M${pad(i + 1)}`);
  if (grain === 'quarter') return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return [`${year}-H1`, `${year}`];
}

/** Keys of the periods that lie inside a period (for "last value" figures), latest end first. */
export function periodsWithin(key: string): string[] {
  const p = requirePeriod(key);
  const years = p.grain === 'phase' ? range(+p.from.slice(0, 4), +p.to.slice(0, 4)) : [+key.slice(0, 4)];
  const out: ReportPeriod[] = [];
  for (const y of years) {
    for (const k of [`${y}`, `${y}-H1`, `${y}-9M`, ...periodsOfYear(y, 'quarter'), ...periodsOfYear(y, 'month')]) {
      const c = requirePeriod(k);
      if (c.key !== key && c.from >= p.from && c.to <= p.to) out.push(c);
    }
  }
  return out.sort((a, b) => (a.to === b.to ? grainRank(a.grain) - grainRank(b.grain) : a.to < b.to ? 1 : -1)).map((c) => c.key);
}

// At the same end date, prefer the coarser figure (the year over December).
const grainRank = (g: PeriodGrain) => ['phase', 'year', 'nine_months', 'half', 'quarter', 'month'].indexOf(g);
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
