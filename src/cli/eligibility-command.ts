import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluateEligibility } from '../awards/eligibility-routes';
import { toFieldIssues } from '../http/route-kit';
import { eligibilityBatchSchema } from '../shared/api/awards-eligibility';
import { AppError } from '../shared/errors';
import { isIsoDate } from '../shared/vi-date';

export const ELIGIBILITY_USAGE =
  'Cách dùng: thidua eligibility <tệp hồ sơ .json> [--date YYYY-MM-DD]\n' +
  '  Tệp chứa một hồ sơ, một mảng hồ sơ hoặc { "cases": [...], "overrides": {...} } (xem docs/eligibility-input.md).\n' +
  '  --date: ngày quyết định áp dụng cho mọi hồ sơ (thay cho decisionDate trong tệp).';

const fail = (message: string): number => {
  console.error(`Lỗi: ${message}`);
  return 2;
};

/**
 * `thidua eligibility`: prints the answers as JSON (an object for one case, an array otherwise).
 * Exit code 0 when every case is eligible, 1 when some is not, 2 when the file cannot be checked.
 */
export async function runEligibility(args: string[]): Promise<number> {
  let values: { date?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, allowPositionals: true, options: { date: { type: 'string' } } }));
  } catch (err) {
    return fail(`${err instanceof Error ? err.message : String(err)}\n${ELIGIBILITY_USAGE}`);
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(ELIGIBILITY_USAGE);
    return 2;
  }
  if (values.date !== undefined && !isIsoDate(values.date)) return fail(`ngày "${values.date}" không hợp lệ (định dạng YYYY-MM-DD, ví dụ 2025-03-15).`);

  let raw: string;
  try {
    raw = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(`không tìm thấy tệp ${file}.`);
    if (code === 'EISDIR') return fail(`${file} là thư mục, không phải tệp hồ sơ.`);
    if (code === 'EACCES') return fail(`không có quyền đọc tệp ${file}.`);
    throw err;
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    return fail(`tệp ${file} không phải JSON hợp lệ (${err instanceof Error ? err.message : String(err)}).`);
  }

  const single = data !== null && typeof data === 'object' && !Array.isArray(data) && !('cases' in data);
  const batch: unknown = Array.isArray(data) ? { cases: data } : single ? { cases: [data] } : data;
  if (values.date && batch !== null && typeof batch === 'object' && Array.isArray((batch as { cases?: unknown }).cases)) {
    for (const c of (batch as { cases: unknown[] }).cases) if (c !== null && typeof c === 'object') (c as Record<string, unknown>).decisionDate = values.date;
  }
  const parsed = eligibilityBatchSchema.safeParse(batch);
  if (!parsed.success) {
    const lines = toFieldIssues(parsed.error).map((i) => {
      const path = single ? i.path.replace(/^cases\.0\.?/, '') : Array.isArray(data) ? i.path.replace(/^cases\./, '') : i.path;
      return `  - ${path ? `${path}: ` : ''}${i.message}`;
    });
    return fail(`tệp ${file} có dữ liệu không hợp lệ:\n${lines.join('\n')}`);
  }
  try {
    const results = evaluateEligibility(parsed.data);
    console.log(JSON.stringify(single ? results[0] : results, null, 2));
    return results.every((r) => r.eligible) ? 0 : 1;
  } catch (err) {
    if (err instanceof AppError) return fail(err.message);
    throw err;
  }
}
