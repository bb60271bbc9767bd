import type { Ctx } from '../app/context';
import { createIndicator } from '../indicators/use-cases/manage-indicators';
import { createIndicatorSet } from '../indicators/use-cases/manage-sets';
import { saveValues } from '../indicators/use-cases/save-values';
import { createRegistration } from '../registrations/use-cases/save-registration';
import { transitionRegistration } from '../registrations/use-cases/transition-registration';
import type { CreateIndicatorBody } from '../shared/api/indicators';

/**
 * Figures from the seeds, typed in the way the reports write them; every total, ratio and
 * percentage on screen is computed from them.
 */

// Seed 003, footnote 1: communes meeting the new-rural standard per province, first half of 2021.
const TNB_NTM_2021_H1 =
  'Tỉnh An Giang 61/119 xã; tỉnh Bạc Liêu 49/49 xã; tỉnh Bến Tre 58/142 xã; tỉnh Cà Mau 43/82 xã; tỉnh Đồng Tháp 97/115 xã; tỉnh Hậu Giang 34/51 xã; tỉnh Kiên Giang 81/116 xã; tỉnh Long An 103/161 xã; tỉnh Sóc Trăng 50/80 xã; tỉnh Tiền Giang 118/143 xã; tỉnh Trà Vinh 69/85 xã; tỉnh Vĩnh Long 56/87 xã.';

// Seed 000: Ngã Bảy's mobilisation "actual/target" per year, as written (the 2021 in-kind figure
// is printed "6.000.0000.000", which the system refuses; the stated 600% fixes it at 6 tỷ).
const NGA_BAY_FUND: Record<string, Record<string, [string, string]>> = {
  '2021': { VNN_TIEN_MAT: ['1.450.000.000', '1.000.000.000'], VNN_HIEN_VAT: ['6.000.000.000', '1.000.000.000'], VNN_ASXH: ['8.700.000.000', '2.000.000.000'], VNN_NHA_O: ['39', '36'] },
  '2022': { VNN_TIEN_MAT: ['1.500.982.000', '1.400.000.000'], VNN_HIEN_VAT: ['2.280.000.000', '1.000.000.000'], VNN_ASXH: ['3.295.200.000', '2.000.000.000'], VNN_NHA_O: ['36', '30'] },
  '2023': { VNN_TIEN_MAT: ['2.434.000.000', '1.400.000.000'], VNN_HIEN_VAT: ['3.150.000.000', '1.000.000.000'], VNN_ASXH: ['4.550.000.000', '2.000.000.000'] },
};
// Seed 000, end of 2023: poor and near-poor households and their rates (the total is not given).
const NGA_BAY_POOR_2023: Record<string, string> = { HO_NGHEO: '259', KHAU_NGHEO: '867', TY_LE_HO_NGHEO: '1,67', HO_CAN_NGHEO: '533', KHAU_CAN_NGHEO: '1.865', TY_LE_HO_CAN_NGHEO: '3,44' };

type Def = Omit<CreateIndicatorBody, 'ownerUnitId' | 'numeratorId' | 'denominatorId'> & { numerator?: string; denominator?: string };

const count = (code: string, name: string, unit: string, extra: Partial<Def> = {}): Def => ({ code, name, unitOfMeasure: unit, decimals: 0, direction: 'higher', aggregation: 'sum', minValue: 0, ...extra });

const INDICATORS: Def[] = [
  count('NTM_XA_DAT_CHUAN', 'Số xã đạt chuẩn nông thôn mới (lũy kế)', 'xã'),
  count('NTM_TONG_SO_XA', 'Tổng số xã', 'xã'),
  { code: 'NTM_TY_LE_XA', name: 'Tỷ lệ xã đạt chuẩn nông thôn mới', unitOfMeasure: '%', decimals: 2, direction: 'higher', aggregation: 'ratio', numerator: 'NTM_XA_DAT_CHUAN', denominator: 'NTM_TONG_SO_XA', ratioScale: 100, minValue: 0, maxValue: 100 },
  count('VNN_TIEN_MAT', 'Vận động Quỹ "Vì người nghèo" bằng tiền mặt', 'đồng'),
  count('VNN_HIEN_VAT', 'Vận động hiện vật quy ra tiền', 'đồng'),
  count('VNN_ASXH', 'Vận động Chương trình an sinh xã hội', 'đồng'),
  count('VNN_NHA_O', 'Nhà tình thương, nhà đại đoàn kết xây dựng mới', 'căn'),
  count('TONG_SO_HO', 'Tổng số hộ dân cư', 'hộ', { aggregation: 'last' }),
  count('HO_NGHEO', 'Số hộ nghèo', 'hộ', { aggregation: 'last', direction: 'lower' }),
  count('KHAU_NGHEO', 'Số nhân khẩu hộ nghèo', 'khẩu', { aggregation: 'last', direction: 'lower' }),
  count('HO_CAN_NGHEO', 'Số hộ cận nghèo', 'hộ', { aggregation: 'last', direction: 'lower' }),
  count('KHAU_CAN_NGHEO', 'Số nhân khẩu hộ cận nghèo', 'khẩu', { aggregation: 'last', direction: 'lower' }),
  { code: 'TY_LE_HO_NGHEO', name: 'Tỷ lệ hộ nghèo', unitOfMeasure: '%', decimals: 2, direction: 'lower', aggregation: 'ratio', numerator: 'HO_NGHEO', denominator: 'TONG_SO_HO', ratioScale: 100, minValue: 0, maxValue: 100 },
  { code: 'TY_LE_HO_CAN_NGHEO', name: 'Tỷ lệ hộ cận nghèo', unitOfMeasure: '%', decimals: 2, direction: 'lower', aggregation: 'ratio', numerator: 'HO_CAN_NGHEO', denominator: 'TONG_SO_HO', ratioScale: 100, minValue: 0, maxValue: 100 },
];

export async function seedIndicators(ctx: Ctx, refs: { ownerUnitId: string; ruralMovementId: string; poorMovementId: string; ngaBayId: string; daiThanhId: string }): Promise<void> {
  const ids = new Map<string, string>();
  for (const d of INDICATORS) {
    const { numerator, denominator, ...body } = d;
    const v = await createIndicator(ctx, { ...body, ownerUnitId: refs.ownerUnitId, numeratorId: numerator ? ids.get(numerator) : null, denominatorId: denominator ? ids.get(denominator) : null });
    ids.set(d.code, v.id);
  }
  const id = (code: string) => ids.get(code)!;
  const rural = await createIndicatorSet(ctx, {
    ownerUnitId: refs.ownerUnitId,
    movementId: refs.ruralMovementId,
    name: 'Chỉ tiêu xây dựng nông thôn mới',
    items: ['NTM_XA_DAT_CHUAN', 'NTM_TONG_SO_XA', 'NTM_TY_LE_XA'].map((c) => ({ indicatorId: id(c), required: c !== 'NTM_TY_LE_XA' })),
    rules: [{ leftIndicatorId: id('NTM_XA_DAT_CHUAN'), op: '<=', rightIndicatorId: id('NTM_TONG_SO_XA'), severity: 'error', message: null }],
  });
  const poor = await createIndicatorSet(ctx, {
    ownerUnitId: refs.ownerUnitId,
    movementId: refs.poorMovementId,
    name: 'Chỉ tiêu phong trào "Vì người nghèo - Không để ai bị bỏ lại phía sau"',
    items: ['VNN_TIEN_MAT', 'VNN_HIEN_VAT', 'VNN_ASXH', 'VNN_NHA_O', 'TONG_SO_HO', 'HO_NGHEO', 'KHAU_NGHEO', 'TY_LE_HO_NGHEO', 'HO_CAN_NGHEO', 'KHAU_CAN_NGHEO', 'TY_LE_HO_CAN_NGHEO'].map((c) => ({ indicatorId: id(c), required: false })),
    rules: [
      { leftIndicatorId: id('HO_NGHEO'), op: '<=', rightIndicatorId: id('TONG_SO_HO'), severity: 'error', message: 'Số hộ nghèo không thể lớn hơn tổng số hộ.' },
      { leftIndicatorId: id('HO_CAN_NGHEO'), op: '<=', rightIndicatorId: id('TONG_SO_HO'), severity: 'error', message: 'Số hộ cận nghèo không thể lớn hơn tổng số hộ.' },
      { leftIndicatorId: id('HO_NGHEO'), op: '<=', rightIndicatorId: id('KHAU_NGHEO'), severity: 'warning', message: 'Số hộ nghèo lớn hơn số nhân khẩu hộ nghèo: kiểm tra lại.' },
    ],
  });

  // Province figures are entered on the provinces as they stood in 2021, found by name.
  const provinces = await ctx.db.selectFrom('org_unit').select(['id', 'name']).where('tree_version', '=', 'pre2025').where('kind', '=', 'province').execute();
  const changes = [];
  for (const m of TNB_NTM_2021_H1.matchAll(/[Tt]ỉnh ([\p{L} ]+?) (\d+)\/(\d+) xã/gu)) {
    const p = provinces.find((x) => x.name === `Tỉnh ${m[1]}`);
    if (!p) throw new Error(`demo: province not found: ${m[1]}`);
    changes.push({ indicatorId: id('NTM_XA_DAT_CHUAN'), unitId: p.id, periodKey: '2021-H1', value: m[2]!, version: null });
    changes.push({ indicatorId: id('NTM_TONG_SO_XA'), unitId: p.id, periodKey: '2021-H1', value: m[3]!, version: null });
  }
  await saveValues(ctx, { kind: 'actual', setId: rural.id, changes, source: 'Báo cáo sơ kết 6 tháng đầu năm 2021 của Cụm thi đua các tỉnh Tây Nam Bộ' });

  for (const kind of ['actual', 'target'] as const) {
    const fund = Object.entries(NGA_BAY_FUND).flatMap(([year, rows]) =>
      Object.entries(rows).map(([code, pair]) => ({ indicatorId: id(code), unitId: refs.ngaBayId, periodKey: year, value: pair[kind === 'actual' ? 0 : 1], version: null })),
    );
    await saveValues(ctx, { kind, setId: poor.id, changes: fund, source: 'Báo cáo sơ kết phong trào thi đua của UBND thành phố Ngã Bảy năm 2023' });
  }
  // Ngã Bảy's 2023 registration, approved by Hậu Giang: approval writes its targets (already entered above, so unchanged).
  const reg = await createRegistration(ctx, {
    movementId: refs.poorMovementId,
    unitId: refs.ngaBayId,
    year: 2023,
    titles: ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'],
    commitments: [
      { text: 'Vận động Quỹ "Vì người nghèo" bằng tiền mặt đạt và vượt kế hoạch tỉnh giao', indicatorId: id('VNN_TIEN_MAT'), target: 1_400_000_000 },
      { text: 'Vận động hiện vật quy tiền', indicatorId: id('VNN_HIEN_VAT'), target: 1_000_000_000 },
      { text: 'Vận động Chương trình an sinh xã hội', indicatorId: id('VNN_ASXH'), target: 2_000_000_000 },
      { text: 'Rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025' },
    ],
  });
  const sent = await transitionRegistration(ctx, reg.id, { to: 'cho_duyet', version: reg.version });
  await transitionRegistration(ctx, reg.id, { to: 'da_duyet', version: sent.version });
  // A ward's registration under today's tree, waiting for Cần Thơ.
  const ward = await createRegistration(ctx, {
    movementId: refs.ruralMovementId,
    unitId: refs.daiThanhId,
    year: 2025,
    titles: ['Cờ thi đua của Ủy ban nhân dân thành phố'],
    commitments: [{ text: 'Giữ vững 19/19 tiêu chí nông thôn mới nâng cao và 06/06 tiêu chí nông thôn mới kiểu mẫu' }],
  });
  await transitionRegistration(ctx, ward.id, { to: 'cho_duyet', version: ward.version });

  await saveValues(ctx, {
    kind: 'actual',
    setId: poor.id,
    changes: Object.entries(NGA_BAY_POOR_2023).map(([code, v]) => ({ indicatorId: id(code), unitId: refs.ngaBayId, periodKey: '2023', value: v, version: null })),
    source: 'Báo cáo sơ kết phong trào thi đua của UBND thành phố Ngã Bảy năm 2023',
  });
}
