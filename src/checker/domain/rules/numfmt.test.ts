import { describe, expect, it } from 'vitest';
import { found } from '../../testing/findings';

const numfmt = (t: string) => found(t, 'NUMFMT').map((f) => f.excerpt);

describe('NUMFMT: malformed or implausible numbers', () => {
  it('reports bad grouping, mixed magnitudes, glued words, English style and stray spaces', () => {
    expect(numfmt('Hiện vật quy tiền 6.000.0000.000 đồng.')).toEqual(['6.000.0000.000']);
    expect(numfmt('Tiền mặt: 1.500.982.000 tỷ đồng.')).toEqual(['1.500.982.000 tỷ']);
    expect(numfmt('Vận động 28tỷ890 triệu đồng.')).toEqual(['28tỷ890 triệu']);
    expect(numfmt('Vận động 1,234,567 đồng.')).toEqual(['1,234,567']);
    expect(numfmt('Vận động 1.500. 000 đồng.')).toEqual(['1.500. 000']);
    expect(numfmt('Có 24550 Bằng khen.')).toEqual(['24550']);
  });

  it('reports four-digit figures without a dot only when the report groups them elsewhere', () => {
    expect(numfmt('Hộ cận nghèo 533 hộ, với 1865 khẩu.')).toEqual([]);
    expect(numfmt('Hộ cận nghèo 533 hộ, với 1865 khẩu; 1.120 tổ viên.')).toEqual(['1865']);
  });

  it('reports totals whose size cannot fit what they pay for', () => {
    expect(numfmt('Xây dựng 42 căn nhà đại đoàn kết, tổng kinh phí 1.900.000 đồng.')).toEqual(['1.900.000 đồng']);
    expect(numfmt('Xây dựng 42 căn nhà đại đoàn kết, tổng kinh phí 2.100.000.000 đồng.')).toEqual([]);
    expect(numfmt('Số hộ nghèo chiếm 112% dân số.')).toEqual(['112%']);
  });

  it('leaves well-formed figures alone', () => {
    expect(numfmt('Vốn 24,43 tỷ đồng; 65.733,16 tỷ đồng; 1.156,271 triệu USD; 4 tỷ 227 triệu đồng; 78,07km2; 200.000đ; mô hình 4.0; Covid-19; năm 2023.')).toEqual([]);
  });
});
