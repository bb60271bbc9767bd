import { describe, expect, it } from 'vitest';
import { findCitations, parseCitation } from './citation';

describe('parseCitation', () => {
  it('reads a plan cited with a numeric date and a subject', () => {
    const c = parseCitation('Kế hoạch số 194/KH-UBND ngày 25/10/2022 về việc phát động phong trào thi đua "Vì người nghèo" trên địa bàn tỉnh.')!;
    expect(c).toMatchObject({ numberSymbol: '194/KH-UBND', number: '194', symbol: 'KH-UBND', issuedOn: '2022-10-25', issuer: null, warnings: [] });
    expect(c.type.name).toBe('Kế hoạch');
    expect(c.title).toBe('về việc phát động phong trào thi đua "Vì người nghèo" trên địa bàn tỉnh');
  });

  it('reads a decision dated in words ("ngày 18 tháng 5 năm 2022")', () => {
    const c = parseCitation('Quyết định số 587/QĐ-TTg ngày 18 tháng 5 năm 2022')!;
    expect(c).toMatchObject({ numberSymbol: '587/QĐ-TTg', symbol: 'QĐ-TTg', issuedOn: '2022-05-18' });
    expect(c.type.abbr).toBe('QĐ');
  });

  it('reads a legal normative number with its year, and a missing "số"', () => {
    expect(parseCitation('Quyết định số 10/2024/QĐ-UBND ngày 13 tháng 6 năm 2024')).toMatchObject({ numberSymbol: '10/2024/QĐ-UBND', numberYear: 2024, symbol: 'QĐ-UBND', issuedOn: '2024-06-13' });
    expect(parseCitation('Nghị định 111/2022/NĐ-CP ngày 30 tháng 12 năm 2022 của Chính phủ¹⁵')).toMatchObject({ numberYear: 2022, issuer: 'Chính phủ' });
  });

  it('reads Party documents ("34-CT/TW") and official letters without a type abbreviation', () => {
    expect(parseCitation('Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng')).toMatchObject({
      numberSymbol: '34-CT/TW', symbol: 'CT/TW', issuedOn: '2014-04-07', issuer: 'Bộ Chính trị', title: 'về tiếp tục đổi mới công tác thi đua, khen thưởng', warnings: [],
    });
    const cv = parseCitation('Công văn 3959/UBND-VXNV ngày 22/9/2023 của UBND tỉnh')!;
    expect(cv).toMatchObject({ numberSymbol: '3959/UBND-VXNV', issuer: 'UBND tỉnh', warnings: [] });
    expect(cv.type.name).toBe('Công văn');
  });

  it('tolerates a stray space before the slash and "của Chủ tịch Ủy ban nhân dân tỉnh" as issuer', () => {
    const c = parseCitation('(Kèm theo Công văn số 3959 /UBND-VXNV ngày 22 tháng 9 năm 2023 của Chủ tịch Ủy ban nhân dân tỉnh)')!;
    expect(c).toMatchObject({ numberSymbol: '3959/UBND-VXNV', issuedOn: '2023-09-22', issuer: 'Chủ tịch Ủy ban nhân dân tỉnh' });
  });

  it('warns about a symbol that does not match its type (HĐ for a Hướng dẫn)', () => {
    const c = parseCitation('Hướng dẫn số 2694/HĐ-BTĐKT ngày 08/11/2018 của Ban Thi đua - Khen thưởng Trung ương về tổ chức hoạt động')!;
    expect(c.issuer).toBe('Ban Thi đua - Khen thưởng Trung ương');
    expect(c.warnings).toEqual([expect.stringContaining('phải viết "HD"')]);
  });

  it('warns when a QĐ-TTg is said to be issued by the Government', () => {
    const c = parseCitation('Quyết định 919/QĐ-TTg ngày 01/8/2022 của Chính phủ về phê duyệt Chương trình')!;
    expect(c.warnings).toEqual([expect.stringContaining('Thủ tướng Chính phủ')]);
    expect(parseCitation('Quyết định số 1315/QĐ-TTg ngày 09 tháng 11 năm 2023 của Thủ tướng Chính phủ ban hành Kế hoạch')!.warnings).toEqual([]);
  });

  it('flags impossible dates and a number year that differs from the date', () => {
    const c = parseCitation('Nghị định số 98/2023/NĐ-CP ngày 31/02/2023 của Chính phủ')!;
    expect(c.issuedOn).toBeNull();
    expect(c.warnings).toEqual([expect.stringContaining('không có thật')]);
    expect(parseCitation('Quyết định số 10/2023/QĐ-UBND ngày 13/6/2024')!.warnings).toEqual([expect.stringContaining('Năm trong số hiệu (2023)')]);
  });

  it('accepts decomposed (NFD) text and returns null when there is no citation', () => {
    expect(parseCitation('Kê\u0301 hoa\u0323ch số 91/KH-UBND nga\u0300y 12/5/2022')!.numberSymbol).toBe('91/KH-UBND');
    expect(parseCitation('Báo cáo tình hình thi đua năm 2023')).toBeNull();
  });
});

describe('findCitations', () => {
  it('finds every citation in a paragraph with its offsets', () => {
    const text = 'Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới; Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua; Kế hoạch số 91/KH-UBND ngày 12/5/2022.';
    const found = findCitations(text);
    expect(found.map((c) => c.numberSymbol)).toEqual(['34-CT/TW', '19/CT-TTg', '91/KH-UBND']);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
    expect(found[0]!.raw.startsWith('Chỉ thị số 34-CT/TW')).toBe(true);
    expect(found[1]!.issuer).toBe('Thủ tướng Chính phủ');
  });
});
