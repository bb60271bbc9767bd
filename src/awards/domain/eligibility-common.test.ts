import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { checkEligibility, checkEligibilityBatch, hasEligibilityRules, type EligibilityResult } from './eligibility';
import type { Restraint } from './eligibility-types';
import { AWARD_CODES } from './catalogue';
import { initiative, kase, nominee, rated, years } from './testing/nominees';

const failing = (r: EligibilityResult) => r.reasons.filter((x) => !x.ok).map((x) => x.code);
const reason = (r: EligibilityResult, code: string) => r.reasons.find((x) => x.code === code)!;

describe('restraints: no award while disciplined, investigated, inspected or in a case (NĐ 152/2025 Điều 4)', () => {
  const D = '2025-09-15';
  const ldtt = (disciplines: Restraint[]) => checkEligibility(kase('lao_dong_tien_tien', D, nominee({ htxs: [2024], disciplines })));
  it.each<{ name: string; r: Restraint; eligible: boolean; next?: number | null }>([
    { name: 'an investigation that ended the day before', r: { from: '2025-03-01', to: '2025-09-14', kind: 'dieu_tra' }, eligible: true },
    { name: 'an investigation ending on the decision day', r: { from: '2025-03-01', to: '2025-09-15', kind: 'dieu_tra' }, eligible: false, next: 2025 },
    { name: 'an inspection starting on the decision day', r: { from: '2025-09-15', to: '2025-12-31', kind: 'thanh_tra' }, eligible: false },
    { name: 'an inspection starting the day after', r: { from: '2025-09-16', to: '2025-12-31', kind: 'thanh_tra' }, eligible: true },
    { name: 'a case still open', r: { from: '2025-01-01', kind: 'vu_an' }, eligible: false, next: null },
  ])('$name', ({ r, eligible, next }) => {
    const res = ldtt([r]);
    expect(res.eligible).toBe(eligible);
    expect(reason(res, 'DANG_BI_KY_LUAT').ok).toBe(eligible);
    if (next !== undefined) expect(res.nextEligibleYear).toBe(next);
  });

  it('cites the decree and the period', () => {
    const res = ldtt([{ from: '2025-03-01', to: '2026-02-28', kind: 'ky_luat', level: 'khien_trach' }]);
    expect(reason(res, 'DANG_BI_KY_LUAT').message).toBe(
      'Điều 4 Nghị định 152/2025/NĐ-CP: không xét khen thưởng trong thời gian đang bị thi hành kỷ luật từ ngày 1/3/2025 đến hết ngày 28/2/2026; ngày quyết định 15/9/2025.',
    );
  });

  it('restarts the achievement period after a discipline ends: the year it ended does not count', () => {
    const res = ldtt([{ from: '2024-03-01', to: '2024-08-31' }]);
    expect(res.eligible).toBe(false);
    expect(failing(res)).toEqual(['TINH_LAI_SAU_KY_LUAT']);
    expect(reason(res, 'TINH_LAI_SAU_KY_LUAT').message).toContain('tính lại từ khi hết thời hạn kỷ luật (31/8/2024), tức từ năm 2025; thành tích năm 2024 không được tính');
    expect(res.nextEligibleYear).toBe(2025);
  });

  it('breaks a streak at the discipline and says so', () => {
    const n = nominee({ cstdcs: years(2021, 2024), initiatives: [initiative(2024, 'bo_tinh')], disciplines: [{ from: '2022-06-01', to: '2022-12-31' }] });
    const res = checkEligibility(kase('cstd_bo_tinh', '2025-08-01', n));
    expect(res.eligible).toBe(false);
    expect(reason(res, 'CSTD_TINH_LIEN_TUC').message).toContain('năm 2022 trước thời điểm tính lại thời gian thành tích (từ năm 2023, sau khi hết thời hạn kỷ luật ngày 31/12/2022)');
    expect(res.nextEligibleYear).toBe(2025);
    const earlier = nominee({ cstdcs: years(2021, 2024), initiatives: [initiative(2024, 'bo_tinh')], disciplines: [{ from: '2021-01-01', to: '2021-06-30' }] });
    expect(checkEligibility(kase('cstd_bo_tinh', '2025-08-01', earlier)).eligible).toBe(true);
  });

  it('lets a province count the year the discipline ended (local setting)', () => {
    const res = checkEligibility(kase('lao_dong_tien_tien', D, nominee({ htxs: [2024], disciplines: [{ from: '2024-03-01', to: '2024-08-31' }] })), {
      overrides: { general: { disciplineEndYearCounts: true } },
    });
    expect(res.eligible).toBe(true);
  });

  it('marks the rule as a local setting in the NĐ 98 period, where only NĐ 152 was checked', () => {
    const res = checkEligibility(kase('lao_dong_tien_tien', '2025-03-01', nominee({ htxs: [2024], disciplines: [{ from: '2025-01-01', to: '2025-12-31' }] })));
    expect(reason(res, 'DANG_BI_KY_LUAT')).toMatchObject({ ok: false, localSetting: true });
    expect(reason(res, 'DANG_BI_KY_LUAT').message).toMatch(/^Nghị định 98\/2023\/NĐ-CP \(theo nguyên tắc tại Điều 4 Nghị định 152\/2025\/NĐ-CP\) \(thiết lập địa phương\)/);
  });
});

describe('authority on the decision date (Luật Điều 80; NĐ 129/2025)', () => {
  const n = nominee({ ldtt: [2024] });
  it.each([
    ['2025-06-30', 'chu_tich_ubnd_huyen', true, ''],
    ['2025-07-01', 'chu_tich_ubnd_huyen', false, 'thẩm quyền này chỉ đến hết ngày 30/6/2025'],
    ['2025-06-30', 'chu_tich_ubnd_xa', false, 'thẩm quyền này áp dụng từ ngày 1/7/2025'],
    ['2025-07-01', 'chu_tich_ubnd_xa', true, ''],
    ['2025-07-01', 'thu_truong_don_vi', true, ''],
    ['2025-07-01', 'thu_tuong', false, 'thẩm quyền: '],
  ] as const)('CSTĐ cơ sở on %s by %s → %s', (date, decider, eligible, text) => {
    const r = checkEligibility(kase('cstd_co_so', date, n, { decider, year: 2024 }));
    expect(r.eligible).toBe(eligible);
    expect(reason(r, 'THAM_QUYEN').ok).toBe(eligible);
    if (text) expect(reason(r, 'THAM_QUYEN').message).toContain(text);
  });
});

describe('the record itself', () => {
  it('takes the decision year as the year considered only once its records exist', () => {
    expect(checkEligibility(kase('lao_dong_tien_tien', '2025-01-10', nominee({ htxs: [2024] }))).year).toBe(2024);
    expect(checkEligibility(kase('lao_dong_tien_tien', '2025-12-10', nominee({ htxs: [2024, 2025] }))).year).toBe(2025);
  });

  it('refuses records dated after the decision', () => {
    const r = checkEligibility(kase('lao_dong_tien_tien', '2025-01-10', nominee({ htxs: [2024, 2026] })));
    expect(failing(r)).toEqual(['DU_LIEU']);
    expect(reason(r, 'DU_LIEU').message).toBe('Lịch sử có thông tin sau ngày quyết định 10/1/2025: xếp loại năm 2026.');
    expect(failing(checkEligibility(kase('lao_dong_tien_tien', '2025-01-10', nominee({ htxs: [2024] }), { year: 2026 })))).toContain('DU_LIEU');
  });

  it('refuses the same title twice for one year, and the same regular form twice in a year', () => {
    const r = checkEligibility(kase('lao_dong_tien_tien', '2025-01-10', nominee({ ldtt: [2024] })));
    expect(reason(r, 'TRUNG_THANH_TICH').message).toBe('Nguyên tắc khen thưởng (Luật TĐKT 2022): không khen thưởng nhiều lần cho một thành tích; đã được tặng Lao động tiên tiến cho thành tích năm 2024.');
    const gk = nominee({ htxs: [2024], awards: [{ award: 'giay_khen', date: '2025-01-05', year: 2024 }] });
    expect(failing(checkEligibility(kase('giay_khen', '2025-01-10', gk)))).toEqual(['TRUNG_THANH_TICH']);
    expect(checkEligibility(kase('giay_khen', '2025-01-10', gk, { round: 'chuyen_de' })).eligible).toBe(true);
  });

  it('answers awards without modelled criteria as "xét thủ công"', () => {
    const r = checkEligibility(kase('huan_chuong_doc_lap_3', '2025-01-10', { kind: 'ca_nhan' }));
    expect(r).toMatchObject({ eligible: false, needsManualReview: true, nextEligibleYear: null });
    expect(r.reasons[0]!.message).toBe('Điều 33 Luật TĐKT 2022: hệ thống chưa có tiêu chuẩn tự động cho Huân chương Độc lập hạng Ba; cần Hội đồng Thi đua - Khen thưởng xét theo hồ sơ.');
  });

  it('covers the awards the brief names with rules', () => {
    const modelled = AWARD_CODES.filter(hasEligibilityRules);
    expect(modelled).toEqual(
      expect.arrayContaining(['cstd_co_so', 'cstd_bo_tinh', 'cstd_toan_quoc', 'lao_dong_tien_tien', 'tap_the_ldtt', 'tap_the_ldxs', 'co_thi_dua_bo_tinh', 'co_thi_dua_chinh_phu', 'giay_khen', 'bang_khen_tinh', 'bang_khen_thu_tuong', 'huan_chuong_lao_dong_3']),
    );
  });
});

describe("a province's own criteria", () => {
  const overrides = { issuer: 'UBND tỉnh X', awards: { lao_dong_tien_tien: { criteria: [{ code: 'THOI_GIAN', text: 'Có thời gian công tác từ 10 tháng trở lên trong năm' }] } } };
  it('are listed for the council to verify and never decide alone', () => {
    const r = checkEligibility(kase('lao_dong_tien_tien', '2025-01-10', nominee({ htxs: [2024] })), { overrides });
    expect(r.eligible).toBe(true);
    expect(reason(r, 'DIA_PHUONG_THOI_GIAN')).toEqual({
      ok: true,
      code: 'DIA_PHUONG_THOI_GIAN',
      message: 'Tiêu chuẩn của địa phương (UBND tỉnh X): Có thời gian công tác từ 10 tháng trở lên trong năm (Hội đồng xem xét)',
      verify: true,
      localSetting: true,
    });
  });

  it('are validated before anything is answered', () => {
    expect(() => checkEligibilityBatch([kase('lao_dong_tien_tien', '2025-01-10', nominee())], { overrides: { awards: { cstd_bo_tinh: { params: { consecutiveTitles: 1 } } } } })).toThrow(AppError);
  });
});

describe('determinism', () => {
  it('gives the same answer twice and never changes its input', () => {
    const n = nominee({ cstdcs: [2021, 2022, 2024], ldtt: years(2021, 2024), initiatives: [initiative(2024, 'bo_tinh')], disciplines: [{ from: '2020-01-01', to: '2020-06-30' }], ratings: rated('htt', 2023) });
    const c = kase('cstd_bo_tinh', '2025-03-15', n, { id: 'hs-1' });
    const frozen = JSON.parse(JSON.stringify(c));
    const deepFreeze = (o: unknown): void => {
      if (o && typeof o === 'object') {
        Object.freeze(o);
        for (const v of Object.values(o)) deepFreeze(v);
      }
    };
    deepFreeze(c);
    const a = checkEligibility(c);
    const b = checkEligibility(c);
    expect(a).toEqual(b);
    expect(c).toEqual(frozen);
    expect(a.id).toBe('hs-1');
  });

  it('answers a batch in order', () => {
    const rs = checkEligibilityBatch([
      kase('lao_dong_tien_tien', '2025-01-10', nominee({ htxs: [2024] }), { id: 'a' }),
      kase('lao_dong_tien_tien', '2025-01-10', nominee({ htxs: [], ratings: rated('ht', 2024) }), { id: 'b' }),
    ]);
    expect(rs.map((r) => [r.id, r.eligible])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });
});
