import { AppError } from '../../shared/errors';

/**
 * Ô 4 of NĐ 30/2020: "<Địa danh>, ngày DD tháng MM năm YYYY". Days 1–9 and months 1–2 take a
 * leading zero (Phụ lục I, mục II.4) so that nobody can add a digit in front of them after signing;
 * months 3–12 are written without one.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Spaces left for the date when a draft has none yet; wide enough to write the day by hand. */
const BLANK = '\u00a0'.repeat(5);

export interface DateLineOptions {
  /** Year printed on an undated draft (the drafting year); without it the year is left blank too. */
  draftYear?: number | null;
}

export function dayText(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function monthText(month: number): string {
  return month < 3 ? `0${month}` : String(month);
}

/** "Cần Thơ, ngày 28 tháng 6 năm 2024"; an undated draft keeps blanks for the day and month. */
export function placeDateLine(place: string, isoDate: string | null, opts: DateLineOptions = {}): string {
  const where = place.trim();
  if (isoDate === null) {
    const year = opts.draftYear ?? null;
    return `${where}, ngày${BLANK}tháng${BLANK}năm${year === null ? BLANK : ` ${year}`}`;
  }
  const m = ISO.exec(isoDate);
  const day = Number(m?.[3]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate()) {
    throw new AppError('VALIDATION', `Ngày ban hành không hợp lệ: "${isoDate}" (cần dạng YYYY-MM-DD).`);
  }
  return `${where}, ngày ${dayText(day)} tháng ${monthText(month)} năm ${m[1]}`;
}
