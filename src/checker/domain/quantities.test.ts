import { describe, expect, it } from 'vitest';
import { readDocument } from './document';

const read = (text: string) => {
  const d = readDocument(text, null);
  return d.quantities.map((q) => ({ shown: text.slice(q.start, q.end), value: q.value, kind: q.kind, noun: q.noun, issues: q.issues.map((i) => i.kind) }));
};

describe('quantity tokenizer', () => {
  it('reads grouped numbers, decimals, magnitude words and units', () => {
    const q = read('Vốn điều lệ 24,43 tỷ đồng; 1.120 tổ viên; 5,93 triệu USD; 78,07km2; đạt 21,57%; 4 tỷ 227 triệu đồng.');
    expect(q).toEqual([
      { shown: '24,43 tỷ đồng', value: 24_430_000_000, kind: 'money', noun: null, issues: [] },
      { shown: '1.120', value: 1120, kind: 'count', noun: 'tổ viên', issues: [] },
      { shown: '5,93 triệu USD', value: 5_930_000, kind: 'money', noun: null, issues: [] },
      { shown: '78,07km2', value: 78.07, kind: 'measure', noun: null, issues: [] },
      { shown: '21,57%', value: 21.57, kind: 'percent', noun: null, issues: [] },
      { shown: '4 tỷ 227 triệu đồng', value: 4_227_000_000, kind: 'money', noun: null, issues: [] },
    ]);
  });

  it('keeps ranges, rates and unit prices apart from amounts', () => {
    const d = readDocument('thu nhập từ 600 triệu đồng - 900 triệu đồng/ha; 100 suất quà, 600.000đ/suất; mỗi căn trị giá 50 triệu đồng', null);
    const [a, b, , price, each] = d.quantities;
    expect(a!.rangeWith).toBe(1);
    expect(b!.per).toBe('ha');
    expect(price!.each).toBe(true);
    expect(each!.each).toBe(true);
  });

  it('links ratios written with units or nouns on both sides', () => {
    const d = readDocument('83,3ha/312 ha; 2.434.000.000 đ/1.400.000.000 đ; 42 căn/71 căn', null);
    const nums = d.quantities.filter((q) => q.ratioDen !== null).map((q) => [q.value, d.quantities[q.ratioDen!]!.value]);
    expect(nums).toEqual([[83.3, 312], [2_434_000_000, 1_400_000_000], [42, 71]]);
  });

  it('does not read document numbers, dates, headings or codes as quantities', () => {
    const q = read('2.1. Công tác chỉ đạo\nKế hoạch số 91/KH-UBND ngày 12/5/2022, Quốc lộ 1A, Covid-19, mô hình 4.0, Số: 209 /BC-UBND');
    expect(q).toEqual([]);
  });

  it('notes malformed spellings', () => {
    expect(read('được 6.000.0000.000 đồng')[0]!.issues).toEqual(['grouping']);
    expect(read('được 1.500.982.000 tỷ đồng')[0]!.issues).toEqual(['full-amount-magnitude']);
    expect(read('trị giá 28tỷ890 triệu đồng')[0]!.issues).toContain('glued');
    expect(read('trị giá 1,234,567 đồng')[0]!.issues).toEqual(['english-grouping']);
    expect(read('có 24550 Bằng khen')[0]!.issues).toEqual(['ungrouped']);
    expect(read('năm 2023 có 1.234 hộ')[0]!.issues).toEqual([]);
  });
});
