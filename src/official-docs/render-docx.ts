import { Document, Packer, Paragraph, type Table } from 'docx';
import { appendixIsLandscape, type OfficialBlock, type OfficialDocument } from './domain/model';
import { longestLineWidthPt } from './domain/text-width';
import { appendixContent } from './docx/appendix';
import { bodyParagraph } from './docx/body-paragraph';
import { closingBlock } from './docx/closing-block';
import { headerBlock } from './docx/header-block';
import { heading } from './docx/headings';
import { PORTRAIT_TEXT_WIDTH, SIZE, TITLE_LINE_SPACING, mmToTwips, ptToTwips } from './docx/layout';
import { officialTable } from './docx/official-table';
import { richBlocks } from './docx/rich';
import { section } from './docx/sections';
import { repairNoteSeparators } from './docx/repair';
import { officialStyles } from './docx/styles';
import { centred, rule, runs } from './docx/text';

/** The trích yếu is set a little narrower than the body so long titles wrap into a centred block. */
const TITLE_INDENT = mmToTwips(10);

/** A văn bản hành chính as a DOCX laid out by NĐ 30/2020 (A4, Times New Roman, ô 1–9). */
export async function renderOfficialDocx(doc: OfficialDocument): Promise<Buffer> {
  const appendices = doc.appendices ?? [];
  const file = new Document({
    creator: 'thidua',
    title: `${doc.docTypeName} ${doc.title}`.replace(/\s+/g, ' ').trim(),
    styles: officialStyles,
    sections: [
      section(
        [
          headerBlock(doc),
          ...titleBlock(doc),
          ...doc.body.flatMap((b, i) => block(b, i === doc.body.length - 1)),
          // NĐ 30 practice: the signature never stands alone on a page, so the last body paragraph
          // (through this spacer) is kept with the closing block.
          new Paragraph({ keepNext: true, spacing: { before: 0, after: 0 }, children: [] }),
          closingBlock(doc.recipients, doc.signature),
        ],
        { landscape: false, restartNumbering: false },
      ),
      ...appendices.map((a, i) => section(appendixContent(a, i, appendices.length), { landscape: appendixIsLandscape(a), restartNumbering: true })),
    ],
  });
  return repairNoteSeparators(await Packer.toBuffer(file));
}

/** Ô 5a: tên loại in bold capitals, the trích yếu in bold, a short rule under it. */
function titleBlock(doc: OfficialDocument): Paragraph[] {
  const title = doc.title.trim();
  const width = PORTRAIT_TEXT_WIDTH - 2 * TITLE_INDENT;
  const longest = Math.min(width, ptToTwips(longestLineWidthPt(title, SIZE.docType, true)));
  return [
    centred(runs(doc.docTypeName.trim().toLocaleUpperCase('vi'), { bold: true, size: SIZE.docType }), {
      spacing: { before: 360, after: 0, line: TITLE_LINE_SPACING },
      keepNext: true,
    }),
    centred(runs(title, { bold: true, size: SIZE.docType }), {
      indent: { left: TITLE_INDENT, right: TITLE_INDENT },
      spacing: { before: 0, after: 0, line: TITLE_LINE_SPACING },
      keepNext: true,
    }),
    rule(Math.max(mmToTwips(20), Math.round(longest * 0.35)), PORTRAIT_TEXT_WIDTH, 100, 360),
  ];
}

function block(b: OfficialBlock, last: boolean): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [heading(b.level, b.numbering, b.text)];
    case 'paragraph':
      return [bodyParagraph(runs(b.text, b.italic ? { italics: true } : {}), { keepNext: last })];
    case 'rich':
      return richBlocks(b.doc, PORTRAIT_TEXT_WIDTH, { keepLastWithNext: last });
    case 'table':
      return officialTable(b.table, PORTRAIT_TEXT_WIDTH);
  }
}

