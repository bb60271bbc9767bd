import ExcelJS from 'exceljs';
import type { CellValue, OfficialTable } from './domain/model';
import { cellAlign, cellText } from './domain/table-layout';
import { uniqueSheetNames } from './domain/sheet-names';

export interface XlsxTableInput {
  name: string;
  title?: string;
  table: OfficialTable;
}

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/**
 * Excel shows these with the user's own separators: on a Vietnamese Windows "1.234.567,5", on an
 * English one "1,234,567.5", and the cell stays a number that sums. Integers get no decimals.
 */
export function numberFormat(value: number): string {
  return Number.isInteger(value) ? '#,##0' : '#,##0.0#####';
}

/** The tables of a document as a workbook: one sheet each, title on top, real numbers in the cells. */
export async function tablesToXlsx(tables: XlsxTableInput[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const names = uniqueSheetNames(tables.map((t) => t.name));
  tables.forEach((t, i) => addSheet(wb, names[i] ?? `Bảng ${i + 1}`, t));
  if (tables.length === 0) wb.addWorksheet('Bảng').getCell('A1').value = 'Văn bản không có bảng số liệu.';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addSheet(wb: ExcelJS.Workbook, name: string, t: XlsxTableInput): void {
  const ws = wb.addWorksheet(name);
  const { columns } = t.table;
  const n = Math.max(1, columns.length);
  let r = 1;
  const heading = [t.title?.trim(), t.table.caption?.trim()].filter((s): s is string => !!s);
  for (const text of [...new Set(heading)]) {
    ws.mergeCells(r, 1, r, n);
    const c = ws.getCell(r, 1);
    c.value = text;
    c.font = { name: FONT, bold: true, size: 13 };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    r++;
  }
  if (heading.length > 0) r++;
  const headerRow = r;
  columns.forEach((col, i) => {
    const c = ws.getCell(r, i + 1);
    c.value = col.label;
    c.font = { name: FONT, bold: true, size: 12 };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = GRID;
  });
  r++;
  const writeRow = (values: CellValue[], bold: boolean) => {
    columns.forEach((col, i) => {
      const v = values[i] ?? null;
      const c = ws.getCell(r, i + 1);
      c.value = typeof v === 'number' && Number.isFinite(v) ? v : cellText(v) || null;
      if (typeof v === 'number' && Number.isFinite(v)) c.numFmt = numberFormat(v);
      c.font = { name: FONT, size: 12, bold };
      c.alignment = { horizontal: cellAlign(col, v), vertical: 'top', wrapText: true };
      c.border = GRID;
    });
    r++;
  };
  for (const row of t.table.rows) writeRow(row, false);
  if (t.table.totalRow) writeRow(t.table.totalRow, true);
  for (const note of t.table.footnotes ?? []) {
    r++;
    const c = ws.getCell(r, 1);
    c.value = `Ghi chú: ${note}`;
    c.font = { name: FONT, italic: true, size: 11 };
  }
  columns.forEach((col, i) => {
    const longest = Math.max(col.label.length / 2, ...t.table.rows.map((row) => cellText(row[i] ?? null).length));
    ws.getColumn(i + 1).width = Math.min(60, Math.max(8, Math.ceil(longest) + 2));
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  ws.pageSetup = { paperSize: 9, orientation: columns.length > 6 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
}
