import { AlignmentType, Paragraph, type Table } from 'docx';
import { appendixIsLandscape, type OfficialAppendix } from '../domain/model';
import { officialTable } from './official-table';
import { runs } from './text';
import { LANDSCAPE_TEXT_WIDTH, PORTRAIT_TEXT_WIDTH, SIZE, TITLE_LINE_SPACING } from './layout';

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function roman(n: number): string {
  let rest = n;
  let s = '';
  for (const [v, r] of ROMAN) for (; rest >= v; rest -= v) s += r;
  return s;
}

/**
 * One appendix: "Phụ lục" (numbered in Roman when there are several) on its own line, bold lower
 * case; the name in bold capitals; the "(Kèm theo …)" line italic; then the table.
 */
export function appendixContent(a: OfficialAppendix, index: number, count: number): (Paragraph | Table)[] {
  const landscape = appendixIsLandscape(a);
  const title = a.title.trim();
  const labelled = /^phụ lục\b/iu.test(title.normalize('NFC'));
  const line = (text: string, style: Parameters<typeof runs>[1], after = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 0, after, line: TITLE_LINE_SPACING }, children: runs(text, style) });
  return [
    ...(labelled ? [] : [line(count > 1 ? `Phụ lục ${roman(index + 1)}` : 'Phụ lục', { bold: true, size: SIZE.appendixLabel })]),
    line(title.toLocaleUpperCase('vi'), { bold: true, size: SIZE.appendixTitle }, a.subtitle?.trim() ? 0 : 240),
    ...(a.subtitle?.trim() ? [line(a.subtitle.trim(), { italics: true, size: SIZE.appendixTitle }, 240)] : []),
    ...officialTable(a.table, landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH),
  ];
}
