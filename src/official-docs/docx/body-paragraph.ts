import { AlignmentType, Paragraph, type ParagraphChild } from 'docx';
import { BODY_PARAGRAPH, FONT, SIZE, halfPt } from './layout';
import type { IParagraphStyleOptions } from 'docx';

/** The body style (ô 6), kept as a named style so that users editing the DOCX in Word keep it. */
export const BODY_STYLE = 'VanBan';

export const bodyStyle: IParagraphStyleOptions = {
  id: BODY_STYLE,
  name: 'Văn bản',
  basedOn: 'Normal',
  next: BODY_STYLE,
  quickFormat: true,
  run: { font: FONT, size: halfPt(SIZE.body) },
  paragraph: {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_PARAGRAPH.firstLineIndent },
    spacing: { before: 0, after: BODY_PARAGRAPH.spacingAfter, line: BODY_PARAGRAPH.line },
  },
};

export interface BodyParagraphOptions {
  /** Extra left indent for nested list items. */
  indentLeft?: number;
  keepNext?: boolean;
  /** Navigation-pane level for headings (0 = level 1). */
  outlineLevel?: number;
}

export function bodyParagraph(children: ParagraphChild[], opts: BodyParagraphOptions = {}): Paragraph {
  return new Paragraph({
    style: BODY_STYLE,
    children,
    ...(opts.indentLeft ? { indent: { left: opts.indentLeft, firstLine: BODY_PARAGRAPH.firstLineIndent } } : {}),
    ...(opts.keepNext ? { keepNext: true, keepLines: true } : {}),
    ...(opts.outlineLevel !== undefined ? { outlineLevel: opts.outlineLevel } : {}),
  });
}
