import ExcelJS from 'exceljs';
import type { IndicatorView } from '../../shared/api/indicators';
import { DATA_SHEET, FIRST_DATA_ROW, FIRST_INDICATOR_COL, HEADER_ROW, META_SHEET, UNIT_ID_HEADER, UNIT_NAME_HEADER, UOM_ROW } from './layout';

export interface TemplateInput {
  setId: string;
  setName: string;
  periodKey: string;
  periodLabel: string;
  kind: string;
  kindLabel: string;
  indicators: IndicatorView[];
  units: { id: string; name: string }[];
  /** Current figures, prefilled so that a re-upload changes only what the user edited. */
  values: Map<string, number>;
}

const numFmt = (decimals: number) => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');

export async function buildValuesTemplate(t: TemplateInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', xSplit: 3, ySplit: UOM_ROW }] });
  ws.getCell('A1').value = `BẢNG NHẬP SỐ LIỆU: ${t.setName.toUpperCase()}`;
  ws.getCell('A1').font = { bold: true, size: 13, name: 'Times New Roman' };
  ws.getCell('A2').value = `${t.periodLabel} — ${t.kindLabel}. Nhập số theo kiểu Việt Nam (1.234.567,5) hoặc số của Excel; để trống ô chưa có số liệu. Không sửa cột mã định danh và dòng tiêu đề.`;
  ws.getCell('A2').font = { italic: true, name: 'Times New Roman' };
  const header = ws.getRow(HEADER_ROW);
  header.values = ['STT', UNIT_ID_HEADER, UNIT_NAME_HEADER, ...t.indicators.map((i) => i.code)];
  const uom = ws.getRow(UOM_ROW);
  uom.values = ['', '', 'Tên chỉ tiêu / đơn vị tính →', ...t.indicators.map((i) => `${i.name} (${i.unitOfMeasure})`)];
  for (const r of [header, uom]) {
    r.font = { bold: true, name: 'Times New Roman' };
    r.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  }
  t.units.forEach((u, i) => {
    const row = ws.getRow(FIRST_DATA_ROW + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = u.id;
    row.getCell(3).value = u.name;
    t.indicators.forEach((ind, j) => {
      const cell = row.getCell(FIRST_INDICATOR_COL + j);
      const v = t.values.get(`${ind.id}|${u.id}`);
      if (v !== undefined) cell.value = v;
      cell.numFmt = numFmt(ind.decimals);
    });
  });
  ws.getColumn(1).width = 6;
  ws.getColumn(2).hidden = true;
  ws.getColumn(2).width = 38;
  ws.getColumn(3).width = 32;
  t.indicators.forEach((_, j) => (ws.getColumn(FIRST_INDICATOR_COL + j).width = 18));
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([['setId', t.setId], ['period', t.periodKey], ['kind', t.kind], ['format', 'thidua-values-1']]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
