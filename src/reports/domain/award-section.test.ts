import { describe, expect, it } from 'vitest';
import { AWARD_COLUMNS, MODEL_COLUMNS } from './outline';
import { fitAwardRows, isAwardList } from './award-section';

const rows = [
  { hinh_thuc: 'Huân chương Lao động các hạng', cap: 'Cấp Nhà nước', so_tap_the: 1, so_ho_gia_dinh: 0, so_ca_nhan: 6 },
  { hinh_thuc: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', cap: 'Cấp bộ, ngành, tỉnh', so_tap_the: 901, so_ho_gia_dinh: 2, so_ca_nhan: 1376 },
];

describe('award sections of a report', () => {
  it('recognises award lists, not other lists', () => {
    expect(isAwardList(AWARD_COLUMNS)).toBe(true);
    expect(isAwardList([AWARD_COLUMNS[0]!, { key: 'so_truong_hop', label: 'Số trường hợp', type: 'number' }])).toBe(true);
    expect(isAwardList(MODEL_COLUMNS)).toBe(false);
    expect(isAwardList([AWARD_COLUMNS[0]!])).toBe(false);
    expect(isAwardList(undefined)).toBe(false);
  });

  it('fills the columns the outline asked for and leaves unknown ones empty', () => {
    expect(fitAwardRows(rows, AWARD_COLUMNS)).toEqual([
      { hinh_thuc: 'Huân chương Lao động các hạng', cap: 'Cấp Nhà nước', so_tap_the: 1, so_ho_gia_dinh: 0, so_ca_nhan: 6 },
      { hinh_thuc: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', cap: 'Cấp bộ, ngành, tỉnh', so_tap_the: 901, so_ho_gia_dinh: 2, so_ca_nhan: 1376 },
    ]);
    const cases = [AWARD_COLUMNS[0]!, { key: 'so_truong_hop', label: 'Số trường hợp', type: 'number' as const }, { key: 'ghi_chu', label: 'Ghi chú', type: 'text' as const }];
    expect(fitAwardRows(rows, cases)).toEqual([
      { hinh_thuc: 'Huân chương Lao động các hạng', so_truong_hop: 7, ghi_chu: null },
      { hinh_thuc: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', so_truong_hop: 2279, ghi_chu: null },
    ]);
  });
});
