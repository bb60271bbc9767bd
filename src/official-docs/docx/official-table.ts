import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { CellValue, OfficialTable } from '../domain/model';
import { cellAlign, cellText, columnWidths, tableFontSizePt, type CellAlign } from '../domain/table-layout';
import { footnoteRun } from './footnote';
import { runs, type RunStyle } from './text';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
export const GRID_CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const CAPTION_SIZE = 14;

const ALIGN: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
};

export function cellParagraph(children: ParagraphChild[], align: CellAlign): Paragraph {
  return new Paragraph({ alignment: ALIGN[align], spacing: { before: 0, after: 0, line: 240 }, children });
}

/**
 * A data table of a report or appendix: thin grid, bold centred header row repeated on every page,
 * numbers Vietnamese-style. Table footnotes become real footnotes referenced from the caption, or
 * from the last column label when there is no caption.
 */
export function officialTable(t: OfficialTable, width: number): (Paragraph | Table)[] {
  const size = tableFontSizePt(t.columns.length);
  const widths = columnWidths(t.columns, width);
  const notes = (t.footnotes ?? []).map((f) => f.trim()).filter((f) => f !== '');
  const caption = t.caption?.trim();
  const out: (Paragraph | Table)[] = [];
  if (caption) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 120, after: 120 },
        children: [...runs(caption, { bold: true, size: CAPTION_SIZE }), ...notes.map(footnoteRun)],
      }),
    );
  }
  if (t.columns.length === 0) return out;
  const cell = (children: ParagraphChild[], i: number, align: CellAlign, header = false) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      children: [cellParagraph(children, align)],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) =>
      cell(
        [...runs(c.label, { bold: true, size }), ...(!caption && i === t.columns.length - 1 ? notes.map(footnoteRun) : [])],
        i,
        'center',
        true,
      ),
    ),
  });
  const dataRow = (values: CellValue[], style: RunStyle) =>
    new TableRow({
      cantSplit: true,
      children: t.columns.map((c, i) => {
        const v = values[i] ?? null;
        return cell(runs(cellText(v), { ...style, size }), i, cellAlign(c, v));
      }),
    });
  const rows = [header, ...t.rows.map((r) => dataRow(r, {})), ...(t.totalRow ? [dataRow(t.totalRow, { bold: true })] : [])];
  out.push(
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: GRID_BORDERS,
      margins: GRID_CELL_MARGINS,
      rows,
    }),
  );
  // Word glues a following table to this one; an empty line keeps them apart.
  out.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
  return out;
}
