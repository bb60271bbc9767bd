import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { AWARD_CODES, AWARD_DEFS, quotaLimit, resolveAward, resolveCatalogue, validateOverrides, type CatalogueOverrides } from './catalogue';
import { inForce } from './catalogue/definitions';

const award = (code: Parameters<typeof resolveAward>[0], date: string, o?: CatalogueOverrides) => resolveAward(code, date, o)!;

describe('catalogue data', () => {
  it('has exactly one definition in force for every code on every day of the 2022 law', () => {
    for (const date of ['2024-01-01', '2025-06-30', '2025-07-01', '2030-01-01']) {
      for (const code of AWARD_CODES) expect(AWARD_DEFS.filter((d) => d.code === code && inForce(d, date)), `${code} ${date}`).toHaveLength(1);
    }
  });

  it('gives every award a name with diacritics, a citation, a decider and a bonus entry per subject', () => {
    for (const d of AWARD_DEFS) {
      expect(d.name).toMatch(/[À-ỹĐđ]/u);
      expect(d.citation).toMatch(/Điều \d+/);
      expect(d.deciders.length).toBeGreaterThan(0);
      for (const s of d.subjects) expect(d.bonus.some((b) => b.subject === s), `${d.code} ${s}`).toBe(true);
      for (const b of d.bonus) if (b.localSetting) expect(b.note, d.code).toBeTruthy();
      for (const p of Object.values(d.params ?? {})) if (p.localSetting) expect(p.note, `${d.code} ${p.label}`).toBeTruthy();
    }
  });

  it('marks Cờ thi đua của Chính phủ and CSTĐ toàn quốc as state-level titles (NĐ 98 Điều 3)', () => {
    const c = resolveCatalogue('2024-06-01');
    const state = c.awards.filter((a) => a.kind === 'danh_hieu' && a.stateLevel).map((a) => a.code).sort();
    expect(state).toEqual(['co_thi_dua_chinh_phu', 'cstd_toan_quoc']);
  });
});

describe('resolveCatalogue by date', () => {
  it('is empty before the 2022 law takes effect and says why', () => {
    const c = resolveCatalogue('2023-12-31');
    expect(c.awards).toEqual([]);
    expect(c.lawVersion.code).toBe('luat_2003');
    expect(c.lawVersion.modelled).toBe(false);
    expect(c.notices[0]).toContain('01/01/2024');
  });

  it('switches decree on 1/7/2025: the NĐ 152 multipliers are confirmed, the NĐ 98 ones are local settings', () => {
    const before = award('cstd_co_so', '2025-06-30').bonus[0]!;
    const after = award('cstd_co_so', '2025-07-01').bonus[0]!;
    expect(before.multiplier).toMatchObject({ value: 1, localSetting: true });
    expect(before.multiplier.note).toContain('98/2023');
    expect(after.multiplier).toMatchObject({ value: 1, localSetting: false });
    expect(after.citation).toContain('152/2025');
    expect(resolveCatalogue('2025-06-30').lawVersion.code).toBe('nd_98_2023');
    expect(resolveCatalogue('2025-07-01').lawVersion.code).toBe('nd_152_2025');
  });

  it.each([
    ['co_thi_dua_chinh_phu', 'tap_the', 12],
    ['cstd_toan_quoc', 'ca_nhan', 4.5],
    ['cstd_bo_tinh', 'ca_nhan', 3],
    ['cstd_co_so', 'ca_nhan', 1],
    ['lao_dong_tien_tien', 'ca_nhan', 0.3],
    ['tap_the_ldxs', 'tap_the', 1.5],
    ['tap_the_ldtt', 'tap_the', 0.8],
    ['xa_tieu_bieu', 'tap_the', 2],
    ['thon_to_dan_pho_van_hoa', 'tap_the', 1.5],
  ] as const)('NĐ 152/2025 bonus of %s (%s) is %s × mức lương cơ sở', (code, subject, m) => {
    const b = award(code, '2025-08-01').bonus.find((x) => x.subject === subject)!;
    expect(b.multiplier.value).toBe(m);
    expect(b.multiplier.localSetting).toBe(false);
    expect(b.amount).toBe(Math.round(m * 2_340_000));
  });

  it('keeps unknown bonuses as local settings without inventing a figure', () => {
    const bk = award('bang_khen_tinh', '2025-08-01').bonus.find((b) => b.subject === 'ca_nhan')!;
    expect(bk.multiplier).toMatchObject({ value: null, localSetting: true });
    expect(bk.amount).toBeNull();
    const ttg = award('bang_khen_thu_tuong', '2025-08-01').bonus.find((b) => b.subject === 'ca_nhan')!;
    expect(ttg.multiplier).toMatchObject({ value: 3.5, localSetting: true });
    expect(ttg.multiplier.note).toContain('hơn 8 triệu');
  });

  it('moves the district chairs powers to the communes on 1/7/2025 (NĐ 129/2025)', () => {
    const who = (date: string) => award('cstd_co_so', date).deciders.map((d) => d.authority);
    expect(who('2025-06-30')).toContain('chu_tich_ubnd_huyen');
    expect(who('2025-06-30')).not.toContain('chu_tich_ubnd_xa');
    expect(who('2025-07-01')).not.toContain('chu_tich_ubnd_huyen');
    expect(who('2025-07-01')).toContain('chu_tich_ubnd_xa');
    // LĐTT was already a commune power (Điều 80 khoản 3); listed once.
    expect(award('lao_dong_tien_tien', '2025-07-01').deciders.filter((d) => d.authority === 'chu_tich_ubnd_xa')).toHaveLength(1);
    expect(award('giay_khen', '2025-07-01').deciders.filter((d) => d.authority === 'chu_tich_ubnd_xa')).toHaveLength(1);
  });

  it('reports the exact period over which a resolved record holds', () => {
    expect(award('cstd_co_so', '2024-03-01')).toMatchObject({ validFrom: '2024-01-01', validTo: '2024-06-30' });
    expect(award('cstd_co_so', '2024-08-01')).toMatchObject({ validFrom: '2024-07-01', validTo: '2025-06-30' });
    expect(award('cstd_co_so', '2026-01-01')).toMatchObject({ validFrom: '2025-07-01', validTo: null });
  });

  it('computes no amount where the base salary of the period is not known', () => {
    expect(resolveCatalogue('2024-03-01').baseSalary).toMatchObject({ value: null, localSetting: true });
    expect(award('cstd_co_so', '2024-03-01').bonus[0]!.amount).toBeNull();
  });
});

describe('province overrides', () => {
  const province: CatalogueOverrides = {
    issuer: 'UBND tỉnh X',
    citation: 'Quyết định số 01/2024/QĐ-UBND',
    awards: {
      lao_dong_tien_tien: { criteria: [{ code: 'thoi_gian', text: 'Có thời gian công tác từ 10 tháng trở lên trong năm' }] },
      tap_the_ldtt: { params: { minLdttPercentExclusive: 60 } },
      bang_khen_tinh: { bonusMultiplier: { ca_nhan: 1 } },
      cstd_co_so: { bonusMultiplier: { ca_nhan: 2 } },
    },
    quotas: [
      { code: 'chuyen_de_tap_the', maxPercent: 12 },
      { code: 'chuyen_de_ca_nhan', maxPercent: 6 },
    ],
    baseSalary: 2_500_000,
  };

  it('merges what the law leaves to the province and records that it did', () => {
    const c = resolveCatalogue('2025-08-01', province);
    const ldtt = c.awards.find((a) => a.code === 'lao_dong_tien_tien')!;
    expect(ldtt.localCriteria).toEqual([{ code: 'thoi_gian', text: 'Có thời gian công tác từ 10 tháng trở lên trong năm', source: 'UBND tỉnh X, Quyết định số 01/2024/QĐ-UBND' }]);
    const ttldtt = c.awards.find((a) => a.code === 'tap_the_ldtt')!;
    expect(ttldtt.params.minLdttPercentExclusive).toMatchObject({ value: 60, default: 50, overridden: true, localSetting: true });
    const bk = c.awards.find((a) => a.code === 'bang_khen_tinh')!.bonus.find((b) => b.subject === 'ca_nhan')!;
    expect(bk).toMatchObject({ multiplier: { value: 1, overridden: true }, amount: 2_500_000 });
    expect(c.quotas.find((q) => q.code === 'chuyen_de_tap_the')!.maxPercent).toMatchObject({ value: 12, default: null, overridden: true });
    expect(c.overrides).toEqual([{ issuer: 'UBND tỉnh X', citation: 'Quyết định số 01/2024/QĐ-UBND' }]);
  });

  it('does not let a province change a multiplier the decree fixes, and says so', () => {
    const after = resolveCatalogue('2025-08-01', province);
    const cstd = after.awards.find((a) => a.code === 'cstd_co_so')!.bonus[0]!;
    expect(cstd.multiplier).toMatchObject({ value: 1, overridden: false });
    expect(after.notices.some((n) => n.includes('Chiến sĩ thi đua cơ sở') && n.includes('không áp dụng'))).toBe(true);
    // Before 1/7/2025 the same multiplier was a local setting, so the province's value applies.
    const before = resolveCatalogue('2025-03-01', province).awards.find((a) => a.code === 'cstd_co_so')!.bonus[0]!;
    expect(before.multiplier).toMatchObject({ value: 2, overridden: true });
  });

  it('applies only the override sets in force on the day', () => {
    const sets: CatalogueOverrides[] = [
      { validTo: '2024-12-31', awards: { tap_the_ldtt: { params: { minLdttPercentExclusive: 55 } } } },
      { validFrom: '2025-01-01', awards: { tap_the_ldtt: { params: { minLdttPercentExclusive: 65 } } } },
    ];
    expect(resolveAward('tap_the_ldtt', '2024-06-01', sets)!.params.minLdttPercentExclusive!.value).toBe(55);
    expect(resolveAward('tap_the_ldtt', '2025-06-01', sets)!.params.minLdttPercentExclusive!.value).toBe(65);
    expect(resolveAward('tap_the_ldtt', '2025-06-01', sets)).toMatchObject({ validFrom: '2025-01-01' });
  });

  it.each([
    [{ awards: { cstd_bo_tinh: { params: { consecutiveTitles: 2 } } } }, 'awards.cstd_bo_tinh.params.consecutiveTitles', 'do luật quy định'],
    [{ awards: { khong_co: {} } } as unknown as CatalogueOverrides, 'awards.khong_co', 'Không có danh hiệu'],
    [{ awards: { tap_the_ldtt: { params: { khong_co: 1 } } } }, 'awards.tap_the_ldtt.params.khong_co', 'không có tham số'],
    [{ awards: { tap_the_ldtt: { params: { minLdttPercentExclusive: true } } } }, 'awards.tap_the_ldtt.params.minLdttPercentExclusive', 'một số'],
    [{ awards: { giay_khen: { params: { minRating: 'tot' } } } }, 'awards.giay_khen.params.minRating', 'Xếp loại'],
    [{ awards: { cstd_bo_tinh: { criteria: [{ code: 'x', text: 'y' }] } } }, 'awards.cstd_bo_tinh.criteria', 'Luật không giao'],
    [{ quotas: [{ code: 'chuyen_de_tap_the', maxPercent: 120 }] }, 'quotas.0.maxPercent', 'từ 0 đến 100'],
    [{ quotas: [{ code: 'moi', maxPercent: 5 }] }, 'quotas.0', 'cần có tên'],
    [{ baseSalary: -1 }, 'baseSalary', 'số dương'],
    [{ general: { khong_co: true } } as unknown as CatalogueOverrides, 'general.khong_co', 'Không có quy định chung'],
  ] as [CatalogueOverrides, string, string][])('rejects %j', (o, path, text) => {
    const issues = validateOverrides(o);
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)!.message).toContain(text);
    expect(() => resolveCatalogue('2025-08-01', o)).toThrow(AppError);
  });

  it('lets a province set a local general rule for the NĐ 98 period only', () => {
    const o: CatalogueOverrides = { general: { excludeThematicFromMerit: true } };
    expect(resolveCatalogue('2025-03-01', o).general.excludeThematicFromMerit).toMatchObject({ value: true, overridden: true });
    const later = resolveCatalogue('2025-08-01', { general: { excludeThematicFromMerit: false } });
    expect(later.general.excludeThematicFromMerit).toMatchObject({ value: true, overridden: false });
    expect(later.notices.some((n) => n.includes('152/2025'))).toBe(true);
  });
});

describe('quotaLimit', () => {
  const q = (maxPercent: number | null) => ({ ...resolveCatalogue('2025-08-01').quotas[0]!, maxPercent: { value: maxPercent, default: null, localSetting: true, overridable: true, overridden: true } });
  it.each([
    [10, 30, 3],
    [10, 29, 2],
    [5, 100, 5],
    [15, 7, 1],
    [12.5, 8, 1],
    [0, 50, 0],
  ])('%s percent of %s allows %s', (pct, base, want) => {
    expect(quotaLimit(q(pct), base)).toBe(want);
  });
  it('is null when the quota is not set', () => {
    expect(quotaLimit(q(null), 100)).toBeNull();
  });
});
