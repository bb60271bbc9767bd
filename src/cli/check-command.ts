import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkReport } from '../checker/domain/check';
import type { Finding } from '../checker/domain/types';
import { docxToText } from '../checker/docx-text';
import { AppError } from '../shared/errors';

const CATEGORY_NAMES: Record<Finding['category'], string> = {
  ARITH: 'Số liệu',
  NUMFMT: 'Cách viết số',
  DATE: 'Ngày tháng',
  DUP: 'Lặp',
  REF: 'Trích dẫn',
  STRUCT: 'Đề cương',
  TYPO: 'Chính tả',
};
const SEVERITY_NAMES: Record<Finding['severity'], string> = { high: 'cao', medium: 'trung bình', low: 'thấp' };

export const CHECK_USAGE = 'Cách dùng: thidua check <tệp .txt|.docx> [--outline <tệp đề cương>] [--date YYYY-MM-DD] [--json]';

/** Text files are UTF-8; files typed with legacy 8-bit fonts are read byte for byte (the checker converts TCVN3). */
async function readText(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return docxToText(bytes);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return docxToText(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** Line and column (both from 1, in code points) of a code-point offset. */
function position(codePoints: string[], offset: number): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < codePoints.length; i++) {
    if (codePoints[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return { line, col };
}

/** `thidua check`: 0 when the report has no finding, 1 when it has some, 2 when it cannot be checked. */
export async function runCheck(args: string[]): Promise<number> {
  let values: { outline?: string; date?: string; json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, allowPositionals: true, options: { outline: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' } } }));
  } catch (err) {
    console.error(`Lỗi: ${err instanceof Error ? err.message : String(err)}\n${CHECK_USAGE}`);
    return 2;
  }
  const file = positionals[0];
  if (!file) {
    console.error(CHECK_USAGE);
    return 2;
  }
  try {
    const text = await readText(file);
    const outline = values.outline ? await readText(values.outline) : undefined;
    const result = checkReport(text, { outline, date: values.date });
    if (values.json) {
      console.log(JSON.stringify({ findings: result.findings }));
    } else {
      const shown = result.convertedText ?? text;
      const cps = Array.from(shown);
      for (const n of result.notices) console.log(`Lưu ý: ${n}`);
      if (!result.findings.length) console.log('Không phát hiện vấn đề nào.');
      for (const f of result.findings) {
        const { line, col } = position(cps, f.start);
        const excerpt = cps.slice(f.start, Math.min(f.end, f.start + 60)).join('').replace(/\s+/g, ' ');
        console.log(`${file}:${line}:${col} [${CATEGORY_NAMES[f.category]} - mức ${SEVERITY_NAMES[f.severity]}] "${excerpt}${f.end - f.start > 60 ? '…' : ''}"`);
        console.log(`    ${f.message}${f.suggestion ? `\n    Gợi ý: ${f.suggestion}` : ''}`);
      }
      if (result.findings.length) {
        const counts = new Map<string, number>();
        for (const f of result.findings) counts.set(CATEGORY_NAMES[f.category], (counts.get(CATEGORY_NAMES[f.category]) ?? 0) + 1);
        console.log(`\nTổng cộng ${result.findings.length} vấn đề: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}.`);
      }
    }
    return result.findings.length ? 1 : 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`Lỗi: ${err.message}`);
      return 2;
    }
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`Lỗi: không tìm thấy tệp ${(err as NodeJS.ErrnoException).path ?? file}.`);
      return 2;
    }
    throw err;
  }
}
