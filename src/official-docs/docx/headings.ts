import type { Paragraph } from 'docx';
import type { HeadingLevel } from '../domain/model';
import { bodyParagraph } from './body-paragraph';
import { run, type RunStyle } from './text';

/**
 * I. bold capitals, 1. bold, a) italic, and a fourth level upright. Italic rather than bold-italic
 * for a): NĐ 30 keeps bold for the structural levels (phần, mục, I., 1.) and treats điểm a), b) as
 * the lightest numbered level; UBND reports follow that, so a) stands out from body text without
 * competing with the "1." headings above it.
 */
const STYLE: Record<HeadingLevel, RunStyle> = {
  1: { bold: true },
  2: { bold: true },
  3: { italics: true },
  4: {},
};

export function heading(level: HeadingLevel, numbering: string, text: string): Paragraph {
  const body = level === 1 ? text.toLocaleUpperCase('vi') : text;
  const label = [numbering.trim(), body.trim()].filter((s) => s !== '').join(' ');
  return bodyParagraph([run(label, STYLE[level])], { keepNext: true, outlineLevel: level - 1 });
}
