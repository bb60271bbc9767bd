/** Hình thức khen thưởng (Luật TĐKT 2022 Điều 33–75). Sources: docs/domain-law §1.4, §1.5. */
import type { Subject } from '../types';
import type { AwardCode } from './codes';
import {
  LAW,
  always,
  bonusUnknown,
  decider,
  districtThenCommune,
  item,
  itemUnconfirmed,
  lawParam,
  localParam,
  type AwardDef,
} from './definitions';

const PRESIDENT = [decider('chu_tich_nuoc', `Điều 78 ${LAW}`)];
const CRITERIA_NOTE = 'Tiêu chuẩn chi tiết chưa được chép lại trong tài liệu nghiệp vụ; hệ thống chưa tự xét điều kiện.';

function presidential(code: AwardCode, name: string, group: AwardDef['group'], citation: string, subjects: Subject[], physical: string, note = CRITERIA_NOTE): AwardDef {
  return {
    code, name, kind: 'hinh_thuc', level: 'nha_nuoc', group, subjects, stateLevel: true, citation,
    deciders: PRESIDENT,
    physicalItem: physical.startsWith('Huân chương') || physical.startsWith('Huy chương') ? item(physical) : itemUnconfirmed(physical),
    bonus: subjects.flatMap((s) => bonusUnknown(s)),
    note,
    ...always,
  };
}

const ORDERS: [AwardCode, string, Subject[]][] = [
  ['huan_chuong_sao_vang', 'Huân chương Sao vàng', ['ca_nhan', 'tap_the']],
  ['huan_chuong_ho_chi_minh', 'Huân chương Hồ Chí Minh', ['ca_nhan', 'tap_the']],
  ['huan_chuong_doc_lap_1', 'Huân chương Độc lập hạng Nhất', ['ca_nhan', 'tap_the']],
  ['huan_chuong_doc_lap_2', 'Huân chương Độc lập hạng Nhì', ['ca_nhan', 'tap_the']],
  ['huan_chuong_doc_lap_3', 'Huân chương Độc lập hạng Ba', ['ca_nhan', 'tap_the']],
  ['huan_chuong_quan_cong_1', 'Huân chương Quân công hạng Nhất', ['ca_nhan', 'tap_the']],
  ['huan_chuong_quan_cong_2', 'Huân chương Quân công hạng Nhì', ['ca_nhan', 'tap_the']],
  ['huan_chuong_quan_cong_3', 'Huân chương Quân công hạng Ba', ['ca_nhan', 'tap_the']],
  ['huan_chuong_lao_dong_1', 'Huân chương Lao động hạng Nhất', ['ca_nhan', 'tap_the']],
  ['huan_chuong_lao_dong_2', 'Huân chương Lao động hạng Nhì', ['ca_nhan', 'tap_the']],
  ['huan_chuong_bao_ve_to_quoc_1', 'Huân chương Bảo vệ Tổ quốc hạng Nhất', ['ca_nhan', 'tap_the']],
  ['huan_chuong_bao_ve_to_quoc_2', 'Huân chương Bảo vệ Tổ quốc hạng Nhì', ['ca_nhan', 'tap_the']],
  ['huan_chuong_bao_ve_to_quoc_3', 'Huân chương Bảo vệ Tổ quốc hạng Ba', ['ca_nhan', 'tap_the']],
  ['huan_chuong_chien_cong_1', 'Huân chương Chiến công hạng Nhất', ['ca_nhan', 'tap_the']],
  ['huan_chuong_chien_cong_2', 'Huân chương Chiến công hạng Nhì', ['ca_nhan', 'tap_the']],
  ['huan_chuong_chien_cong_3', 'Huân chương Chiến công hạng Ba', ['ca_nhan', 'tap_the']],
  ['huan_chuong_dai_doan_ket_dan_toc', 'Huân chương Đại đoàn kết dân tộc', ['ca_nhan']],
  ['huan_chuong_dung_cam', 'Huân chương Dũng cảm', ['ca_nhan']],
  ['huan_chuong_huu_nghi', 'Huân chương Hữu nghị', ['ca_nhan', 'tap_the']],
];

const MEDALS: [AwardCode, string, string][] = [
  ['huy_chuong_quan_ky_quyet_thang', 'Huy chương Quân kỳ quyết thắng', 'Lực lượng vũ trang nhân dân, từ 25 năm công tác (niên hạn).'],
  ['huy_chuong_vi_an_ninh_to_quoc', 'Huy chương Vì an ninh Tổ quốc', 'Niên hạn công tác.'],
  ['huy_chuong_chien_si_ve_vang_1', 'Huy chương Chiến sĩ vẻ vang hạng Nhất', 'Niên hạn công tác.'],
  ['huy_chuong_chien_si_ve_vang_2', 'Huy chương Chiến sĩ vẻ vang hạng Nhì', 'Niên hạn công tác.'],
  ['huy_chuong_chien_si_ve_vang_3', 'Huy chương Chiến sĩ vẻ vang hạng Ba', 'Niên hạn công tác.'],
  ['huy_chuong_huu_nghi', 'Huy chương Hữu nghị', 'Khen thưởng đối ngoại.'],
];

const HONOURS: [AwardCode, string, Subject[], string?][] = [
  ['ba_me_viet_nam_anh_hung', 'Bà mẹ Việt Nam anh hùng', ['ca_nhan']],
  ['anh_hung_llvtnd', 'Anh hùng Lực lượng vũ trang nhân dân', ['ca_nhan', 'tap_the'], 'Thường xét theo chu kỳ 5 năm tại Đại hội thi đua yêu nước (nguồn cũ).'],
  ['anh_hung_lao_dong', 'Anh hùng Lao động', ['ca_nhan', 'tap_the'], 'Thường xét theo chu kỳ 5 năm tại Đại hội thi đua yêu nước (nguồn cũ).'],
  ['nha_giao_nhan_dan', 'Nhà giáo nhân dân', ['ca_nhan'], 'Xét 3 năm một lần.'],
  ['nha_giao_uu_tu', 'Nhà giáo ưu tú', ['ca_nhan'], 'Xét 3 năm một lần.'],
  ['thay_thuoc_nhan_dan', 'Thầy thuốc nhân dân', ['ca_nhan'], 'Tiêu chuẩn theo Nghị định 25/2024/NĐ-CP (từ 15/4/2024).'],
  ['thay_thuoc_uu_tu', 'Thầy thuốc ưu tú', ['ca_nhan'], 'Tiêu chuẩn theo Nghị định 25/2024/NĐ-CP (từ 15/4/2024).'],
  ['nghe_si_nhan_dan', 'Nghệ sĩ nhân dân', ['ca_nhan']],
  ['nghe_si_uu_tu', 'Nghệ sĩ ưu tú', ['ca_nhan']],
  ['nghe_nhan_nhan_dan', 'Nghệ nhân nhân dân', ['ca_nhan']],
  ['nghe_nhan_uu_tu', 'Nghệ nhân ưu tú', ['ca_nhan']],
];

const bkParams = {
  consecutiveCstdcs: localParam('Số lần liên tục đạt Chiến sĩ thi đua cơ sở (cá nhân)', 2, 'Lời văn điểm d khoản 1 Điều 74 chưa được đối chiếu; nguồn nêu "02 lần liên tục Chiến sĩ thi đua cơ sở".'),
  consecutiveHtxsYears: localParam('Số năm liên tục hoàn thành xuất sắc nhiệm vụ (cá nhân)', 2, 'Lời văn điểm d khoản 1 Điều 74 chưa được đối chiếu; nguồn nêu "02 năm hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến".'),
  initiativesInPeriod: localParam('Số sáng kiến được công nhận trong thời gian đó (cá nhân)', 2, 'Lời văn điểm d khoản 1 Điều 74 chưa được đối chiếu.'),
  collectiveConsecutiveHtxsYears: localParam('Số năm liên tục hoàn thành xuất sắc nhiệm vụ (tập thể)', 2, 'Tiêu chuẩn Bằng khen đối với tập thể chưa được đối chiếu; địa phương quy định.'),
};

export const FORMS: AwardDef[] = [
  ...ORDERS.map(([code, name, subjects]) => presidential(code, name, 'huan_chuong', `Điều 33 ${LAW}${code === 'huan_chuong_sao_vang' ? '; Điều 34' : ''}`, subjects, name)),
  {
    ...presidential('huan_chuong_lao_dong_3', 'Huân chương Lao động hạng Ba', 'huan_chuong', `Điều 44 ${LAW}`, ['ca_nhan', 'tap_the'], 'Huân chương Lao động hạng Ba',
      'Hệ thống tự xét trường hợp cá nhân tại điểm e khoản 1 Điều 44; các trường hợp khác (công nhân, nông dân tại khoản 2; quá trình cống hiến theo Điều 21 Nghị định 152/2025/NĐ-CP; tập thể) cần xét thủ công.'),
    params: {
      yearsAfterBase: lawParam('Số năm liên tục hoàn thành tốt nhiệm vụ trở lên sau Bằng khen của Thủ tướng', 5),
      cstdcsInWindow: lawParam('Số lần đạt Chiến sĩ thi đua cơ sở trong thời gian đó', 3),
      minRating: lawParam('Xếp loại tối thiểu mỗi năm trong thời gian đó', 'htt'),
    },
  },
  ...MEDALS.map(([code, name, note]) => presidential(code, name, 'huy_chuong', `Điều 54–56 ${LAW} (trang Công báo chỉ đọc được một phần)`, ['ca_nhan'], name, note)),
  ...HONOURS.map(([code, name, subjects, note]) => presidential(code, name, 'danh_hieu_vinh_du', `Điều 59 ${LAW}`, subjects, 'Huy hiệu, Bằng', note ?? CRITERIA_NOTE)),
  presidential('giai_thuong_ho_chi_minh', 'Giải thưởng Hồ Chí Minh', 'giai_thuong', `Điều 78 ${LAW}; nghị định riêng về giải thưởng`, ['ca_nhan', 'tap_the'], 'Bằng chứng nhận, Huy hiệu', 'Quy định tại nghị định riêng (chưa nghiên cứu).'),
  presidential('giai_thuong_nha_nuoc', 'Giải thưởng Nhà nước', 'giai_thuong', `Điều 78 ${LAW}; nghị định riêng về giải thưởng`, ['ca_nhan', 'tap_the'], 'Bằng chứng nhận, Huy hiệu', 'Quy định tại nghị định riêng (chưa nghiên cứu).'),
  {
    code: 'ky_niem_chuong', name: 'Kỷ niệm chương', kind: 'hinh_thuc', level: 'bo_tinh', group: 'ky_niem_chuong',
    subjects: ['ca_nhan'], stateLevel: false, citation: `Điều 71 ${LAW}`,
    note: 'Do bộ, ngành, đoàn thể trung ương quy định; việc tỉnh có được ban hành kỷ niệm chương hay không chưa được xác nhận.',
    deciders: [decider('bo_truong', `Điều 71 khoản 2 ${LAW}`)],
    physicalItem: item('Kỷ niệm chương'),
    bonus: bonusUnknown('ca_nhan'),
    delegatesCriteria: `Điều 71 khoản 2 ${LAW}`,
    ...always,
  },
  {
    code: 'bang_khen_thu_tuong', name: 'Bằng khen của Thủ tướng Chính phủ', kind: 'hinh_thuc', level: 'chinh_phu', group: 'bang_khen',
    subjects: ['ca_nhan', 'tap_the', 'ho_gia_dinh'], stateLevel: true, citation: `Điều 72, Điều 73 ${LAW}`,
    note: 'Hệ thống tự xét các tiêu chuẩn a, b, c đối với cá nhân; tiêu chuẩn riêng cho công nhân, nông dân, tập thể và hộ gia đình cần xét thủ công.',
    deciders: [decider('thu_tuong', `Điều 78 ${LAW}`)],
    physicalItem: item('Bằng khen'),
    bonus: [
      ...bonusUnknown('ca_nhan', 3.5, 'Nguồn chỉ nêu "hơn 8 triệu đồng" (Điều 54 khoản 1 Nghị định 152/2025/NĐ-CP); hệ số 3,5 suy ra từ mức lương cơ sở 2.340.000 đồng, chưa đối chiếu văn bản.'),
      ...bonusUnknown('tap_the'),
      ...bonusUnknown('ho_gia_dinh'),
    ],
    params: {
      yearsAfterBase: lawParam('Số năm liên tục hoàn thành tốt nhiệm vụ trở lên sau Bằng khen cấp bộ, tỉnh', 5),
      cstdcsInWindow: lawParam('Số lần đạt Chiến sĩ thi đua cơ sở trong thời gian đó', 3),
      minRating: lawParam('Xếp loại tối thiểu mỗi năm trong thời gian đó', 'htt'),
    },
    ...always,
  },
  {
    code: 'bang_khen_bo', name: 'Bằng khen cấp bộ, ban, ngành, đoàn thể trung ương', kind: 'hinh_thuc', level: 'bo_tinh', group: 'bang_khen',
    subjects: ['ca_nhan', 'tap_the', 'ho_gia_dinh'], stateLevel: false, citation: `Điều 72, Điều 74 ${LAW}`,
    deciders: [decider('bo_truong', `Điều 79 ${LAW} (văn bản chưa được đối chiếu)`)],
    physicalItem: item('Bằng khen'),
    bonus: [...bonusUnknown('ca_nhan'), ...bonusUnknown('tap_the'), ...bonusUnknown('ho_gia_dinh')],
    params: bkParams,
    delegatesCriteria: `Điều 74 khoản 6 ${LAW}`,
    ...always,
  },
  {
    code: 'bang_khen_tinh', name: 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', kind: 'hinh_thuc', level: 'bo_tinh', group: 'bang_khen',
    subjects: ['ca_nhan', 'tap_the', 'ho_gia_dinh'], stateLevel: false, citation: `Điều 72, Điều 74 ${LAW}`,
    deciders: [decider('chu_tich_ubnd_tinh', `Điều 79 ${LAW} (văn bản chưa được đối chiếu)`)],
    physicalItem: item('Bằng khen'),
    bonus: [...bonusUnknown('ca_nhan'), ...bonusUnknown('tap_the'), ...bonusUnknown('ho_gia_dinh')],
    params: bkParams,
    delegatesCriteria: `Điều 74 khoản 6 ${LAW}`,
    ...always,
  },
  {
    code: 'giay_khen', name: 'Giấy khen', kind: 'hinh_thuc', level: 'co_so', group: 'giay_khen',
    subjects: ['ca_nhan', 'tap_the', 'ho_gia_dinh'], stateLevel: false, citation: `Điều 75 ${LAW}`,
    deciders: [
      decider('thu_truong_don_vi', `Điều 80 khoản 1 ${LAW}`),
      ...districtThenCommune(),
      decider('chu_tich_ubnd_xa', `Điều 80 khoản 3 ${LAW}`),
      decider('giam_doc_doanh_nghiep', `Điều 80 khoản 4 ${LAW}`),
      decider('chu_tich_hdqt_hdtv', `Điều 80 khoản 4 ${LAW}`),
      decider('chi_huy_llvt', `Điều 80 khoản 5 ${LAW}`),
    ],
    physicalItem: item('Giấy khen'),
    bonus: [...bonusUnknown('ca_nhan'), ...bonusUnknown('tap_the'), ...bonusUnknown('ho_gia_dinh')],
    params: {
      minRating: localParam('Xếp loại tối thiểu trong năm (khi không có thành tích tiêu biểu, đột xuất)', 'htt', 'Tiêu chuẩn Giấy khen do bộ, ngành, tỉnh quy định (Điều 75 khoản 2); mặc định: hoàn thành tốt nhiệm vụ trở lên.'),
    },
    delegatesCriteria: `Điều 75 khoản 2 ${LAW}`,
    ...always,
  },
];
