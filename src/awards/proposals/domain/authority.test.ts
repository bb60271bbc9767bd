import { describe, expect, it } from 'vitest';
import { resolveAward } from '../../domain/catalogue';
import { routeAward } from './authority';

const route = (code: Parameters<typeof resolveAward>[0], unit: Parameters<typeof routeAward>[1], date = '2026-11-21') => routeAward(resolveAward(code, date)!, unit).kind;

describe('authority routing', () => {
  it('sends what a commune cannot decide to the province, and central awards on to the centre', () => {
    expect(route('lao_dong_tien_tien', 'commune')).toBe('decide_here');
    expect(route('cstd_co_so', 'commune')).toBe('decide_here');
    expect(route('bang_khen_tinh', 'commune')).toBe('forward');
    expect(route('bang_khen_tinh', 'province')).toBe('decide_here');
    expect(route('bang_khen_thu_tuong', 'province')).toBe('forward');
    expect(route('huan_chuong_lao_dong_3', 'province')).toBe('forward');
    expect(route('huan_chuong_lao_dong_3', 'national')).toBe('decide_here');
    expect(route('cstd_co_so', 'province')).toBe('decide_here');
    expect(route('gia_dinh_van_hoa', 'province')).toBe('lower_level');
  });

  it('knows no authority for an award without deciders, and lets an agency head decide the unit titles', () => {
    expect(routeAward({ deciders: [] }, 'province')).toEqual({ kind: 'none', deciders: [] });
    expect(route('lao_dong_tien_tien', 'agency')).toBe('decide_here');
    expect(route('bang_khen_tinh', 'agency')).toBe('forward');
  });

  it('follows the dates: before 01/7/2025 a commune did not decide CSTĐ cơ sở (NĐ 129/2025)', () => {
    expect(route('cstd_co_so', 'commune', '2025-06-30')).not.toBe('decide_here');
    expect(route('cstd_co_so', 'district', '2025-06-30')).toBe('decide_here');
  });
});
