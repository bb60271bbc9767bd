import { placeDateLine } from '../../../official-docs/domain/date-line';
import { formatViDate } from '../../../shared/vi-date';
import { formOfCode } from '../../registry/award-forms';
import { groupedCode } from './code';
import type { CertificateKind, CertificateValues } from './template';

export interface AwardFacts {
  recipientName: string;
  positionTitle: string | null;
  workplace: string | null;
  unitName: string;
  awardCode: string;
  awardName: string;
  year: number;
  achievement: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  decidingAuthority: string | null;
  /** From the decision, when the record came from one. */
  authorityLine: string | null;
  place: string | null;
  signer: { prefix: string | null; authority: string | null; title: string; name: string | null } | null;
}

/** Which paper an award is printed on. */
export function certificateKindOf(awardCode: string): CertificateKind {
  if (awardCode.startsWith('giay_khen')) return 'giay_khen';
  if (awardCode.startsWith('bang_khen')) return 'bang_khen';
  return formOfCode(awardCode)?.category === 'danh_hieu' ? 'danh_hieu' : 'bang_khen';
}

/**
 * What a certificate may print about an award: the name, the award, the achievement, the decision,
 * the signer. Nothing personal beyond the name, the post and the workplace the award names.
 */
export function certificateValues(a: AwardFacts, code: string): CertificateValues {
  const upper = (s: string | null | undefined) => (s ?? '').trim().toLocaleUpperCase('vi');
  const signerLines = a.signer ? [[a.signer.prefix ?? '', upper(a.signer.authority)].filter(Boolean).join(' '), upper(a.signer.title)].filter(Boolean).join('\n') : '';
  return {
    hoTen: a.recipientName,
    chucVu: a.positionTitle ?? '',
    donVi: a.workplace ?? a.unitName,
    hinhThuc: a.awardName,
    thanhTich: a.achievement ?? '',
    soQuyetDinh: a.decisionNumber ?? '',
    ngayQuyetDinh: formatViDate(a.decisionDate),
    diaDanhNgay: a.place && a.decisionDate ? placeDateLine(a.place, a.decisionDate) : '',
    coQuan: a.authorityLine ?? upper(a.decidingAuthority),
    chucVuKy: signerLines,
    nguoiKy: a.signer?.name ?? '',
    nam: String(a.year),
    maXacMinh: groupedCode(code),
  };
}

/** Values for a template preview: a made-up award, so nobody's data is printed by accident. */
export const SAMPLE_VALUES: CertificateValues = {
  hoTen: 'Nguyễn Văn Mẫu',
  chucVu: 'Giáo viên',
  donVi: 'Trường Trung học cơ sở Ngã Bảy',
  hinhThuc: 'Bằng khen của Chủ tịch Ủy ban nhân dân thành phố',
  thanhTich: 'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025, góp phần vào sự nghiệp xây dựng và bảo vệ Tổ quốc',
  soQuyetDinh: '123/QĐ-UBND',
  ngayQuyetDinh: '20/11/2026',
  diaDanhNgay: 'Cần Thơ, ngày 20 tháng 11 năm 2026',
  coQuan: 'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
  chucVuKy: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  nguoiKy: 'Trần Văn Ký',
  nam: '2025',
  maXacMinh: 'MẪU0 0000 0000 0000 0000 0000 00',
};
