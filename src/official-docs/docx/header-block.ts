import { Paragraph, type Table } from 'docx';
import { longestLineWidthPt } from '../domain/text-width';
import type { OfficialDocument } from '../domain/model';
import { placeDateLine } from '../domain/date-line';
import { borderlessTable } from './borderless';
import { centred, rule, runs } from './text';
import { HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH, SIZE, ptToTwips } from './layout';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const CELL_PADDING = 56;
/** Keeps the rule clear of descenders and of the dots below Ư, Ậ …, so it does not read as an underline. */
const RULE_GAP = 60;

/** Ô 1–4 of NĐ 30: agency and number on the left, Quốc hiệu, Tiêu ngữ and date on the right. */
export function headerBlock(doc: OfficialDocument): Table {
  const leftWidth = HEADER_LEFT_WIDTH - CELL_PADDING;
  const rightWidth = HEADER_RIGHT_WIDTH - CELL_PADDING;
  const parent = doc.parentBody?.trim().toLocaleUpperCase('vi') ?? '';
  const issuing = doc.issuingBody.trim().toLocaleUpperCase('vi');
  const fits = (size: number) =>
    ptToTwips(Math.max(longestLineWidthPt(parent, size), longestLineWidthPt(issuing, size, true))) <= leftWidth;
  const agencySize = fits(SIZE.agency) ? SIZE.agency : SIZE.agencySmall;
  // About 40 % of the agency name, inside the 1/3–1/2 NĐ 30 asks for, never wider than the column.
  const issuingRule = Math.min(leftWidth, ptToTwips(longestLineWidthPt(issuing, agencySize, true) * 0.4));
  const mottoRule = Math.min(rightWidth, ptToTwips(longestLineWidthPt(MOTTO, SIZE.motto, true)));

  const left: Paragraph[] = [
    ...(parent ? [centred(runs(parent, { size: agencySize }))] : []),
    centred(runs(issuing, { bold: true, size: agencySize })),
    rule(Math.max(issuingRule, ptToTwips(40)), leftWidth, RULE_GAP),
  ];
  const right: Paragraph[] = [
    centred(runs(NATIONAL_TITLE, { bold: true, size: SIZE.nationalTitle })),
    centred(runs(MOTTO, { bold: true, size: SIZE.motto })),
    rule(mottoRule, rightWidth, RULE_GAP),
  ];
  const numberCell = [centred(runs(doc.numberSymbol, { size: SIZE.numberSymbol }), { spacing: { before: 80, after: 0 } })];
  const dateCell = [
    centred(runs(placeDateLine(doc.place, doc.date, { draftYear: doc.draftYear ?? null }), { italics: true, size: SIZE.dateLine }), {
      spacing: { before: 80, after: 0 },
    }),
  ];
  return borderlessTable(
    [HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH],
    [
      [left, right],
      [numberCell, dateCell],
    ],
  );
}
