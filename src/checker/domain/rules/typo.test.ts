import { describe, expect, it } from 'vitest';
import { found } from '../../testing/findings';

const typo = (t: string) => found(t, 'TYPO').map((f) => [f.excerpt, f.suggestion]);

describe('TYPO: misspelled domain terms', () => {
  it('suggests the right word, keeping capitals', () => {
    expect(typo('Ủy ban Mật trận Tổ quốc hổ trợ sản suất.')).toEqual([['Mật trận', 'Mặt trận'], ['hổ trợ', 'hỗ trợ'], ['sản suất', 'sản xuất']]);
    expect(typo('Luật Thi đấu, khen thưởng; phong trào thi đấu yêu nước.')).toEqual([['Thi đấu', 'Thi đua'], ['thi đấu', 'thi đua']]);
    expect(typo('Các tỉnh đã đã tập trung chỉ đạo.')).toEqual([['đã đã', 'đã']]);
  });

  it('leaves correct uses alone', () => {
    expect(typo('Hội thao thi đấu bóng đá; trao đổi với nhân dân; người người học tập, nhà nhà học tập.')).toEqual([]);
  });
});
