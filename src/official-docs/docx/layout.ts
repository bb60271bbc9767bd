/** Page geometry and type sizes of NĐ 30/2020 (Phụ lục I), in the units Word stores. */
export const FONT = 'Times New Roman';

/** A4 in twips, given exactly: converting 210 × 297 mm rounds down to 11905 × 16837. */
export const A4 = { width: 11906, height: 16838 } as const;

export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

export const MARGIN = {
  top: mmToTwips(20),
  bottom: mmToTwips(20),
  left: mmToTwips(30),
  right: mmToTwips(15),
  // The page number sits in the top margin, 10 mm from the edge.
  header: mmToTwips(10),
  footer: mmToTwips(10),
} as const;

export const PORTRAIT_TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;

/** docx sizes are half-points. */
export const halfPt = (pt: number): number => Math.round(pt * 2);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

export const SIZE = {
  body: 14,
  pageNumber: 14,
  // Quốc hiệu 12 / Tiêu ngữ 13 (ô 1 allows 12–13 / 13–14): at 13 pt the Quốc hiệu takes 10 cm and
  // leaves the agency column too narrow for "BAN THI ĐUA - KHEN THƯỞNG" on one line.
  nationalTitle: 12,
  motto: 13,
  /** Ô 2 (12–13): 13 when the names fit their column on one line, else 12. */
  agency: 13,
  agencySmall: 12,
  numberSymbol: 13, // ô 3
  dateLine: 14, // ô 4: 13–14
  docType: 14, // ô 5a: 13–14
  recipientsLabel: 12, // ô 9a
  recipients: 11, // ô 9b
  signature: 14, // ô 7: commonly 13–14
  footnote: 11,
  appendixLabel: 14,
  appendixTitle: 14,
} as const;

/** 1 cm first-line indent, 6 pt after, 1.2 lines: inside NĐ 30's ranges and how most UBND reports look. */
export const BODY_PARAGRAPH = {
  firstLineIndent: 567,
  spacingAfter: 120,
  line: 288,
} as const;

/** Header block columns (ô 2–3 | ô 1, 4): the right one just holds the Quốc hiệu (250 pt at 12 pt). */
export const HEADER_RIGHT_WIDTH = mmToTwips(92);
export const HEADER_LEFT_WIDTH = PORTRAIT_TEXT_WIDTH - HEADER_RIGHT_WIDTH;

/** Closing block columns (ô 9 | ô 7). */
export const CLOSING_LEFT_WIDTH = Math.round(PORTRAIT_TEXT_WIDTH * 0.45);
export const CLOSING_RIGHT_WIDTH = PORTRAIT_TEXT_WIDTH - CLOSING_LEFT_WIDTH;

/** 1.1 lines for centred titles: at single spacing the stacked marks of "Ổ", "Ế" touch the line above. */
export const TITLE_LINE_SPACING = 264;
