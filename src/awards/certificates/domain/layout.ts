import { fillText, pageMm, type CertificateValues, type Orientation, type PageSize, type TemplateField, type TemplateLayout } from './template';

export const MM = 72 / 25.4;

export interface FontStyle {
  bold: boolean;
  italic: boolean;
}
/** Width in points of a text at a size in a style: the PDF side passes the embedded font's metrics. */
export type Measure = (text: string, size: number, style: FontStyle) => number;

export interface TextRun {
  fieldId: string;
  text: string;
  /** PDF user space: points from the bottom-left corner, at the baseline. */
  x: number;
  y: number;
  size: number;
  style: FontStyle;
  color: 'black' | 'red';
}

export interface CertificatePage {
  width: number;
  height: number;
  runs: TextRun[];
  qr: { x: number; y: number; size: number } | null;
  border: number | null;
  /** The printed text of each filled field, in template order, as the verification page shows it. */
  printed: { fieldId: string; label: string; text: string; dynamic: boolean }[];
}

/** Greedy word wrap; a word longer than the width is put on its own line rather than cut. */
export function wrap(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(/\s+/).filter(Boolean);
    let line = '';
    for (const w of words) {
      const candidate = line ? `${line} ${w}` : w;
      if (line && width(candidate) > maxWidth) {
        lines.push(line);
        line = w;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

function fieldRuns(f: TemplateField, text: string, pageHeight: number, measure: Measure): TextRun[] {
  const style = { bold: !!f.bold, italic: !!f.italic };
  const width = f.width * MM;
  const lines = wrap(text, width, (s) => measure(s, f.fontSize, style));
  const step = f.fontSize * (f.lineHeight ?? 1.25);
  return lines.map((line, i) => {
    const w = measure(line, f.fontSize, style);
    const left = f.x * MM + (f.align === 'center' ? (width - w) / 2 : f.align === 'right' ? width - w : 0);
    return { fieldId: f.id, text: line, x: left, y: pageHeight - f.y * MM - i * step, size: f.fontSize, style, color: f.color ?? 'black' };
  });
}

/** The template filled and placed: every line of every field at its point on the page. */
export function layoutCertificate(layout: TemplateLayout, size: PageSize, orientation: Orientation, values: CertificateValues, measure: Measure): CertificatePage {
  const page = pageMm(size, orientation);
  const height = page.h * MM;
  const runs: TextRun[] = [];
  const printed: CertificatePage['printed'] = [];
  for (const f of layout.fields) {
    const filled = fillText(f.text, values);
    const text = f.uppercase ? filled.toLocaleUpperCase('vi') : filled;
    if (!text) continue;
    printed.push({ fieldId: f.id, label: f.label, text, dynamic: /\{[A-Za-z]+\}/.test(f.text) && !/\{maXacMinh\}/.test(f.text) });
    runs.push(...fieldRuns(f, text, height, measure));
  }
  const qr = layout.qr ? { x: layout.qr.x * MM, y: height - (layout.qr.y + layout.qr.size) * MM, size: layout.qr.size * MM } : null;
  return { width: page.w * MM, height, runs, qr, border: layout.border === null ? null : layout.border * MM, printed };
}
