/** Which rule set answers which award; awards not listed are answered "xét thủ công". */
import type { AwardCode } from '../catalogue';
import type { AwardRule } from './rule-kit';
import { cstdBoTinh, cstdCoSo, cstdToanQuoc, laoDongTienTien } from './individual';
import { coThiDuaBoTinh, coThiDuaChinhPhu, tapTheLdtt, tapTheLdxs } from './collective';
import { bangKhenBoTinh, bangKhenThuTuong, giayKhen, huanChuongLaoDong3 } from './commendations';

export const AWARD_RULES: Partial<Record<AwardCode, AwardRule>> = {
  cstd_co_so: cstdCoSo,
  cstd_bo_tinh: cstdBoTinh,
  cstd_toan_quoc: cstdToanQuoc,
  lao_dong_tien_tien: laoDongTienTien,
  chien_si_tien_tien: laoDongTienTien,
  tap_the_ldtt: tapTheLdtt,
  don_vi_tien_tien: tapTheLdtt,
  tap_the_ldxs: tapTheLdxs,
  don_vi_quyet_thang: tapTheLdxs,
  co_thi_dua_bo_tinh: coThiDuaBoTinh,
  co_thi_dua_chinh_phu: coThiDuaChinhPhu,
  giay_khen: giayKhen,
  bang_khen_tinh: bangKhenBoTinh,
  bang_khen_bo: bangKhenBoTinh,
  bang_khen_thu_tuong: bangKhenThuTuong,
  huan_chuong_lao_dong_3: huanChuongLaoDong3,
};

export const hasEligibilityRules = (code: AwardCode): boolean => AWARD_RULES[code] !== undefined;
