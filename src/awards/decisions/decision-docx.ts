import { Document, Packer, Paragraph, type Table } from 'docx';
import { appendixContent } from '../../official-docs/docx/appendix';
import { bodyParagraph } from '../../official-docs/docx/body-paragraph';
import { closingBlock } from '../../official-docs/docx/closing-block';
import { headerBlock } from '../../official-docs/docx/header-block';
import { PORTRAIT_TEXT_WIDTH, SIZE, TITLE_LINE_SPACING, mmToTwips } from '../../official-docs/docx/layout';
import { officialTable } from '../../official-docs/docx/official-table';
import { repairNoteSeparators } from '../../official-docs/docx/repair';
import { section } from '../../official-docs/docx/sections';
import { officialStyles } from '../../official-docs/docx/styles';
import { centred, rule, run, runs } from '../../official-docs/docx/text';
import type { DecisionDoc } from './domain/decision-document';

/**
 * A quyết định laid out by NĐ 30/2020, from the shared header and closing blocks: the authority line
 * and "QUYẾT ĐỊNH:" centred in bold, căn cứ in italics, articles with their bold label, and the list
 * either inside Điều 1 or as the attached list on its own section.
 */
export async function renderDecisionDocx(d: DecisionDoc): Promise<Buffer> {
  const f = d.frame;
  const centreBold = (text: string, before = 0, after = 0) =>
    centred(runs(text, { bold: true, size: SIZE.docType }), { spacing: { before, after, line: TITLE_LINE_SPACING }, keepNext: true });
  const main: (Paragraph | Table)[] = [
    headerBlock(f),
    centreBold(f.docTypeName, 360),
    centred(runs(f.title.trim(), { bold: true, size: SIZE.docType }), { indent: { left: mmToTwips(10), right: mmToTwips(10) }, spacing: { before: 0, after: 0, line: TITLE_LINE_SPACING }, keepNext: true }),
    rule(mmToTwips(35), PORTRAIT_TEXT_WIDTH, 100, 240),
    centreBold(d.authorityLine.toLocaleUpperCase('vi'), 0, 240),
    ...d.legalBases.map((b) => bodyParagraph([run(b, { italics: true })])),
    centreBold('QUYẾT ĐỊNH:', 120, 120),
  ];
  d.articles.forEach((a, i) => {
    main.push(bodyParagraph([run(`${a.label} `, { bold: true }), run(a.text)], { keepNext: i === d.articles.length - 1 }));
    if (i === 0 && d.list.inline && d.list.table.rows.length) main.push(...officialTable(d.list.table, PORTRAIT_TEXT_WIDTH), new Paragraph({ children: [] }));
  });
  main.push(new Paragraph({ keepNext: true, spacing: { before: 0, after: 0 }, children: [] }), closingBlock(f.recipients, f.signature));
  const sections = [section(main, { landscape: false, restartNumbering: false })];
  if (!d.list.inline) {
    sections.push(section(appendixContent({ title: d.list.title, subtitle: d.list.subtitle, table: d.list.table }, 0, 1).map((p) => p), { landscape: false, restartNumbering: true }));
  }
  const file = new Document({ creator: 'thidua', title: `QUYẾT ĐỊNH ${f.title}`, styles: officialStyles, sections });
  return repairNoteSeparators(await Packer.toBuffer(file));
}

