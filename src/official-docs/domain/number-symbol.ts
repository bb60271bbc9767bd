import { AppError } from '../../shared/errors';

/**
 * Ô 3 of NĐ 30/2020: "Số: 05/BC-UBND". The number restarts each year and takes a leading zero
 * below 10; "/" separates number and ký hiệu, "-" the parts of the ký hiệu. A công văn has no
 * tên loại abbreviation, so its ký hiệu is <cơ quan>-<đơn vị soạn thảo> ("Số: 45/UBND-VP").
 */
export interface NumberSymbolInput {
  /** Null on a draft: the văn thư writes the number by hand when registering it. */
  number: number | null;
  /** Abbreviation of the tên loại (BC, KH, QĐ …); absent for a công văn. */
  typeAbbrev?: string | null;
  /** Abbreviation of the issuing body (UBND, BTĐKT …). */
  bodyAbbrev: string;
  /** Drafting unit, appended after the body (mostly on công văn: UBND-VP). */
  unitAbbrev?: string | null;
}

/** Room for a handwritten number on a draft, as on printed forms. */
const NUMBER_BLANK = '\u00a0'.repeat(6);

export function formatNumberSymbol(input: NumberSymbolInput): string {
  const { number } = input;
  if (number !== null && (!Number.isInteger(number) || number < 1)) {
    throw new AppError('VALIDATION', `Số văn bản phải là số nguyên dương, nhận được ${number}.`);
  }
  const body = input.bodyAbbrev.trim();
  if (!body) throw new AppError('VALIDATION', 'Thiếu chữ viết tắt tên cơ quan ban hành.');
  const parts = [input.typeAbbrev, body, input.unitAbbrev].map((p) => p?.trim() ?? '').filter((p) => p !== '');
  const symbol = parts.join('-');
  const numberText = number === null ? NUMBER_BLANK : number < 10 ? `0${number}` : String(number);
  return `Số: ${numberText}/${symbol}`;
}
