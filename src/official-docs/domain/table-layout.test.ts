import { describe, expect, it } from 'vitest';
import { cellAlign, cellText, columnWidths, tableFontSizePt } from './table-layout';
import { uniqueSheetNames } from './sheet-names';
import { textWidthPt } from './text-width';
import { appendixIsLandscape } from './model';

describe('columnWidths', () => {
  it('honours percentages and shares the rest equally, summing exactly', () => {
    const w = columnWidths([{ widthPct: 50 }, {}, {}], 9355);
    expect(w.reduce((s, x) => s + x, 0)).toBe(9355);
    expect(w[0]).toBeGreaterThanOrEqual(4677);
    expect(Math.abs((w[1] ?? 0) - (w[2] ?? 0))).toBeLessThanOrEqual(1);
  });

  it('scales percentages over 100 and still leaves room for the other columns', () => {
    const w = columnWidths([{ widthPct: 80 }, { widthPct: 60 }, {}], 10000);
    expect(w.reduce((s, x) => s + x, 0)).toBe(10000);
    expect(w[2]).toBeGreaterThan(1000);
    expect(w[0]).toBeGreaterThan(w[1] ?? 0);
  });

  it('equal columns without percentages; none for no columns', () => {
    expect(columnWidths([{}, {}, {}, {}], 100)).toEqual([25, 25, 25, 25]);
    expect(columnWidths([], 100)).toEqual([]);
  });
});

describe('cells', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(cellText(1234567.5)).toBe('1.234.567,5');
    expect(cellText(1236)).toBe('1.236');
    expect(cellText(0.97)).toBe('0,97');
    expect(cellText(null)).toBe('');
    expect(cellText('Quận Ninh Kiều')).toBe('Quận Ninh Kiều');
  });

  it('right-aligns numbers unless the column says otherwise', () => {
    expect(cellAlign(undefined, 5)).toBe('right');
    expect(cellAlign({}, 'a')).toBe('left');
    expect(cellAlign({ align: 'center' }, 5)).toBe('center');
  });

  it('shrinks type for wide tables', () => {
    expect(tableFontSizePt(3)).toBe(13);
    expect(tableFontSizePt(6)).toBe(12);
    expect(tableFontSizePt(9)).toBe(11);
  });
});

describe('appendixIsLandscape', () => {
  const cols = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `C${i}` }));
  it('turns the page for more than 6 columns or when asked', () => {
    expect(appendixIsLandscape({ title: 'x', table: { columns: cols(6), rows: [] } })).toBe(false);
    expect(appendixIsLandscape({ title: 'x', table: { columns: cols(7), rows: [] } })).toBe(true);
    expect(appendixIsLandscape({ title: 'x', landscape: true, table: { columns: cols(2), rows: [] } })).toBe(true);
  });
});

describe('uniqueSheetNames', () => {
  it('cuts to 31 characters, removes forbidden characters and de-duplicates', () => {
    const names = uniqueSheetNames([
      'I. Kết quả thực hiện công tác thi đua, khen thưởng năm 2024',
      'I. Kết quả thực hiện công tác thi đua, khen thưởng năm 2024',
      'Tỷ lệ [%]: a/b*c?d\\e',
      '',
      'history',
      "'Bảng'",
    ]);
    for (const n of names) {
      expect([...n].length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
      expect(n).not.toMatch(/^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[1]).toMatch(/\(2\)$/);
    expect(names[3]).toBe('Bảng 4');
    expect(names[4]).not.toBe('history');
    expect(names[5]).toBe('Bảng');
  });
});

describe('textWidthPt', () => {
  it('measures with Times New Roman metrics, Vietnamese letters by their base letter', () => {
    // 20.861 em of bold capitals: measured from Liberation Serif Bold.
    expect(textWidthPt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true)).toBeCloseTo(250.3, 1);
    expect(textWidthPt('Đ', 10)).toBe(textWidthPt('D', 10));
    expect(textWidthPt('ỗ', 10)).toBe(textWidthPt('o', 10));
  });
});
