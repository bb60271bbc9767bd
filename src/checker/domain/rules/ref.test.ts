import { describe, expect, it } from 'vitest';
import { found } from '../../testing/findings';

const ref = (t: string) => found(t, 'REF');

describe('REF: citations that disagree with themselves or their type', () => {
  it('reports symbols that do not fit the document type or issuer', () => {
    expect(ref('Hướng dẫn số 3846/HĐ-SNV ngày 12/12/2023 về khen thưởng.')[0]).toMatchObject({ excerpt: '3846/HĐ-SNV', suggestion: '3846/HD-SNV' });
    expect(ref('Quyết định 919/QĐ-TTg ngày 01/8/2022 của Chính phủ về phê duyệt.')[0]!.message).toContain('Thủ tướng');
    expect(ref('Quy định số 08-QĐ/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.')).toEqual([]);
  });

  it('reports one document cited with two symbols or two dates', () => {
    expect(ref('Chỉ thị số 05-CT/TW ngày 15/5/2016. Theo Chỉ thị số 05/CT-TW ngày 15/5/2016.').map((f) => f.excerpt)).toEqual(['05/CT-TW']);
    expect(ref('Kế hoạch số 249/KH-UBND ngày 21/12/2023. Thực hiện Kế hoạch số 249/KH-UBND ngày 21/12/2024.').map((f) => f.excerpt)).toEqual(['21/12/2024']);
  });

  it('does not confuse documents numbered alike in other years', () => {
    expect(ref('Kế hoạch số 20/KH-UBND ngày 26/01/2024. Kế hoạch số 20/KH-UBND ngày 15/02/2023. Quyết định số 10/2024/QĐ-UBND ngày 13/6/2024; Quyết định số 10/2022/QĐ-UBND ngày 29/3/2022.')).toEqual([]);
  });
});
