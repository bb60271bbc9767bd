import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/**
 * A layout table without borders, the way Word templates of NĐ 30 place the two header columns
 * and the Nơi nhận / signature pair side by side. Rows do not split across pages.
 */
export function borderlessTable(widths: [number, number], rows: [Paragraph[], Paragraph[]][]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: 28, right: 28, top: 0, bottom: 0 },
    rows: rows.map(
      ([left, right]) =>
        new TableRow({
          cantSplit: true,
          children: [left, right].map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                verticalAlign: VerticalAlignTable.TOP,
                children: children.length > 0 ? children : [new Paragraph({ children: [] })],
              }),
          ),
        }),
    ),
  });
}
