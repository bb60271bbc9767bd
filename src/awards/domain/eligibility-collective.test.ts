import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityResult } from './eligibility';
import type { ClusterResult, Exemplary, MemberCounts, Nominee } from './eligibility-types';
import type { Rating } from './types';
import { kase, rated } from './testing/nominees';

const failing = (r: EligibilityResult) => r.reasons.filter((x) => !x.ok).map((x) => x.code);
const reason = (r: EligibilityResult, code: string) => r.reasons.find((x) => x.code === code)!;
const D = '2025-02-01';

function unit(members?: Partial<MemberCounts>, rating: Rating = 'htxs', extra: Partial<Nominee> = {}): Nominee {
  return {
    kind: 'tap_the',
    ratings: rated(rating, 2024),
    ...(members ? { members: { total: 10, completingTasks: 10, ldtt: 8, cstdcs: 1, ...members } } : {}),
    ...extra,
  };
}

describe('Tập thể lao động xuất sắc (Luật Điều 27): HTXS, 100% complete tasks, ≥70% LĐTT, ≥1 CSTĐ cơ sở, no discipline', () => {
  it.each<{ name: string; n: Nominee; eligible: boolean; fails?: string[] }>([
    { name: '7 of 10 LĐTT is exactly 70%', n: unit({ ldtt: 7 }), eligible: true },
    { name: '70 of 100', n: unit({ total: 100, completingTasks: 100, ldtt: 70, cstdcs: 3 }), eligible: true },
    { name: '69 of 100 is 69%', n: unit({ total: 100, completingTasks: 100, ldtt: 69, cstdcs: 3 }), eligible: false, fails: ['TTLDXS_TY_LE_LDTT'] },
    { name: '2 of 3 is 66,67%', n: unit({ total: 3, completingTasks: 3, ldtt: 2, cstdcs: 1 }), eligible: false, fails: ['TTLDXS_TY_LE_LDTT'] },
    { name: 'one member did not complete the tasks', n: unit({ total: 100, completingTasks: 99, ldtt: 80, cstdcs: 3 }), eligible: false, fails: ['TTLDXS_HOAN_THANH'] },
    { name: 'no CSTĐ cơ sở', n: unit({ cstdcs: 0 }), eligible: false, fails: ['TTLDXS_CSTDCS'] },
    { name: 'a member disciplined', n: unit({ disciplined: 1 }), eligible: false, fails: ['TTLDXS_KY_LUAT'] },
    { name: 'the collective only hoàn thành tốt', n: unit({}, 'htt'), eligible: false, fails: ['TTLDXS_XEP_LOAI'] },
    { name: 'member figures missing', n: unit(undefined), eligible: false, fails: ['TTLDXS_THANH_VIEN'] },
    { name: 'LĐTT count above the total', n: unit({ ldtt: 11 }), eligible: false, fails: ['DU_LIEU'] },
  ])('$name', ({ n, eligible, fails }) => {
    const r = checkEligibility(kase('tap_the_ldxs', D, n));
    expect(r.eligible).toBe(eligible);
    if (fails) expect(failing(r)).toEqual(fails);
  });

  it('states the ratio the way a report would', () => {
    const r = checkEligibility(kase('tap_the_ldxs', D, unit({ total: 100, completingTasks: 100, ldtt: 69, cstdcs: 3 })));
    expect(reason(r, 'TTLDXS_TY_LE_LDTT').message).toBe('Điều 27 Luật TĐKT 2022: 69/100 thành viên (69%) đạt danh hiệu Lao động tiên tiến, cần từ 70% trở lên.');
    expect(reason(checkEligibility(kase('tap_the_ldxs', D, unit({ total: 3, completingTasks: 3, ldtt: 2 }))), 'TTLDXS_TY_LE_LDTT').message).toContain('2/3 thành viên (66,67%)');
    // A member ratio is not fixed by time alone.
    expect(r.nextEligibleYear).toBeNull();
  });

  it('expects the rating next year when only the rating fails', () => {
    expect(checkEligibility(kase('tap_the_ldxs', D, unit({}, 'htt'))).nextEligibleYear).toBe(2025);
  });

  it('lets a province tolerate disciplined members (a local setting) but not lower the 70%', () => {
    const r = checkEligibility(kase('tap_the_ldxs', D, unit({ disciplined: 1 })), { overrides: { awards: { tap_the_ldxs: { params: { maxMembersDisciplined: 1 } } } } });
    expect(r.eligible).toBe(true);
    expect(reason(r, 'TTLDXS_KY_LUAT')).toMatchObject({ ok: true, localSetting: true });
    expect(() => checkEligibility(kase('tap_the_ldxs', D, unit({})), { overrides: { awards: { tap_the_ldxs: { params: { minLdttPercent: 60 } } } } })).toThrow(/do luật quy định/);
  });

  it('answers the armed forces equivalent (Đơn vị quyết thắng) with the same rules', () => {
    expect(checkEligibility(kase('don_vi_quyet_thang', D, unit({ ldtt: 6 }))).eligible).toBe(false);
    expect(checkEligibility(kase('don_vi_quyet_thang', D, unit({ ldtt: 7 }))).eligible).toBe(true);
  });
});

describe('Tập thể lao động tiên tiến (Luật Điều 28): HTT, more than 50% LĐTT, no member disciplined at cảnh cáo or above', () => {
  it.each<{ name: string; m: Partial<MemberCounts>; rating?: Rating; eligible: boolean; fails?: string[] }>([
    { name: '51 of 100', m: { total: 100, completingTasks: 95, ldtt: 51, cstdcs: 0 }, eligible: true },
    { name: '50 of 100 is not more than half', m: { total: 100, completingTasks: 95, ldtt: 50, cstdcs: 0 }, eligible: false, fails: ['TTLDTT_TY_LE_LDTT'] },
    { name: '1 of 2', m: { total: 2, completingTasks: 2, ldtt: 1, cstdcs: 0 }, eligible: false, fails: ['TTLDTT_TY_LE_LDTT'] },
    { name: 'a member with cảnh cáo', m: { ldtt: 8, disciplined: 1 }, eligible: false, fails: ['TTLDTT_KY_LUAT'] },
    { name: 'rated only hoàn thành', m: { ldtt: 8 }, rating: 'ht', eligible: false, fails: ['TTLDTT_XEP_LOAI'] },
    { name: 'rated hoàn thành tốt', m: { ldtt: 6 }, rating: 'htt', eligible: true },
  ])('$name', ({ m, rating, eligible, fails }) => {
    const r = checkEligibility(kase('tap_the_ldtt', D, unit(m, rating ?? 'htt')));
    expect(r.eligible).toBe(eligible);
    if (fails) expect(failing(r)).toEqual(fails);
    // The 2022 wording of Điều 28 is unconfirmed: every figure is a local setting.
    expect(reason(r, 'TTLDTT_TY_LE_LDTT').localSetting).toBe(true);
  });

  it('follows a province that sets its own ratio', () => {
    const overrides = { awards: { tap_the_ldtt: { params: { minLdttPercentExclusive: 60 } } } };
    expect(checkEligibility(kase('tap_the_ldtt', D, unit({ total: 100, completingTasks: 100, ldtt: 60 }, 'htt')), { overrides }).eligible).toBe(false);
    expect(checkEligibility(kase('tap_the_ldtt', D, unit({ total: 100, completingTasks: 100, ldtt: 61 }, 'htt')), { overrides }).eligible).toBe(true);
  });
});

describe('Cờ thi đua cấp bộ, ngành, tỉnh (Luật Điều 26): leads a cluster, or exemplary in a thematic movement of ≥ 3 years', () => {
  const lead = (leads: boolean, year = 2024, level: ClusterResult['level'] = 'bo_tinh'): ClusterResult[] => [{ year, level, leads, cluster: 'Khối các sở' }];
  const movement = (movementYears: number, launchedBy: Exemplary['launchedBy'] = 'bo_tinh'): Exemplary[] => [{ year: 2024, kind: 'phong_trao', scope: 'bo_tinh', movementYears, launchedBy }];
  it.each<{ name: string; n: Nominee; eligible: boolean; fails?: string[] }>([
    { name: 'leads its cluster in the year', n: unit(undefined, 'htxs', { clusterResults: lead(true) }), eligible: true },
    { name: 'led the cluster the year before only', n: unit(undefined, 'htxs', { clusterResults: lead(true, 2023) }), eligible: false, fails: ['CO_TINH_DAN_DAU', 'CO_TINH_CHUYEN_DE'] },
    { name: 'ranked but not leading', n: unit(undefined, 'htxs', { clusterResults: lead(false) }), eligible: false },
    { name: 'exemplary in a three-year thematic movement', n: unit(undefined, 'htxs', { exemplary: movement(3) }), eligible: true },
    { name: 'exemplary in a two-year thematic movement', n: unit(undefined, 'htxs', { exemplary: movement(2) }), eligible: false },
  ])('$name', ({ n, eligible, fails }) => {
    const r = checkEligibility(kase('co_thi_dua_bo_tinh', D, n));
    expect(r.eligible).toBe(eligible);
    if (fails) expect(failing(r)).toEqual(fails);
    expect(r.reasons.at(-1)).toMatchObject({ code: 'CO_TINH_TIEU_CHUAN', verify: true });
  });

  it('names the cluster led and takes the thematic minimum as a local setting', () => {
    const r = checkEligibility(kase('co_thi_dua_bo_tinh', D, unit(undefined, 'htxs', { clusterResults: lead(true) })));
    expect(r.reasons[0]!.message).toBe('Điều 26 khoản 1 Luật TĐKT 2022: dẫn đầu cụm, khối thi đua Khối các sở do bộ, ngành, tỉnh tổ chức năm 2024.');
    const two = checkEligibility(kase('co_thi_dua_bo_tinh', D, unit(undefined, 'htxs', { exemplary: movement(2) })), { overrides: { awards: { co_thi_dua_bo_tinh: { params: { thematicMinYears: 2 } } } } });
    expect(two.eligible).toBe(true);
    expect(two.reasons[0]).toMatchObject({ code: 'CO_TINH_CHUYEN_DE', localSetting: true });
  });
});

describe('Cờ thi đua của Chính phủ (Luật Điều 25): three cases', () => {
  const n = (extra: Partial<Nominee>) => unit(undefined, 'htxs', extra);
  it.each<{ name: string; extra: Partial<Nominee>; eligible: boolean; code?: string }>([
    { name: 'k1: leads a provincial cluster', extra: { clusterResults: [{ year: 2024, level: 'bo_tinh', leads: true }] }, eligible: true, code: 'CO_CP_DAN_DAU_TINH' },
    { name: 'k2: leads a central cluster', extra: { clusterResults: [{ year: 2024, level: 'trung_uong', leads: true }] }, eligible: true, code: 'CO_CP_DAN_DAU_TW' },
    { name: 'k3: exemplary in a Prime Minister movement of 5 years', extra: { exemplary: [{ year: 2024, kind: 'phong_trao', scope: 'toan_quoc', launchedBy: 'thu_tuong', movementYears: 5 }] }, eligible: true, code: 'CO_CP_PHONG_TRAO' },
    { name: 'k3: only 4 years', extra: { exemplary: [{ year: 2024, kind: 'phong_trao', scope: 'toan_quoc', launchedBy: 'thu_tuong', movementYears: 4 }] }, eligible: false },
    { name: 'k3: a provincial movement does not qualify', extra: { exemplary: [{ year: 2024, kind: 'phong_trao', scope: 'bo_tinh', launchedBy: 'bo_tinh', movementYears: 5 }] }, eligible: false },
    { name: 'nothing', extra: {}, eligible: false },
  ])('$name', ({ extra, eligible, code }) => {
    const r = checkEligibility(kase('co_thi_dua_chinh_phu', D, n(extra)));
    expect(r.eligible).toBe(eligible);
    if (code) expect(r.reasons[0]!.code).toBe(code);
    if (!eligible) {
      expect(failing(r)).toEqual(['CO_CP_DAN_DAU_TINH', 'CO_CP_DAN_DAU_TW', 'CO_CP_PHONG_TRAO']);
      expect(r.nextEligibleYear).toBeNull();
    }
  });
});
