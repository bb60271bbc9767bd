import { searchKey } from '../../shared/vi-text';
import type { AwardLevel, AwardRoundKind, AwardSubjectKind, WorkerCategory } from '../../db/schema';

export type { AwardLevel, AwardRoundKind, AwardSubjectKind, WorkerCategory };
export type AwardGrade = 'nhat' | 'nhi' | 'ba';

/**
 * The names the registry recognises when a history book is imported or a record typed in. Codes are
 * the award catalogue's (src/awards/domain/catalogue/codes.ts); a graded form is one family here and
 * is recorded as the catalogue's per-grade code ("huan_chuong_lao_dong_3") when the grade is known.
 * Records keep the code and the name as written at the time, so a form that a later law renames or
 * ends (Huân chương Kháng chiến) still reads as it was awarded. Titles and forms per domain-law §1.
 */
export interface RegistryForm {
  code: string;
  name: string;
  level: AwardLevel;
  category: 'danh_hieu' | 'hinh_thuc';
  /** Hạng Nhất/Nhì/Ba exist for this form; statistics add them up as "… các hạng". */
  graded?: boolean;
  subjects: readonly AwardSubjectKind[];
  /** Other ways books and reports write the name (folded and abbreviated like the name). */
  aliases?: readonly string[];
}

const P: AwardSubjectKind[] = ['ca_nhan'];
const C: AwardSubjectKind[] = ['tap_the'];
const PC: AwardSubjectKind[] = ['ca_nhan', 'tap_the'];
const ALL: AwardSubjectKind[] = ['ca_nhan', 'tap_the', 'ho_gia_dinh'];

export const REGISTRY_FORMS: readonly RegistryForm[] = [
  { code: 'huan_chuong_sao_vang', name: 'Huân chương Sao vàng', level: 'nha_nuoc', category: 'hinh_thuc', subjects: PC },
  { code: 'huan_chuong_ho_chi_minh', name: 'Huân chương Hồ Chí Minh', level: 'nha_nuoc', category: 'hinh_thuc', subjects: PC },
  { code: 'huan_chuong_doc_lap', name: 'Huân chương Độc lập', level: 'nha_nuoc', category: 'hinh_thuc', graded: true, subjects: PC },
  { code: 'huan_chuong_quan_cong', name: 'Huân chương Quân công', level: 'nha_nuoc', category: 'hinh_thuc', graded: true, subjects: PC },
  { code: 'huan_chuong_lao_dong', name: 'Huân chương Lao động', level: 'nha_nuoc', category: 'hinh_thuc', graded: true, subjects: PC, aliases: ['HCLĐ'] },
  { code: 'huan_chuong_bao_ve_to_quoc', name: 'Huân chương Bảo vệ Tổ quốc', level: 'nha_nuoc', category: 'hinh_thuc', graded: true, subjects: PC },
  { code: 'huan_chuong_chien_cong', name: 'Huân chương Chiến công', level: 'nha_nuoc', category: 'hinh_thuc', graded: true, subjects: PC },
  { code: 'huan_chuong_dai_doan_ket_dan_toc', name: 'Huân chương Đại đoàn kết dân tộc', level: 'nha_nuoc', category: 'hinh_thuc', subjects: PC },
  { code: 'huan_chuong_dung_cam', name: 'Huân chương Dũng cảm', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'huan_chuong_huu_nghi', name: 'Huân chương Hữu nghị', level: 'nha_nuoc', category: 'hinh_thuc', subjects: PC },
  // Resistance awards are no longer given under the 2022 law but fill the old books and statistics (biểu 0602.N).
  { code: 'huan_chuong_khang_chien', name: 'Huân chương Kháng chiến', level: 'nha_nuoc', category: 'hinh_thuc', graded: true, subjects: PC },
  { code: 'huy_chuong_khang_chien', name: 'Huy chương Kháng chiến', level: 'nha_nuoc', category: 'hinh_thuc', graded: true, subjects: P },
  { code: 'huy_chuong_chien_si_ve_vang', name: 'Huy chương Chiến sĩ vẻ vang', level: 'nha_nuoc', category: 'hinh_thuc', graded: true, subjects: P },
  { code: 'huy_chuong_quan_ky_quyet_thang', name: 'Huy chương Quân kỳ quyết thắng', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'huy_chuong_vi_an_ninh_to_quoc', name: 'Huy chương Vì an ninh Tổ quốc', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'huy_chuong_huu_nghi', name: 'Huy chương Hữu nghị', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'anh_hung_lao_dong', name: 'Anh hùng Lao động', level: 'nha_nuoc', category: 'hinh_thuc', subjects: PC },
  { code: 'anh_hung_llvtnd', name: 'Anh hùng Lực lượng vũ trang nhân dân', level: 'nha_nuoc', category: 'hinh_thuc', subjects: PC },
  { code: 'ba_me_viet_nam_anh_hung', name: 'Bà mẹ Việt Nam anh hùng', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'nha_giao_nhan_dan', name: 'Nhà giáo nhân dân', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'nha_giao_uu_tu', name: 'Nhà giáo ưu tú', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'thay_thuoc_nhan_dan', name: 'Thầy thuốc nhân dân', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'thay_thuoc_uu_tu', name: 'Thầy thuốc ưu tú', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'nghe_si_nhan_dan', name: 'Nghệ sĩ nhân dân', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'nghe_si_uu_tu', name: 'Nghệ sĩ ưu tú', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'nghe_nhan_nhan_dan', name: 'Nghệ nhân nhân dân', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'nghe_nhan_uu_tu', name: 'Nghệ nhân ưu tú', level: 'nha_nuoc', category: 'hinh_thuc', subjects: P },
  { code: 'giai_thuong_ho_chi_minh', name: 'Giải thưởng Hồ Chí Minh', level: 'nha_nuoc', category: 'hinh_thuc', subjects: PC },
  { code: 'giai_thuong_nha_nuoc', name: 'Giải thưởng Nhà nước', level: 'nha_nuoc', category: 'hinh_thuc', subjects: PC },
  { code: 'co_thi_dua_chinh_phu', name: 'Cờ thi đua của Chính phủ', level: 'nha_nuoc', category: 'danh_hieu', subjects: C },
  { code: 'cstd_toan_quoc', name: 'Chiến sĩ thi đua toàn quốc', level: 'nha_nuoc', category: 'danh_hieu', subjects: P },
  { code: 'bang_khen_thu_tuong', name: 'Bằng khen của Thủ tướng Chính phủ', level: 'nha_nuoc', category: 'hinh_thuc', subjects: ALL, aliases: ['Bằng khen Thủ tướng'] },
  {
    code: 'co_thi_dua_bo_tinh', name: 'Cờ thi đua cấp bộ, ngành, tỉnh', level: 'bo_tinh', category: 'danh_hieu', subjects: C,
    aliases: ['Cờ thi đua của Ủy ban nhân dân tỉnh', 'Cờ thi đua cấp tỉnh', 'Cờ thi đua của Chủ tịch UBND tỉnh', 'Cờ thi đua cấp bộ, ngành', 'Cờ thi đua của bộ, ngành', 'Cờ thi đua cấp bộ, ban, ngành, tỉnh'],
  },
  { code: 'cstd_bo_tinh', name: 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh', level: 'bo_tinh', category: 'danh_hieu', subjects: P, aliases: ['Chiến sĩ thi đua cấp tỉnh', 'CSTĐTP', 'Chiến sĩ thi đua cấp bộ, ngành', 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh'] },
  { code: 'tap_the_ldxs', name: 'Tập thể lao động xuất sắc', level: 'bo_tinh', category: 'danh_hieu', subjects: C, aliases: ['Tập thể LĐXS', 'TTLĐXS'] },
  { code: 'don_vi_quyet_thang', name: 'Đơn vị quyết thắng', level: 'bo_tinh', category: 'danh_hieu', subjects: C },
  { code: 'bang_khen_tinh', name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', level: 'bo_tinh', category: 'hinh_thuc', subjects: ALL, aliases: ['Bằng khen cấp tỉnh', 'Bằng khen của UBND tỉnh'] },
  { code: 'bang_khen_bo', name: 'Bằng khen cấp bộ, ngành, đoàn thể Trung ương', level: 'bo_tinh', category: 'hinh_thuc', subjects: ALL, aliases: ['Bằng khen của bộ, ngành', 'Bằng khen cấp bộ'] },
  { code: 'ky_niem_chuong', name: 'Kỷ niệm chương', level: 'bo_tinh', category: 'hinh_thuc', subjects: P },
  { code: 'xa_tieu_bieu', name: 'Xã, phường, đặc khu tiêu biểu', level: 'bo_tinh', category: 'danh_hieu', subjects: C, aliases: ['Xã, phường tiêu biểu', 'Xã tiêu biểu'] },
  { code: 'cstd_co_so', name: 'Chiến sĩ thi đua cơ sở', level: 'co_so', category: 'danh_hieu', subjects: P, aliases: ['CSTĐCS'] },
  { code: 'lao_dong_tien_tien', name: 'Lao động tiên tiến', level: 'co_so', category: 'danh_hieu', subjects: P, aliases: ['LĐTT'] },
  { code: 'chien_si_tien_tien', name: 'Chiến sĩ tiên tiến', level: 'co_so', category: 'danh_hieu', subjects: P },
  { code: 'tap_the_ldtt', name: 'Tập thể lao động tiên tiến', level: 'co_so', category: 'danh_hieu', subjects: C, aliases: ['TTLĐTT'] },
  { code: 'don_vi_tien_tien', name: 'Đơn vị tiên tiến', level: 'co_so', category: 'danh_hieu', subjects: C },
  { code: 'giay_khen', name: 'Giấy khen', level: 'co_so', category: 'hinh_thuc', subjects: ALL },
  { code: 'thon_to_dan_pho_van_hoa', name: 'Thôn, tổ dân phố văn hóa', level: 'co_so', category: 'danh_hieu', subjects: C },
  { code: 'gia_dinh_van_hoa', name: 'Gia đình văn hóa', level: 'co_so', category: 'danh_hieu', subjects: ['ho_gia_dinh'] },
];

export const FORMS_BY_CODE: ReadonlyMap<string, RegistryForm> = new Map(REGISTRY_FORMS.map((f) => [f.code, f]));

export const LEVEL_LABELS: Record<AwardLevel, string> = {
  nha_nuoc: 'Cấp Nhà nước',
  bo_tinh: 'Cấp bộ, ngành, tỉnh',
  huyen: 'Cấp huyện',
  co_so: 'Cấp cơ sở',
};
export const ROUND_LABELS: Record<AwardRoundKind, string> = {
  thuong_xuyen: 'Thường xuyên',
  chuyen_de: 'Chuyên đề (theo đợt)',
  dot_xuat: 'Đột xuất',
  cong_hien: 'Quá trình cống hiến',
  nien_han: 'Niên hạn',
  doi_ngoai: 'Đối ngoại',
  khang_chien: 'Kháng chiến',
};
export const SUBJECT_KIND_LABELS: Record<AwardSubjectKind, string> = { ca_nhan: 'Cá nhân', tap_the: 'Tập thể', ho_gia_dinh: 'Hộ gia đình' };
export const WORKER_LABELS: Record<WorkerCategory, string> = {
  cong_nhan: 'Công nhân',
  nong_dan: 'Nông dân',
  truc_tiep: 'Người trực tiếp lao động, công tác',
  lanh_dao_bo_tinh: 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên',
  lanh_dao_so: 'Lãnh đạo cấp vụ, sở, ngành và tương đương',
  lanh_dao: 'Lãnh đạo khác từ phó phòng trở lên',
  doanh_nhan: 'Doanh nhân',
  doanh_nghiep: 'Doanh nghiệp (tập thể)',
  khac: 'Khác',
};
/** Workers, farmers and people in direct work: the share the statistics must show (domain-law §4.2, biểu 0602.N). */
export const DIRECT_WORKER_CATEGORIES: ReadonlySet<WorkerCategory> = new Set(['cong_nhan', 'nong_dan', 'truc_tiep']);
export const GRADE_LABELS: Record<AwardGrade, string> = { nhat: 'hạng Nhất', nhi: 'hạng Nhì', ba: 'hạng Ba' };

const GRADE_DIGITS: Record<AwardGrade, string> = { nhat: '1', nhi: '2', ba: '3' };

/** The code a record carries: the family for an ungraded form or an unknown grade, else the per-grade code. */
export function gradeOfCode(code: string): AwardGrade | null {
  const d = /_([123])$/.exec(code)?.[1];
  return d === '1' ? 'nhat' : d === '2' ? 'nhi' : d === '3' ? 'ba' : null;
}

export function recordCode(form: RegistryForm, grade: AwardGrade | null): string {
  return form.graded && grade ? `${form.code}_${GRADE_DIGITS[grade]}` : form.code;
}

/** The form a record code belongs to ("huan_chuong_lao_dong_3" → Huân chương Lao động). */
export function formOfCode(code: string): RegistryForm | undefined {
  const direct = FORMS_BY_CODE.get(code);
  if (direct) return direct;
  const family = FORMS_BY_CODE.get(code.replace(/_[123]$/, ''));
  return family?.graded ? family : undefined;
}

/** Codes a filter on a form matches: a graded family matches each of its grades. */
export function codesFor(code: string): string[] {
  const f = FORMS_BY_CODE.get(code);
  return f?.graded ? [code, `${code}_1`, `${code}_2`, `${code}_3`] : [code];
}

/** "huan_chuong_lao_dong" → "Huân chương Lao động các hạng", the way reports total graded forms. */
export function formLabel(code: string, name: string): string {
  const f = formOfCode(code);
  return f?.graded ? `${f.name} các hạng` : (f?.name ?? name);
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bthu tuong chinh phu\b/g, 'ttg'],
  [/\bthu tuong\b/g, 'ttg'],
  [/\bchien si thi dua\b/g, 'cstd'],
  [/\bcstdtp\b/g, 'cstd tinh'],
  [/\bcstdcs\b/g, 'cstd co so'],
  [/\blao dong tien tien\b/g, 'ldtt'],
  [/\blao dong xuat sac\b/g, 'ldxs'],
  [/\bttldxs\b/g, 'tap the ldxs'],
  [/\bttldtt\b/g, 'tap the ldtt'],
  [/\bhcld\b/g, 'huan chuong lao dong'],
  // A centrally-run city is a province for the awards it gives ("Cờ thi đua thành phố").
  [/\b(thanh pho|tp)\b/g, 'tinh'],
];
const NOISE = /\b(danh hieu|cua|chu tich|cap|cac hang|hang (nhat|nhi|ba))\b/g;

/** Folds an award name so that the spellings books and reports use compare equal. */
export function awardNameKey(name: string): string {
  let k = searchKey(name).replace(/[.,;:()"“”]/g, ' ');
  for (const [re, to] of ABBREVIATIONS) k = k.replace(re, to);
  return k.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
}

const BY_KEY: ReadonlyMap<string, RegistryForm> = (() => {
  const m = new Map<string, RegistryForm>();
  for (const f of REGISTRY_FORMS) for (const n of [f.name, ...(f.aliases ?? [])]) m.set(awardNameKey(n), f);
  return m;
})();

export interface ResolvedAward {
  form: RegistryForm;
  grade: AwardGrade | null;
  /** The name as it will be stored: the catalogue name with the grade ("Huân chương Lao động hạng Ba"). */
  name: string;
}

/** Recognises an award name as books write it ("HCLĐ hạng Ba", "Bằng khen UBND thành phố"); null when unknown. */
export function resolveAwardName(text: string): ResolvedAward | null {
  const gradeMatch = /hang (nhat|nhi|ba)\b/.exec(searchKey(text));
  const grade = (gradeMatch?.[1] as AwardGrade | undefined) ?? null;
  const form = BY_KEY.get(awardNameKey(text));
  if (!form) return null;
  const g = form.graded ? grade : null;
  return { form, grade: g, name: g ? `${form.name} ${GRADE_LABELS[g]}` : form.name };
}
