import { describe, expect, it } from 'vitest';
import type { RecordView } from '../../shared/api/awards-registry';
import { nomineeSchema } from '../../shared/api/awards-eligibility';
import { nomineeFromRegistry } from './eligibility-history';

const rec = (r: Partial<RecordView>): RecordView => ({
  id: 'r', subjectId: 's', awardCode: 'lao_dong_tien_tien', awardName: 'Lao động tiên tiến', category: 'danh_hieu', grade: null, level: 'co_so', levelLabel: '', year: 2023,
  decisionNumber: null, decisionDate: null, decidingAuthority: null, movement: null, roundKind: 'thuong_xuyen', roundLabel: '', unit: { id: 'u', name: 'U' }, source: 'manual', note: null,
  createdAt: '2024-01-01T00:00:00.000Z', revoked: null, ...r,
});

describe('registry history as an eligibility nominee', () => {
  it('splits titles by year from awards by date, keeps thematic rounds, drops revoked and non-catalogue records', () => {
    const n = nomineeFromRegistry({ kind: 'ca_nhan', fullName: 'Trịnh Thị Mỹ Duyên' }, [
      rec({ year: 2021, awardCode: 'cstd_co_so' }),
      rec({ year: 2022 }),
      rec({ year: 2022, awardCode: 'bang_khen_tinh', category: 'hinh_thuc', roundKind: 'chuyen_de', decisionDate: '2022-12-15', decisionNumber: '322/QĐ-UBND' }),
      rec({ year: 2023, awardCode: 'huan_chuong_lao_dong_3', category: 'hinh_thuc' }),
      rec({ year: 2023, awardCode: 'cstd_co_so', revoked: { at: '2024-05-01T00:00:00.000Z', reason: 'x', basis: null } }),
      rec({ year: 1985, awardCode: 'huan_chuong_khang_chien', category: 'hinh_thuc' }),
    ]);
    expect(n).toEqual({
      kind: 'ca_nhan',
      name: 'Trịnh Thị Mỹ Duyên',
      titles: [{ year: 2021, award: 'cstd_co_so' }, { year: 2022, award: 'lao_dong_tien_tien' }],
      awards: [
        { award: 'bang_khen_tinh', date: '2022-12-15', year: 2022, round: 'chuyen_de', decision: '322/QĐ-UBND' },
        { award: 'huan_chuong_lao_dong_3', date: '2023-12-31', year: 2023 },
      ],
    });
    expect(nomineeSchema.safeParse(n).success).toBe(true);
  });
});
