import { describe, expect, it } from 'vitest';
import { movementSpan, widestReach, type AwardFact, type MovementFact } from './facts';
import { fillForm, totalMismatches, type FilledForm } from './model';
import { form0601, form0602, form0603 } from './tt02-2023';

const fact = (p: Partial<AwardFact> & { family: string; n: number }): AwardFact => ({ kind: 'ca_nhan', worker: null, round: 'thuong_xuyen', proposer: 'tinh', ...p });
const row = (f: FilledForm, code: string) => f.rows.find((r) => r.code === code)!;
const cell = (f: FilledForm, code: string, header: string) => row(f, code).cells[f.columns.findIndex((c) => c.header.join(' / ') === header)];

describe('biểu 0602.N (awards of the State)', () => {
  const facts: AwardFact[] = [
    fact({ family: 'huan_chuong_lao_dong', kind: 'tap_the', n: 1 }),
    fact({ family: 'huan_chuong_lao_dong', n: 6, worker: 'lanh_dao_so' }),
    fact({ family: 'co_thi_dua_chinh_phu', kind: 'tap_the', n: 3 }),
    fact({ family: 'cstd_toan_quoc', n: 2, worker: 'truc_tiep' }),
    fact({ family: 'bang_khen_thu_tuong', kind: 'tap_the', n: 1, round: 'chuyen_de' }),
    fact({ family: 'bang_khen_thu_tuong', n: 2, round: 'chuyen_de', worker: 'nong_dan' }),
    fact({ family: 'bang_khen_thu_tuong', kind: 'ho_gia_dinh', n: 4 }),
    fact({ family: 'bang_khen_thu_tuong', n: 205, proposer: 'bo_nganh', worker: 'doanh_nhan' }),
    fact({ family: 'ba_me_viet_nam_anh_hung', n: 7, round: 'khang_chien' }),
    fact({ family: 'huan_chuong_dai_doan_ket_dan_toc', n: 1 }),
    // Not a State award: out of this form.
    fact({ family: 'bang_khen_tinh', n: 900 }),
  ];
  const filled = fillForm(form0602(facts), facts);

  it('adds every State award once and nothing else', () => {
    expect(row(filled, '01').total).toBe(1 + 6 + 3 + 2 + 1 + 2 + 4 + 205 + 7 + 1);
    expect(filled.unplaced).toBe(0);
    expect(totalMismatches(filled)).toEqual([]);
  });

  it('gives each medal and honorary title awarded its own columns, split by collective and individual', () => {
    expect(cell(filled, '01', 'Các loại huân chương, huy chương / Huân chương Lao động / Tập thể')).toBe(1);
    expect(cell(filled, '01', 'Các loại huân chương, huy chương / Huân chương Lao động / Cá nhân')).toBe(6);
    expect(cell(filled, '01', 'Danh hiệu vinh dự Nhà nước / Bà mẹ Việt Nam anh hùng / Cá nhân')).toBe(7);
    // Bà mẹ Việt Nam anh hùng is for individuals only: no collective column.
    expect(filled.columns.some((c) => c.header.join(' / ') === 'Danh hiệu vinh dự Nhà nước / Bà mẹ Việt Nam anh hùng / Tập thể')).toBe(false);
    // A household counts with collectives, never as an individual.
    expect(cell(filled, '01', 'Bằng khen của Thủ tướng Chính phủ / Tập thể')).toBe(1 + 4);
    expect(cell(filled, '01', 'Bằng khen của Thủ tướng Chính phủ / Cá nhân')).toBe(2 + 205);
  });

  it('splits by the body that proposed, the subject and the method', () => {
    expect(row(filled, '02').total).toBe(205);
    expect(row(filled, '03').total).toBe(232 - 205);
    expect(row(filled, '06').total).toBe(1 + 3 + 1);
    expect(row(filled, '08').total).toBe(4);
    expect(row(filled, '09').total).toBe(6 + 2 + 2 + 205 + 7 + 1);
    expect(row(filled, '11').total).toBe(6);
    expect(row(filled, '12').total).toBe(205);
    expect(row(filled, '14').total).toBe(2 + 2);
    expect(row(filled, '16').total).toBe(3);
    expect(row(filled, '21').total).toBe(7);
    expect(cell(filled, '12', 'Bằng khen của Thủ tướng Chính phủ / Cá nhân')).toBe(205);
  });

  it('leaves heading rows without figures', () => {
    const headings = filled.rows.filter((r) => r.heading);
    expect(headings.map((r) => r.label.slice(0, 2))).toEqual(['1.', '2.', '3.']);
    expect(headings.every((r) => r.total === null && r.cells.every((c) => c === null))).toBe(true);
  });
});

describe('biểu 0603.N (awards of ministries and provinces)', () => {
  const facts: AwardFact[] = [
    fact({ family: 'bang_khen_tinh', kind: 'tap_the', n: 901 }),
    fact({ family: 'bang_khen_tinh', n: 1376 }),
    fact({ family: 'cstd_bo_tinh', n: 50 }),
    fact({ family: 'co_thi_dua_bo_tinh', kind: 'tap_the', n: 60, worker: 'doanh_nghiep' }),
    fact({ family: 'ky_niem_chuong', n: 12 }),
    // Counted nowhere in 0603: TTLĐXS is a title the form has no column for.
    fact({ family: 'tap_the_ldxs', kind: 'tap_the', n: 502 }),
    fact({ family: 'huan_chuong_lao_dong', n: 6 }),
  ];
  const filled = fillForm(form0603(), facts);

  it('makes Tổng số the sum of its four columns (ST-01)', () => {
    expect(row(filled, '01').total).toBe(901 + 1376 + 50 + 60 + 12);
    expect(row(filled, '01').cells).toEqual([2277, 50, 60, 12]);
    expect(totalMismatches(filled)).toEqual([]);
  });

  it('counts collectives, enterprises among them, and individuals', () => {
    expect(row(filled, '02').total).toBe(961);
    expect(row(filled, '03').total).toBe(60);
    expect(row(filled, '05').total).toBe(1376 + 50 + 12);
    expect(filled.rows.map((r) => r.code).filter(Boolean)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17']);
  });
});

describe('biểu 0601.N (movements)', () => {
  const m = (p: Partial<MovementFact>): MovementFact => ({ launcher: 'bo_tinh', reach: 'dia_phuong', span: '1_nam', method: 'thuong_xuyen', n: 1, ...p });
  const facts = [m({ launcher: 'trung_uong', reach: 'toan_quoc', span: 'tu_5_nam', method: 'chuyen_de' }), m({}), m({ launcher: 'co_quan', reach: 'co_quan', span: 'duoi_1_nam', method: 'chuyen_de' }), m({ reach: 'cum_khoi', n: 2 })];
  const filled = fillForm(form0601(), facts);

  it('has column 1 = 2 + 3 + 4 on every row', () => {
    expect(totalMismatches(filled)).toEqual([]);
    expect(row(filled, '01').cells).toEqual([1, 3, 1]);
    expect([row(filled, '02').total, row(filled, '03').total, row(filled, '04').total, row(filled, '05').total]).toEqual([1, 1, 2, 1]);
    expect([row(filled, '11').total, row(filled, '12').total]).toEqual([2, 3]);
  });

  it('buckets a movement by how long it runs', () => {
    expect(movementSpan('2024-01-01', '2024-12-31')).toBe('1_nam');
    expect(movementSpan('2024-03-01', '2024-12-31')).toBe('duoi_1_nam');
    expect(movementSpan('2024-01-01', '2025-06-30')).toBe('1_den_3_nam');
    expect(movementSpan('2022-10-25', '2025-12-31')).toBe('3_den_5_nam');
    expect(movementSpan('2021-01-01', '2025-12-31')).toBe('tu_5_nam');
    expect(movementSpan('2021-01-01', '2025-12-30')).toBe('3_den_5_nam');
    expect(movementSpan('2024-02-29', '2025-02-27')).toBe('duoi_1_nam');
  });

  it('counts a movement addressed to several scopes under the widest', () => {
    expect(widestReach(['co_quan', 'cum_khoi'], 'bo_tinh')).toBe('cum_khoi');
    expect(widestReach(['dia_phuong', 'toan_quoc'], 'bo_tinh')).toBe('toan_quoc');
    expect(widestReach([], 'trung_uong')).toBe('toan_quoc');
    expect(widestReach([], 'co_quan')).toBe('co_quan');
  });
});
