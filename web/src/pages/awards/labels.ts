import type { SubjectSummary } from '../../api/awards';

export const KIND_OPTIONS: { value: SubjectSummary['kind']; label: string }[] = [
  { value: 'ca_nhan', label: 'Cá nhân' },
  { value: 'tap_the', label: 'Tập thể' },
  { value: 'ho_gia_dinh', label: 'Hộ gia đình' },
];

export const LEVEL_OPTIONS = [
  { value: 'nha_nuoc', label: 'Cấp Nhà nước' },
  { value: 'bo_tinh', label: 'Cấp bộ, ngành, tỉnh' },
  { value: 'huyen', label: 'Cấp huyện' },
  { value: 'co_so', label: 'Cấp cơ sở' },
] as const;

export const ROUND_OPTIONS = [
  { value: 'thuong_xuyen', label: 'Thường xuyên' },
  { value: 'chuyen_de', label: 'Chuyên đề (theo đợt)' },
  { value: 'dot_xuat', label: 'Đột xuất' },
  { value: 'cong_hien', label: 'Quá trình cống hiến' },
  { value: 'nien_han', label: 'Niên hạn' },
  { value: 'doi_ngoai', label: 'Đối ngoại' },
  { value: 'khang_chien', label: 'Kháng chiến' },
] as const;

export const WORKER_OPTIONS = [
  { value: 'cong_nhan', label: 'Công nhân' },
  { value: 'nong_dan', label: 'Nông dân' },
  { value: 'truc_tiep', label: 'Người trực tiếp lao động, công tác' },
  { value: 'lanh_dao_bo_tinh', label: 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên' },
  { value: 'lanh_dao_so', label: 'Lãnh đạo cấp vụ, sở, ngành và tương đương' },
  { value: 'lanh_dao', label: 'Lãnh đạo khác từ phó phòng trở lên' },
  { value: 'doanh_nhan', label: 'Doanh nhân' },
  { value: 'doanh_nghiep', label: 'Doanh nghiệp (tập thể)' },
  { value: 'khac', label: 'Khác' },
] as const;

export const GRADE_OPTIONS = [
  { value: 'nhat', label: 'Hạng Nhất' },
  { value: 'nhi', label: 'Hạng Nhì' },
  { value: 'ba', label: 'Hạng Ba' },
] as const;

export const SOURCE_LABELS: Record<string, string> = { import: 'Nhập từ Excel', decision: 'Theo quyết định', manual: 'Nhập tay' };
