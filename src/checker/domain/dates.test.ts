import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const kinds = (t: string) => findDates(t).map((d) => ({ text: t.slice(d.start, d.end), kind: d.kind, year: d.year, problem: !!d.problem }));

describe('date recognizer', () => {
  it('reads the forms reports use', () => {
    expect(kinds('ngày 12/5/2022; ngày 28 tháng 6 năm 2024; 09 tháng đầu năm 2023; giai đoạn 2021 - 2025; nhiệm kỳ 2020-2025; tháng 5/2023')).toEqual([
      { text: '12/5/2022', kind: 'date', year: 2022, problem: false },
      { text: 'ngày 28 tháng 6 năm 2024', kind: 'date', year: 2024, problem: false },
      { text: '09 tháng đầu năm 2023', kind: 'partial-year', year: 2023, problem: false },
      { text: 'giai đoạn 2021 - 2025', kind: 'period', year: 2021, problem: false },
      { text: 'nhiệm kỳ 2020-2025', kind: 'term', year: 2020, problem: false },
      { text: 'tháng 5/2023', kind: 'month', year: 2023, problem: false },
    ]);
  });

  it('flags impossible and malformed dates but not real ones', () => {
    expect(kinds('ngày 31/4/2023')[0]!.problem).toBe(true);
    expect(kinds('ngày 29/2/2024')[0]!.problem).toBe(false);
    expect(kinds('ngày 29/2/2023')[0]!.problem).toBe(true);
    expect(kinds('ngày 28 tháng 11 tháng 2022')[0]!.problem).toBe(true);
    expect(kinds('ngày 20 ngày 3 năm 2024')[0]!.problem).toBe(true);
    expect(kinds('kế hoạch năm 202;')[0]).toMatchObject({ kind: 'year', problem: true });
    expect(kinds('người già trên 100 năm 100 tuổi')).toEqual([]);
  });
});
