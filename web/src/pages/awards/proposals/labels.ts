export const STATE_OPTIONS = [
  { value: 'soan', label: 'Đang soạn', color: 'default' },
  { value: 'gui', label: 'Đã gửi', color: 'blue' },
  { value: 'tiep_nhan', label: 'Đã tiếp nhận', color: 'cyan' },
  { value: 'tham_dinh', label: 'Đang thẩm định', color: 'geekblue' },
  { value: 'tra_lai', label: 'Bị trả lại', color: 'orange' },
  { value: 'lay_y_kien', label: 'Lấy ý kiến, công khai', color: 'purple' },
  { value: 'trinh_hoi_dong', label: 'Trình Hội đồng', color: 'magenta' },
  { value: 'bieu_quyet', label: 'Hội đồng đang biểu quyết', color: 'magenta' },
  { value: 'trinh_ky', label: 'Trình ký', color: 'gold' },
  { value: 'quyet_dinh', label: 'Đã có quyết định', color: 'green' },
  { value: 'chuyen_cap_tren', label: 'Đã trình cấp trên', color: 'lime' },
] as const;

export const stateLabel = (s: string) => STATE_OPTIONS.find((o) => o.value === s)?.label ?? s;
export const stateColor = (s: string) => STATE_OPTIONS.find((o) => o.value === s)?.color ?? 'default';

export const BASIS_OPTIONS = [
  { value: 'nam', label: 'Tổng kết năm' },
  { value: 'phong_trao', label: 'Theo phong trào thi đua' },
  { value: 'dot_xuat', label: 'Đột xuất' },
] as const;

export const ATTACHMENT_KIND_OPTIONS = [
  { value: 'to_trinh', label: 'Tờ trình' },
  { value: 'bien_ban_hoi_dong', label: 'Biên bản họp Hội đồng TĐKT' },
  { value: 'bao_cao_thanh_tich', label: 'Báo cáo thành tích (bản ký, quét)' },
  { value: 'xac_nhan', label: 'Văn bản xác nhận, hiệp y' },
  { value: 'khac', label: 'Tài liệu khác' },
] as const;

export const SEVERITY = {
  block: { label: 'Phải khắc phục', color: 'red' },
  warning: { label: 'Cần xem', color: 'orange' },
  info: { label: 'Lưu ý', color: 'blue' },
} as const;

export const RATING_OPTIONS = [
  { value: 'htxs', label: 'Hoàn thành xuất sắc nhiệm vụ' },
  { value: 'htt', label: 'Hoàn thành tốt nhiệm vụ' },
  { value: 'ht', label: 'Hoàn thành nhiệm vụ' },
  { value: 'khong_ht', label: 'Không hoàn thành nhiệm vụ' },
] as const;

export const SCOPE_OPTIONS = [
  { value: 'co_so', label: 'Cấp cơ sở' },
  { value: 'bo_tinh', label: 'Cấp bộ, ngành, tỉnh' },
  { value: 'toan_quoc', label: 'Toàn quốc' },
] as const;

export const DISCIPLINE_OPTIONS = [
  { value: 'khien_trach', label: 'Khiển trách' },
  { value: 'canh_cao', label: 'Cảnh cáo' },
  { value: 'ha_bac', label: 'Hạ bậc lương' },
  { value: 'giang_chuc', label: 'Giáng chức' },
  { value: 'cach_chuc', label: 'Cách chức' },
  { value: 'buoc_thoi_viec', label: 'Buộc thôi việc' },
  { value: 'khac', label: 'Khác' },
] as const;
