import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { AppError } from '../../shared/errors';
import type { IndicatorView } from '../../shared/api/indicators';
import { parseViNumber } from '../domain/vi-number';
import { DATA_SHEET, FIRST_INDICATOR_COL, HEADER_ROW, MAX_UNZIPPED_BYTES, MAX_UPLOAD_BYTES, META_SHEET, UNIT_ID_HEADER } from './layout';

export interface SheetIssue {
  sheet: string;
  cell: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface ReadCell {
  indicatorId: string;
  unitId: string;
  value: number;
  cell: string;
  /** Where the row's unit id sits, to point at it if the unit turns out not to exist. */
  unitCell: string;
}

export interface ReadResult {
  meta: { setId?: string; period?: string; kind?: string };
  cells: ReadCell[];
  errors: SheetIssue[];
}

/** Rejects what is not an XLSX we can open safely, before the spreadsheet library sees it. */
export function assertXlsx(buf: Buffer): void {
  if (buf.length === 0) throw new AppError('VALIDATION', 'Tệp tải lên trống.');
  if (buf.length > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `Tệp quá lớn (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB).`);
  if (buf.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') {
    const ole = buf.subarray(0, 4).toString('hex') === 'd0cf11e0';
    throw new AppError('VALIDATION', ole ? 'Tệp là định dạng Excel cũ (.xls) hoặc có mật khẩu; hãy lưu lại thành .xlsx không đặt mật khẩu.' : 'Tệp tải lên không phải tệp Excel .xlsx.');
  }
  let total = 0;
  let names: string[] = [];
  try {
    unzipSync(buf, {
      filter: (f) => {
        total += f.originalSize;
        names.push(f.name);
        return false;
      },
    });
  } catch {
    throw new AppError('VALIDATION', 'Tệp Excel bị hỏng, không đọc được.');
  }
  if (total > MAX_UNZIPPED_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'Tệp Excel giải nén ra quá lớn; có thể tệp bị lỗi hoặc độc hại.');
  if (!names.includes('xl/workbook.xml')) throw new AppError('VALIDATION', 'Tệp nén này không phải bảng tính Excel .xlsx.');
  names = [];
}

const cellText = (v: ExcelJS.CellValue): string | number | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('result' in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return `#${String((v as ExcelJS.CellErrorValue).error)}`;
  }
  return String(v);
};

/** Reads the figures; unit ids are only checked for shape here (the caller checks they exist). */
export async function readValuesWorkbook(buf: Buffer, indicators: IndicatorView[]): Promise<ReadResult> {
  assertXlsx(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', 'Tệp Excel bị hỏng, không đọc được.');
  }
  const meta: ReadResult['meta'] = {};
  wb.getWorksheet(META_SHEET)?.eachRow((row) => {
    const k = cellText(row.getCell(1).value);
    const v = cellText(row.getCell(2).value);
    if (k === 'setId' || k === 'period' || k === 'kind') meta[k] = v === null ? undefined : String(v);
  });
  const ws = wb.getWorksheet(DATA_SHEET) ?? wb.worksheets[0];
  if (!ws) throw new AppError('VALIDATION', 'Tệp Excel không có trang tính nào.');
  const sheet = ws.name;
  const header = ws.getRow(HEADER_ROW);
  if (String(cellText(header.getCell(2).value) ?? '').trim() !== UNIT_ID_HEADER) {
    throw new AppError('VALIDATION', `Thiếu cột "${UNIT_ID_HEADER}" ở ô ${sheet}!B${HEADER_ROW}. Hãy dùng mẫu tải từ hệ thống và không xóa cột, dòng tiêu đề.`);
  }
  const byCode = new Map(indicators.map((i) => [i.code.toUpperCase(), i]));
  const errors: SheetIssue[] = [];
  const columns = new Map<number, IndicatorView>();
  for (let c = FIRST_INDICATOR_COL; c <= header.cellCount; c++) {
    const code = String(cellText(header.getCell(c).value) ?? '').trim().toUpperCase();
    if (!code) continue;
    const ind = byCode.get(code);
    if (ind) columns.set(c, ind);
    else errors.push({ sheet, cell: header.getCell(c).address, severity: 'error', message: `Mã chỉ tiêu "${code}" không có trong bộ chỉ tiêu.` });
  }
  if (columns.size === 0) throw new AppError('VALIDATION', `Không tìm thấy cột chỉ tiêu nào ở dòng ${HEADER_ROW}; hãy dùng mẫu tải từ hệ thống.`);
  const cells: ReadCell[] = [];
  const seen = new Set<string>();
  ws.eachRow((row, r) => {
    if (r <= HEADER_ROW + 1) return;
    const idCell = row.getCell(2);
    const unitId = String(cellText(idCell.value) ?? '').trim();
    const hasData = [...columns.keys()].some((c) => cellText(row.getCell(c).value) !== null && String(cellText(row.getCell(c).value)).trim() !== '');
    if (!unitId) {
      if (hasData) errors.push({ sheet, cell: idCell.address, severity: 'error', message: 'Dòng có số liệu nhưng thiếu mã định danh đơn vị.' });
      return;
    }
    const unitName = String(cellText(row.getCell(3).value) ?? '').trim() || `dòng ${r}`;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(unitId)) {
      errors.push({ sheet, cell: idCell.address, severity: 'error', message: `Mã định danh đơn vị "${unitId.slice(0, 40)}" không hợp lệ; không sửa cột này trong mẫu.` });
      return;
    }
    if (seen.has(unitId)) {
      errors.push({ sheet, cell: idCell.address, severity: 'error', message: `${unitName} xuất hiện hai lần trong tệp.` });
      return;
    }
    seen.add(unitId);
    for (const [c, ind] of columns) {
      const cell = row.getCell(c);
      const raw = cellText(cell.value);
      if (raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
      const p = parseViNumber(raw, { unitOfMeasure: ind.unitOfMeasure, maxDecimals: ind.decimals });
      if (p.ok) cells.push({ indicatorId: ind.id, unitId, value: p.value, cell: cell.address, unitCell: idCell.address });
      else errors.push({ sheet, cell: cell.address, severity: 'error', message: `${ind.code} — ${unitName}: ${p.reason}` });
    }
  });
  return { meta, cells, errors };
}
