import type { RichDoc } from '../../shared/rich-text-types';

/**
 * A văn bản hành chính as NĐ 30/2020 lays it out. Texts arrive already worded (the number symbol
 * formatted, recipients without dashes); the renderer only decides typography and layout.
 */
export interface OfficialDocument {
  /** Tên cơ quan chủ quản (upper line, not bold), e.g. 'UBND TỈNH HẬU GIANG'. */
  parentBody?: string | null;
  /** Tên cơ quan ban hành (bold, short line under), e.g. 'BAN THI ĐUA - KHEN THƯỞNG'. */
  issuingBody: string;
  /** Already formatted: 'Số: 05/BC-UBND'. */
  numberSymbol: string;
  place: string;
  /** ISO 'YYYY-MM-DD'; null on an undated draft. */
  date: string | null;
  /** Year printed in the date line of an undated draft. */
  draftYear?: number | null;
  /** Tên loại: 'BÁO CÁO' (printed IN HOA, bold). */
  docTypeName: string;
  /** Trích yếu (bold, short line under). */
  title: string;
  body: OfficialBlock[];
  /** Without the dash or final punctuation; the last one is the archive, e.g. 'Lưu: VT, TĐKT'. */
  recipients: string[];
  signature: OfficialSignature;
  /** Each on its own section; landscape when `landscape` or when the table has more than 6 columns. */
  appendices?: OfficialAppendix[];
}

export type SignaturePrefix = 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';

export interface OfficialSignature {
  prefix?: SignaturePrefix | null;
  /** What the prefix acts for: 'ỦY BAN NHÂN DÂN' after TM., 'CHỦ TỊCH' after KT. */
  authority?: string | null;
  /** Chức vụ of the signer: 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH'. */
  title: string;
  signerName: string;
}

/**
 * Heading levels of a report: 1 'I.' bold caps, 2 '1.' bold, 3 'a)' italic, 4 (e.g. '- ' or 'a.1)')
 * upright regular.
 */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type OfficialBlock =
  | { kind: 'heading'; level: HeadingLevel; numbering: string; text: string }
  | { kind: 'rich'; doc: RichDoc }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'table'; table: OfficialTable };

export type CellValue = string | number | null;

export interface OfficialColumn {
  label: string;
  align?: 'left' | 'right' | 'center';
  /** Share of the table width; columns without one split what is left equally. */
  widthPct?: number;
}

export interface OfficialTable {
  caption?: string | null;
  columns: OfficialColumn[];
  rows: CellValue[][];
  /** Become real Word footnotes, referenced from the caption (or the last column label). */
  footnotes?: string[];
  totalRow?: CellValue[] | null;
}

export interface OfficialAppendix {
  title: string;
  subtitle?: string | null;
  table: OfficialTable;
  landscape?: boolean;
}

/** More columns than this do not fit a portrait A4 page at a legible size. */
export const MAX_PORTRAIT_COLUMNS = 6;

export function appendixIsLandscape(a: OfficialAppendix): boolean {
  return a.landscape === true || a.table.columns.length > MAX_PORTRAIT_COLUMNS;
}
