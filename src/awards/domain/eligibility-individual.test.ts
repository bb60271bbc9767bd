import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityCase, type EligibilityResult } from './eligibility';
import { initiative, kase, nominee, rated, title, years } from './testing/nominees';

const failing = (r: EligibilityResult) => r.reasons.filter((x) => !x.ok).map((x) => x.code);
const reason = (r: EligibilityResult, code: string) => r.reasons.find((x) => x.code === code)!;

describe('CSTĐ cơ sở (Luật Điều 23): LĐTT in the year and one of HTXS, initiative, research, mưu trí', () => {
  const D = '2025-01-15'; // no 2025 record yet → the year considered is 2024
  it.each<{ name: string; n: ReturnType<typeof nominee>; eligible: boolean; fails?: string[] }>([
    { name: 'LĐTT and hoàn thành xuất sắc', n: nominee({ ldtt: [2024] }), eligible: true },
    { name: 'LĐTT, hoàn thành tốt and a cơ sở initiative', n: nominee({ ldtt: [2024], htxs: [], ratings: rated('htt', 2024), initiatives: [initiative(2024, 'co_so')] }), eligible: true },
    { name: 'LĐTT, hoàn thành tốt and accepted research', n: nominee({ ldtt: [2024], htxs: [], ratings: rated('htt', 2024), initiatives: [initiative(2024, 'co_so', 'de_tai')] }), eligible: true },
    { name: 'Chiến sĩ tiên tiến and mưu trí (armed forces)', n: nominee({ ldtt: [], htxs: [], titles: [title('chien_si_tien_tien', 2024)], ratings: rated('htt', 2024), initiatives: [initiative(2024, 'co_so', 'muu_tri')] }), eligible: true },
    { name: 'LĐTT, hoàn thành tốt, no initiative', n: nominee({ ldtt: [2024], htxs: [], ratings: rated('htt', 2024) }), eligible: false, fails: ['CSTDCS_THANH_TICH'] },
    { name: 'LĐTT, hoàn thành tốt, initiative of the previous year', n: nominee({ ldtt: [2024], htxs: [], ratings: rated('htt', 2024), initiatives: [initiative(2023, 'bo_tinh')] }), eligible: false, fails: ['CSTDCS_THANH_TICH'] },
    { name: 'hoàn thành xuất sắc without LĐTT', n: nominee({ ldtt: [], htxs: [2024] }), eligible: false, fails: ['CSTDCS_LDTT'] },
    { name: 'LĐTT of the previous year only', n: nominee({ ldtt: [2023], htxs: [2023, 2024] }), eligible: false, fails: ['CSTDCS_LDTT'] },
    { name: 'already CSTĐ cơ sở for 2024', n: nominee({ cstdcs: [2024] }), eligible: false, fails: ['TRUNG_THANH_TICH'] },
  ])('$name', ({ n, eligible, fails }) => {
    const r = checkEligibility(kase('cstd_co_so', D, n));
    expect(r.year).toBe(2024);
    expect(r.eligible).toBe(eligible);
    if (fails) expect(failing(r)).toEqual(fails);
  });

  it('explains what is missing and when it could next be met', () => {
    const r = checkEligibility(kase('cstd_co_so', D, nominee({ ldtt: [2024], htxs: [], ratings: rated('htt', 2024) })));
    expect(reason(r, 'CSTDCS_THANH_TICH').message).toBe(
      'Điều 23 Luật TĐKT 2022: năm 2024 cần hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được công nhận, hoặc đề tài nghiên cứu khoa học đã nghiệm thu, hoặc mưu trí, sáng tạo trong chiến đấu; xếp loại: hoàn thành tốt nhiệm vụ; không có sáng kiến, đề tài.',
    );
    expect(r.nextEligibleYear).toBe(2025);
  });

  it('applies a province that requires both HTXS and an initiative, marked as a local setting', () => {
    const overrides = { awards: { cstd_co_so: { params: { requireHtxsAndInitiative: true } } } };
    const htxsOnly = checkEligibility(kase('cstd_co_so', D, nominee({ ldtt: [2024] })), { overrides });
    expect(htxsOnly.eligible).toBe(false);
    expect(reason(htxsOnly, 'CSTDCS_THANH_TICH')).toMatchObject({ ok: false, localSetting: true });
    expect(reason(htxsOnly, 'CSTDCS_THANH_TICH').message).toContain('(thiết lập địa phương)');
    const both = checkEligibility(kase('cstd_co_so', D, nominee({ ldtt: [2024], initiatives: [initiative(2024, 'co_so')] })), { overrides });
    expect(both.eligible).toBe(true);
  });
});

describe('CSTĐ cấp bộ, ngành, tỉnh (Luật Điều 22): 03 consecutive CSTĐ cơ sở ending in the year + a provincial-scope initiative', () => {
  const D = '2025-03-15';
  const cases: { name: string; c: EligibilityCase; eligible: boolean; fails?: string[]; next?: number | null; text?: string }[] = [
    { name: 'exactly three consecutive (2022–2024) with a provincial initiative', c: kase('cstd_bo_tinh', D, nominee({ cstdcs: years(2022, 2024), initiatives: [initiative(2023, 'bo_tinh')] })), eligible: true },
    { name: 'four consecutive', c: kase('cstd_bo_tinh', D, nominee({ cstdcs: years(2021, 2024), initiatives: [initiative(2024, 'bo_tinh')] })), eligible: true },
    { name: 'a national initiative is wider than provincial', c: kase('cstd_bo_tinh', D, nominee({ cstdcs: years(2022, 2024), initiatives: [initiative(2022, 'toan_quoc')] })), eligible: true },
    {
      name: 'only two consecutive',
      c: kase('cstd_bo_tinh', D, nominee({ cstdcs: [2023, 2024], initiatives: [initiative(2024, 'bo_tinh')] })),
      eligible: false, fails: ['CSTD_TINH_LIEN_TUC'], next: 2025,
      text: 'Điều 22 Luật TĐKT 2022: cần 03 lần liên tục danh hiệu Chiến sĩ thi đua cơ sở, lần cuối vào năm 2024; hiện có 02 lần liên tục (2023, 2024); năm 2022 không đạt danh hiệu Chiến sĩ thi đua cơ sở.',
    },
    {
      name: 'a gap year (2023) in 2021, 2022, 2024',
      c: kase('cstd_bo_tinh', D, nominee({ cstdcs: [2021, 2022, 2024], ldtt: years(2021, 2024), initiatives: [initiative(2024, 'bo_tinh')] })),
      eligible: false, fails: ['CSTD_TINH_LIEN_TUC'], next: 2026,
      text: 'hiện có 01 lần liên tục (2024); năm 2023 không đạt danh hiệu Chiến sĩ thi đua cơ sở',
    },
    {
      name: 'the year considered itself missing (explicit year 2024, titles 2021–2023)',
      c: kase('cstd_bo_tinh', D, nominee({ cstdcs: years(2021, 2023), initiatives: [initiative(2023, 'bo_tinh')] }), { year: 2024 }),
      eligible: false, fails: ['CSTD_TINH_LIEN_TUC'], next: null,
      text: 'lần cuối vào năm 2024; năm 2024 không đạt',
    },
    {
      name: 'only a cơ sở initiative',
      c: kase('cstd_bo_tinh', D, nominee({ cstdcs: years(2022, 2024), initiatives: [initiative(2023, 'co_so')] })),
      eligible: false, fails: ['CSTD_TINH_SANG_KIEN'], next: null,
      text: 'chỉ có sáng kiến phạm vi cấp cơ sở',
    },
    {
      name: 'a provincial initiative before the three years',
      c: kase('cstd_bo_tinh', D, nominee({ cstdcs: years(2022, 2024), initiatives: [initiative(2020, 'bo_tinh')] })),
      eligible: false, fails: ['CSTD_TINH_SANG_KIEN'],
      text: 'được công nhận trong thời gian 2022–2024; sáng kiến năm 2020 nằm ngoài thời gian này (thiết lập địa phương)',
    },
    {
      name: 'the CSTĐ cơ sở already used for an earlier CSTĐ cấp tỉnh do not count again',
      c: kase('cstd_bo_tinh', D, nominee({ cstdcs: years(2020, 2024), titles: [title('cstd_bo_tinh', 2022)], initiatives: [initiative(2024, 'bo_tinh')] })),
      eligible: false, fails: ['CSTD_TINH_LIEN_TUC'], next: 2025,
      text: 'năm 2022 đã được tính cho Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh năm 2022',
    },
  ];
  it.each(cases)('$name', ({ c, eligible, fails, next, text }) => {
    const r = checkEligibility(c);
    expect(r.eligible).toBe(eligible);
    if (fails) expect(failing(r)).toEqual(fails);
    if (next !== undefined) expect(r.nextEligibleYear).toBe(next);
    if (text) expect(r.reasons.find((x) => !x.ok)!.message).toContain(text);
    if (eligible) expect(r.nextEligibleYear).toBeUndefined();
  });

  it('counts the decision year only when its record exists', () => {
    const n = nominee({ cstdcs: years(2022, 2024), initiatives: [initiative(2023, 'bo_tinh')] });
    expect(checkEligibility(kase('cstd_bo_tinh', '2024-12-20', n))).toMatchObject({ year: 2024, eligible: true });
    const older = nominee({ cstdcs: years(2021, 2023), initiatives: [initiative(2022, 'bo_tinh')] });
    expect(checkEligibility(kase('cstd_bo_tinh', '2024-12-20', older))).toMatchObject({ year: 2023, eligible: true });
    expect(checkEligibility(kase('cstd_bo_tinh', '2024-12-20', older, { year: 2024 }))).toMatchObject({ year: 2024, eligible: false });
    // A title of 2025 entered for a decision of 2025 makes 2025 the year considered: 2023–2025 is a streak.
    const current = nominee({ cstdcs: years(2023, 2025), initiatives: [initiative(2024, 'bo_tinh')] });
    expect(checkEligibility(kase('cstd_bo_tinh', '2025-12-20', current))).toMatchObject({ year: 2025, eligible: true });
  });

  it('accepts an earlier initiative when the province does not require it within the streak', () => {
    const c = kase('cstd_bo_tinh', D, nominee({ cstdcs: years(2022, 2024), initiatives: [initiative(2020, 'bo_tinh')] }));
    const r = checkEligibility(c, { overrides: { awards: { cstd_bo_tinh: { params: { initiativeWithinStreak: false } } } } });
    expect(r.eligible).toBe(true);
    expect(reason(r, 'CSTD_TINH_SANG_KIEN')).toMatchObject({ ok: true, localSetting: true });
  });

  it('counts again after a new CSTĐ cấp tỉnh: three more years', () => {
    const n = nominee({ cstdcs: years(2020, 2025), titles: [title('cstd_bo_tinh', 2022)], initiatives: [initiative(2025, 'bo_tinh')] });
    expect(checkEligibility(kase('cstd_bo_tinh', '2026-03-01', n)).eligible).toBe(true);
  });
});

describe('CSTĐ toàn quốc (Luật Điều 21): 02 consecutive CSTĐ cấp bộ/tỉnh + a national initiative', () => {
  const D = '2025-05-01';
  const base = (tinh: number[], inits = [initiative(2023, 'toan_quoc')]) => nominee({ cstdcs: years(2018, 2024), titles: tinh.map((y) => title('cstd_bo_tinh', y)), initiatives: inits });
  it.each<{ name: string; n: ReturnType<typeof nominee>; eligible: boolean; fails?: string[]; text?: string }>([
    { name: 'CSTĐ cấp tỉnh 2021 and 2024 (each on three CSTĐ cơ sở) are consecutive', n: base([2021, 2024]), eligible: true },
    { name: '2020 and 2024 are not consecutive', n: base([2020, 2024]), eligible: false, fails: ['CSTDTQ_LIEN_TUC'], text: 'lần năm 2020 cách quá 03 năm nên không liên tục' },
    { name: 'only once', n: base([2024]), eligible: false, fails: ['CSTDTQ_LIEN_TUC'], text: 'hiện có 01 lần (2024)' },
    { name: 'the later title must be in the year considered', n: base([2020, 2023]), eligible: false, fails: ['CSTDTQ_LIEN_TUC'], text: 'năm 2024 chưa đạt' },
    { name: 'a provincial initiative is not enough', n: base([2021, 2024], [initiative(2023, 'bo_tinh')]), eligible: false, fails: ['CSTDTQ_SANG_KIEN'] },
    { name: 'a national initiative at the start of the six years (2019)', n: base([2021, 2024], [initiative(2019, 'toan_quoc')]), eligible: true },
    { name: 'a national initiative before them (2018)', n: base([2021, 2024], [initiative(2018, 'toan_quoc')]), eligible: false, fails: ['CSTDTQ_SANG_KIEN'] },
  ])('$name', ({ n, eligible, fails, text }) => {
    const r = checkEligibility(kase('cstd_toan_quoc', D, n));
    expect(r.year).toBe(2024);
    expect(r.eligible).toBe(eligible);
    if (fails) expect(failing(r)).toEqual(fails);
    if (text) expect(r.reasons.find((x) => !x.ok)!.message).toContain(text);
    expect(reason(r, 'CSTDTQ_TIEU_BIEU')).toMatchObject({ ok: true, verify: true });
  });

  it('is decided by the Prime Minister and answers no date before 2024', () => {
    const n = base([2021, 2024]);
    expect(checkEligibility(kase('cstd_toan_quoc', D, n, { decider: 'thu_tuong' })).eligible).toBe(true);
    expect(failing(checkEligibility(kase('cstd_toan_quoc', D, n, { decider: 'chu_tich_ubnd_tinh' })))).toEqual(['THAM_QUYEN']);
  });
});

describe('Lao động tiên tiến (Luật Điều 24): rated hoàn thành tốt nhiệm vụ or better', () => {
  it.each([
    ['htxs', true],
    ['htt', true],
    ['ht', false],
    ['khong_ht', false],
  ] as const)('rating %s → %s', (rating, eligible) => {
    const r = checkEligibility(kase('lao_dong_tien_tien', '2025-01-10', nominee({ htxs: [], ratings: rated(rating, 2024) })));
    expect(r.eligible).toBe(eligible);
    expect(reason(r, 'LDTT_TIEU_CHUAN')).toMatchObject({ ok: true, verify: true });
    if (!eligible) expect(r.nextEligibleYear).toBe(2025);
  });

  it('needs a rating for the year', () => {
    const r = checkEligibility(kase('lao_dong_tien_tien', '2025-01-10', nominee({ htxs: [], ratings: rated('htxs', 2023) }), { year: 2024 }));
    expect(reason(r, 'LDTT_XEP_LOAI').message).toBe('Điều 24 Luật TĐKT 2022: cần xếp loại từ hoàn thành tốt nhiệm vụ trở lên năm 2024; chưa có xếp loại.');
  });

  it('is for individuals only', () => {
    const r = checkEligibility(kase('lao_dong_tien_tien', '2025-01-10', { kind: 'tap_the', ratings: rated('htxs', 2024) }));
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual([
      { ok: false, code: 'DOI_TUONG', message: 'Điều 24 Luật TĐKT 2022: Lao động tiên tiến chỉ xét tặng cho cá nhân; đối tượng đề nghị là tập thể.' },
    ]);
    expect(r.nextEligibleYear).toBeNull();
  });
});
