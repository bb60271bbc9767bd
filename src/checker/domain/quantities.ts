import type { Span } from './segments';

/**
 * A number as a report writes it, with what follows it: "1,45 tỷ đồng", "83,3ha", "52%",
 * "4 tỷ 227 triệu đồng", "1.120 tổ viên". Everything a rule needs to compare figures.
 */
export interface Quantity extends Span {
  /** The digits as written ("1.500.982.000"). */
  raw: string;
  numEnd: number;
  /** The written number ("1,45" → 1.45). */
  number: number;
  /** In base units: đồng for money, 1 for counts ("1,45 tỷ" → 1 450 000 000). */
  value: number;
  decimals: number;
  /** Half the worth of the last shown digit, in base units: how far rounding may have moved it. */
  slack: number;
  magnitude: number;
  magnitudeWord: string | null;
  unit: string | null;
  kind: 'money' | 'percent' | 'measure' | 'count';
  /** The words after the number (and unit): "căn nhà", "tập thể", "xã". Lower case. */
  noun: string | null;
  /** "135 triệu đồng/ha": a rate, not an amount. */
  per: string | null;
  /** "mỗi căn 50 triệu đồng": a unit price, not part of a total. */
  each: boolean;
  approx: 'over' | 'under' | 'about' | null;
  /** Index of the other end when written "X/Y" (ratio) or "X - Y", "từ X đến Y" (range). */
  ratioDen: number | null;
  ratioNum: number | null;
  rangeWith: number | null;
  /** A bare four-digit year ("Tết 2023"), kept out of sums. */
  yearLike: boolean;
  issues: NumberIssue[];
}

export interface NumberIssue {
  start: number;
  end: number;
  kind: 'grouping' | 'decimal-point' | 'english-grouping' | 'ungrouped' | 'ungrouped4' | 'glued' | 'full-amount-magnitude' | 'magnitude-order';
  message: string;
  suggestion: string | null;
  severity: 'high' | 'medium' | 'low';
}

const MAGNITUDES: Record<string, number> = { tỷ: 1e9, tỉ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3 };
const MAG = '(tỷ|tỉ|triệu|nghìn|ngàn)';
const UNITS: [RegExp, string, Quantity['kind']][] = [
  // "đồng chí", "đồng bào", "đồng thời" are not money.
  [/^(?:đồng(?!\s+(?:chí|bào|thời|bộ|ý|tình|hành|đội|khởi|lòng|nghiệp|loạt|phục|hồ|ruộng|bằng|chủ|thuận|cảm|minh|sự|tâm|hương|dạng|đều|nhất|niên|ca|diễn|xu|hạng|cấp|môn|viên|đẳng)(?![\p{L}]))|VNĐ|VND|vnđ|đ)(?![\p{L}\d])/u, 'đồng', 'money'],
  [/^(?:USD|usd|đô la Mỹ|đô la)(?![\p{L}\d])/u, 'USD', 'money'],
  [/^(?:km2|km²)(?![\p{L}\d])/u, 'km2', 'measure'],
  [/^(?:m2|m²)(?![\p{L}\d])/u, 'm2', 'measure'],
  [/^(?:ha|héc-ta|hécta)(?![\p{L}\d])/u, 'ha', 'measure'],
  [/^(?:km|m|mét|cm|mm)(?![\p{L}\d])/u, 'm', 'measure'],
  [/^(?:kg|tấn|tạ|lít|MW|kW|kWh)(?![\p{L}\d])/u, 'mass', 'measure'],
];
/** Words after a number that are not what it counts. */
const NOT_NOUN = new Set(
  'và của là được có với theo trên tại trong cho đã đến từ so để thì mà nên do vì bằng gồm như khi sau trước này đó các những một hay hoặc còn đạt tăng giảm chiếm về ra vào lên xuống thuộc ở'.split(' '),
);

function classify(raw: string): { number: number; decimals: number; issue?: Omit<NumberIssue, 'start' | 'end' | 'severity'> & { severity?: NumberIssue['severity'] }; skip?: boolean } {
  if (/^\d+$/.test(raw)) return { number: Number(raw), decimals: 0 };
  if (/^\d{1,3}(?:\.\d{3})+$/.test(raw)) return { number: Number(raw.replace(/\./g, '')), decimals: 0 };
  if (/^\d+,\d+$/.test(raw)) return { number: Number(raw.replace(',', '.')), decimals: raw.length - raw.indexOf(',') - 1 };
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(raw)) return { number: Number(raw.replace(/\./g, '').replace(',', '.')), decimals: raw.length - raw.indexOf(',') - 1 };
  if (/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/.test(raw) || /^\d{1,3}(?:,\d{3})+\.\d+$/.test(raw)) {
    const number = Number(raw.replace(/,/g, ''));
    return { number, decimals: 0, issue: { kind: 'english-grouping', message: `Số "${raw}" viết theo kiểu tiếng Anh (dấu phẩy ngăn cách hàng nghìn); tiếng Việt dùng dấu chấm ngăn cách hàng nghìn và dấu phẩy cho phần thập phân.`, suggestion: fmtInt(number) } };
  }
  if (/^\d+\.\d{1,2}$/.test(raw)) {
    // "4.0", "2.1": a version or section number unless a unit follows (checked by the caller).
    return { number: Number(raw), decimals: raw.length - raw.indexOf('.') - 1, skip: true, issue: { kind: 'decimal-point', message: `Số "${raw}" dùng dấu chấm làm dấu thập phân; tiếng Việt viết "${raw.replace('.', ',')}".`, suggestion: raw.replace('.', ',') } };
  }
  const digits = raw.replace(/[.,]/g, '');
  const lastComma = raw.lastIndexOf(',');
  const intPart = lastComma > raw.lastIndexOf('.') ? raw.slice(0, lastComma) : raw;
  const number = Number(intPart.replace(/[.,]/g, '')) + (lastComma > raw.lastIndexOf('.') ? Number(`0.${raw.slice(lastComma + 1)}`) : 0);
  return {
    number: Number.isFinite(number) ? number : Number(digits),
    decimals: 0,
    issue: { kind: 'grouping', message: `Số "${raw}" ngăn cách hàng nghìn sai (mỗi nhóm sau dấu chấm phải đủ 3 chữ số).`, suggestion: Number.isFinite(number) ? fmtInt(Math.round(number)) : null, severity: 'medium' },
  };
}

function fmtInt(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function isLetter(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{M}]/u.test(c);
}

/**
 * Reads every quantity of the text. `masked[i]` = 1 marks characters that belong to document
 * numbers, dates and similar, whose digits are not quantities.
 */
export function findQuantities(text: string, masked: Uint8Array, lineStarts: (pos: number) => number): Quantity[] {
  const out: Quantity[] = [];
  const re = /\d+(?:[.,]\d+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    let raw = m[0];
    if (masked[start]) continue;
    const prev = text[start - 1];
    if (isLetter(prev) || prev === '_') continue;
    // After a slash: a ratio's second term, a price after a thing ("suất cơm/662.000.000đ"), or a code.
    const valueAfterSlash = prev === '/' && (isRatioDenominator(text, start) || /^[\d.,]+\s?(?:đ|đồng|tỷ|triệu|USD)(?![\p{L}])/u.test(text.slice(start, start + 30)));
    if (prev === '/' && !valueAfterSlash) continue;
    if ((prev === '-' || prev === '–') && isLetter(text[start - 2])) continue; // Covid-19
    // A number ending a sentence ("… năm 2023.5") is rare; "2.1." headings and "III.1" references are not quantities.
    const ls = lineStarts(start);
    const before = text.slice(ls, start);
    if (/^\s*(?:[#*_]+\s*)?(?:[IVXLC]+\.)?$/u.test(before) && /^[.)]/.test(text.slice(start + raw.length)) && !/^[.)]\d/.test(text.slice(start + raw.length))) continue;
    if (/^\s*\($/.test(before) && text[start + raw.length] === ')') continue;
    if (prev === '.' && /[IVXLC]$/.test(text.slice(start - 2, start - 1))) continue;
    // A trailing separator belongs to the sentence, not the number ("… 15/19 tiêu chí, còn").
    raw = raw.replace(/[.,]$/, '');
    const c = classify(raw);
    let pos = start + raw.length;
    const after = (): string => text.slice(pos, pos + 40);
    // Document symbols typed with a stray space: "3959 /UBND-VXNV".
    if (/^\s?\/\s?\p{Lu}{2}/u.test(after())) continue;
    const issues: NumberIssue[] = [];
    let magnitude = 1;
    let magnitudeWord: string | null = null;
    let value = c.number;
    let decimals = c.decimals;
    // Magnitude words, possibly glued ("28tỷ890 triệu") and compound ("4 tỷ 227 triệu").
    const mag = new RegExp(`^(\\s*)${MAG}(?![\\p{L}])`, 'u').exec(after()) ?? new RegExp(`^()${MAG}(?=\\d)`, 'u').exec(after());
    if (mag) {
      magnitudeWord = mag[2]!;
      magnitude = MAGNITUDES[magnitudeWord]!;
      value = c.number * magnitude;
      if (mag[1] === '') issues.push(issue(start, pos + mag[0].length, 'glued', `Số dính liền chữ "${raw}${magnitudeWord}": cần có dấu cách giữa số và đơn vị.`, `${raw} ${magnitudeWord}`, 'medium'));
      if (c.decimals === 0 && c.number >= 1e5 && /\./.test(raw) && magnitude >= 1e6) {
        issues.push(issue(start, pos + mag[0].length, 'full-amount-magnitude', `"${raw} ${magnitudeWord}" lẫn hai cách viết: số đã đầy đủ (${raw} đồng) lại thêm "${magnitudeWord}", thành ${fmtInt(c.number)} × ${magnitudeWord}.`, `${raw} đồng`, 'high'));
        value = c.number;
      }
      pos += mag[0].length;
      const sub = new RegExp(`^(\\s*)(\\d{1,4}(?:[.,]\\d+)?)(\\s*)${MAG}(?![\\p{L}])`, 'u').exec(after());
      if (sub && MAGNITUDES[sub[4]!]! < magnitude) {
        const subNum = Number(sub[2]!.replace('.', '').replace(',', '.'));
        const subMag = MAGNITUDES[sub[4]!]!;
        if (subNum * subMag >= magnitude) {
          issues.push(issue(start, pos + sub[0].length, 'magnitude-order', `"${text.slice(start, pos + sub[0].length)}": phần ${sub[2]} ${sub[4]} lớn hơn 1 ${magnitudeWord}.`, null, 'medium'));
        }
        if (sub[3] === '' && /\d$/.test(sub[2]!)) issues.push(issue(pos, pos + sub[0].length, 'glued', `Số dính liền chữ "${sub[2]}${sub[4]}".`, `${sub[2]} ${sub[4]}`, 'medium'));
        value += subNum * subMag;
        decimals = 0;
        magnitude = subMag;
        pos += sub[0].length;
      } else if (sub && MAGNITUDES[sub[4]!]! > magnitude) {
        issues.push(issue(start, pos + sub[0].length, 'magnitude-order', `"${text.slice(start, pos + sub[0].length)}": đơn vị lớn viết sau đơn vị nhỏ.`, null, 'medium'));
      }
    }
    // A glued compound ("28tỷ890 triệu") is one slip, spanning the whole amount.
    for (const i of issues) {
      if (i.kind === 'glued' && i.start === start && pos > i.end) {
        i.end = pos;
        i.suggestion = text.slice(start, pos).replace(/(\d)(?=\p{L})/gu, '$1 ').replace(/(\p{L})(?=\d)/gu, '$1 ');
      }
    }
    let unit: string | null = null;
    let kind: Quantity['kind'] = 'count';
    const pct = /^\s?%/.exec(after());
    if (pct) {
      unit = '%';
      kind = 'percent';
      pos += pct[0].length;
    } else {
      const gap = /^\s*/.exec(after())![0];
      const rest = text.slice(pos + gap.length, pos + gap.length + 20);
      for (const [ure, name, k] of UNITS) {
        const u = ure.exec(rest);
        if (u) {
          unit = name;
          kind = k;
          pos += gap.length + u[0].length;
          break;
        }
      }
    }
    if (c.skip && !unit && !magnitudeWord) continue;
    if (c.issue) issues.push(issue(start, start + raw.length, c.issue.kind, c.issue.message, c.issue.suggestion, c.issue.severity ?? 'medium'));
    // Digits glued to an ordinary word: "6tháng", "độingũ" is not ours (no digit).
    if (!unit && !magnitudeWord && isLetter(text[start + raw.length])) {
      const word = /^[\p{L}\p{M}]+/u.exec(text.slice(start + raw.length))![0];
      if (word.length >= 2 && /^[\p{Ll}]/u.test(word) && !/^(?:h|g|p|s|x|st|nd|rd|th|tr|ng|km|cm|mm|ml|kw|kwh|mw|gb|mb|kb)$/iu.test(word)) {
        issues.push(issue(start, start + raw.length + word.length, 'glued', `Số dính liền chữ "${raw}${word}": cần có dấu cách.`, `${raw} ${word}`, 'low'));
      } else if (word.length >= 1) {
        // "1A", "61C", "3AC": identifiers, not quantities.
        continue;
      }
    }
    let per: string | null = null;
    const perM = /^\s?\/\s?([\p{L}]+)/u.exec(after());
    if (perM) {
      per = perM[1]!.toLowerCase();
      pos += perM[0].length;
    }
    let noun: string | null = null;
    const nounM = /^\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})/u.exec(after());
    if (nounM && !per) {
      const original = nounM[1]!.split(/\s+/);
      const words = original.map((w) => w.toLowerCase());
      const first = words[0]!;
      // A capital makes a name ("Bằng khen"), never the conjunction "bằng".
      if (!NOT_NOUN.has(first) || /^\p{Lu}/u.test(original[0]!)) {
        const stop = words.findIndex((w, i) => i > 0 && NOT_NOUN.has(w));
        noun = (stop > 0 ? words.slice(0, stop) : words).join(' ');
      }
    }
    if (magnitudeWord && magnitude >= 1e6 && !unit && (!noun || /^(?:đồng|vốn|tiền)/.test(noun) || /(?:trị giá|kinh phí|số tiền|vốn|thu|chi|tổng|tiền|ngân sách)[^.;\d]{0,40}$/u.test(text.slice(Math.max(0, start - 60), start)))) {
      unit = 'đồng';
      kind = 'money';
    }
    const lookBack = text.slice(Math.max(0, start - 50), start);
    const each = /mỗi(?:\s+[\p{L}\p{M}]+){0,6}\s*(?:từ|trên|khoảng|là|:)?\s*$/u.test(lookBack) && !/[,;.()\d]/.test(lookBack.slice(lookBack.lastIndexOf('mỗi'))) || (per !== null && kind === 'money' && !/^(?:năm|tháng|ngày)$/.test(per));
    const approxM = /(trên|hơn|gần|khoảng|ước|dưới|hàng)\s*$/u.exec(lookBack);
    const approx = approxM ? (approxM[1] === 'trên' || approxM[1] === 'hơn' ? 'over' : approxM[1] === 'dưới' || approxM[1] === 'gần' ? 'under' : 'about') : null;
    const yearLike = !unit && !magnitudeWord && /^(19|20)\d\d$/.test(raw) && (!noun || !/^(?:hộ|người|khẩu|lượt|xã|trường|đơn|cây|con|suất|phần|căn|tập|cá)/.test(noun));
    if (!unit && !magnitudeWord && !yearLike && /^[1-9]\d{4,}$/.test(raw) && !/^0/.test(raw)) {
      issues.push(issue(start, start + raw.length, 'ungrouped', `Số "${raw}" thiếu dấu chấm ngăn cách hàng nghìn.`, fmtInt(c.number), 'low'));
    } else if (!unit && !magnitudeWord && !yearLike && /^[1-9]\d{3}$/.test(raw) && noun) {
      issues.push(issue(start, start + raw.length, 'ungrouped4', `Số "${raw}" thiếu dấu chấm ngăn cách hàng nghìn (báo cáo viết các số khác có dấu chấm).`, fmtInt(c.number), 'low'));
    }
    // "1 tỷ" is written as meant; only shown decimals ("1,45 tỷ") can hide rounding.
    const slack = decimals > 0 ? 0.5 * 10 ** -decimals * magnitude : 0;
    out.push({
      start,
      end: pos,
      raw,
      numEnd: start + raw.length,
      number: c.number,
      value,
      decimals,
      slack,
      magnitude,
      magnitudeWord,
      unit,
      kind,
      noun,
      per,
      each,
      approx,
      ratioDen: null,
      ratioNum: null,
      rangeWith: null,
      yearLike,
      issues,
    });
    re.lastIndex = Math.max(re.lastIndex, pos);
  }
  linkPairs(text, out);
  return out;
}

function isRatioDenominator(text: string, start: number): boolean {
  // "61/119", "83,3ha/312 ha", "2.434.000.000 đ/1.400.000.000 đ": a digit or a unit before the slash.
  return /\d(?:[.,]\d+)*\s?(?:[\p{L}%]+\s?){0,3}\/\s?$/u.test(text.slice(Math.max(0, start - 30), start));
}

function issue(start: number, end: number, kind: NumberIssue['kind'], message: string, suggestion: string | null, severity: NumberIssue['severity']): NumberIssue {
  return { start, end, kind, message, suggestion, severity };
}

function linkPairs(text: string, qs: Quantity[]): void {
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!;
    const b = qs[i + 1]!;
    const between = text.slice(a.end, b.start);
    const nounSlash = /^\s+([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2})\s?\/\s?$/u.exec(between);
    const sameThing = nounSlash && a.kind === 'count' && b.noun !== null && b.noun.startsWith(nounSlash[1]!.toLowerCase().split(' ')[0]!);
    if (/^\s?\/\s?$/.test(between) || (/^\s?\/\s?$/.test(text.slice(a.numEnd, b.start)) && !a.per) || sameThing) {
      a.ratioDen = i + 1;
      b.ratioNum = i;
      a.per = null;
      a.each = false;
      if (!a.unit && b.unit) {
        a.unit = b.unit;
        a.kind = b.kind;
      }
    } else if (/^\s*[-–—]\s*$/.test(between) || (/^\s+đến\s+$/.test(between) && /từ\s+$/.test(text.slice(Math.max(0, a.start - 6), a.start)))) {
      a.rangeWith = i + 1;
      b.rangeWith = i;
    }
  }
}
