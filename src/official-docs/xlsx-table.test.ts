import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tablesToXlsx } from './xlsx-table';
import { sampleReport } from './testing/sample-report';

describe('tablesToXlsx', () => {
  it('writes one sheet per table with real numbers, bold header and Times New Roman', async () => {
    const doc = sampleReport();
    const appendix = doc.appendices?.[0];
    const body = doc.body.find((b) => b.kind === 'table');
    if (!appendix || body?.kind !== 'table') throw new Error('sample changed');
    const long = 'I. Kết quả thực hiện công tác thi đua, khen thưởng: năm 2024 [tổng hợp]';
    const bytes = await tablesToXlsx([
      { name: long, title: 'Kết quả', table: body.table },
      { name: long, table: appendix.table },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const n of names) {
      expect([...n].length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }

    const ws = wb.worksheets[1]!;
    // No title given: the header is the first row.
    const header = ws.getRow(1);
    expect(header.getCell(2).value).toBe('Đơn vị');
    expect(header.getCell(2).font?.bold).toBe(true);
    expect(header.getCell(2).font?.name).toBe('Times New Roman');
    const first = ws.getRow(2);
    expect(first.getCell(9).value).toBe(1234567890);
    expect(first.getCell(9).numFmt).toBe('#,##0');
    expect(ws.getRow(3).getCell(9).value).toBe(845000000.5);
    expect(ws.getRow(3).getCell(9).numFmt).toMatch(/^#,##0\.0#+$/);
    expect(ws.getRow(3).getCell(8).value).toBeNull();
    const total = ws.getRow(5);
    expect(total.getCell(2).value).toBe('Tổng cộng');
    expect(total.getCell(2).font?.bold).toBe(true);

    const withTitle = wb.worksheets[0]!;
    expect(withTitle.getCell('A1').value).toBe('Kết quả');
    expect(withTitle.getCell('A2').value).toBe('Kết quả khen thưởng năm 2024');
    expect(withTitle.getRow(4).getCell(1).value).toBe('Hình thức khen thưởng');
    expect(withTitle.getRow(5).getCell(2).value).toBe(12);
  });

  it('still produces a workbook when there is no table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await tablesToXlsx([])) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(1);
  });
});
