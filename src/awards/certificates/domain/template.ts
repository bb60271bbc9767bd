/**
 * A certificate template: texts placed on the page in millimetres, each a line or a wrapped block
 * with its own size and style, and the QR code box. Texts hold placeholders ({hoTen}) filled from
 * the award; only what a certificate may show is offered (never a date of birth or an ID number),
 * which is also what the public verification page repeats.
 */
export type PageSize = 'A4' | 'A3' | 'A5';
export type Orientation = 'portrait' | 'landscape';
export type Align = 'left' | 'center' | 'right';
export type CertificateKind = 'bang_khen' | 'giay_khen' | 'danh_hieu';

export interface TemplateField {
  id: string;
  label: string;
  text: string;
  /** Left edge of the block, mm from the left of the page. */
  x: number;
  /** Baseline of the first line, mm from the top of the page. */
  y: number;
  /** Width the text wraps in and is aligned within, mm. */
  width: number;
  fontSize: number;
  bold?: boolean;
  italic?: boolean;
  align: Align;
  uppercase?: boolean;
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
  /** Red, as Bằng khen print the award name; otherwise black. */
  color?: 'black' | 'red';
}

export interface TemplateLayout {
  fields: TemplateField[];
  /** QR code to the verification page, mm; null prints none. */
  qr: { x: number; y: number; size: number } | null;
  /** A double frame around the page, mm from the edge; null for pre-printed blanks. */
  border: number | null;
}

export const PAGE_MM: Record<PageSize, { w: number; h: number }> = { A5: { w: 148, h: 210 }, A4: { w: 210, h: 297 }, A3: { w: 297, h: 420 } };

export function pageMm(size: PageSize, orientation: Orientation): { w: number; h: number } {
  const p = PAGE_MM[size];
  return orientation === 'landscape' ? { w: p.h, h: p.w } : p;
}

export const PLACEHOLDERS = {
  hoTen: 'Tên tập thể, họ và tên cá nhân',
  chucVu: 'Chức vụ',
  donVi: 'Đơn vị công tác',
  hinhThuc: 'Hình thức, danh hiệu',
  thanhTich: 'Thành tích',
  soQuyetDinh: 'Số quyết định',
  ngayQuyetDinh: 'Ngày quyết định',
  diaDanhNgay: 'Địa danh, ngày tháng',
  coQuan: 'Cơ quan tặng',
  chucVuKy: 'Chức vụ người ký',
  nguoiKy: 'Người ký',
  nam: 'Năm thành tích',
  maXacMinh: 'Mã xác minh',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;
export type CertificateValues = Partial<Record<Placeholder, string>>;

const PLACEHOLDER_RE = /\{([A-Za-z]+)\}/g;

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1]!);
}

/** The field's text with its placeholders filled; a field whose placeholders are all empty prints nothing. */
export function fillText(text: string, values: CertificateValues): string {
  const keys = placeholdersOf(text);
  if (keys.length && keys.every((k) => !values[k as Placeholder]?.trim())) return '';
  return text.replace(PLACEHOLDER_RE, (_, k: string) => values[k as Placeholder] ?? '').replace(/[ \t]+/g, ' ').trim();
}

/** What is wrong with a template, in Vietnamese, or an empty list. */
export function layoutProblems(layout: TemplateLayout, size: PageSize, orientation: Orientation): { path: string; message: string }[] {
  const page = pageMm(size, orientation);
  const out: { path: string; message: string }[] = [];
  if (layout.fields.length === 0) out.push({ path: 'layout.fields', message: 'Mẫu chưa có trường nào.' });
  layout.fields.forEach((f, i) => {
    const at = `layout.fields.${i}`;
    const name = f.label || `Trường ${i + 1}`;
    if (f.x < 0 || f.x + f.width > page.w + 0.01) out.push({ path: at, message: `${name}: vượt ra ngoài chiều ngang trang (${page.w} mm).` });
    if (f.y <= 0 || f.y > page.h) out.push({ path: at, message: `${name}: vị trí dọc phải trong khoảng 0–${page.h} mm.` });
    if (f.width < 5) out.push({ path: at, message: `${name}: bề rộng quá hẹp.` });
    if (f.fontSize < 6 || f.fontSize > 96) out.push({ path: at, message: `${name}: cỡ chữ phải từ 6 đến 96.` });
    for (const k of placeholdersOf(f.text)) if (!(k in PLACEHOLDERS)) out.push({ path: at, message: `${name}: "{${k}}" không phải trường dữ liệu được phép.` });
  });
  const q = layout.qr;
  if (q && (q.size < 12 || q.x < 0 || q.y < 0 || q.x + q.size > page.w || q.y + q.size > page.h)) out.push({ path: 'layout.qr', message: 'Mã QR phải nằm trong trang và rộng ít nhất 12 mm.' });
  return out;
}
