import { AppError } from '../../../shared/errors';

/**
 * Số, ký hiệu of a decision (NĐ 30/2020 Phụ lục I): "05/QĐ-UBND". The number restarts each year per
 * issuing body and takes a leading zero below 10; the ký hiệu is "QĐ-" and the body's abbreviation.
 */
const SYMBOL = /^QĐ(-[A-ZĐ0-9]+)+$/u;

export function normalizeSymbol(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/g, '').replace(/^qđ/iu, 'QĐ').toLocaleUpperCase('vi');
}

/** Null when the ký hiệu is well formed, else what is wrong, in Vietnamese. */
export function symbolProblem(symbol: string): string | null {
  if (!symbol) return 'Thiếu ký hiệu quyết định (ví dụ QĐ-UBND).';
  if (!SYMBOL.test(symbol)) return `Ký hiệu "${symbol}" không đúng dạng "QĐ-<chữ viết tắt cơ quan>" (ví dụ QĐ-UBND).`;
  return null;
}

export function formatDecisionNumber(number: number, symbol: string): string {
  if (!Number.isInteger(number) || number < 1) throw new AppError('VALIDATION', `Số quyết định phải là số nguyên dương, nhận được ${number}.`);
  return `${number < 10 ? `0${number}` : number}/${symbol}`;
}

/** The văn thư's next free number in the year: one past the largest used (gaps are numbers given to other documents). */
export function nextNumber(used: readonly number[]): number {
  return used.reduce((m, n) => Math.max(m, n), 0) + 1;
}

/** Leading zero below 10, as decisions count awardees ("01 tập thể và 06 cá nhân"). */
export function countText(n: number): string {
  return n < 10 ? `0${n}` : n.toLocaleString('vi-VN');
}
