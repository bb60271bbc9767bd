import { describe, expect, it } from 'vitest';
import { chainEndingAt, formatYears, pad2, streakEndingAt, yearsBetween } from './windows';

const has = (...ys: number[]) => (y: number) => ys.includes(y);

describe('streakEndingAt: consecutive years ending in the year considered', () => {
  it.each([
    { name: 'three in a row', held: [2022, 2023, 2024], end: 2024, want: [2022, 2023, 2024] },
    { name: 'a gap year breaks the run', held: [2021, 2022, 2024], end: 2024, want: [2024] },
    { name: 'the end year itself missing', held: [2021, 2022, 2023], end: 2024, want: [] },
    { name: 'earlier years beyond the gap do not count', held: [2018, 2019, 2020, 2022, 2023], end: 2023, want: [2022, 2023] },
    { name: 'nothing held', held: [], end: 2024, want: [] },
  ])('$name', ({ held, end, want }) => {
    expect(streakEndingAt(end, has(...held))).toEqual(want);
  });

  it('stops at the length asked for', () => {
    expect(streakEndingAt(2024, () => true, 3)).toEqual([2022, 2023, 2024]);
  });
});

describe('chainEndingAt: titles spanning several years, consecutive when the next follows at once', () => {
  it.each([
    { name: 'CSTĐ tỉnh 2021 and 2024 (cycle 3) are consecutive', ys: [2021, 2024], end: 2024, want: [2021, 2024] },
    { name: '2020 and 2024 leave a gap', ys: [2020, 2024], end: 2024, want: [2024] },
    { name: 'the latest must be the year considered', ys: [2021, 2023], end: 2024, want: [] },
    { name: 'three links', ys: [2018, 2021, 2024], end: 2024, want: [2018, 2021, 2024] },
    { name: 'years after the end are ignored', ys: [2021, 2024, 2027], end: 2024, want: [2021, 2024] },
  ])('$name', ({ ys, end, want }) => {
    expect(chainEndingAt(end, ys, 3)).toEqual(want);
  });
});

describe('formatting', () => {
  it('writes runs of three or more as a range', () => {
    expect(formatYears([2022, 2023, 2024])).toBe('2022–2024');
    expect(formatYears([2023, 2024])).toBe('2023, 2024');
    expect(formatYears([2020, 2022, 2024])).toBe('2020, 2022, 2024');
    expect(formatYears([])).toBe('');
  });
  it('pads small counts the administrative way', () => {
    expect([pad2(0), pad2(3), pad2(10)]).toEqual(['00', '03', '10']);
    expect(yearsBetween(2020, 2022)).toEqual([2020, 2021, 2022]);
  });
});
