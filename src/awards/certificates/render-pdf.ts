import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { certificateFonts, type FontFace } from './fonts';
import { layoutCertificate, type CertificatePage, type FontStyle } from './domain/layout';
import type { CertificateValues, Orientation, PageSize, TemplateLayout } from './domain/template';

export interface PrintJob {
  layout: TemplateLayout;
  pageSize: PageSize;
  orientation: Orientation;
  values: CertificateValues;
  /** Address the QR code opens (the public verification page); null on a preview. */
  qrUrl: string | null;
}

const RED = rgb(0.75, 0.05, 0.05);
const BLACK = rgb(0, 0, 0);

const faceOf = (s: FontStyle): FontFace => (s.bold && s.italic ? 'boldItalic' : s.bold ? 'bold' : s.italic ? 'italic' : 'regular');

/** Drawn as vector squares, so the code stays sharp at any print size. */
function drawQr(page: PDFPage, url: string, box: { x: number; y: number; size: number }) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = box.size / modules.size;
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) {
      if (modules.get(r, c)) page.drawRectangle({ x: box.x + c * cell, y: box.y + box.size - (r + 1) * cell, width: cell + 0.05, height: cell + 0.05, color: BLACK });
    }
  }
}

function drawPage(pdf: PDFDocument, laid: CertificatePage, fonts: Record<FontFace, PDFFont>, qrUrl: string | null) {
  const page = pdf.addPage([laid.width, laid.height]);
  if (laid.border !== null) {
    const b = laid.border;
    page.drawRectangle({ x: b, y: b, width: laid.width - 2 * b, height: laid.height - 2 * b, borderColor: RED, borderWidth: 2.5 });
    page.drawRectangle({ x: b + 5, y: b + 5, width: laid.width - 2 * b - 10, height: laid.height - 2 * b - 10, borderColor: RED, borderWidth: 0.8 });
  }
  for (const r of laid.runs) page.drawText(r.text, { x: r.x, y: r.y, size: r.size, font: fonts[faceOf(r.style)], color: r.color === 'red' ? RED : BLACK });
  if (laid.qr && qrUrl) drawQr(page, qrUrl, laid.qr);
}

/** One PDF of one or many certificates (a decision's batch), fonts embedded as subsets. */
export async function renderCertificatesPdf(jobs: PrintJob[], title: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setCreator('thidua');
  const bytes = certificateFonts();
  const fonts = {} as Record<FontFace, PDFFont>;
  for (const face of Object.keys(bytes) as FontFace[]) fonts[face] = await pdf.embedFont(bytes[face], { subset: true });
  const measure = (text: string, size: number, style: FontStyle) => fonts[faceOf(style)].widthOfTextAtSize(text, size);
  for (const j of jobs) drawPage(pdf, layoutCertificate(j.layout, j.pageSize, j.orientation, j.values, measure), fonts, j.qrUrl);
  return Buffer.from(await pdf.save());
}
