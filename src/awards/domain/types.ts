/**
 * Vocabulary shared by the award catalogue and the eligibility engine. Codes are ASCII snake case so
 * they survive JSON files, URLs and spreadsheets; the Vietnamese names live in the catalogue.
 */

export const SUBJECTS = ['ca_nhan', 'tap_the', 'ho_gia_dinh'] as const;
export type Subject = (typeof SUBJECTS)[number];
export const SUBJECT_NAMES: Record<Subject, string> = { ca_nhan: 'cá nhân', tap_the: 'tập thể', ho_gia_dinh: 'hộ gia đình' };

export const AWARD_KINDS = ['danh_hieu', 'hinh_thuc'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

/** The tier of the deciding authority (Luật TĐKT 2022 Điều 78–80). */
export const AWARD_LEVELS = ['nha_nuoc', 'chinh_phu', 'bo_tinh', 'co_so'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];
export const LEVEL_NAMES: Record<AwardLevel, string> = {
  nha_nuoc: 'cấp Nhà nước (Chủ tịch nước)',
  chinh_phu: 'Thủ tướng Chính phủ',
  bo_tinh: 'cấp bộ, ban, ngành, tỉnh',
  co_so: 'cấp cơ sở, cấp xã',
};

/** Task-completion rating of a year, best first (hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ). */
export const RATINGS = ['htxs', 'htt', 'ht', 'khong_ht'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_NAMES: Record<Rating, string> = {
  htxs: 'hoàn thành xuất sắc nhiệm vụ',
  htt: 'hoàn thành tốt nhiệm vụ',
  ht: 'hoàn thành nhiệm vụ',
  khong_ht: 'không hoàn thành nhiệm vụ',
};
/** True when `rating` is `min` or better. */
export const ratingAtLeast = (rating: Rating | undefined, min: Rating): boolean =>
  rating !== undefined && RATINGS.indexOf(rating) <= RATINGS.indexOf(min);

/**
 * How an award was given (Luật Điều 8): regular merit, thematic round, ad hoc, career, seniority,
 * foreign relations; kháng chiến only appears in old books and the statistics (biểu 0602.N).
 */
export const ROUNDS = ['thuong_xuyen', 'chuyen_de', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien'] as const;
export type RoundKind = (typeof ROUNDS)[number];
export const ROUND_NAMES: Record<RoundKind, string> = {
  thuong_xuyen: 'thường xuyên (theo công trạng)',
  chuyen_de: 'theo đợt, chuyên đề',
  dot_xuat: 'đột xuất',
  cong_hien: 'quá trình cống hiến',
  nien_han: 'niên hạn',
  doi_ngoai: 'đối ngoại',
  khang_chien: 'kháng chiến',
};

/** Scope of influence of an initiative or an achievement, narrowest first. */
export const SCOPES = ['co_so', 'bo_tinh', 'toan_quoc'] as const;
export type Scope = (typeof SCOPES)[number];
export const SCOPE_NAMES: Record<Scope, string> = { co_so: 'cấp cơ sở', bo_tinh: 'cấp bộ, ngành, tỉnh', toan_quoc: 'toàn quốc' };
export const scopeAtLeast = (scope: Scope, min: Scope): boolean => SCOPES.indexOf(scope) >= SCOPES.indexOf(min);

export const INITIATIVE_KINDS = ['sang_kien', 'de_tai', 'muu_tri'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
export const INITIATIVE_NAMES: Record<InitiativeKind, string> = {
  sang_kien: 'sáng kiến',
  de_tai: 'đề tài nghiên cứu khoa học đã nghiệm thu',
  muu_tri: 'mưu trí, sáng tạo trong chiến đấu',
};

/** What holds an award back (NĐ 152/2025 Điều 4): discipline, investigation, inspection, a pending case. */
export const RESTRAINT_KINDS = ['ky_luat', 'dieu_tra', 'thanh_tra', 'vu_an'] as const;
export type RestraintKind = (typeof RESTRAINT_KINDS)[number];
export const RESTRAINT_NAMES: Record<RestraintKind, string> = {
  ky_luat: 'thi hành kỷ luật',
  dieu_tra: 'điều tra',
  thanh_tra: 'thanh tra, kiểm tra',
  vu_an: 'giải quyết vụ án, vụ việc',
};
export const DISCIPLINE_LEVELS = ['khien_trach', 'canh_cao', 'ha_bac', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec', 'khac'] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

export const CLUSTER_LEVELS = ['bo_tinh', 'trung_uong'] as const;
export type ClusterLevel = (typeof CLUSTER_LEVELS)[number];

export const EXEMPLARY_KINDS = ['phong_trao', 'dot_xuat'] as const;
export type ExemplaryKind = (typeof EXEMPLARY_KINDS)[number];
export const LAUNCHERS = ['thu_tuong', 'bo_tinh', 'co_so'] as const;
export type Launcher = (typeof LAUNCHERS)[number];

/**
 * A value of the catalogue. `localSetting` marks what the research could not confirm in the law (or
 * what the law leaves to provinces): the value is a default the province may change, and the UI says
 * "thiết lập địa phương". `overridable` says whether a province override may replace it at all.
 */
export interface Param<T> {
  value: T;
  /** The catalogue's value before any province override. */
  default: T;
  localSetting: boolean;
  overridable: boolean;
  overridden: boolean;
  note?: string;
}

export type ParamValue = number | boolean | string;
