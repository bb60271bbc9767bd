import { describe, expect, it } from 'vitest';
import { parseOutline } from '../outline';
import { found } from '../../testing/findings';

const OUTLINE = `ĐỀ CƯƠNG
I. ĐẶC ĐIỂM, TÌNH HÌNH CHUNG
II. KẾT QUẢ THỰC HIỆN
1. Công tác lãnh đạo, chỉ đạo triển khai phong trào
2. Công tác khen thưởng tập thể, cá nhân
3. Công tác kiểm tra, giám sát thực hiện phong trào
III.2. PHONG TRÀO KHÁC:
Các cơ quan, đơn vị báo cáo lần lượt từng nội dung tương tự mục III.1.
IV. KIẾN NGHỊ, ĐỀ XUẤT`;

describe('STRUCT: outline items the report does not answer', () => {
  it('parses numbered outlines and skips instructions', () => {
    const items = parseOutline(OUTLINE);
    expect(items.map((i) => i.label)).toEqual(['I', 'II', '1', '2', '3', 'III.2', 'IV']);
    expect(items[2]!.parent).toBe(1);
  });

  it('reports the missing items only', () => {
    const report = `BÁO CÁO
I. Đặc điểm, tình hình chung của địa phương
Thành phố có 6 đơn vị hành chính.
II. Kết quả thực hiện
1. Công tác lãnh đạo, chỉ đạo triển khai phong trào
Ban hành kế hoạch triển khai phong trào.
2. Công tác khen thưởng
Khen thưởng 35 tập thể, cá nhân tiêu biểu.`;
    const f = found(report, 'STRUCT', { outline: OUTLINE });
    const messages = f.map((x) => x.message).join(' | ');
    expect(messages).toContain('kiểm tra, giám sát');
    expect(messages).toContain('KIẾN NGHỊ');
    expect(messages).not.toContain('lãnh đạo');
    expect(messages).not.toContain('khen thưởng tập thể');
  });
});
