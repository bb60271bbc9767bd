import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import {
  assertLinkWithinLifetimes,
  assertNoCycle,
  assertSingleParent,
  assertWellFormed,
  describePeriod,
  findCycleDate,
  type ParentLink,
} from './tree-rules';

const link = (childId: string, parentId: string, validFrom: string | null = null, validTo: string | null = null): ParentLink => ({
  childId,
  parentId,
  validFrom,
  validTo,
});
const name = (id: string) => `«${id}»`;

function caught(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError to be thrown');
}

describe('describePeriod', () => {
  it('writes d/m/yyyy and open ends in Vietnamese', () => {
    expect(describePeriod({ validFrom: '2024-01-05', validTo: '2024-06-30' })).toBe('từ 5/1/2024 đến 30/6/2024');
    expect(describePeriod({ validFrom: null, validTo: null })).toBe('từ trước đến nay');
  });
});

describe('findCycleDate / assertNoCycle', () => {
  it('rejects a direct self-link with CYCLE', () => {
    const e = caught(() => assertNoCycle([], link('A', 'A', '2024-01-01'), name));
    expect(e.code).toBe('CYCLE');
    expect(e.status).toBe(409);
    expect(e.message).toContain('«A»');
    expect(e.message).toContain('chính nó');
  });

  it('finds a 2-step cycle (B under A, then A under B)', () => {
    const links = [link('B', 'A')];
    expect(findCycleDate(links, link('A', 'B'))).toBe('0001-01-01');
    const e = caught(() => assertNoCycle(links, link('A', 'B', '2024-01-01'), name));
    expect(e.code).toBe('CYCLE');
    expect(e.message).toContain('vòng lặp');
    expect(e.message).toContain('1/1/2024');
  });

  it('reports an open-start cycle as "đầu kỳ"', () => {
    const e = caught(() => assertNoCycle([link('B', 'A')], link('A', 'B'), name));
    expect(e.message).toContain('đầu kỳ');
  });

  it('finds a 3-step cycle (C under B under A, then A under C)', () => {
    const links = [link('B', 'A', '2020-01-01'), link('C', 'B', '2020-01-01')];
    expect(findCycleDate(links, link('A', 'C', '2024-03-01'))).toBe('2024-03-01');
    expect(() => assertNoCycle(links, link('A', 'C', '2024-03-01'), name)).toThrow(/vòng lặp/);
  });

  it('accepts a proper tree extension', () => {
    const links = [link('B', 'A'), link('C', 'B')];
    expect(findCycleDate(links, link('D', 'C'))).toBeNull();
    expect(findCycleDate(links, link('A', 'X'))).toBeNull();
    expect(() => assertNoCycle(links, link('D', 'A', '2024-01-01'), name)).not.toThrow();
  });

  it('reports the first day of a cycle that exists only on some days', () => {
    const links = [link('B', 'A', '2024-06-01', '2024-09-30')];
    expect(findCycleDate(links, link('A', 'B', '2024-01-01', null))).toBe('2024-06-01');
    const e = caught(() => assertNoCycle(links, link('A', 'B', '2024-01-01', null), name));
    expect(e.message).toContain('1/6/2024');
  });

  it('reports the first day when a 3-step chain is only complete later', () => {
    // B under A all along; C joins B only from 2024-08-15; A under C is proposed from 2024-01-01.
    const links = [link('B', 'A', '2020-01-01'), link('C', 'B', '2024-08-15', '2024-10-31')];
    expect(findCycleDate(links, link('A', 'C', '2024-01-01', '2024-12-31'))).toBe('2024-08-15');
  });

  it('reports a cycle on the last day of a closing link that ends inside the proposed period', () => {
    const links = [link('B', 'A', '2020-01-01', '2024-01-01')];
    expect(findCycleDate(links, link('A', 'B', '2024-01-01'))).toBe('2024-01-01');
  });

  it('finds no cycle when the closing link ends before the proposed one starts', () => {
    const links = [link('B', 'A', '2020-01-01', '2023-12-31')];
    expect(findCycleDate(links, link('A', 'B', '2024-01-01'))).toBeNull();
    expect(() => assertNoCycle(links, link('A', 'B', '2024-01-01'), name)).not.toThrow();
  });

  it('finds no cycle when the closing link starts after the proposed one ends', () => {
    const links = [link('B', 'A', '2025-01-01')];
    expect(findCycleDate(links, link('A', 'B', '2024-01-01', '2024-12-31'))).toBeNull();
  });

  it('finds no cycle when the chain is broken on every day of the proposed link', () => {
    // C under B until mid-year, B under A only from the second half: never A above C on the same day.
    const links = [link('C', 'B', null, '2024-06-30'), link('B', 'A', '2024-07-01', null)];
    expect(findCycleDate(links, link('A', 'C', '2024-01-01', '2024-12-31'))).toBeNull();
  });
});

describe('assertSingleParent', () => {
  it('rejects an overlapping second parent, naming the dates in d/m/yyyy', () => {
    const existing = [link('X', 'P1', '2020-01-05', '2024-06-30')];
    const e = caught(() => assertSingleParent(existing, link('X', 'P2', '2024-06-30', null), name));
    expect(e.code).toBe('OVERLAPPING_VALIDITY');
    expect(e.status).toBe(409);
    expect(e.message).toContain('«X»');
    expect(e.message).toContain('«P1»');
    expect(e.message).toContain('từ 5/1/2020 đến 30/6/2024');
    expect(e.message).toContain('từ 30/6/2024 đến nay');
    expect(e.message).toContain('trùng');
  });

  it('allows a new parent from the day after the old link ends', () => {
    const existing = [link('X', 'P1', '2020-01-01', '2024-06-30')];
    expect(() => assertSingleParent(existing, link('X', 'P2', '2024-07-01', null), name)).not.toThrow();
  });

  it('ignores links of other children', () => {
    const existing = [link('Y', 'P1'), link('Z', 'P1')];
    expect(() => assertSingleParent(existing, link('X', 'P1'), name)).not.toThrow();
  });

  it('an open-ended old link clashes with any later new link', () => {
    expect(() => assertSingleParent([link('X', 'P1', '2020-01-01')], link('X', 'P2', '2030-01-01'), name)).toThrow(AppError);
  });
});

describe('assertLinkWithinLifetimes', () => {
  const child = { name: 'Phòng A', validFrom: '2020-01-01', validTo: null };
  const parent = { name: 'Sở B', validFrom: '2021-01-01', validTo: '2025-06-30' };

  it('accepts a link inside both lifetimes (inclusive)', () => {
    expect(() => assertLinkWithinLifetimes({ validFrom: '2021-01-01', validTo: '2025-06-30' }, child, parent)).not.toThrow();
  });

  it('rejects a link starting before the parent exists, naming the parent', () => {
    const e = caught(() => assertLinkWithinLifetimes({ validFrom: '2020-06-01', validTo: '2024-12-31' }, child, parent));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('Sở B');
    expect(e.message).toContain('từ 1/1/2021 đến 30/6/2025');
  });

  it('rejects an open-ended link when the parent ends', () => {
    const e = caught(() => assertLinkWithinLifetimes({ validFrom: '2022-01-01', validTo: null }, child, parent));
    expect(e.message).toContain('đến nay');
    expect(e.message).toContain('Sở B');
  });

  it('rejects a link starting before the child exists, naming the child', () => {
    const young = { name: 'Phòng C', validFrom: '2023-01-01', validTo: null };
    const e = caught(() => assertLinkWithinLifetimes({ validFrom: '2022-01-01', validTo: '2024-01-01' }, young, parent));
    expect(e.message).toContain('Phòng C');
  });
});

describe('assertWellFormed', () => {
  it('accepts same-day and open periods', () => {
    expect(() => assertWellFormed({ validFrom: '2024-01-01', validTo: '2024-01-01' })).not.toThrow();
    expect(() => assertWellFormed({ validFrom: null, validTo: '2024-01-01' })).not.toThrow();
  });

  it('rejects an end before the start with VALIDATION and a validTo field issue', () => {
    const e = caught(() => assertWellFormed({ validFrom: '2024-07-01', validTo: '2024-06-30' }));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('1/7/2024');
    expect(e.message).toContain('30/6/2024');
    expect(e.details?.[0]?.path).toBe('validTo');
  });
});
