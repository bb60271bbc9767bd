import type { UnitKind } from '../../../../src/shared/api/org';

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  national: 'Cả nước',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  agency: 'Cơ quan, đơn vị',
};

export const TREE_VERSION_LABELS: Record<'pre2025' | '2025', string> = {
  pre2025: 'Danh mục trước 01/7/2025',
  '2025': 'Danh mục từ 01/7/2025',
};
