import { isIsoDate } from '../../shared/vi-date';
import { DOC_TYPES, docTypeByAbbr, docTypeByName, type DocType } from './doc-types';

/** A document reference as written in a report: "Kế hoạch số 194/KH-UBND ngày 25/10/2022 của UBND tỉnh về …". */
export interface Citation {
  /** Offsets (code units) of the citation in the text it was found in. */
  start: number;
  end: number;
  raw: string;
  type: DocType;
  /** "194/KH-UBND", "10/2024/QĐ-UBND", "34-CT/TW"; null when the citation gives no number. */
  numberSymbol: string | null;
  number: string | null;
  /** The year written inside a legal normative document's number ("10/2024/QĐ-UBND"). */
  numberYear: number | null;
  /** The part after the number: "KH-UBND", "QĐ-UBND", "CT/TW", "UBND-VXNV". */
  symbol: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string | null;
  warnings: string[];
}

const TYPE_NAMES = [...DOC_TYPES].map((t) => t.name).sort((a, b) => b.length - a.length);
const NAME_ALT = TYPE_NAMES.map((n) => n.replace(/ /g, '\\s+')).join('|');
const LETTER = 'A-Za-zÀ-ỹĐđ';
// A stray space before the slash ("3959 /UBND-VXNV") is common in typed documents and tolerated.
const NUMBER_SYMBOL = `(\\d+[${LETTER}]?)(?:\\/(\\d{4}))?\\s?([\\/-][${LETTER}0-9]+(?:[\\/-][${LETTER}0-9]+)*)`;
const DATE_TEXT = '(\\d{1,2})\\s*(?:\\/|-|\\.|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:\\/|-|\\.|\\s+năm\\s+)\\s*(\\d{4})';
const CITATION = new RegExp(
  `(${NAME_ALT})(?:\\s+số)?\\s+${NUMBER_SYMBOL}(?:\\s*,?\\s*ngày\\s+${DATE_TEXT})?`,
  'gu',
);
const ISSUER_END = /\s+(?:về\s+việc|về|phê\s+duyệt|ban\s+hành|quy\s+định|hướng\s+dẫn|triển\s+khai|thực\s+hiện|công\s+nhận)\s|[;:()\n]|,\s|\.\s|\.$/u;

/** The issuer expected for some symbol suffixes; a mismatch is a classic slip ("QĐ-TTg … của Chính phủ"). */
const ISSUER_BY_SUFFIX: Record<string, RegExp> = {
  TTg: /thủ\s+tướng/i,
  CP: /chính\s+phủ/i,
};

function toIso(d: string, m: string, y: string): string | null {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function readTail(text: string, from: number): { issuer: string | null; title: string | null; end: number } {
  let pos = from;
  let issuer: string | null = null;
  const rest = text.slice(pos);
  const issuerMatch = /^\s+của\s+/u.exec(rest);
  if (issuerMatch) {
    const after = rest.slice(issuerMatch[0].length);
    const stop = ISSUER_END.exec(after);
    const raw = (stop ? after.slice(0, stop.index) : after).trim();
    if (raw.length > 0 && raw.length <= 120) {
      issuer = raw.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, '');
      pos += issuerMatch[0].length + (stop ? stop.index : after.length);
    }
  }
  let title: string | null = null;
  const titleMatch = /^\s+(về\s+việc|về|phê\s+duyệt|ban\s+hành|quy\s+định|hướng\s+dẫn|triển\s+khai|thực\s+hiện)\s+/u.exec(text.slice(pos));
  if (titleMatch) {
    const after = text.slice(pos + titleMatch[0].length);
    const stop = /[;\n]|\.\s|\.$|["”]\s*[,;.]/u.exec(after);
    const body = (stop ? after.slice(0, stop.index + (/["”]/u.test(stop[0]) ? 1 : 0)) : after).trim();
    if (body.length > 0) {
      title = `${titleMatch[1]!.replace(/\s+/g, ' ')} ${body}`.replace(/\s+/g, ' ');
      pos += titleMatch[0].length + body.length + (after.length - after.trimStart().length);
    }
  }
  return { issuer, title, end: pos };
}

function checkConsistency(c: Omit<Citation, 'warnings'>): string[] {
  const warnings: string[] = [];
  if (!c.symbol) return warnings;
  const parts = c.symbol.replace(/^[/-]/, '').split(/[/-]/);
  const first = parts[0] ?? '';
  const expected = c.type.abbr;
  if (expected && first !== expected) {
    const lookalike = docTypeByAbbr(first);
    if (first.toUpperCase() === expected.toUpperCase() || first.replace(/Đ/g, 'D') === expected.replace(/Đ/g, 'D')) {
      warnings.push(`Ký hiệu "${first}" không đúng cho ${c.type.name}; theo Nghị định 30/2020 phải viết "${expected}".`);
    } else if (lookalike) {
      warnings.push(`Ký hiệu "${first}" là của ${lookalike.name}, không khớp với loại văn bản "${c.type.name}" (phải là "${expected}").`);
    }
  }
  const suffix = parts.at(-1) ?? '';
  const expectedIssuer = ISSUER_BY_SUFFIX[suffix];
  if (expectedIssuer && c.issuer && !expectedIssuer.test(c.issuer)) {
    warnings.push(`Ký hiệu "${c.symbol.replace(/^[/-]/, '')}" cho biết cơ quan ban hành là ${suffix === 'TTg' ? 'Thủ tướng Chính phủ' : 'Chính phủ'}, nhưng văn bản ghi "của ${c.issuer}".`);
  }
  if (c.numberYear && c.issuedOn && Number(c.issuedOn.slice(0, 4)) !== c.numberYear) {
    warnings.push(`Năm trong số hiệu (${c.numberYear}) khác năm ban hành (${c.issuedOn.slice(0, 4)}).`);
  }
  return warnings;
}

/** Every document citation in a text, in order. Text should be NFC (see cleanText). */
export function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(CITATION)) {
    const type = docTypeByName(m[1]!.replace(/\s+/g, ' '));
    if (!type) continue;
    const [, , num, numYear, sym, d, mo, y] = m;
    const start = m.index;
    let end = start + m[0].length;
    let issuedOn: string | null = null;
    const warnings: string[] = [];
    if (d && mo && y) {
      issuedOn = toIso(d, mo, y);
      if (!issuedOn) warnings.push(`Ngày ban hành "${d}/${mo}/${y}" không có thật.`);
    }
    const tail = readTail(text, end);
    end = Math.max(end, tail.end);
    const symbol = sym ? sym.replace(/^[/-]/, '') : null;
    const numberSymbol = num ? `${num}${numYear ? `/${numYear}` : ''}${sym ?? ''}` : null;
    const base = {
      start,
      end,
      raw: text.slice(start, end),
      type,
      numberSymbol,
      number: num ?? null,
      numberYear: numYear ? Number(numYear) : null,
      symbol,
      issuedOn,
      issuer: tail.issuer,
      title: tail.title,
    };
    out.push({ ...base, warnings: [...warnings, ...checkConsistency(base)] });
  }
  return out;
}

/** The first citation in a pasted text, for the "paste a citation, review the fields" form. */
export function parseCitation(text: string): Citation | null {
  return findCitations(text.normalize('NFC'))[0] ?? null;
}
