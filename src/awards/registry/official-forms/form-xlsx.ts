import ExcelJS from 'exceljs';
import type { FilledForm } from './model';

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN };

export interface FormSheetInput {
  form: FilledForm;
  year: number;
  reportingUnit: string;
  receivingUnit: string;
  measure?: string;
  receipt?: string;
  hasUnitColumn: boolean;
}

/**
 * A filled statistical form laid out as the Ministry's template: the form number and circular on
 * the left, reporting and receiving units on the right, the title and year, a header of merged
 * groups, the A/B/C and 1, 2, … column letters, then the rows with their codes.
 */
export async function formToXlsx(input: FormSheetInput): Promise<Buffer> {
  const { form } = input;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const ws = wb.addWorksheet(`Biểu ${form.id.slice(0, 4)}`);
  const lead = input.hasUnitColumn ? 3 : 2;
  const width = lead + 1 + form.columns.length;
  const half = Math.max(lead + 1, Math.floor(width / 2));
  const put = (r: number, c1: number, c2: number, value: string, font: Partial<ExcelJS.Font> = {}, horizontal: 'left' | 'center' | 'right' = 'left') => {
    if (c2 > c1) ws.mergeCells(r, c1, r, c2);
    const cell = ws.getCell(r, c1);
    cell.value = value;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  };
  put(1, 1, half, `Biểu số: ${form.id}`, { bold: true });
  put(1, half + 1, width, `Đơn vị báo cáo: ${input.reportingUnit}`, {}, 'center');
  put(2, 1, half, `Ban hành theo ${form.circular}`);
  put(2, half + 1, width, `Đơn vị nhận báo cáo: ${input.receivingUnit}`, {}, 'center');
  if (input.receipt) put(3, 1, half, `Ngày nhận báo cáo: ${input.receipt}`);
  put(5, 1, width, form.title, { bold: true, size: 14 }, 'center');
  put(6, 1, width, `Năm ${input.year}`, { italic: true }, 'center');
  if (input.measure) put(7, 1, width, input.measure, { italic: true }, 'right');

  const top = 9;
  const depth = Math.max(1, ...form.columns.map((c) => c.header.length));
  const fixed = ['', 'Mã số', ...(input.hasUnitColumn ? ['Đơn vị tính'] : []), 'Tổng số'];
  const header = (r: number, c: number, value: string) => {
    const cell = ws.getCell(r, c);
    cell.value = value;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = GRID;
  };
  fixed.forEach((label, i) => {
    if (depth > 1) ws.mergeCells(top, i + 1, top + depth - 1, i + 1);
    header(top, i + 1, label);
  });
  // Each level merges runs of columns sharing the same path so far; a short path spans down to the bottom.
  for (let level = 0; level < depth; level++) {
    let c = 0;
    while (c < form.columns.length) {
      const path = form.columns[c]!.header;
      if (level >= path.length) {
        c++;
        continue;
      }
      const prefix = path.slice(0, level + 1).join('\u0000');
      let end = c;
      while (end + 1 < form.columns.length && form.columns[end + 1]!.header.slice(0, level + 1).join('\u0000') === prefix && form.columns[end + 1]!.header.length > level) end++;
      const lastLevel = path.length - 1 === level && end === c ? top + depth - 1 : top + level;
      const col = fixed.length + 1 + c;
      if (end > c || lastLevel > top + level) ws.mergeCells(top + level, col, lastLevel, fixed.length + 1 + end);
      header(top + level, col, path[level]!);
      c = end + 1;
    }
  }
  const letters = top + depth;
  const labels = ['A', 'B', ...(input.hasUnitColumn ? ['C'] : []), ...Array.from({ length: form.columns.length + 1 }, (_, i) => String(i + 1))];
  labels.forEach((l, i) => header(letters, i + 1, l));

  form.rows.forEach((row, i) => {
    const r = letters + 1 + i;
    const values: (string | number | null)[] = [row.label, row.code || null, ...(input.hasUnitColumn ? [row.unit] : []), row.total, ...row.cells];
    values.forEach((v, c) => {
      const cell = ws.getCell(r, c + 1);
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = '#,##0';
      cell.font = { name: FONT, size: 12, bold: row.bold || row.heading };
      cell.alignment = { horizontal: c === 0 ? 'left' : c < lead ? 'center' : 'right', vertical: 'middle', wrapText: true };
      cell.border = GRID;
    });
  });
  ws.getColumn(1).width = 48;
  ws.getColumn(2).width = 7;
  if (input.hasUnitColumn) ws.getColumn(3).width = 11;
  for (let c = lead + 1; c <= width; c++) ws.getColumn(c).width = 12;
  ws.views = [{ state: 'frozen', ySplit: letters, xSplit: 1 }];
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
