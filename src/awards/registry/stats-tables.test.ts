import { describe, expect, it } from 'vitest';
import { crossTable, kindTable, labeller } from './stats-tables';

const l = labeller({ units: new Map([['u1', 'Quận Ninh Kiều'], ['u2', 'Huyện Cờ Đỏ']]), movements: new Map() });

describe('statistics tables', () => {
  it('splits each form by subject kind, in catalogue order, with totals both ways', () => {
    const t = kindTable(
      'form',
      [
        { key: 'bang_khen_tinh', kind: 'tap_the', n: 901 },
        { key: 'bang_khen_tinh', kind: 'ca_nhan', n: 1376 },
        { key: 'huan_chuong_lao_dong', kind: 'ca_nhan', n: 6 },
        { key: 'huan_chuong_lao_dong', kind: 'tap_the', n: 1 },
        { key: 'KHAC', kind: 'ca_nhan', n: 2, name: 'Bằng khen của Hội Nông dân' },
      ],
      l,
    );
    expect(t.columns.map((c) => c.label)).toEqual(['Tập thể', 'Cá nhân', 'Hộ gia đình']);
    expect(t.rows.map((r) => [r.label, ...r.cells, r.total])).toEqual([
      ['Huân chương Lao động các hạng', 1, 6, 0, 7],
      ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 901, 1376, 0, 2277],
      ['Bằng khen của Hội Nông dân', 0, 2, 0, 2],
    ]);
    expect([t.totals, t.total]).toEqual([[902, 1384, 0], 2286]);
  });

  it('orders years as numbers and units by name', () => {
    expect(kindTable('year', [{ key: '2024', kind: 'ca_nhan', n: 1 }, { key: '2019', kind: 'ca_nhan', n: 1 }, { key: '2101', kind: 'ca_nhan', n: 1 }], l).rows.map((r) => r.label)).toEqual(['2019', '2024', '2101']);
    expect(kindTable('unit', [{ key: 'u1', kind: 'ca_nhan', n: 1 }, { key: 'u2', kind: 'ca_nhan', n: 1 }], l).rows.map((r) => r.label)).toEqual(['Huyện Cờ Đỏ', 'Quận Ninh Kiều']);
  });

  it('adds rows that map to the same key (units merged into one branch)', () => {
    const t = kindTable('unit', [{ key: 'u1', kind: 'ca_nhan', n: 2 }, { key: 'u1', kind: 'ca_nhan', n: 3 }], l);
    expect(t.rows).toEqual([{ key: 'u1', label: 'Quận Ninh Kiều', cells: [0, 5, 0], total: 5 }]);
  });

  it('crosses form by year', () => {
    const t = crossTable(
      'form',
      'year',
      [
        { key: 'lao_dong_tien_tien', second: '2023', kind: 'ca_nhan', n: 4 },
        { key: 'lao_dong_tien_tien', second: '2021', kind: 'ca_nhan', n: 2 },
        { key: 'cstd_co_so', second: '2023', kind: 'ca_nhan', n: 1 },
      ],
      l,
    );
    expect(t.columns.map((c) => c.label)).toEqual(['2021', '2023']);
    expect(t.rows.map((r) => [r.label, ...r.cells])).toEqual([
      ['Chiến sĩ thi đua cơ sở', 0, 1],
      ['Lao động tiên tiến', 2, 4],
    ]);
    expect(t.total).toBe(7);
  });

  it('a table by subject kind has one count column', () => {
    const t = kindTable('kind', [{ key: 'ca_nhan', kind: 'ca_nhan', n: 3 }, { key: 'tap_the', kind: 'tap_the', n: 2 }], l);
    expect(t.rows.map((r) => [r.label, ...r.cells])).toEqual([['Tập thể', 2], ['Cá nhân', 3]]);
  });
});
