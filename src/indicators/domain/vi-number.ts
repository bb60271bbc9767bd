/**
 * Vietnamese numbers as users type and paste them: "." groups thousands, "," marks decimals
 * ("1.234.567,5"). Anything ambiguous is refused with the reason rather than guessed, because a
 * misread figure silently corrupts every total above it.
 */
export type ParsedNumber = { ok: true; value: number; decimals: number } | { ok: false; reason: string };

export interface ParseOptions {
  /** The indicator's unit of measure; the same unit written after the number is accepted. */
  unitOfMeasure?: string;
  maxDecimals?: number;
}

const MAGNITUDE_WORDS = /\b(nghìn|ngàn|triệu|tr|tỷ|tỉ|tỉ đồng|trieu|ty)\b/iu;

const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

function stripUnit(text: string, unit: string | undefined): { rest: string; unitText: string } {
  const m = /^([-+−]?[\d.,\s\u00a0\u202f]*\d)\s*(.*)$/u.exec(text);
  if (!m) return { rest: text, unitText: '' };
  const unitText = m[2]!.trim();
  if (!unitText) return { rest: m[1]!, unitText: '' };
  if (unit && norm(unitText) === norm(unit)) return { rest: m[1]!, unitText: '' };
  if (unitText === '%' && unit && norm(unit) === '%') return { rest: m[1]!, unitText: '' };
  return { rest: m[1]!, unitText };
}

export function parseViNumber(raw: string | number, opts: ParseOptions = {}): ParsedNumber {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, reason: 'Giá trị không phải là số hữu hạn.' };
    // Spreadsheet arithmetic leaves binary noise (0.30000000000000004); that is not extra precision.
    if (opts.maxDecimals !== undefined && Math.abs(raw - roundTo(raw, opts.maxDecimals)) < 1e-9) return withDecimals(roundTo(raw, opts.maxDecimals), 0, opts);
    return withDecimals(raw, countDecimals(String(raw)), opts);
  }
  const text = raw.normalize('NFC').replace(/[\u00a0\u202f]/g, ' ').trim();
  if (!text) return { ok: false, reason: 'Ô trống.' };
  const { rest, unitText } = stripUnit(text, opts.unitOfMeasure);
  if (unitText) {
    if (MAGNITUDE_WORDS.test(unitText)) {
      return { ok: false, reason: `Không ghi kèm đơn vị "${unitText}" trong ô số; nhập con số theo đơn vị tính của chỉ tiêu${opts.unitOfMeasure ? ` (${opts.unitOfMeasure})` : ''}.` };
    }
    return { ok: false, reason: `"${text}" không phải là số${opts.unitOfMeasure ? ` (đơn vị tính của chỉ tiêu là ${opts.unitOfMeasure})` : ''}.` };
  }
  const sign = /^[-−]/.test(rest) ? -1 : 1;
  const body = rest.replace(/^[-+−]\s*/, '');
  if (/\s/.test(body)) {
    // "1 234 567" is a common grouping; anything else with spaces inside ("1,9 00.000") is a slip.
    if (/^\d{1,3}( \d{3})+(,\d+)?$/.test(body)) return finish(sign, body.replace(/ /g, ''), opts);
    return { ok: false, reason: `"${text}" có khoảng trắng xen giữa các chữ số.` };
  }
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return { ok: false, reason: `"${text}" không phải là số.` };
  const commas = (body.match(/,/g) ?? []).length;
  if (commas > 1) return { ok: false, reason: `"${text}" có nhiều dấu phẩy; dấu phẩy chỉ dùng để ngăn cách phần thập phân.` };
  const [intPart, fracPart] = body.split(',') as [string, string | undefined];
  if (fracPart !== undefined && (fracPart === '' || fracPart.includes('.'))) return { ok: false, reason: `"${text}" có phần thập phân không hợp lệ.` };
  if (intPart.includes('.')) {
    const groups = intPart.split('.');
    const grouped = /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if (!grouped) {
      if (groups.length === 2 && fracPart === undefined && /^\d+$/.test(groups[0]!) && /^\d+$/.test(groups[1]!)) {
        // "2.5" or "12.75": a decimal point from a spreadsheet in English format.
        return { ok: false, reason: `"${text}" không rõ là số thập phân hay phân nhóm hàng nghìn; dùng dấu phẩy cho phần thập phân (ví dụ ${groups[0]},${groups[1]}).` };
      }
      return { ok: false, reason: `"${text}" phân nhóm hàng nghìn sai (mỗi nhóm sau dấu chấm phải đủ 3 chữ số).` };
    }
  }
  if (intPart === '') return { ok: false, reason: `"${text}" thiếu phần nguyên.` };
  return finish(sign, intPart.replace(/\./g, '') + (fracPart !== undefined ? `.${fracPart}` : ''), opts);
}

function finish(sign: number, canonical: string, opts: ParseOptions): ParsedNumber {
  const [i, f] = canonical.replace(',', '.').split('.');
  const value = sign * Number(`${i}${f ? `.${f}` : ''}`);
  if (!Number.isFinite(value)) return { ok: false, reason: 'Số quá lớn.' };
  if (Math.abs(value) > 1e15) return { ok: false, reason: 'Số quá lớn (vượt 1 triệu tỷ).' };
  return withDecimals(value, f?.length ?? 0, opts);
}

function withDecimals(value: number, decimals: number, opts: ParseOptions): ParsedNumber {
  if (opts.maxDecimals !== undefined && decimals > opts.maxDecimals) {
    return {
      ok: false,
      reason: opts.maxDecimals === 0 ? 'Chỉ tiêu này chỉ nhận số nguyên.' : `Chỉ tiêu này nhận tối đa ${opts.maxDecimals} chữ số thập phân.`,
    };
  }
  return { ok: true, value: value === 0 ? 0 : value, decimals };
}

function countDecimals(s: string): number {
  if (/e-/i.test(s)) return Number(s.split(/e-/i)[1]) + (s.split('.')[1]?.split(/e/i)[0]?.length ?? 0);
  return s.split('.')[1]?.length ?? 0;
}

/** 1234567.5 → "1.234.567,5"; decimals fixes the digits after the comma. */
export function formatViNumber(value: number | null | undefined, decimals?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 6,
    useGrouping: true,
  }).format(value);
}

/** Half-up rounding that does not drift on binary fractions (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}
