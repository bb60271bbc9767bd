import { describe, expect, it } from 'vitest';
import { found } from '../../testing/findings';

const dup = (t: string) => found(t, 'DUP').map((f) => f.excerpt);

describe('DUP: repeated sentences, facts and categories', () => {
  it('reports a sentence written twice, even inside a longer one', () => {
    const s = 'Ban Vận động thành phố đã vận động trao tặng 3.755 phần quà cho gia đình chính sách, người nghèo với tổng trị giá 1.399.400.000 đồng.';
    expect(dup(`- Công tác chăm lo được thực hiện tốt ${s}\n- ${s}`)).toEqual([s]);
  });

  it('reports the same fact with other figures in the same section', () => {
    const t = 'Sửa chữa 04 cây cầu giao thông nông thôn ở xã Đại Thành và phường Hiệp Lợi tổng trị giá 190 triệu đồng.\nVận động sửa chữa 03 cây cầu giao thông nông thôn ở xã Đại Thành và phường Hiệp Lợi tổng trị giá 130 triệu đồng.';
    expect(dup(t)).toHaveLength(1);
  });

  it('does not report parallel sections (one per year) or re-listed documents', () => {
    const item = (n: string) => `- Đội mai tán: giúp đỡ cho 21 người nghèo qua đời gồm 21 quan tài, trị giá ${n} đồng.`;
    expect(dup(`* Năm 2021:\n${item('105.000.000')}\n* Năm 2022:\n${item('110.000.000')}`)).toEqual([]);
    const plan = 'Kế hoạch số 20/KH-UBND ngày 26/01/2024 thực hiện chủ đề năm 2024 của thành phố về xây dựng Đảng và hệ thống chính trị.';
    expect(dup(`${plan}\nIII. Văn bản đã ban hành\n${plan}`)).toEqual([]);
  });

  it('reports one category listed twice in an enumeration', () => {
    expect(dup('Kết quả: 01 Danh hiệu Anh hùng Lao động, 19 Huân chương Độc lập các hạng, 86 Huân chương Độc lập các hạng, 62 Cờ thi đua của Chính phủ.')).toEqual(['86 Huân chương Độc lập các hạng']);
    expect(dup('Khen thưởng 01 tập thể và 06 cá nhân; 03 tập thể; 02 cá nhân; 03 tập thể và 207 cá nhân.')).toEqual([]);
  });
});
