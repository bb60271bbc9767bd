import type { CertificateKind, TemplateField, TemplateLayout } from './template';

const f = (id: string, label: string, text: string, y: number, fontSize: number, extra: Partial<TemplateField> = {}): TemplateField => ({
  id, label, text, x: 25, y, width: 247, fontSize, align: 'center', ...extra,
});

/**
 * Starting templates on landscape A4, laid out like the certificates provinces print: the state
 * emblem's place left blank at the top, the awarding body, the award name in large red capitals,
 * the recipient, the achievement, then the decision, place and date, and the signature.
 */
export function defaultLayout(kind: CertificateKind): TemplateLayout {
  const awardWord = kind === 'giay_khen' ? 'GIẤY KHEN' : kind === 'bang_khen' ? 'BẰNG KHEN' : '{hinhThuc}';
  return {
    border: 8,
    qr: { x: 24, y: 160, size: 26 },
    fields: [
      f('quoc-hieu', 'Quốc hiệu', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 30, 14, { bold: true }),
      f('tieu-ngu', 'Tiêu ngữ', 'Độc lập - Tự do - Hạnh phúc', 37, 14, { bold: true }),
      f('co-quan', 'Cơ quan tặng', '{coQuan}', 52, 16, { bold: true, uppercase: true }),
      f('loai', 'Tên loại', kind === 'danh_hieu' ? 'CÔNG NHẬN DANH HIỆU' : 'TẶNG', 64, 16, { bold: true }),
      f('hinh-thuc', 'Hình thức', awardWord, 82, kind === 'danh_hieu' ? 26 : 36, { bold: true, uppercase: true, color: 'red' }),
      f('ho-ten', 'Người nhận', '{hoTen}', 100, 24, { bold: true, italic: true }),
      f('don-vi', 'Chức vụ, đơn vị', '{chucVu}, {donVi}', 110, 15, { italic: true }),
      f('thanh-tich', 'Thành tích', '{thanhTich}', 121, 15, { x: 40, width: 217, lineHeight: 1.35 }),
      f('quyet-dinh', 'Quyết định', 'Quyết định số {soQuyetDinh} ngày {ngayQuyetDinh}', 160, 12, { x: 55, width: 90, align: 'left', italic: true }),
      f('so-vao-so', 'Mã xác minh', 'Mã xác minh: {maXacMinh}', 192, 8, { x: 24, width: 110, align: 'left' }),
      f('dia-danh', 'Địa danh, ngày', '{diaDanhNgay}', 150, 14, { x: 160, width: 112, italic: true }),
      f('chuc-vu-ky', 'Chức vụ người ký', '{chucVuKy}', 158, 14, { x: 160, width: 112, bold: true, uppercase: true }),
      f('nguoi-ky', 'Người ký', '{nguoiKy}', 190, 15, { x: 160, width: 112, bold: true }),
    ],
  };
}

export const KIND_LABELS: Record<CertificateKind, string> = { bang_khen: 'Bằng khen', giay_khen: 'Giấy khen', danh_hieu: 'Danh hiệu thi đua' };
