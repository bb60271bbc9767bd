import { describe, expect, it } from 'vitest';
import type { RecordView } from '../../shared/api/awards-registry';
import { eligibilityOutlook } from './eligibility-outlook';

const rec = (year: number, awardCode: string, extra: Partial<RecordView> = {}): RecordView => ({
  id: `${year}-${awardCode}`, subjectId: 's', awardCode, awardName: awardCode, category: 'danh_hieu', grade: null, level: 'co_so', levelLabel: '', year,
  decisionNumber: null, decisionDate: `${year}-12-15`, decidingAuthority: null, movement: null, roundKind: 'thuong_xuyen', roundLabel: '', unit: { id: 'u', name: 'u' },
  source: 'decision', note: null, createdAt: '', revoked: null, ...extra,
});

describe('eligibility outlook from the registry', () => {
  it('reads three consecutive CSTĐ cơ sở as meeting the run for CSTĐ cấp tỉnh, the initiative left to verify or missing', () => {
    const out = eligibilityOutlook({ kind: 'ca_nhan', fullName: 'Đoàn Minh Triết' }, [rec(2021, 'cstd_co_so'), rec(2022, 'cstd_co_so'), rec(2023, 'cstd_co_so')], '2024-03-01');
    const cstd = out.find((r) => r.award === 'cstd_bo_tinh')!;
    expect(cstd.reasons.some((r) => r.ok && /03 lần liên tục|3 lần liên tục|liên tục/.test(r.message))).toBe(true);
    expect(out.map((r) => r.award)).toEqual(['cstd_bo_tinh', 'bang_khen_tinh', 'bang_khen_thu_tuong', 'cstd_toan_quoc', 'huan_chuong_lao_dong_3']);
  });

  it('does not count a revoked title, and a broken run shows as not yet eligible', () => {
    const broken = eligibilityOutlook({ kind: 'ca_nhan', fullName: 'Trịnh Thị Mỹ Duyên' }, [rec(2021, 'cstd_co_so'), rec(2022, 'lao_dong_tien_tien'), rec(2023, 'cstd_co_so', { revoked: { at: '2024-01-02', reason: 'sai', basis: 'Điều 93' } })], '2024-03-01');
    const cstd = broken.find((r) => r.award === 'cstd_bo_tinh')!;
    expect(cstd.eligible).toBe(false);
    expect(cstd.reasons.some((r) => !r.ok)).toBe(true);
  });

  it('asks collectives about collective awards', () => {
    expect(eligibilityOutlook({ kind: 'tap_the', fullName: 'Trường Tiểu học số 1' }, [], '2024-03-01').map((r) => r.award)).toContain('tap_the_ldxs');
  });
});
