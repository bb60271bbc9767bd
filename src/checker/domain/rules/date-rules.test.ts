import { describe, expect, it } from 'vitest';
import { found } from '../../testing/findings';

const dates = (t: string, date?: string) => found(t, 'DATE', date ? { date } : {}).map((f) => f.excerpt);

describe('DATE: impossible, malformed and out-of-period dates', () => {
  it('reports impossible dates and years with a guess', () => {
    const [f] = found('Báo cáo năm 2023\nNăm 2203: lập hồ sơ công nhận sản phẩm.', 'DATE');
    expect(f).toMatchObject({ excerpt: '2203', suggestion: '2023' });
    expect(dates('Hội nghị ngày 31/4/2024.')).toEqual(['31/4/2024']);
    expect(dates('Tờ trình ngày 20 ngày 3 năm 2024.')).toEqual(['ngày 20 ngày 3 năm 2024']);
    expect(dates('Kế hoạch vận động năm 202; triển khai')).toEqual(['năm 202']);
  });

  it('reports "cùng kỳ" with the report\'s own year and documents dated after the report', () => {
    expect(dates('GRDP tăng 5,73% so với cùng kỳ năm 2024.', '2024-06-28')).toEqual(['2024']);
    expect(dates('GRDP tăng 5,73% so với cùng kỳ năm 2023.', '2024-06-28')).toEqual([]);
    expect(dates('Thực hiện Kế hoạch số 249/KH-UBND ngày 21/12/2024 của UBND thành phố.', '2024-06-28')).toEqual(['21/12/2024']);
  });

  it('reports results in a later year but not plans', () => {
    expect(dates('Năm 2026, thành phố đã tổ chức thành công hội thao.', '2024-06-28')).toEqual(['2026']);
    expect(dates('Phấn đấu đến năm 2026 đạt 100% xã nông thôn mới; tầm nhìn đến năm 2045.', '2024-06-28')).toEqual([]);
  });

  it('reports a term of office written two ways', () => {
    expect(dates('Bầu cử nhiệm kỳ 2021-2026. Đại biểu nhiệm kỳ 2021-2026. Đại biểu HĐND nhiệm kỳ 2021 - 2025.')).toEqual(['nhiệm kỳ 2021 - 2025']);
    expect(dates('Đại hội Đảng bộ nhiệm kỳ 2020-2025; HĐND nhiệm kỳ 2021-2026.')).toEqual([]);
  });
});
