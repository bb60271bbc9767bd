/**
 * The legal regime in force on a day, with the cross-cutting rules that changed between regimes.
 * Sources: docs/domain-law §0 (timeline), §1.1 (NĐ 152/2025 Điều 4), §1.3 (base salary), §1.6 (quotas).
 */
import { LAW_2022_FROM, LAW_FULL, ND152, ND152_FROM, ND98, ND98_TO, localParam, lawParam, type Dated, type ParamDef } from './definitions';

export const GENERAL_PARAM_KEYS = ['excludeThematicFromMerit', 'blockWhileRestrained', 'restartAfterDiscipline', 'disciplineEndYearCounts'] as const;
export type GeneralParamKey = (typeof GENERAL_PARAM_KEYS)[number];

export const LAW_VERSION_CODES = ['luat_2003', 'nd_98_2023', 'nd_152_2025'] as const;
export type LawVersionCode = (typeof LAW_VERSION_CODES)[number];

export interface LawVersionDef extends Dated {
  code: LawVersionCode;
  name: string;
  legalBasis: string[];
  /** False when the system holds no criteria for this regime: answers then need a human. */
  modelled: boolean;
  /** How the rules of this regime are cited in reasons. */
  decree: string;
  params: Record<GeneralParamKey, ParamDef>;
}

const NOT_CHECKED_98 = 'Nguồn nghiên cứu chỉ xác nhận quy định này tại Điều 4 Nghị định 152/2025/NĐ-CP; nội dung tương ứng của Nghị định 98/2023/NĐ-CP chưa được đối chiếu.';
const endYear = localParam(
  'Năm kết thúc thời hạn kỷ luật được tính vào thời gian thành tích',
  false,
  'Cách tính năm có một phần thời gian bị kỷ luật chưa được văn bản xác nhận; mặc định: tính lại từ năm kế tiếp năm hết thời hạn kỷ luật.',
);

export const LAW_VERSIONS: LawVersionDef[] = [
  {
    code: 'luat_2003',
    name: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013) và Nghị định 91/2017/NĐ-CP',
    legalBasis: ['Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung năm 2005, 2013)', 'Nghị định 91/2017/NĐ-CP', 'Thông tư 12/2019/TT-BNV'],
    modelled: false,
    decree: 'Nghị định 91/2017/NĐ-CP',
    validFrom: null,
    validTo: '2023-12-31',
    params: {
      excludeThematicFromMerit: lawParam('Không tính thành tích khen thưởng đột xuất, chuyên đề làm căn cứ khen thưởng công trạng', false),
      blockWhileRestrained: lawParam('Không xét khen thưởng khi đang bị kỷ luật, điều tra, thanh tra, kiểm tra, giải quyết vụ án', true),
      restartAfterDiscipline: lawParam('Tính lại thời gian thành tích từ khi hết thời hạn kỷ luật', true),
      disciplineEndYearCounts: endYear,
    },
  },
  {
    code: 'nd_98_2023',
    name: `${LAW_FULL} và ${ND98}`,
    legalBasis: [LAW_FULL, ND98, 'Thông tư 01/2024/TT-BNV'],
    modelled: true,
    decree: ND98,
    validFrom: LAW_2022_FROM,
    validTo: ND98_TO,
    params: {
      excludeThematicFromMerit: localParam(
        'Không tính thành tích khen thưởng đột xuất, chuyên đề làm căn cứ khen thưởng công trạng',
        false,
        'Quy định này được xác nhận từ Nghị định 152/2025/NĐ-CP (01/7/2025); trước đó mặc định vẫn tính. ' + NOT_CHECKED_98,
      ),
      blockWhileRestrained: localParam('Không xét khen thưởng khi đang bị kỷ luật, điều tra, thanh tra, kiểm tra, giải quyết vụ án', true, NOT_CHECKED_98),
      restartAfterDiscipline: localParam('Tính lại thời gian thành tích từ khi hết thời hạn kỷ luật', true, NOT_CHECKED_98),
      disciplineEndYearCounts: endYear,
    },
  },
  {
    code: 'nd_152_2025',
    name: `${LAW_FULL} và ${ND152}`,
    legalBasis: [LAW_FULL, ND152, 'Thông tư 15/2025/TT-BNV', 'Nghị định 129/2025/NĐ-CP (phân cấp cho cấp xã)'],
    modelled: true,
    decree: ND152,
    validFrom: ND152_FROM,
    validTo: null,
    params: {
      excludeThematicFromMerit: lawParam('Không tính thành tích khen thưởng đột xuất, chuyên đề làm căn cứ khen thưởng công trạng', true),
      blockWhileRestrained: lawParam('Không xét khen thưởng khi đang bị kỷ luật, điều tra, thanh tra, kiểm tra, giải quyết vụ án', true),
      restartAfterDiscipline: lawParam('Tính lại thời gian thành tích từ khi hết thời hạn kỷ luật', true),
      disciplineEndYearCounts: endYear,
    },
  },
];

/** Mức lương cơ sở by period (tiền thưởng = hệ số × mức lương cơ sở on the decision date). */
export interface BaseSalaryDef extends Dated {
  amount: number | null;
  note: string;
}
export const BASE_SALARIES: BaseSalaryDef[] = [
  { validFrom: null, validTo: '2024-06-30', amount: null, note: 'Mức lương cơ sở của giai đoạn này chưa được nhập; địa phương nhập theo văn bản hiện hành.' },
  {
    validFrom: '2024-07-01',
    validTo: null,
    amount: 2_340_000,
    note: 'Mức 2.340.000 đồng theo nguồn năm 2025; ngày bắt đầu áp dụng chưa được đối chiếu. Quy tắc làm tròn tiền thưởng chưa được xác nhận.',
  },
];
