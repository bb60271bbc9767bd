import { FootnoteReferenceRun, Paragraph, TextRun } from 'docx';

export const FOOTNOTE_STYLE = 'FootnoteText';

/** A real Word footnote: the reference mark here, the text at the foot of the page. */
export function footnoteRun(text: string): FootnoteReferenceRun {
  return new FootnoteReferenceRun({
    children: [new Paragraph({ style: FOOTNOTE_STYLE, children: [new TextRun({ text: ` ${text.trim()}` })] })],
  });
}
