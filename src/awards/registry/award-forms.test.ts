import { describe, expect, it } from 'vitest';
import { isAwardCode } from '../domain/catalogue/codes';
import { REGISTRY_FORMS, awardNameKey, codesFor, formLabel, formOfCode, gradeOfCode, recordCode, resolveAwardName } from './award-forms';

describe('award names as books and reports write them', () => {
  it.each([
    ['Bằng khen của Chủ tịch UBND tỉnh', 'bang_khen_tinh'],
    ['Bằng khen của Chủ tịch Ủy ban nhân dân thành phố', 'bang_khen_tinh'],
    ['bang khen ubnd thanh pho', 'bang_khen_tinh'],
    ['Bằng khen Thủ tướng Chính phủ', 'bang_khen_thu_tuong'],
    ['Bằng khen của Thủ tướng Chính phủ', 'bang_khen_thu_tuong'],
    ['Cờ thi đua của UBND tỉnh', 'co_thi_dua_bo_tinh'],
    ['Cờ thi đua thành phố', 'co_thi_dua_bo_tinh'],
    ['Cờ Thi đua Chính phủ', 'co_thi_dua_chinh_phu'],
    ['Danh hiệu Chiến sĩ thi đua cấp tỉnh', 'cstd_bo_tinh'],
    ['Danh hiệu CSTĐTP', 'cstd_bo_tinh'],
    ['Tập thể LĐXS', 'tap_the_ldxs'],
    ['Danh hiệu Tập thể Lao động xuất sắc', 'tap_the_ldxs'],
    ['CSTĐCS', 'cstd_co_so'],
    ['Chiến sĩ thi đua cơ sở', 'cstd_co_so'],
    ['LĐTT', 'lao_dong_tien_tien'],
    ['Danh hiệu Bà mẹ Việt Nam anh hùng', 'ba_me_viet_nam_anh_hung'],
    ['Huân chương kháng chiến các hạng', 'huan_chuong_khang_chien'],
    ['Huy chương kháng chiến các hạng', 'huy_chuong_khang_chien'],
    ['Danh hiệu Anh hùng Lao động', 'anh_hung_lao_dong'],
  ])('%s → %s', (text, code) => {
    expect(resolveAwardName(text)?.form.code).toBe(code);
  });

  it('keeps the grade and writes the catalogue name with it', () => {
    const r = resolveAwardName('HCLĐ hạng Ba')!;
    expect(r).toMatchObject({ grade: 'ba', name: 'Huân chương Lao động hạng Ba' });
    expect(recordCode(r.form, r.grade)).toBe('huan_chuong_lao_dong_3');
    expect(resolveAwardName('Huân chương Lao động các hạng')!.grade).toBeNull();
  });

  it('does not guess', () => {
    expect(resolveAwardName('Bằng khen')).toBeNull();
    expect(resolveAwardName('Giấy chứng nhận')).toBeNull();
    expect(awardNameKey('Danh hiệu "Chiến sĩ thi đua cơ sở"')).toBe('cstd co so');
  });

  it('maps per-grade codes back to their family for filters and totals', () => {
    expect(formOfCode('huan_chuong_lao_dong_3')?.name).toBe('Huân chương Lao động');
    expect(formOfCode('giay_khen_3')).toBeUndefined();
    expect(gradeOfCode('huan_chuong_doc_lap_1')).toBe('nhat');
    expect(codesFor('huan_chuong_lao_dong')).toEqual(['huan_chuong_lao_dong', 'huan_chuong_lao_dong_1', 'huan_chuong_lao_dong_2', 'huan_chuong_lao_dong_3']);
    expect(formLabel('huan_chuong_lao_dong', 'x')).toBe('Huân chương Lao động các hạng');
    expect(formLabel('KHAC', 'Bằng khen của Hội Nông dân')).toBe('Bằng khen của Hội Nông dân');
  });

  it('uses the award catalogue codes, except the resistance awards the 2022 law no longer gives', () => {
    const legacy = new Set(['huan_chuong_khang_chien', 'huy_chuong_khang_chien']);
    for (const f of REGISTRY_FORMS) {
      if (legacy.has(f.code)) continue;
      const codes = f.graded ? (f.code === 'huy_chuong_chien_si_ve_vang' || f.code.startsWith('huan_chuong') ? [`${f.code}_1`, `${f.code}_2`, `${f.code}_3`] : [f.code]) : [f.code];
      for (const c of codes) expect(isAwardCode(c), c).toBe(true);
    }
  });
});
