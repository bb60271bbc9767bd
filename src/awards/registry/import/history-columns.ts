import { searchKey } from '../../../shared/vi-text';

/** What a column of an award history book can hold. */
export type HistoryField =
  | 'name'
  | 'kind'
  | 'birth'
  | 'gender'
  | 'idNumber'
  | 'position'
  | 'workplace'
  | 'unit'
  | 'award'
  | 'level'
  | 'year'
  | 'decisionNumber'
  | 'decisionDate'
  | 'authority'
  | 'round'
  | 'worker'
  | 'note';

export const FIELD_LABELS: Record<HistoryField, string> = {
  name: 'Họ và tên / Tên tập thể',
  kind: 'Loại đối tượng',
  birth: 'Năm sinh',
  gender: 'Giới tính',
  idNumber: 'Số định danh cá nhân',
  position: 'Chức vụ',
  workplace: 'Nơi công tác',
  unit: 'Đơn vị trình',
  award: 'Hình thức khen thưởng',
  level: 'Cấp khen thưởng',
  year: 'Năm',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  authority: 'Cấp quyết định',
  round: 'Loại khen thưởng',
  worker: 'Đối tượng lao động',
  note: 'Ghi chú',
};

/** The header of the template the system hands out, in order; other books are matched by the aliases. */
export const TEMPLATE_FIELDS: HistoryField[] = ['name', 'kind', 'birth', 'gender', 'position', 'workplace', 'unit', 'award', 'year', 'decisionNumber', 'decisionDate', 'authority', 'round', 'worker', 'note'];

const ALIASES: Record<HistoryField, string[]> = {
  name: ['ho va ten', 'ho ten', 'ten', 'ten tap the', 'ho ten / ten tap the', 'ho va ten / ten tap the', 'ten tap the, ca nhan', 'ten doi tuong', 'doi tuong duoc khen thuong'],
  kind: ['loai doi tuong', 'loai', 'ca nhan / tap the', 'doi tuong'],
  birth: ['nam sinh', 'ngay sinh', 'ngay, thang, nam sinh'],
  gender: ['gioi tinh', 'nam / nu'],
  idNumber: ['so dinh danh ca nhan', 'so dinh danh', 'so cccd', 'cccd', 'so cmnd', 'cmnd/cccd'],
  position: ['chuc vu', 'chuc danh'],
  workplace: ['noi cong tac', 'don vi cong tac', 'co quan, don vi cong tac', 'chuc vu, don vi cong tac'],
  unit: ['don vi trinh', 'don vi de nghi', 'don vi', 'ma don vi'],
  award: ['hinh thuc khen thuong', 'danh hieu', 'hinh thuc', 'danh hieu, hinh thuc khen thuong', 'hinh thuc, danh hieu', 'hinh thuc khen thuong, danh hieu thi dua', 'khen thuong'],
  level: ['cap khen thuong', 'cap khen'],
  year: ['nam', 'nam khen thuong', 'nam thanh tich', 'nam dat'],
  decisionNumber: ['so quyet dinh', 'so qd', 'quyet dinh so'],
  decisionDate: ['ngay quyet dinh', 'ngay qd', 'ngay ky', 'ngay ky quyet dinh'],
  authority: ['cap quyet dinh', 'co quan quyet dinh', 'tham quyen', 'nguoi ky'],
  round: ['loai khen thuong', 'phuong thuc khen thuong', 'phuong thuc', 'loai hinh khen thuong'],
  worker: ['doi tuong lao dong', 'thanh phan', 'la cong nhan, nong dan, nguoi truc tiep lao dong'],
  note: ['ghi chu'],
};

const BY_ALIAS: ReadonlyMap<string, HistoryField> = new Map(
  (Object.entries(ALIASES) as [HistoryField, string[]][]).flatMap(([field, names]) => [...names, searchKey(FIELD_LABELS[field])].map((n) => [n, field] as const)),
);

export function headerField(text: string): HistoryField | null {
  const k = searchKey(text).replace(/\s*\(.*\)\s*$/, '').replace(/[*:]/g, '').trim();
  return BY_ALIAS.get(k) ?? null;
}

export const REQUIRED_FIELDS: HistoryField[] = ['name', 'award'];
