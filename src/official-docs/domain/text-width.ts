/**
 * Rough printed width of a line in Times New Roman (Liberation Serif 2 has the same metrics), used
 * only to size the short rules NĐ 30 draws under the issuing body, the tiêu ngữ and the trích yếu.
 * Vietnamese letters are measured by their base letter: the diacritics sit above or below it.
 */

// Advance widths in 1/1000 em for U+0020…U+007E, read from LiberationSerif-Regular/Bold.
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278,
  564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
  722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
  278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333,
  570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000,
  722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
  333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

function baseChar(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  return ch.normalize('NFD').replace(/\p{M}/gu, '').charAt(0) || ch;
}

/** Width in points of one line of `text` at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    const code = baseChar(ch).codePointAt(0) ?? 0;
    units += table[code - 32] ?? 500;
  }
  return (units * sizePt) / 1000;
}

/** Width of the longest of the lines (split at "\n"). */
export function longestLineWidthPt(text: string, sizePt: number, bold = false): number {
  return Math.max(0, ...text.split('\n').map((line) => textWidthPt(line, sizePt, bold)));
}
