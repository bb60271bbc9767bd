import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { dayText, monthText, placeDateLine } from './date-line';

describe('placeDateLine', () => {
  it.each([
    ['2024-06-28', 'Cần Thơ, ngày 28 tháng 6 năm 2024'],
    ['2025-02-05', 'Cần Thơ, ngày 05 tháng 02 năm 2025'],
    ['2025-01-01', 'Cần Thơ, ngày 01 tháng 01 năm 2025'],
    ['2025-01-09', 'Cần Thơ, ngày 09 tháng 01 năm 2025'],
    ['2025-01-10', 'Cần Thơ, ngày 10 tháng 01 năm 2025'],
    ['2024-02-29', 'Cần Thơ, ngày 29 tháng 02 năm 2024'],
    ['2025-03-01', 'Cần Thơ, ngày 01 tháng 3 năm 2025'],
    ['2025-03-09', 'Cần Thơ, ngày 09 tháng 3 năm 2025'],
    ['2025-09-30', 'Cần Thơ, ngày 30 tháng 9 năm 2025'],
    ['2025-10-10', 'Cần Thơ, ngày 10 tháng 10 năm 2025'],
    ['2025-12-31', 'Cần Thơ, ngày 31 tháng 12 năm 2025'],
  ])('%s → %s', (iso, expected) => {
    expect(placeDateLine('Cần Thơ', iso)).toBe(expected);
  });

  it('zero-pads days 1–9 and months 1–2 only', () => {
    for (let d = 1; d <= 31; d++) expect(dayText(d)).toBe(d < 10 ? `0${d}` : String(d));
    expect([1, 2, 3, 9, 10, 11, 12].map(monthText)).toEqual(['01', '02', '3', '9', '10', '11', '12']);
  });

  it('trims the place name', () => {
    expect(placeDateLine('  Hậu Giang ', '2023-11-07')).toBe('Hậu Giang, ngày 07 tháng 11 năm 2023');
  });

  it('leaves blanks for the day and month of an undated draft', () => {
    const nb = '\u00a0'.repeat(5);
    expect(placeDateLine('Cần Thơ', null, { draftYear: 2026 })).toBe(`Cần Thơ, ngày${nb}tháng${nb}năm 2026`);
    expect(placeDateLine('Cần Thơ', null)).toBe(`Cần Thơ, ngày${nb}tháng${nb}năm${nb}`);
  });

  it.each(['2025-02-30', '2023-02-29', '2025-13-01', '2025-00-10', '2025-1-5', '05/02/2025', ''])('refuses %j', (bad) => {
    expect(() => placeDateLine('Cần Thơ', bad)).toThrow(AppError);
  });
});
