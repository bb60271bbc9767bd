import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../shared/errors';

const DEFAULT_TIMEOUT_MS = 90_000;
const NAMES = ['soffice', 'libreoffice'];
const MAX_STDERR = 4_000;

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The LibreOffice launcher on PATH, or null. */
export async function findSoffice(): Promise<string | null> {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of NAMES) for (const dir of dirs) if (await executable(join(dir, name))) return join(dir, name);
  return null;
}

export async function libreOfficeAvailable(): Promise<boolean> {
  return (await findSoffice()) !== null;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  timedOut: boolean;
}

/**
 * Runs a command in its own process group, so that on timeout the whole tree goes: soffice is a
 * launcher that starts soffice.bin, and killing only the launcher would leave the converter running.
 */
function runTree(cmd: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < MAX_STDERR) stderr += chunk;
    });
    const killTree = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killTree();
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // soffice.bin may outlive its launcher for a moment; make sure nothing stays behind.
      killTree();
      resolve({ code, signal, stderr: stderr.slice(0, MAX_STDERR), timedOut });
    });
  });
}

function missing(): AppError {
  return new AppError(
    'INTERNAL',
    'Máy chủ chưa cài LibreOffice nên không xuất được tệp PDF. Hãy tải bản Word (.docx) hoặc báo quản trị cài gói libreoffice-writer-nogui.',
  );
}

/**
 * DOCX → PDF with LibreOffice Writer. Each conversion gets its own directory and its own
 * LibreOffice profile: two conversions sharing a profile block each other, or one silently does
 * nothing. Everything is removed afterwards, whatever happens.
 */
export async function docxToPdf(docx: Buffer, opts: { timeoutMs?: number } = {}): Promise<Buffer> {
  // LibreOffice opens anything, and would turn a non-DOCX into a PDF of its bytes as plain text.
  if (docx.length < 4 || docx.readUInt32LE(0) !== 0x04034b50) throw new AppError('VALIDATION', 'Dữ liệu đưa vào không phải tệp Word (.docx).');
  const soffice = await findSoffice();
  if (!soffice) throw missing();
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const work = await mkdtemp(join(tmpdir(), 'thidua-pdf-'));
  try {
    const input = join(work, 'van-ban.docx');
    const outDir = join(work, 'out');
    await writeFile(input, docx);
    const profile = pathToFileURL(join(work, 'profile')).href;
    const args = ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', outDir, input];
    // HOME and TMPDIR inside the work directory: LibreOffice writes its lu*.tmp files there, and a
    // conversion killed on timeout would otherwise leave them in the system temp directory.
    const scratch = join(work, 'tmp');
    await mkdir(scratch);
    const result = await runTree(soffice, args, timeoutMs, { ...process.env, HOME: work, TMPDIR: scratch });
    if (result.timedOut) {
      throw new AppError('INTERNAL', `Chuyển văn bản sang PDF quá ${Math.max(1, Math.round(timeoutMs / 1000))} giây nên đã dừng. Vui lòng thử lại sau hoặc tải bản Word (.docx).`);
    }
    const pdf = await readFile(join(outDir, 'van-ban.pdf')).catch(() => null);
    if (result.code !== 0 || !pdf || pdf.length === 0 || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      const detail = result.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 300);
      throw new AppError('INTERNAL', `LibreOffice không chuyển được văn bản sang PDF (mã thoát ${result.code ?? result.signal})${detail ? `: ${detail}` : ''}. Hãy tải bản Word (.docx).`);
    }
    return pdf;
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw missing();
    throw new AppError('INTERNAL', `Không chuyển được văn bản sang PDF: ${(err as Error).message}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** One page of a PDF as PNG (pdftoppm from poppler-utils), for previews and visual checks. */
export async function pdfPageToPng(pdf: Buffer, page: number, dpi = 110): Promise<Buffer> {
  if (!Number.isInteger(page) || page < 1) throw new AppError('VALIDATION', `Số trang phải là số nguyên dương, nhận được ${page}.`);
  const work = await mkdtemp(join(tmpdir(), 'thidua-png-'));
  try {
    const input = join(work, 'van-ban.pdf');
    await writeFile(input, pdf);
    const args = ['-png', '-f', String(page), '-l', String(page), '-r', String(Math.round(dpi)), '-singlefile', input, join(work, 'trang')];
    const result = await runTree('pdftoppm', args, DEFAULT_TIMEOUT_MS, process.env).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') throw new AppError('INTERNAL', 'Máy chủ chưa cài poppler-utils (pdftoppm) nên không dựng được ảnh trang PDF.');
      throw err;
    });
    const png = await readFile(join(work, 'trang.png')).catch(() => null);
    if (result.code !== 0 || !png) {
      throw new AppError('INTERNAL', `Không dựng được ảnh trang ${page} của tệp PDF${result.stderr.trim() ? `: ${result.stderr.trim().slice(0, 300)}` : ''}.`);
    }
    return png;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
