import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { assertXlsx } from '../../../indicators/xlsx/read-values';
import type { ImportIssue } from '../../../shared/api/awards-registry';
import { FIELD_LABELS, REQUIRED_FIELDS, TEMPLATE_FIELDS, headerField, type HistoryField } from './history-columns';

export type RawValue = string | number | Date | null;

export interface RawRow {
  /** 1-based sheet row number, as Excel shows it. */
  row: number;
  values: Partial<Record<HistoryField, { value: RawValue; cell: string }>>;
}

export interface ReadHistory {
  sheet: string;
  fields: HistoryField[];
  rows: RawRow[];
  errors: ImportIssue[];
}

const MAX_ROWS = 50_000;

function cellValue(v: ExcelJS.CellValue): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('result' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return `#${String((v as ExcelJS.CellErrorValue).error)}`;
  }
  return String(v);
}

const isBlank = (v: RawValue) => v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Reads the first sheet of an award history book: the header row is the first of the top ten rows
 * that names the person or the award column; other columns are matched by their usual names.
 */
export async function readHistoryWorkbook(buf: Buffer): Promise<ReadHistory> {
  assertXlsx(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', 'Tệp Excel bị hỏng, không đọc được.');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('VALIDATION', 'Tệp Excel không có trang tính nào.');
  const sheet = ws.name;
  let headerRow = 0;
  let columns = new Map<number, HistoryField>();
  for (let r = 1; r <= Math.min(10, ws.rowCount) && !headerRow; r++) {
    const found = new Map<number, HistoryField>();
    ws.getRow(r).eachCell((cell, c) => {
      const v = cellValue(cell.value);
      const f = typeof v === 'string' ? headerField(v) : null;
      if (f && ![...found.values()].includes(f)) found.set(c, f);
    });
    if ([...found.values()].some((f) => REQUIRED_FIELDS.includes(f))) {
      headerRow = r;
      columns = found;
    }
  }
  const fields = [...columns.values()];
  const errors: ImportIssue[] = [];
  const missing = REQUIRED_FIELDS.filter((f) => !fields.includes(f));
  if (!fields.includes('year') && !fields.includes('decisionDate')) missing.push('year');
  if (!headerRow || missing.length) {
    const where = headerRow ? `dòng tiêu đề (dòng ${headerRow})` : '10 dòng đầu';
    for (const f of missing.length ? missing : REQUIRED_FIELDS) {
      errors.push({ row: headerRow, cell: '', column: FIELD_LABELS[f], message: `Không tìm thấy cột "${FIELD_LABELS[f]}" ở ${where}. Hãy dùng mẫu tải từ hệ thống hoặc đặt đúng tên cột.` });
    }
    return { sheet, fields, rows: [], errors };
  }
  const rows: RawRow[] = [];
  ws.eachRow((row, r) => {
    if (r <= headerRow) return;
    const values: RawRow['values'] = {};
    let any = false;
    for (const [c, f] of columns) {
      const cell = row.getCell(c);
      const value = cellValue(cell.value);
      if (isBlank(value)) continue;
      any = true;
      values[f] = { value: typeof value === 'string' ? value.normalize('NFC').trim() : value, cell: cell.address };
    }
    if (any) rows.push({ row: r, values });
  });
  if (rows.length > MAX_ROWS) throw new AppError('PAYLOAD_TOO_LARGE', `Tệp có ${rows.length} dòng; mỗi lần nhập tối đa ${MAX_ROWS.toLocaleString('vi-VN')} dòng. Hãy chia tệp.`);
  return { sheet, fields, rows, errors };
}

/** A blank template with the columns in the order the reader expects, and one example row. */
export async function historyTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lịch sử khen thưởng');
  ws.addRow(TEMPLATE_FIELDS.map((f) => FIELD_LABELS[f]));
  ws.addRow(['Nguyễn Văn An', 'Cá nhân', 1980, 'Nam', 'Chuyên viên', 'Phòng Nội vụ', '', 'Lao động tiên tiến', 2023, '15/QĐ-UBND', '15/01/2024', 'Chủ tịch UBND phường', 'Thường xuyên', '', '']);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c) => (c.width = 20));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
