import { AppError } from '../../shared/errors';
import { isIsoDate } from '../../shared/vi-date';
import { readDocument } from './document';
import { convertTcvn3, detectEncoding } from './legacy-encoding';
import { DEFAULT_TIME_LIMIT_MS, MAX_FINDINGS, MAX_OUTLINE_CHARS, MAX_TEXT_CHARS, MAX_TYPO_FINDINGS } from './limits';
import { ARITH_RULES } from './rules/arith';
import { DATE_RULES } from './rules/date-rules';
import { DUP_RULES } from './rules/dup';
import { NUMFMT_RULES } from './rules/numfmt';
import { REF_RULES } from './rules/ref';
import type { Rule } from './rules/rule-kit';
import { checkOutline } from './rules/struct';
import { TYPO_RULES } from './rules/typo';
import { codePointIndexer, normalizeWithMap } from './text-map';
import { SEVERITY_RANK, type CheckOptions, type CheckResult, type Finding, type RawFinding } from './types';

const RULES: Rule[] = [...ARITH_RULES, ...NUMFMT_RULES, ...DATE_RULES, ...DUP_RULES, ...REF_RULES, ...TYPO_RULES];

/** Checks a report. Pure: the same text and options always give the same findings (time limit aside). */
export function checkReport(input: string, opts: CheckOptions = {}): CheckResult {
  if (input.length > MAX_TEXT_CHARS) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Văn bản quá dài (${input.length.toLocaleString('vi-VN')} ký tự); chỉ kiểm tra được văn bản tối đa ${MAX_TEXT_CHARS.toLocaleString('vi-VN')} ký tự (khoảng 500 trang). Hãy tách báo cáo thành nhiều phần.`);
  }
  if (opts.outline && opts.outline.length > MAX_OUTLINE_CHARS) throw new AppError('PAYLOAD_TOO_LARGE', `Đề cương quá dài (tối đa ${MAX_OUTLINE_CHARS.toLocaleString('vi-VN')} ký tự).`);
  if (opts.date && !isIsoDate(opts.date)) throw new AppError('VALIDATION', 'Ngày báo cáo không hợp lệ (định dạng YYYY-MM-DD, ví dụ 2024-06-28).');
  const notices: string[] = [];
  let text = input;
  let convertedText: string | undefined;
  const encoding = detectEncoding(input);
  if (encoding === 'vni') {
    throw new AppError('VALIDATION', 'Văn bản được gõ bằng bảng mã VNI (phông VNI-Times), không phải Unicode. Hãy chuyển sang Unicode (ví dụ Unikey: Công cụ chuyển mã, nguồn VNI Windows, đích Unicode) rồi kiểm tra lại.');
  }
  if (encoding === 'tcvn3') {
    text = convertTcvn3(input);
    convertedText = text;
    notices.push('Văn bản được gõ bằng bảng mã TCVN3 (phông .VnTime); đã tự chuyển sang Unicode để kiểm tra. Chữ in hoa của phông .VnTimeH có thể hiện thành chữ thường.');
  }
  const deadline = Date.now() + (opts.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  const norm = normalizeWithMap(text);
  const doc = readDocument(norm.text, opts.date ?? null, deadline);
  const raw: RawFinding[] = [];
  const rules: Rule[] = [...RULES, ...(opts.outline?.trim() ? [(d: typeof doc) => checkOutline(d, opts.outline!)] : [])];
  for (const rule of rules) {
    if (Date.now() > deadline || doc.expired()) {
      notices.push('Đã hết thời gian kiểm tra cho một văn bản; kết quả dưới đây chưa đầy đủ. Hãy tách báo cáo thành các phần nhỏ hơn.');
      break;
    }
    raw.push(...rule(doc));
  }
  const toOriginal = norm.toOriginal;
  const cp = codePointIndexer(input);
  const mapped = merge(raw).map((f) => {
    const s = toOriginal ? toOriginal[f.start]! : f.start;
    const e = toOriginal ? toOriginal[f.end]! : f.end;
    return { ...f, start: cp(s), end: cp(Math.max(e, s + 1)) };
  });
  let findings = capTypos(mapped);
  if (findings.length > MAX_FINDINGS) {
    notices.push(`Có quá nhiều phát hiện (${findings.length.toLocaleString('vi-VN')}); chỉ trả về ${MAX_FINDINGS.toLocaleString('vi-VN')} phát hiện đầu tiên.`);
    findings = findings.slice(0, MAX_FINDINGS);
  }
  return { findings, notices, ...(convertedText ? { convertedText } : {}) };
}

/** One finding per category and place: overlapping findings of a category are merged. */
function merge(findings: RawFinding[]): RawFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: RawFinding[] = [];
  // Sorted by start, so the finding of a category reaching furthest is the only one a new one can overlap.
  const furthest = new Map<string, RawFinding>();
  for (const f of sorted) {
    const last = furthest.get(f.category);
    // Each missing outline item is its own finding, even when several point at the same heading.
    const same = f.category !== 'STRUCT' && last && f.start < last.end ? last : undefined;
    if (!same) {
      const copy = { ...f };
      out.push(copy);
      if (!last || copy.end > last.end) furthest.set(f.category, copy);
      continue;
    }
    if (same.message !== f.message && !same.message.includes(f.message)) same.message = `${same.message} ${f.message}`;
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[same.severity]) same.severity = f.severity;
    same.suggestion ??= f.suggestion;
    same.start = Math.min(same.start, f.start);
    same.end = Math.max(same.end, f.end);
  }
  return out.sort((a, b) => a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

function capTypos(findings: Finding[]): Finding[] {
  let typos = 0;
  return findings.filter((f) => f.category !== 'TYPO' || ++typos <= MAX_TYPO_FINDINGS);
}
