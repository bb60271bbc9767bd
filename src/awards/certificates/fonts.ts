import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * Certificates need a serif font with every Vietnamese glyph. Fonts are not committed: the server
 * uses the system's Liberation Serif (Debian fonts-liberation2, metric-compatible with Times New
 * Roman), or Times New Roman, or the directory in CERTIFICATE_FONT_DIR.
 */
const FILES = {
  regular: ['LiberationSerif-Regular.ttf', 'Times New Roman.ttf', 'times.ttf'],
  bold: ['LiberationSerif-Bold.ttf', 'Times New Roman Bold.ttf', 'timesbd.ttf'],
  italic: ['LiberationSerif-Italic.ttf', 'Times New Roman Italic.ttf', 'timesi.ttf'],
  boldItalic: ['LiberationSerif-BoldItalic.ttf', 'Times New Roman Bold Italic.ttf', 'timesbi.ttf'],
} as const;
export type FontFace = keyof typeof FILES;

const DIRS = () => [
  process.env.CERTIFICATE_FONT_DIR,
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/truetype/liberation',
  '/usr/share/fonts/liberation-serif',
  '/usr/share/fonts/liberation',
  '/usr/share/fonts/truetype/msttcorefonts',
  '/Library/Fonts',
  'C:\\Windows\\Fonts',
].filter((d): d is string => !!d);

let cache: Record<FontFace, Uint8Array> | undefined;

export function certificateFonts(): Record<FontFace, Uint8Array> {
  if (cache) return cache;
  const found = {} as Record<FontFace, Uint8Array>;
  for (const face of Object.keys(FILES) as FontFace[]) {
    const file = DIRS().flatMap((d) => FILES[face].map((f) => path.join(d, f))).find((p) => existsSync(p));
    if (!file) throw new AppError('INTERNAL', 'Máy chủ chưa có phông chữ để in giấy chứng nhận (cần Liberation Serif hoặc Times New Roman; cài gói fonts-liberation2 hoặc đặt CERTIFICATE_FONT_DIR).');
    found[face] = new Uint8Array(readFileSync(file));
  }
  cache = found;
  return found;
}
