import { describe, expect, it } from 'vitest';
import { parsePeriodKey, periodsOfYear, periodsWithin, samePeriodLastYear } from './period-key';

describe('period keys', () => {
  it('parses every grain with dates and a Vietnamese label', () => {
    expect(parsePeriodKey('2023')).toMatchObject({ grain: 'year', from: '2023-01-01', to: '2023-12-31', label: 'Năm 2023' });
    expect(parsePeriodKey('2024-H1')).toMatchObject({ from: '2024-01-01', to: '2024-06-30', label: '6 tháng đầu năm 2024' });
    expect(parsePeriodKey('2023-9M')).toMatchObject({ to: '2023-09-30', label: '9 tháng đầu năm 2023' });
    expect(parsePeriodKey('2024-Q1')).toMatchObject({ to: '2024-03-31', label: 'Quý I/2024' });
    expect(parsePeriodKey('2024-M02')).toMatchObject({ to: '2024-02-29', label: 'Tháng 2/2024' });
    expect(parsePeriodKey('2021-2025')).toMatchObject({ grain: 'phase', from: '2021-01-01', to: '2025-12-31', label: 'Giai đoạn 2021–2025' });
  });
  it('refuses nonsense', () => {
    for (const k of ['2023-H3', '2023-M13', '2023-Q5', '2025-2021', '1800', '2023-M6', '2021-2045', 'abc']) expect(parsePeriodKey(k)).toBeNull();
  });
  it('finds the same period of the previous year', () => {
    expect(samePeriodLastYear('2024-H1')).toBe('2023-H1');
    expect(samePeriodLastYear('2023')).toBe('2022');
    expect(samePeriodLastYear('2024-M03')).toBe('2023-M03');
    expect(samePeriodLastYear('2021-2025')).toBe('2016-2020');
  });
  it('lists sub-periods latest first, the coarser one first at the same end', () => {
    const w = periodsWithin('2023');
    expect(w[0]).toBe('2023-Q4');
    expect(w[1]).toBe('2023-M12');
    expect(w).toContain('2023-H1');
    expect(w).not.toContain('2023');
    expect(periodsWithin('2023-H1').slice(0, 3)).toEqual(['2023-Q2', '2023-M06', '2023-M05']);
    expect(periodsWithin('2021-2022')[0]).toBe('2022');
    expect(periodsOfYear(2024, 'half')).toEqual(['2024-H1', '2024']);
  });
});
