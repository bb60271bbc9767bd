/**
 * Quotas (tỷ lệ, số lượng tối đa). None is a confirmed national rule under the 2022 framework
 * (docs/domain-law §1.6), so all are local settings; a province adds its own (e.g. for thematic rounds).
 */
import type { RoundKind, Subject } from '../types';
import type { AwardCode } from './codes';

export interface QuotaDef {
  code: string;
  label: string;
  /** Awards it limits; null = every award of the round. */
  awards: AwardCode[] | null;
  round: RoundKind | null;
  subject: Subject | null;
  /** Null: not applied unless a province sets it. */
  maxPercent: number | null;
  /** What the percentage is taken of. */
  base: string;
  citation: string;
  note: string;
}

export const QUOTAS: QuotaDef[] = [
  {
    code: 'cstd_co_so_tren_ldtt',
    label: 'Chiến sĩ thi đua cơ sở không quá tỷ lệ số cá nhân đạt Lao động tiên tiến',
    awards: ['cstd_co_so'],
    round: null,
    subject: 'ca_nhan',
    maxPercent: 15,
    base: 'tổng số cá nhân đạt danh hiệu Lao động tiên tiến, Chiến sĩ tiên tiến của đơn vị',
    citation: 'Thông tư 07/2014/TT-BNV (quy định trước năm 2024)',
    note: 'Chưa thấy trong khung pháp lý năm 2022; giữ mặc định theo quy định cũ.',
  },
  {
    code: 'cstd_bo_tinh_tren_cstdcs',
    label: 'Chiến sĩ thi đua cấp tỉnh không quá tỷ lệ số Chiến sĩ thi đua cơ sở',
    awards: ['cstd_bo_tinh'],
    round: null,
    subject: 'ca_nhan',
    maxPercent: null,
    base: 'tổng số cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở',
    citation: 'Hướng dẫn của một tỉnh năm 2017 (quy định địa phương trước năm 2024)',
    note: 'Không phải quy định toàn quốc; chỉ áp dụng khi địa phương thiết lập tỷ lệ.',
  },
  {
    code: 'co_thi_dua_chinh_phu_tren_dan_dau',
    label: 'Cờ thi đua của Chính phủ không quá tỷ lệ số tập thể dẫn đầu cụm, khối thi đua',
    awards: ['co_thi_dua_chinh_phu'],
    round: null,
    subject: 'tap_the',
    maxPercent: 20,
    base: 'số tập thể dẫn đầu các cụm, khối thi đua của bộ, tỉnh',
    citation: 'Công văn 5007/BNV-TĐKT ngày 05/9/2023 của Bộ Nội vụ',
    note: 'Chưa xác nhận còn áp dụng sau Nghị định 98/2023/NĐ-CP.',
  },
  {
    code: 'chuyen_de_tap_the',
    label: 'Khen thưởng phong trào thi đua chuyên đề: tỷ lệ tập thể',
    awards: null,
    round: 'chuyen_de',
    subject: 'tap_the',
    maxPercent: null,
    base: 'tổng số tập thể trực tiếp tham gia phong trào',
    citation: 'Quy định của địa phương',
    note: 'Không có quy định toàn quốc; chỉ áp dụng khi địa phương thiết lập tỷ lệ.',
  },
  {
    code: 'chuyen_de_ca_nhan',
    label: 'Khen thưởng phong trào thi đua chuyên đề: tỷ lệ cá nhân',
    awards: null,
    round: 'chuyen_de',
    subject: 'ca_nhan',
    maxPercent: null,
    base: 'tổng số cá nhân trực tiếp tham gia phong trào',
    citation: 'Quy định của địa phương',
    note: 'Không có quy định toàn quốc; chỉ áp dụng khi địa phương thiết lập tỷ lệ.',
  },
];
