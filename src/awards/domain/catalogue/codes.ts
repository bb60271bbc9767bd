/** Every award code of the catalogue. A code keeps its meaning across dated versions of an award. */
export const AWARD_CODES = [
  // Danh hiệu thi đua: individuals (Luật Điều 19)
  'cstd_toan_quoc',
  'cstd_bo_tinh',
  'cstd_co_so',
  'lao_dong_tien_tien',
  'chien_si_tien_tien',
  // Danh hiệu thi đua: collectives, households (Luật Điều 20)
  'co_thi_dua_chinh_phu',
  'co_thi_dua_bo_tinh',
  'tap_the_ldxs',
  'don_vi_quyet_thang',
  'tap_the_ldtt',
  'don_vi_tien_tien',
  'xa_tieu_bieu',
  'thon_to_dan_pho_van_hoa',
  'gia_dinh_van_hoa',
  // Huân chương (Luật Điều 33)
  'huan_chuong_sao_vang',
  'huan_chuong_ho_chi_minh',
  'huan_chuong_doc_lap_1',
  'huan_chuong_doc_lap_2',
  'huan_chuong_doc_lap_3',
  'huan_chuong_quan_cong_1',
  'huan_chuong_quan_cong_2',
  'huan_chuong_quan_cong_3',
  'huan_chuong_lao_dong_1',
  'huan_chuong_lao_dong_2',
  'huan_chuong_lao_dong_3',
  'huan_chuong_bao_ve_to_quoc_1',
  'huan_chuong_bao_ve_to_quoc_2',
  'huan_chuong_bao_ve_to_quoc_3',
  'huan_chuong_chien_cong_1',
  'huan_chuong_chien_cong_2',
  'huan_chuong_chien_cong_3',
  'huan_chuong_dai_doan_ket_dan_toc',
  'huan_chuong_dung_cam',
  'huan_chuong_huu_nghi',
  // Huy chương
  'huy_chuong_quan_ky_quyet_thang',
  'huy_chuong_vi_an_ninh_to_quoc',
  'huy_chuong_chien_si_ve_vang_1',
  'huy_chuong_chien_si_ve_vang_2',
  'huy_chuong_chien_si_ve_vang_3',
  'huy_chuong_huu_nghi',
  // Danh hiệu vinh dự Nhà nước (Luật Điều 59)
  'ba_me_viet_nam_anh_hung',
  'anh_hung_llvtnd',
  'anh_hung_lao_dong',
  'nha_giao_nhan_dan',
  'nha_giao_uu_tu',
  'thay_thuoc_nhan_dan',
  'thay_thuoc_uu_tu',
  'nghe_si_nhan_dan',
  'nghe_si_uu_tu',
  'nghe_nhan_nhan_dan',
  'nghe_nhan_uu_tu',
  // Giải thưởng, Kỷ niệm chương, Bằng khen, Giấy khen
  'giai_thuong_ho_chi_minh',
  'giai_thuong_nha_nuoc',
  'ky_niem_chuong',
  'bang_khen_thu_tuong',
  'bang_khen_bo',
  'bang_khen_tinh',
  'giay_khen',
] as const;
export type AwardCode = (typeof AWARD_CODES)[number];

export const isAwardCode = (v: string): v is AwardCode => (AWARD_CODES as readonly string[]).includes(v);

/** Groups for lists and statistics (the order of the statistical forms). */
export const AWARD_GROUPS = [
  'danh_hieu_ca_nhan',
  'danh_hieu_tap_the',
  'huan_chuong',
  'huy_chuong',
  'danh_hieu_vinh_du',
  'giai_thuong',
  'ky_niem_chuong',
  'bang_khen',
  'giay_khen',
] as const;
export type AwardGroup = (typeof AWARD_GROUPS)[number];

/** Who may decide an award (Luật Điều 78–80; NĐ 129/2025 for communes from 01/7/2025). */
export const AUTHORITIES = [
  'chu_tich_nuoc',
  'thu_tuong',
  'bo_truong',
  'chu_tich_ubnd_tinh',
  'thu_truong_don_vi',
  'chu_tich_ubnd_huyen',
  'chu_tich_ubnd_xa',
  'giam_doc_doanh_nghiep',
  'chu_tich_hdqt_hdtv',
  'chi_huy_llvt',
] as const;
export type AuthorityCode = (typeof AUTHORITIES)[number];

export const AUTHORITY_NAMES: Record<AuthorityCode, string> = {
  chu_tich_nuoc: 'Chủ tịch nước',
  thu_tuong: 'Thủ tướng Chính phủ',
  bo_truong: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, người đứng đầu cơ quan trung ương của đoàn thể',
  chu_tich_ubnd_tinh: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
  thu_truong_don_vi: 'Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân; Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh',
  chu_tich_ubnd_huyen: 'Chủ tịch Ủy ban nhân dân cấp huyện',
  chu_tich_ubnd_xa: 'Chủ tịch Ủy ban nhân dân cấp xã',
  giam_doc_doanh_nghiep: 'Giám đốc, Tổng giám đốc doanh nghiệp; Giám đốc hợp tác xã',
  chu_tich_hdqt_hdtv: 'Chủ tịch Hội đồng quản trị, Chủ tịch Hội đồng thành viên',
  chi_huy_llvt: 'Người chỉ huy trong lực lượng vũ trang nhân dân',
};
