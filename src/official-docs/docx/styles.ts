import { AlignmentType, type IStylesOptions } from 'docx';
import { bodyStyle } from './body-paragraph';
import { FONT, SIZE, halfPt } from './layout';

const TNR = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

/**
 * Times New Roman for every script slot, so neither Word nor LibreOffice falls back to the theme
 * font (Calibri/Aptos) for any character; Vietnamese as the proofing language.
 */
export const officialStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: TNR, size: halfPt(SIZE.body), language: { value: 'vi-VN' } },
      paragraph: { spacing: { before: 0, after: 0, line: 240 } },
    },
    footnoteText: {
      run: { font: TNR, size: halfPt(SIZE.footnote) },
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 0, line: 240 } },
    },
    footnoteTextChar: { run: { font: TNR, size: halfPt(SIZE.footnote) } },
    footnoteReference: { run: { superScript: true } },
  },
  paragraphStyles: [bodyStyle],
};
