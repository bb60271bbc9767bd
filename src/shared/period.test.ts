import { describe, expect, it } from 'vitest';
import { contains, intersect, isWellFormed, overlaps, within, type Period } from './period';

const p = (validFrom: string | null, validTo: string | null): Period => ({ validFrom, validTo });

describe('contains', () => {
  it('includes both boundary days', () => {
    const q = p('2024-01-01', '2024-06-30');
    expect(contains(q, '2024-01-01')).toBe(true);
    expect(contains(q, '2024-06-30')).toBe(true);
    expect(contains(q, '2024-03-15')).toBe(true);
    expect(contains(q, '2023-12-31')).toBe(false);
    expect(contains(q, '2024-07-01')).toBe(false);
  });

  it('treats null ends as unbounded', () => {
    expect(contains(p(null, '2024-06-30'), '1900-01-01')).toBe(true);
    expect(contains(p(null, '2024-06-30'), '2024-07-01')).toBe(false);
    expect(contains(p('2024-01-01', null), '2999-12-31')).toBe(true);
    expect(contains(p('2024-01-01', null), '2023-12-31')).toBe(false);
    expect(contains(p(null, null), '2024-01-01')).toBe(true);
  });
});

describe('overlaps', () => {
  it('periods touching on the same day overlap', () => {
    expect(overlaps(p('2024-01-01', '2024-06-30'), p('2024-06-30', '2024-12-31'))).toBe(true);
    expect(overlaps(p('2024-06-30', '2024-12-31'), p('2024-01-01', '2024-06-30'))).toBe(true);
  });

  it('adjacent days do not overlap', () => {
    expect(overlaps(p('2024-01-01', '2024-06-30'), p('2024-07-01', '2024-12-31'))).toBe(false);
    expect(overlaps(p('2024-07-01', '2024-12-31'), p('2024-01-01', '2024-06-30'))).toBe(false);
    expect(overlaps(p(null, '2024-06-30'), p('2024-07-01', null))).toBe(false);
    expect(overlaps(p('2024-07-01', null), p(null, '2024-06-30'))).toBe(false);
  });

  it('handles open ends', () => {
    expect(overlaps(p(null, null), p('2024-01-01', '2024-01-01'))).toBe(true);
    expect(overlaps(p(null, '2024-06-30'), p(null, '2020-01-01'))).toBe(true);
    expect(overlaps(p('2024-01-01', null), p('2030-01-01', null))).toBe(true);
    expect(overlaps(p(null, '2024-06-30'), p('2024-06-30', null))).toBe(true);
  });

  it('detects containment and single-day periods', () => {
    expect(overlaps(p('2024-01-01', '2024-12-31'), p('2024-05-05', '2024-05-05'))).toBe(true);
    expect(overlaps(p('2024-05-05', '2024-05-05'), p('2024-05-06', '2024-05-06'))).toBe(false);
  });
});

describe('isWellFormed', () => {
  it('accepts from ≤ to and any open end, rejects from > to', () => {
    expect(isWellFormed(p('2024-01-01', '2024-01-01'))).toBe(true);
    expect(isWellFormed(p('2024-01-01', '2024-12-31'))).toBe(true);
    expect(isWellFormed(p('2024-12-31', '2024-01-01'))).toBe(false);
    expect(isWellFormed(p('2024-07-01', '2024-06-30'))).toBe(false);
    expect(isWellFormed(p(null, '2024-01-01'))).toBe(true);
    expect(isWellFormed(p('2024-01-01', null))).toBe(true);
    expect(isWellFormed(p(null, null))).toBe(true);
  });
});

describe('within', () => {
  it('accepts inner periods with inclusive boundaries', () => {
    const outer = p('2024-01-01', '2024-12-31');
    expect(within(p('2024-01-01', '2024-12-31'), outer)).toBe(true);
    expect(within(p('2024-03-01', '2024-03-31'), outer)).toBe(true);
    expect(within(p('2023-12-31', '2024-06-30'), outer)).toBe(false);
    expect(within(p('2024-06-01', '2025-01-01'), outer)).toBe(false);
  });

  it('an open inner end is not within a closed outer end', () => {
    const outer = p('2024-01-01', '2024-12-31');
    expect(within(p(null, '2024-06-30'), outer)).toBe(false);
    expect(within(p('2024-06-01', null), outer)).toBe(false);
    expect(within(p(null, null), outer)).toBe(false);
  });

  it('anything fits into an open outer end', () => {
    expect(within(p(null, null), p(null, null))).toBe(true);
    expect(within(p(null, '2024-06-30'), p(null, '2024-12-31'))).toBe(true);
    expect(within(p('2024-06-01', null), p('2024-01-01', null))).toBe(true);
    expect(within(p('2023-06-01', null), p('2024-01-01', null))).toBe(false);
    expect(within(p(null, '2025-06-30'), p(null, '2024-12-31'))).toBe(false);
  });
});

describe('intersect', () => {
  it('returns the common part', () => {
    expect(intersect(p('2024-01-01', '2024-08-31'), p('2024-06-01', '2024-12-31'))).toEqual(p('2024-06-01', '2024-08-31'));
    expect(intersect(p('2024-06-01', '2024-12-31'), p('2024-01-01', '2024-08-31'))).toEqual(p('2024-06-01', '2024-08-31'));
  });

  it('returns a single day for periods touching on one day', () => {
    expect(intersect(p('2024-01-01', '2024-06-30'), p('2024-06-30', null))).toEqual(p('2024-06-30', '2024-06-30'));
  });

  it('returns null for adjacent or disjoint periods', () => {
    expect(intersect(p('2024-01-01', '2024-06-30'), p('2024-07-01', '2024-12-31'))).toBeNull();
    expect(intersect(p(null, '2020-01-01'), p('2024-01-01', null))).toBeNull();
  });

  it('keeps open ends only where both are open', () => {
    expect(intersect(p(null, null), p(null, null))).toEqual(p(null, null));
    expect(intersect(p(null, null), p('2024-01-01', '2024-12-31'))).toEqual(p('2024-01-01', '2024-12-31'));
    expect(intersect(p(null, '2024-12-31'), p('2024-01-01', null))).toEqual(p('2024-01-01', '2024-12-31'));
    expect(intersect(p(null, '2024-12-31'), p(null, '2025-12-31'))).toEqual(p(null, '2024-12-31'));
    expect(intersect(p('2024-01-01', null), p('2023-01-01', null))).toEqual(p('2024-01-01', null));
  });

  it('result overlaps and lies within both inputs', () => {
    const a = p('2024-02-10', null);
    const b = p(null, '2024-09-09');
    const i = intersect(a, b)!;
    expect(within(i, a)).toBe(true);
    expect(within(i, b)).toBe(true);
    expect(overlaps(i, a) && overlaps(i, b)).toBe(true);
  });
});
