import { describe, expect, it } from 'vitest';
import { planImport, parseDateCell, type PlanContext } from './plan-import';
import type { RawRow, RawValue } from './read-history';
import type { HistoryField } from './history-columns';

const ctx: PlanContext = {
  today: '2026-11-21',
  target: { id: 'W', name: 'Phường Ngã Bảy' },
  resolveUnit: (t) => (t === 'Trường THCS Ngã Bảy' ? { id: 'S', name: 'Trường THCS Ngã Bảy' } : `Đơn vị "${t}" không thuộc Phường Ngã Bảy.`),
};
let n = 1;
const row = (values: Partial<Record<HistoryField, RawValue>>): RawRow => {
  const r = ++n;
  return { row: r, values: Object.fromEntries(Object.entries(values).map(([k, v], i) => [k, { value: v, cell: `${String.fromCharCode(65 + i)}${r}` }])) };
};

describe('planImport', () => {
  it('turns valid rows into records, inferring kind, year and grade', () => {
    const { planned, errors } = planImport(
      [
        row({ name: 'Nguyễn Văn An', birth: 1980, award: 'LĐTT', year: 2023, decisionNumber: '15/QĐ-UBND', decisionDate: '15/01/2024' }),
        row({ name: 'Trường THCS Ngã Bảy', award: 'Tập thể lao động xuất sắc', decisionDate: new Date(Date.UTC(2024, 1, 2)), unit: 'Trường THCS Ngã Bảy' }),
        row({ name: 'Lê Thị Hoa', birth: '02/03/1990', gender: 'Nữ', award: 'HCLĐ hạng Ba', year: '2024', round: 'Chuyên đề', worker: 'Nông dân' }),
      ],
      ctx,
    );
    expect(errors).toEqual([]);
    expect(planned.map((p) => [p.subject.kind, p.award.code, p.year, p.subject.unit.id])).toEqual([
      ['ca_nhan', 'lao_dong_tien_tien', 2023, 'W'],
      ['tap_the', 'tap_the_ldxs', 2024, 'S'],
      ['ca_nhan', 'huan_chuong_lao_dong_3', 2024, 'W'],
    ]);
    expect(planned[2]!.subject).toMatchObject({ birthDate: '1990-03-02', birthYear: 1990, gender: 'nu', workerCategory: 'nong_dan' });
    expect(planned[2]!.roundKind).toBe('chuyen_de');
    expect(planned[0]!.identity).toBe('ca_nhan|nguyen van an|1980|W');
  });

  it('names the cell of every problem and leaves those rows out', () => {
    const rows = [
      row({ name: 'A', award: 'Bằng khen hạng đặc biệt', year: 2023 }),
      row({ name: 'B', award: 'LĐTT', year: '20x3' }),
      row({ name: 'C', award: 'LĐTT', year: 2023, decisionDate: '31/02/2024' }),
      row({ name: 'D', award: 'LĐTT', year: 2023, decisionDate: '01/01/2027' }),
      row({ name: 'E', award: 'LĐTT', year: 2024, decisionDate: '01/12/2023' }),
      row({ name: 'F', award: 'Cờ thi đua của Chính phủ', kind: 'Cá nhân', year: 2023 }),
      row({ award: 'LĐTT', year: 2023 }),
      row({ name: 'G', award: 'LĐTT', year: 2023, unit: 'Xã khác' }),
      row({ name: 'H', award: 'LĐTT' }),
    ];
    const { planned, errors } = planImport(rows, ctx);
    expect(planned).toEqual([]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [rows[0]!.row, 'Hình thức khen thưởng'],
      [rows[1]!.row, 'Năm'],
      [rows[2]!.row, 'Ngày quyết định'],
      [rows[3]!.row, 'Ngày quyết định'],
      [rows[4]!.row, 'Năm'],
      [rows[5]!.row, 'Hình thức khen thưởng'],
      [rows[6]!.row, 'Họ và tên / Tên tập thể'],
      [rows[7]!.row, 'Đơn vị trình'],
      [rows[8]!.row, 'Năm'],
    ]);
    expect(errors[0]!.message).toContain('không có trong danh mục');
    expect(errors[1]!.cell).toBe(`C${rows[1]!.row}`);
  });

  it('flags a row repeating an earlier one, whatever the diacritics', () => {
    const a = row({ name: 'Nguyễn Văn An', birth: 1980, award: 'LĐTT', year: 2023, decisionNumber: '15/QĐ-UBND' });
    const b = row({ name: 'nguyen van an', birth: 1980, award: 'Lao động tiên tiến', year: 2023, decisionNumber: '15/qđ-ubnd' });
    const c = row({ name: 'Nguyễn Văn An', birth: 1981, award: 'LĐTT', year: 2023, decisionNumber: '15/QĐ-UBND' });
    const { planned, errors } = planImport([a, b, c], ctx);
    expect(planned.map((p) => p.row)).toEqual([a.row, c.row]);
    expect(errors).toEqual([expect.objectContaining({ row: b.row, message: `Trùng với dòng ${a.row} (cùng đối tượng, hình thức, năm và quyết định).` })]);
  });

  it('reads dates typed, formatted or left as Excel day numbers', () => {
    expect(parseDateCell('5/1/2024')).toBe('2024-01-05');
    expect(parseDateCell(45296)).toBe('2024-01-05');
    expect(parseDateCell(new Date(Date.UTC(2024, 0, 5)))).toBe('2024-01-05');
    expect(parseDateCell('2024-13-01')).toBeNull();
  });
});
