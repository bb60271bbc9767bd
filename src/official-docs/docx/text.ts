import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import { halfPt } from './layout';

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /** Points. */
  size?: number;
}

export function run(text: string, style: RunStyle = {}, breakBefore = false): TextRun {
  return new TextRun({
    text,
    ...(breakBefore ? { break: 1 } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
    ...(style.size !== undefined ? { size: halfPt(style.size) } : {}),
  });
}

/** Runs for a text whose "\n" are line breaks (names of bodies split on two lines by the user). */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split('\n').map((line, i) => run(line, style, i > 0));
}

/** A tight centred line, as used throughout the header and signature blocks. */
export function centred(children: ParagraphChild[], opts: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...opts, children });
}

/**
 * The short horizontal rule NĐ 30 draws under the issuing body, the tiêu ngữ and the trích yếu:
 * an empty paragraph whose top border is narrowed to `length` by equal indents. Its height is kept
 * to a few points so it does not push the next line away.
 */
export function rule(length: number, available: number, spacingBefore = 0, spacingAfter = 0): Paragraph {
  const side = Math.max(0, Math.round((available - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: spacingBefore, after: spacingAfter, line: 60, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}
