import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, formatViDate, isIsoDate, parseViDate, todayInVietnam } from './vi-date';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-04-31', false],
    ['2024-04-30', true],
    ['2024-12-31', true],
    ['2024-01-00', false],
    ['2024-1-05', false],
    ['24-01-05', false],
    ['2024-01-05T00:00:00Z', false],
    [' 2024-01-05', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('daysInMonth', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});

describe('formatViDate', () => {
  it('writes d/m/yyyy without leading zeros', () => {
    expect(formatViDate('2024-06-28')).toBe('28/6/2024');
    expect(formatViDate('2024-01-05')).toBe('5/1/2024');
    expect(formatViDate('2024-12-31')).toBe('31/12/2024');
  });

  it('returns empty for missing values and passes non-ISO text through', () => {
    expect(formatViDate(null)).toBe('');
    expect(formatViDate(undefined)).toBe('');
    expect(formatViDate('')).toBe('');
    expect(formatViDate('hôm nay')).toBe('hôm nay');
  });
});

describe('parseViDate', () => {
  it.each([
    ['28/6/2024', '2024-06-28'],
    ['28/06/2024', '2024-06-28'],
    ['28-6-2024', '2024-06-28'],
    ['5/1/2024', '2024-01-05'],
    ['  28/6/2024 ', '2024-06-28'],
    ['2024-06-28', '2024-06-28'],
    ['29/2/2024', '2024-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parseViDate(text)).toBe(iso);
  });

  it.each([
    ['31/4/2024'],
    ['29/2/2023'],
    ['2023-02-29'],
    ['0/1/2024'],
    ['1/13/2024'],
    ['28/6/24'],
    ['28 tháng 6 năm 2024'],
    ['abc'],
    [''],
    ['123/6/2024'],
  ])('%j → null', (text) => {
    expect(parseViDate(text)).toBeNull();
  });

  it('reads day first, never month first', () => {
    expect(parseViDate('1/2/2024')).toBe('2024-02-01');
    expect(parseViDate('12/6/2024')).toBe('2024-06-12');
  });
});

describe('todayInVietnam', () => {
  it('rolls over to the next day at 17:00 UTC (00:00 in UTC+7)', () => {
    expect(todayInVietnam(new Date('2024-06-30T18:00:00Z'))).toBe('2024-07-01');
    expect(todayInVietnam(new Date('2024-06-30T17:00:00Z'))).toBe('2024-07-01');
    expect(todayInVietnam(new Date('2024-06-30T16:59:59Z'))).toBe('2024-06-30');
  });

  it('crosses the year end on Vietnamese time', () => {
    expect(todayInVietnam(new Date('2024-12-31T17:30:00Z'))).toBe('2025-01-01');
    expect(todayInVietnam(new Date('2025-01-01T00:00:00Z'))).toBe('2025-01-01');
  });

  it('returns an ISO date for the current time', () => {
    expect(isIsoDate(todayInVietnam())).toBe(true);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-06-30', 1, '2024-07-01'],
    ['2024-07-01', -1, '2024-06-30'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-01-31', 30, '2024-03-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2024-06-15', 0, '2024-06-15'],
  ])('%s %+d → %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });
});
