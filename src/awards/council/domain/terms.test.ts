import { describe, expect, it } from 'vitest';
import { chairOn, termCovers, termProblems, votersOn, type Term } from './terms';

const t = (id: string, userId: string, role: Term['role'], validFrom: string | null, validTo: string | null, voting = true): Term => ({ id, userId, role, voting, validFrom, validTo });

describe('term coverage', () => {
  it('covers the first and last day of a term, inclusive', () => {
    expect(termCovers({ validFrom: '2025-07-01', validTo: '2030-06-30' }, '2025-07-01')).toBe(true);
    expect(termCovers({ validFrom: '2025-07-01', validTo: '2030-06-30' }, '2030-06-30')).toBe(true);
    expect(termCovers({ validFrom: '2025-07-01', validTo: '2030-06-30' }, '2025-06-30')).toBe(false);
    expect(termCovers({ validFrom: '2025-07-01', validTo: null }, '2099-01-01')).toBe(true);
  });

  it('seats only voting members in term on the meeting day, once per person', () => {
    const terms = [
      t('a', 'u1', 'chu_tich', '2025-07-01', null),
      t('b', 'u2', 'uy_vien', '2020-01-01', '2025-06-30'),
      t('c', 'u3', 'thu_ky', '2025-07-01', null, false),
      t('d', 'u4', 'uy_vien', '2026-01-01', null),
      t('e', 'u5', 'uy_vien', '2025-07-01', null),
    ];
    expect(votersOn(terms, '2025-11-20').map((x) => x.id)).toEqual(['a', 'e']);
    expect(votersOn(terms, '2025-06-30').map((x) => x.id)).toEqual(['b']);
    expect(votersOn([...terms, t('f', 'u1', 'uy_vien', '2025-01-01', null)], '2025-11-20').map((x) => x.id)).toEqual(['a', 'e']);
  });

  it('finds the Chủ tịch in term', () => {
    const terms = [t('a', 'u1', 'chu_tich', '2020-01-01', '2025-06-30'), t('b', 'u2', 'chu_tich', '2025-07-01', null)];
    expect(chairOn(terms, '2025-07-01')?.id).toBe('b');
    expect(chairOn(terms, '2019-01-01')).toBeUndefined();
  });
});

describe('termProblems', () => {
  const existing = [t('a', 'u1', 'chu_tich', '2025-07-01', null), t('b', 'u2', 'uy_vien', '2025-07-01', '2026-06-30')];

  it('refuses a second seat for the same person over overlapping dates', () => {
    expect(termProblems(t('n', 'u2', 'uy_vien', '2026-01-01', null), existing)[0]).toContain('đã là thành viên Hội đồng trong thời gian 1/7/2025 – 30/6/2026');
    expect(termProblems(t('n', 'u2', 'uy_vien', '2026-07-01', null), existing)).toEqual([]);
  });

  it('refuses a second Chủ tịch at the same time, but not a successor', () => {
    expect(termProblems(t('n', 'u3', 'chu_tich', '2026-01-01', null), existing)).toEqual(['Hội đồng đã có Chủ tịch trong thời gian 1/7/2025 – nay.']);
    const ended = [t('a', 'u1', 'chu_tich', '2025-07-01', '2026-12-31')];
    expect(termProblems(t('n', 'u3', 'chu_tich', '2027-01-01', null), ended)).toEqual([]);
  });

  it('ignores the term being edited itself and checks its dates', () => {
    expect(termProblems(t('a', 'u1', 'chu_tich', '2025-07-01', '2027-01-01'), existing)).toEqual([]);
    expect(termProblems(t('a', 'u1', 'chu_tich', '2025-07-01', '2025-01-01'), existing)[0]).toBe('Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.');
  });
});
