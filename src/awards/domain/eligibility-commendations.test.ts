import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityCase, type EligibilityResult } from './eligibility';
import type { HeldAward, Nominee, YearRating } from './eligibility-types';
import { got, initiative, kase, nominee, rated, years } from './testing/nominees';

const failing = (r: EligibilityResult) => r.reasons.filter((x) => !x.ok).map((x) => x.code);
const reason = (r: EligibilityResult, code: string) => r.reasons.find((x) => x.code === code)!;

describe('Giấy khen (Luật Điều 75): criteria set by the province; default hoàn thành tốt or an exemplary achievement', () => {
  it.each<{ name: string; n: Nominee; eligible: boolean }>([
    { name: 'hoàn thành tốt', n: nominee({ htxs: [], ratings: rated('htt', 2024) }), eligible: true },
    { name: 'only hoàn thành', n: nominee({ htxs: [], ratings: rated('ht', 2024) }), eligible: false },
    { name: 'hoàn thành but an ad-hoc achievement', n: nominee({ htxs: [], ratings: rated('ht', 2024), exemplary: [{ year: 2024, kind: 'dot_xuat', scope: 'co_so' }] }), eligible: true },
    { name: 'a collective rated hoàn thành tốt', n: { kind: 'tap_the', ratings: rated('htt', 2024) }, eligible: true },
    { name: 'a household: the council verifies its contribution', n: { kind: 'ho_gia_dinh' }, eligible: true },
  ])('$name', ({ n, eligible }) => {
    expect(checkEligibility(kase('giay_khen', '2025-01-20', n)).eligible).toBe(eligible);
  });

  it('follows a stricter province', () => {
    const r = checkEligibility(kase('giay_khen', '2025-01-20', nominee({ htxs: [], ratings: rated('htt', 2024) })), { overrides: { awards: { giay_khen: { params: { minRating: 'htxs' } } } } });
    expect(r.eligible).toBe(false);
    expect(reason(r, 'GIAY_KHEN_XEP_LOAI')).toMatchObject({ ok: false, localSetting: true });
  });
});

describe('Bằng khen cấp tỉnh (Luật Điều 74): the regular path figures are local settings', () => {
  const D = '2025-02-10';
  it.each<{ name: string; n: Nominee; eligible: boolean; code?: string }>([
    { name: '02 consecutive CSTĐ cơ sở', n: nominee({ cstdcs: [2023, 2024] }), eligible: true, code: 'BANG_KHEN_CSTDCS' },
    { name: '02 years HTXS with 02 initiatives', n: nominee({ ldtt: [2023, 2024], initiatives: [initiative(2023, 'co_so'), initiative(2024, 'co_so')] }), eligible: true, code: 'BANG_KHEN_SANG_KIEN' },
    { name: '02 years HTXS with 01 initiative', n: nominee({ ldtt: [2023, 2024], initiatives: [initiative(2024, 'co_so')] }), eligible: false },
    { name: 'CSTĐ cơ sở 2022 and 2024 (gap)', n: nominee({ cstdcs: [2022, 2024], ldtt: years(2022, 2024), htxs: [2022, 2024], ratings: rated('htt', 2023) }), eligible: false },
    { name: 'exemplary in a movement', n: nominee({ htxs: [], ratings: rated('htt', 2024), exemplary: [{ year: 2024, kind: 'phong_trao', scope: 'co_so' }] }), eligible: true, code: 'BANG_KHEN_THANH_TICH' },
    {
      name: 'the CSTĐ cơ sở already behind a regular Bằng khen last year do not count again',
      n: nominee({ cstdcs: years(2022, 2024), awards: [got('bang_khen_tinh', '2024-02-01', { year: 2023 })] }),
      eligible: false,
    },
    {
      name: 'a thematic Bằng khen last year does not use them up',
      n: nominee({ cstdcs: years(2022, 2024), awards: [got('bang_khen_tinh', '2024-02-01', { year: 2023, round: 'chuyen_de' })] }),
      eligible: true,
    },
  ])('$name', ({ n, eligible, code }) => {
    const r = checkEligibility(kase('bang_khen_tinh', D, n));
    expect(r.eligible).toBe(eligible);
    if (code) {
      expect(r.reasons[0]!.code).toBe(code);
      expect(r.reasons[0]!.localSetting).toBe(code === 'BANG_KHEN_THANH_TICH' ? undefined : true);
    }
    if (!eligible) expect(failing(r)).toEqual(['BANG_KHEN_CSTDCS', 'BANG_KHEN_SANG_KIEN', 'BANG_KHEN_THANH_TICH']);
  });

  it('applies 02 consecutive years HTXS to a collective', () => {
    expect(checkEligibility(kase('bang_khen_tinh', D, { kind: 'tap_the', ratings: rated('htxs', 2023, 2024) })).eligible).toBe(true);
    const r = checkEligibility(kase('bang_khen_tinh', D, { kind: 'tap_the', ratings: [...rated('htt', 2023), ...rated('htxs', 2024)] }));
    expect(r.eligible).toBe(false);
    expect(reason(r, 'BANG_KHEN_TAP_THE').message).toContain('năm 2023 chỉ hoàn thành tốt nhiệm vụ');
    expect(r.nextEligibleYear).toBe(2025);
  });
});

/** A person with a provincial Bằng khen for 2018 and the five years 2019–2023 behind them. */
function afterBk(o: { bk?: HeldAward[]; cstdcs?: number[]; ratings?: YearRating[] } = {}): Nominee {
  const cstdcs = o.cstdcs ?? [2019, 2021, 2023];
  return nominee({
    cstdcs,
    ldtt: years(2019, 2023),
    htxs: [],
    ratings: o.ratings ?? rated('htt', ...years(2019, 2023)),
    awards: o.bk ?? [got('bang_khen_tinh', '2019-03-10', { year: 2018 })],
  });
}

describe('Bằng khen của Thủ tướng (Luật Điều 73, điểm b): a provincial Bằng khen, then 05 years HTT with 03 CSTĐ cơ sở', () => {
  const D = '2024-06-01';
  const cases: { name: string; n: Nominee; eligible: boolean; text?: string; next?: number | null }[] = [
    { name: 'exactly five years and three CSTĐ cơ sở', n: afterBk(), eligible: true },
    { name: 'a ministry Bằng khen is an equal base', n: afterBk({ bk: [got('bang_khen_bo', '2019-01-05', { year: 2018 })] }), eligible: true },
    { name: 'only two CSTĐ cơ sở', n: afterBk({ cstdcs: [2019, 2023] }), eligible: false, text: 'trong 2019–2023 chỉ có 02 lần Chiến sĩ thi đua cơ sở (2019, 2023), cần 03 lần', next: 2025 },
    { name: 'one year only hoàn thành', n: afterBk({ ratings: [...rated('htt', 2019, 2020, 2022, 2023), ...rated('ht', 2021)] }), eligible: false, text: 'năm 2021 chỉ hoàn thành nhiệm vụ', next: 2026 },
    { name: 'one year without a rating', n: afterBk({ ratings: rated('htt', 2019, 2020, 2022, 2023) }), eligible: false, text: 'năm 2021 chưa có xếp loại' },
    {
      name: 'the Bằng khen inside the five years',
      n: afterBk({ bk: [got('bang_khen_tinh', '2019-12-20', { year: 2019 })] }),
      eligible: false, text: 'Bằng khen cấp bộ, ngành, tỉnh năm 2019 chưa đủ 05 năm tiếp theo (sớm nhất năm 2024)', next: 2024,
    },
    { name: 'no Bằng khen at all', n: afterBk({ bk: [] }), eligible: false, text: 'chưa có Bằng khen cấp bộ, ngành, tỉnh trước năm 2019', next: null },
    {
      name: 'the base already used by an earlier Bằng khen của Thủ tướng',
      n: afterBk({ bk: [got('bang_khen_tinh', '2014-03-10', { year: 2013 }), got('bang_khen_thu_tuong', '2018-09-02', { year: 2018 })] }),
      eligible: false, text: 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh năm 2013 đã được dùng làm căn cứ cho Bằng khen của Thủ tướng Chính phủ năm 2018',
    },
    {
      name: 'the year of the base counts from its achievement year, not its decision date',
      n: afterBk({ bk: [got('bang_khen_tinh', '2019-03-10')] }),
      eligible: false, next: 2024,
    },
  ];
  it.each(cases)('$name', ({ n, eligible, text, next }) => {
    const r = checkEligibility(kase('bang_khen_thu_tuong', D, n));
    expect(r.year).toBe(2023);
    expect(r.eligible).toBe(eligible);
    if (text) expect(reason(r, 'BK_TTG_CONG_TRANG').message).toContain(text);
    if (next !== undefined) expect(r.nextEligibleYear).toBe(next);
  });

  it('says what the path needs in full', () => {
    const r = checkEligibility(kase('bang_khen_thu_tuong', D, afterBk()));
    expect(r.reasons).toEqual([
      {
        ok: true,
        code: 'BK_TTG_CONG_TRANG',
        message: 'Điều 73 điểm b Luật TĐKT 2022: đã có Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh năm 2018, sau đó 05 năm liên tục 2019–2023 hoàn thành tốt nhiệm vụ trở lên, có 03 lần Chiến sĩ thi đua cơ sở (2019, 2021, 2023).',
      },
    ]);
  });

  it('takes the movement (điểm a) and ad-hoc (điểm c) paths at provincial scope or wider', () => {
    const n = (scope: 'co_so' | 'bo_tinh', kind: 'phong_trao' | 'dot_xuat') => nominee({ ldtt: [2023], exemplary: [{ year: 2023, kind, scope }] });
    expect(checkEligibility(kase('bang_khen_thu_tuong', D, n('bo_tinh', 'phong_trao'))).reasons[0]!.code).toBe('BK_TTG_PHONG_TRAO');
    expect(checkEligibility(kase('bang_khen_thu_tuong', D, n('bo_tinh', 'dot_xuat'), { round: 'dot_xuat' })).reasons[0]!.code).toBe('BK_TTG_DOT_XUAT');
    expect(checkEligibility(kase('bang_khen_thu_tuong', D, n('co_so', 'dot_xuat'))).eligible).toBe(false);
  });

  it('sends collectives without a movement or ad-hoc achievement to a human', () => {
    const r = checkEligibility(kase('bang_khen_thu_tuong', D, { kind: 'tap_the', ratings: rated('htxs', ...years(2019, 2023)) }));
    expect(r).toMatchObject({ eligible: false, needsManualReview: true, nextEligibleYear: null });
    expect(failing(r)).toContain('BK_TTG_THU_CONG');
  });
});

describe('Thematic and ad-hoc awards do not count toward merit awards from 1/7/2025 (NĐ 152/2025 Điều 4)', () => {
  const person = (round: 'chuyen_de' | 'dot_xuat' | 'thuong_xuyen') =>
    nominee({
      cstdcs: [2020, 2022, 2024],
      ldtt: years(2020, 2024),
      htxs: [],
      ratings: rated('htt', ...years(2020, 2024)),
      awards: [got('bang_khen_tinh', '2019-05-01', { year: 2019, round })],
    });
  const on = (date: string, round: 'chuyen_de' | 'dot_xuat' | 'thuong_xuyen') => checkEligibility(kase('bang_khen_thu_tuong', date, person(round), { year: 2024 }));

  it.each([
    ['2023-12-31', 'chuyen_de', false, 'LUAT_AP_DUNG'],
    ['2024-01-01', 'chuyen_de', true, null],
    ['2025-06-30', 'chuyen_de', true, null],
    ['2025-07-01', 'chuyen_de', false, 'BK_TTG_CONG_TRANG'],
    ['2025-07-01', 'dot_xuat', false, 'BK_TTG_CONG_TRANG'],
    ['2025-07-01', 'thuong_xuyen', true, null],
    ['2026-03-01', 'chuyen_de', false, 'BK_TTG_CONG_TRANG'],
  ] as const)('decided %s on a %s Bằng khen → %s', (date, round, eligible, code) => {
    const r = on(date, round);
    expect(r.eligible).toBe(eligible);
    if (code) expect(failing(r)).toContain(code);
  });

  it('explains the exclusion, and no year fixes it', () => {
    const r = on('2025-07-01', 'chuyen_de');
    expect(reason(r, 'BK_TTG_CONG_TRANG').message).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh năm 2019 là khen thưởng theo chuyên đề, đột xuất nên không được tính làm căn cứ (Điều 4 Nghị định 152/2025/NĐ-CP)');
    expect(r.lawVersion).toBe('nd_152_2025');
    expect(r.nextEligibleYear).toBeNull();
    expect(on('2023-12-31', 'chuyen_de')).toMatchObject({ lawVersion: 'luat_2003', needsManualReview: true });
  });

  it('lets a province apply the exclusion earlier (a local setting of the NĐ 98 period)', () => {
    const r = checkEligibility(kase('bang_khen_thu_tuong', '2025-06-30', person('chuyen_de'), { year: 2024 }), { overrides: { general: { excludeThematicFromMerit: true } } });
    expect(r.eligible).toBe(false);
  });

  it('applies to titles from a thematic round in a streak', () => {
    const n = nominee({ cstdcs: [2022, 2024], ldtt: years(2022, 2024), titles: [{ year: 2023, award: 'cstd_co_so', round: 'chuyen_de' }], initiatives: [initiative(2024, 'bo_tinh')] });
    const c = (date: string): EligibilityCase => kase('cstd_bo_tinh', date, n, { year: 2024 });
    expect(checkEligibility(c('2025-06-30')).eligible).toBe(true);
    const after = checkEligibility(c('2025-07-01'));
    expect(after.eligible).toBe(false);
    expect(reason(after, 'CSTD_TINH_LIEN_TUC').message).toContain('danh hiệu năm 2023 theo chuyên đề, đột xuất không được tính làm căn cứ khen thưởng công trạng (Điều 4 Nghị định 152/2025/NĐ-CP)');
  });

  it('applies to the Bằng khen của Thủ tướng behind a Huân chương Lao động hạng Ba', () => {
    const n = nominee({ cstdcs: [2020, 2022, 2024], ldtt: years(2020, 2024), htxs: [], ratings: rated('htt', ...years(2020, 2024)), awards: [got('bang_khen_thu_tuong', '2019-09-02', { year: 2019, round: 'chuyen_de' })] });
    expect(checkEligibility(kase('huan_chuong_lao_dong_3', '2025-06-30', n, { year: 2024 })).eligible).toBe(true);
    expect(checkEligibility(kase('huan_chuong_lao_dong_3', '2025-07-01', n, { year: 2024 })).eligible).toBe(false);
  });
});

describe('Huân chương Lao động hạng Ba (Luật Điều 44 khoản 1 điểm e)', () => {
  const D = '2024-06-01';
  const n = (o: { cstdcs?: number[]; base?: HeldAward[] } = {}) =>
    nominee({ cstdcs: o.cstdcs ?? [2019, 2021, 2023], ldtt: years(2019, 2023), htxs: [], ratings: rated('htt', ...years(2019, 2023)), awards: o.base ?? [got('bang_khen_thu_tuong', '2018-09-02', { year: 2018 })] });

  it('needs a Bằng khen của Thủ tướng then 05 years HTT with 03 CSTĐ cơ sở', () => {
    expect(checkEligibility(kase('huan_chuong_lao_dong_3', D, n()))).toMatchObject({ eligible: true, needsManualReview: false });
  });

  it('does not take a provincial Bằng khen as the base', () => {
    const r = checkEligibility(kase('huan_chuong_lao_dong_3', D, n({ base: [got('bang_khen_tinh', '2018-03-02', { year: 2017 })] })));
    expect(r.eligible).toBe(false);
    expect(reason(r, 'HCLD3_CONG_TRANG').message).toContain('chưa có Bằng khen của Thủ tướng Chính phủ trước năm 2019');
    // Other tracks of Điều 44 exist but are not modelled: a human looks at it.
    expect(r.needsManualReview).toBe(true);
    expect(reason(r, 'HCLD3_THU_CONG')).toMatchObject({ ok: true, verify: true });
  });

  it('counts the five years after the base, not before', () => {
    const r = checkEligibility(kase('huan_chuong_lao_dong_3', D, n({ cstdcs: [2019, 2021] })));
    expect(r.eligible).toBe(false);
    // 2020–2024 would hold 2021 and 2024 only; 2021–2025 holds three.
    expect(r.nextEligibleYear).toBe(2025);
  });

  it('leaves collectives and the career track to a human', () => {
    expect(checkEligibility(kase('huan_chuong_lao_dong_3', D, { kind: 'tap_the' }))).toMatchObject({ eligible: false, needsManualReview: true });
    expect(checkEligibility(kase('huan_chuong_lao_dong_3', D, n(), { round: 'cong_hien' }))).toMatchObject({ eligible: false, needsManualReview: true });
  });
});
