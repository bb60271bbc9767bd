import type { AwardSubjectKind } from '../../../db/schema';
import { FORMS_BY_CODE, REGISTRY_FORMS } from '../award-forms';
import type { AwardFact, MovementFact } from './facts';
import type { FormColumn, FormRow, StatForm } from './model';

/**
 * Biểu 0601.N, 0602.N and 0603.N/BNV-TĐKT of Thông tư 2/2023/TT-BNV (domain-law §4.2, rows and
 * codes as the Ministry's templates print them). TT 18/2025/TT-BNV replaced the regime; its tables
 * were not available, so these stay the definitions until a successor is entered as data.
 */
export const CIRCULAR_TT02_2023 = 'Thông tư số 2/2023/TT-BNV ngày 23/3/2023';

const DIRECT = new Set(['cong_nhan', 'nong_dan', 'truc_tiep']);
// A household is not an individual: the forms' two columns per award are tập thể and cá nhân.
const isCollective = (k: AwardSubjectKind) => k !== 'ca_nhan';

/** The rows of 0602 and 0603 that split by subject and by method; `first` numbers them. */
function subjectAndMethodRows(first: number, heading: string): FormRow<AwardFact>[] {
  const code = (i: number) => String(first + i).padStart(2, '0');
  const rounds: [string, AwardFact['round']][] = [['Thường xuyên', 'thuong_xuyen'], ['Chuyên đề', 'chuyen_de'], ['Đột xuất', 'dot_xuat'], ['Đối ngoại', 'doi_ngoai'], ['Cống hiến', 'cong_hien'], ['Niên hạn', 'nien_han'], ['Kháng chiến', 'khang_chien']];
  return [
    { code: '', label: heading, bold: true },
    { code: code(0), label: '- Tập thể', unit: 'Tập thể', match: (f) => f.kind === 'tap_the' },
    { code: code(1), label: 'Trong đó: Doanh nghiệp', unit: 'Doanh nghiệp', match: (f) => f.kind === 'tap_the' && f.worker === 'doanh_nghiep' },
    { code: code(2), label: '- Hộ gia đình', unit: 'Hộ', match: (f) => f.kind === 'ho_gia_dinh' },
    { code: code(3), label: '- Cá nhân', unit: 'Người', match: (f) => f.kind === 'ca_nhan' },
    { code: code(4), label: '+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên', unit: 'Người', match: (f) => f.kind === 'ca_nhan' && f.worker === 'lanh_dao_bo_tinh' },
    { code: code(5), label: '+ Lãnh đạo cấp vụ, sở, ngành và tương đương', unit: 'Người', match: (f) => f.kind === 'ca_nhan' && f.worker === 'lanh_dao_so' },
    { code: code(6), label: '+ Doanh nhân', unit: 'Người', match: (f) => f.kind === 'ca_nhan' && f.worker === 'doanh_nhan' },
    { code: code(7), label: '+ Các cấp lãnh đạo khác từ phó phòng trở lên', unit: 'Người', match: (f) => f.kind === 'ca_nhan' && f.worker === 'lanh_dao' },
    {
      code: code(8),
      label: '+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân,...)',
      unit: 'Người',
      match: (f) => f.kind === 'ca_nhan' && f.worker !== null && DIRECT.has(f.worker),
    },
    { code: '', label: heading.startsWith('1') ? '2. Chia theo phương thức khen thưởng' : '3. Chia theo phương thức khen thưởng', bold: true },
    ...rounds.map(([label, round], i): FormRow<AwardFact> => ({ code: code(9 + i), label: `- ${label}`, match: (f) => f.round === round })),
  ];
}

const split = (header: string[], families: (f: AwardFact) => boolean, kinds: ('tap_the' | 'ca_nhan')[]): FormColumn<AwardFact>[] =>
  kinds.map((k) => ({
    key: `${header.join('/')}:${k}`,
    header: [...header, k === 'tap_the' ? 'Tập thể' : 'Cá nhân'],
    match: (f) => families(f) && (k === 'tap_the' ? isCollective(f.kind) : f.kind === 'ca_nhan'),
  }));

const kindsOf = (family: string): ('tap_the' | 'ca_nhan')[] => {
  const subjects = FORMS_BY_CODE.get(family)?.subjects ?? ['ca_nhan', 'tap_the'];
  return subjects.some((s) => s !== 'ca_nhan') ? ['tap_the', 'ca_nhan'] : ['ca_nhan'];
};

const STATE_FAMILIES = new Set(REGISTRY_FORMS.filter((f) => f.level === 'nha_nuoc').map((f) => f.code));
const MEDALS = (c: string) => c.startsWith('huan_chuong_') || c.startsWith('huy_chuong_');
const HONOURS = new Set(['anh_hung_lao_dong', 'anh_hung_llvtnd', 'ba_me_viet_nam_anh_hung', 'nha_giao_nhan_dan', 'nha_giao_uu_tu', 'thay_thuoc_nhan_dan', 'thay_thuoc_uu_tu', 'nghe_si_nhan_dan', 'nghe_si_uu_tu', 'nghe_nhan_nhan_dan', 'nghe_nhan_uu_tu']);
const FIXED = new Set(['giai_thuong_ho_chi_minh', 'giai_thuong_nha_nuoc', 'co_thi_dua_chinh_phu', 'bang_khen_thu_tuong', 'cstd_toan_quoc']);
const nameOf = (family: string) => FORMS_BY_CODE.get(family)?.name ?? family;

/**
 * Biểu 0602.N: awards of the State. The form asks for one column per huân chương, huy chương and
 * honorary title ("mỗi hình thức khen thưởng ghi riêng một cột"): those awarded in the year get one.
 */
export function form0602(facts: readonly AwardFact[]): StatForm<AwardFact> {
  const present = [...new Set(facts.filter((f) => STATE_FAMILIES.has(f.family)).map((f) => f.family))];
  const order = (a: string, b: string) => [...STATE_FAMILIES].indexOf(a) - [...STATE_FAMILIES].indexOf(b);
  const medals = present.filter(MEDALS).sort(order);
  const honours = present.filter((c) => HONOURS.has(c)).sort(order);
  const is = (code: string) => (f: AwardFact) => f.family === code;
  const columns: FormColumn<AwardFact>[] = [
    ...medals.flatMap((c) => split(['Các loại huân chương, huy chương', nameOf(c)], is(c), kindsOf(c))),
    ...split(['Giải thưởng Hồ Chí Minh'], is('giai_thuong_ho_chi_minh'), ['tap_the', 'ca_nhan']),
    ...split(['Giải thưởng Nhà nước'], is('giai_thuong_nha_nuoc'), ['tap_the', 'ca_nhan']),
    ...honours.flatMap((c) => split(['Danh hiệu vinh dự Nhà nước', nameOf(c)], is(c), kindsOf(c))),
    ...split(['Cờ thi đua của Chính phủ'], is('co_thi_dua_chinh_phu'), ['tap_the']),
    ...split(['Bằng khen của Thủ tướng Chính phủ'], is('bang_khen_thu_tuong'), ['tap_the', 'ca_nhan']),
    ...split(['Danh hiệu "Chiến sĩ thi đua toàn quốc"'], is('cstd_toan_quoc'), ['ca_nhan']),
    ...split(['Các hình thức khen thưởng khác'], (f) => !MEDALS(f.family) && !HONOURS.has(f.family) && !FIXED.has(f.family), ['tap_the', 'ca_nhan']),
  ];
  return {
    id: '0602.N/BNV-TĐKT',
    circular: CIRCULAR_TT02_2023,
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
    receipt: 'Ngày 15 tháng 12 năm báo cáo',
    hasUnitColumn: true,
    scope: (f) => STATE_FAMILIES.has(f.family),
    columns,
    rows: [
      { code: '01', label: 'Tổng số', bold: true, match: () => true },
      { code: '', label: '1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng', bold: true },
      { code: '02', label: '- Bộ, ban, ngành, đoàn thể Trung ương', unit: 'Bộ, ngành', match: (f) => f.proposer === 'bo_nganh' },
      { code: '03', label: '- Tỉnh, thành phố trực thuộc Trung ương', unit: 'Tỉnh, TP', match: (f) => f.proposer === 'tinh' },
      ...subjectAndMethodRows(6, '2. Chia theo đối tượng khen thưởng'),
    ],
  };
}

const PROVINCE_COLUMNS: [string, string[]][] = [
  ['Bằng khen', ['bang_khen_tinh', 'bang_khen_bo']],
  ['Chiến sĩ thi đua cấp bộ, cấp tỉnh', ['cstd_bo_tinh']],
  ['Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương', ['co_thi_dua_bo_tinh']],
  ['Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương', ['ky_niem_chuong']],
];

/** Biểu 0603.N: awards of ministries and provinces, four columns whose sum is "Tổng số". */
export function form0603(): StatForm<AwardFact> {
  const counted = new Set(PROVINCE_COLUMNS.flatMap(([, codes]) => codes));
  return {
    id: '0603.N/BNV-TĐKT',
    circular: CIRCULAR_TT02_2023,
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
    hasUnitColumn: true,
    scope: (f) => counted.has(f.family),
    columns: PROVINCE_COLUMNS.map(([label, codes]) => ({ key: codes[0]!, header: [label], match: (f: AwardFact) => codes.includes(f.family) })),
    rows: [{ code: '01', label: 'Tổng số', bold: true, match: () => true }, ...subjectAndMethodRows(2, '1. Chia theo đối tượng khen thưởng')],
  };
}

/** Biểu 0601.N: movements, by the level that launched them. */
export function form0601(): StatForm<MovementFact> {
  const row = (code: string, label: string, match: (f: MovementFact) => boolean): FormRow<MovementFact> => ({ code, label, match });
  return {
    id: '0601.N/BNV-TĐKT',
    circular: CIRCULAR_TT02_2023,
    title: 'SỐ PHONG TRÀO THI ĐUA',
    measure: 'Đơn vị tính: Phong trào',
    receipt: 'Ngày 15 tháng 12 năm báo cáo',
    hasUnitColumn: false,
    scope: () => true,
    columns: [
      { key: 'trung_uong', header: ['Số phong trào thi đua chia theo cấp chủ trì phát động thi đua', 'Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)'], match: (f) => f.launcher === 'trung_uong' },
      { key: 'bo_tinh', header: ['Số phong trào thi đua chia theo cấp chủ trì phát động thi đua', 'Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương'], match: (f) => f.launcher === 'bo_tinh' },
      { key: 'co_quan', header: ['Số phong trào thi đua chia theo cấp chủ trì phát động thi đua', 'Cơ quan, tổ chức, đơn vị'], match: (f) => f.launcher === 'co_quan' },
    ],
    rows: [
      { code: '01', label: 'Tổng số', bold: true, match: () => true },
      { code: '', label: '1. Chia theo phạm vi tổ chức thi đua', bold: true },
      row('02', '- Toàn quốc', (f) => f.reach === 'toan_quoc'),
      row('03', '- Bộ, ban, ngành đoàn thể, địa phương', (f) => f.reach === 'dia_phuong'),
      row('04', '- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức', (f) => f.reach === 'cum_khoi'),
      row('05', '- Cơ quan, tổ chức, đơn vị', (f) => f.reach === 'co_quan'),
      { code: '', label: '2. Chia theo thời hạn thi đua', bold: true },
      row('06', '- Dưới 1 năm', (f) => f.span === 'duoi_1_nam'),
      row('07', '- 1 năm', (f) => f.span === '1_nam'),
      row('08', '- Từ 1 năm đến dưới 3 năm', (f) => f.span === '1_den_3_nam'),
      row('09', '- Từ 3 năm đến dưới 5 năm', (f) => f.span === '3_den_5_nam'),
      row('10', '- Từ 5 năm trở lên', (f) => f.span === 'tu_5_nam'),
      { code: '', label: '3. Chia theo phương thức tổ chức phong trào thi đua', bold: true },
      row('11', '- Thi đua theo chuyên đề', (f) => f.method === 'chuyen_de'),
      row('12', '- Thi đua thường xuyên hàng năm', (f) => f.method === 'thuong_xuyen'),
    ],
  };
}

export const OFFICIAL_FORM_IDS = ['0601', '0602', '0603'] as const;
export type OfficialFormId = (typeof OFFICIAL_FORM_IDS)[number];
