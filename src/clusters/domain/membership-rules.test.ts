import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { assertMembershipFits, assertUnitAlive, yearPeriod, type Membership } from './membership-rules';

const group = { name: 'Cụm thi đua số 1', ...yearPeriod(2025) };
const unitName = (id: string) => `Đơn vị ${id}`;
const m = (id: string, unitId: string, role: Membership['role'], validFrom: string | null, validTo: string | null): Membership => ({
  id,
  unitId,
  role,
  validFrom,
  validTo,
});

function caught(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError to be thrown');
}

describe('yearPeriod', () => {
  it('spans the calendar year inclusively', () => {
    expect(yearPeriod(2025)).toEqual({ validFrom: '2025-01-01', validTo: '2025-12-31' });
    expect(yearPeriod(2024)).toEqual({ validFrom: '2024-01-01', validTo: '2024-12-31' });
  });
});

describe('assertMembershipFits', () => {
  it('accepts a full-year membership in a year group', () => {
    expect(() => assertMembershipFits(group, [], m('1', 'U1', 'thanh_vien', '2025-01-01', '2025-12-31'), unitName)).not.toThrow();
  });

  it('rejects a membership outside the group period with VALIDATION', () => {
    const e = caught(() => assertMembershipFits(group, [], m('1', 'U1', 'thanh_vien', '2024-12-31', '2025-12-31'), unitName));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('Cụm thi đua số 1');
    expect(e.message).toContain('từ 1/1/2025 đến 31/12/2025');
    expect(e.message).toContain('31/12/2024');
  });

  it('rejects an open-ended membership in a closed group period', () => {
    expect(() => assertMembershipFits(group, [], m('1', 'U1', 'pho', '2025-01-01', null), unitName)).toThrow(AppError);
  });

  it('rejects the same unit listed twice at once with OVERLAPPING_VALIDITY', () => {
    const others = [m('1', 'U1', 'thanh_vien', '2025-01-01', '2025-06-30')];
    const e = caught(() => assertMembershipFits(group, others, m('2', 'U1', 'pho', '2025-06-30', '2025-12-31'), unitName));
    expect(e.code).toBe('OVERLAPPING_VALIDITY');
    expect(e.message).toContain('Đơn vị U1');
    expect(e.message).toContain('đã là thành viên');
    expect(e.message).toContain('từ 1/1/2025 đến 30/6/2025');
  });

  it('allows the same unit again on a non-overlapping stretch', () => {
    const others = [m('1', 'U1', 'thanh_vien', '2025-01-01', '2025-06-30')];
    expect(() => assertMembershipFits(group, others, m('2', 'U1', 'pho', '2025-07-01', '2025-12-31'), unitName)).not.toThrow();
  });

  it('rejects a second overlapping head (truong) with CONFLICT naming the current head', () => {
    const others = [m('1', 'U1', 'truong', '2025-01-01', '2025-12-31')];
    const e = caught(() => assertMembershipFits(group, others, m('2', 'U2', 'truong', '2025-03-01', '2025-04-30'), unitName));
    expect(e.code).toBe('CONFLICT');
    expect(e.status).toBe(409);
    expect(e.message).toContain('Đơn vị U1');
    expect(e.message).toContain('một Trưởng');
  });

  it('allows a second head on the other half of the year', () => {
    const others = [m('1', 'U1', 'truong', '2025-01-01', '2025-06-30')];
    expect(() => assertMembershipFits(group, others, m('2', 'U2', 'truong', '2025-07-01', '2025-12-31'), unitName)).not.toThrow();
  });

  it('a head overlapping a single day with another head is still a conflict', () => {
    const others = [m('1', 'U1', 'truong', '2025-01-01', '2025-07-01')];
    expect(() => assertMembershipFits(group, others, m('2', 'U2', 'truong', '2025-07-01', '2025-12-31'), unitName)).toThrow(/Trưởng/);
  });

  it('several overlapping non-head roles are fine', () => {
    const others = [m('1', 'U1', 'truong', '2025-01-01', '2025-12-31'), m('2', 'U2', 'pho', '2025-01-01', '2025-12-31')];
    expect(() => assertMembershipFits(group, others, m('3', 'U3', 'pho', '2025-01-01', '2025-12-31'), unitName)).not.toThrow();
    expect(() => assertMembershipFits(group, others, m('4', 'U4', 'thanh_vien', '2025-01-01', '2025-12-31'), unitName)).not.toThrow();
  });

  it('updating a membership (same id) does not clash with its own stored version', () => {
    const others = [m('1', 'U1', 'truong', '2025-01-01', '2025-12-31'), m('2', 'U2', 'thanh_vien', '2025-01-01', '2025-12-31')];
    expect(() => assertMembershipFits(group, others, m('1', 'U1', 'truong', '2025-02-01', '2025-11-30'), unitName)).not.toThrow();
  });

  it('an update still clashes with other rows', () => {
    const others = [m('1', 'U1', 'truong', '2025-01-01', '2025-12-31'), m('2', 'U2', 'thanh_vien', '2025-01-01', '2025-12-31')];
    const e = caught(() => assertMembershipFits(group, others, m('2', 'U2', 'truong', '2025-01-01', '2025-12-31'), unitName));
    expect(e.code).toBe('CONFLICT');
  });

  it('checks the group period before the other rules', () => {
    const others = [m('1', 'U1', 'truong', '2025-01-01', '2025-12-31')];
    const e = caught(() => assertMembershipFits(group, others, m('2', 'U1', 'truong', '2026-01-01', '2026-12-31'), unitName));
    expect(e.code).toBe('VALIDATION');
  });
});

describe('assertUnitAlive', () => {
  const unit = { name: 'Sở Kế hoạch và Đầu tư', validFrom: '2000-01-01', validTo: '2025-06-30' };

  it('rejects a full-year 2025 membership for a unit that ended on 30/6/2025', () => {
    const e = caught(() => assertUnitAlive(unit, yearPeriod(2025)));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('Sở Kế hoạch và Đầu tư');
    expect(e.message).toContain('không tồn tại');
    expect(e.message).toContain('từ 1/1/2025 đến 31/12/2025');
    expect(e.message).toContain('30/6/2025');
  });

  it('accepts a membership ending on the unit’s last day', () => {
    expect(() => assertUnitAlive(unit, { validFrom: '2025-01-01', validTo: '2025-06-30' })).not.toThrow();
  });

  it('rejects a membership starting before the unit existed', () => {
    expect(() => assertUnitAlive({ ...unit, validFrom: '2025-03-01', validTo: null }, yearPeriod(2025))).toThrow(AppError);
    expect(() => assertUnitAlive({ ...unit, validFrom: '2025-01-01', validTo: null }, yearPeriod(2025))).not.toThrow();
  });
});
