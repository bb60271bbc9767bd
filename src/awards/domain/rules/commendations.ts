/** Commendations: Giấy khen (Điều 75), Bằng khen cấp bộ/tỉnh (Điều 74), Bằng khen của Thủ tướng (Điều 73), HCLĐ hạng Ba (Điều 44). */
import { RATING_NAMES, SCOPE_NAMES, ratingAtLeast, scopeAtLeast, type ExemplaryKind, type Rating, type Scope } from '../types';
import { afterRestart, lastHeld, type Facts } from './facts';
import { anyOf, fail, law, local, num, ok, str, verify, type AwardRule, type Reason } from './rule-kit';
import { ratingStreak, titleStreak, windowAfterBase } from './streaks';
import { formatYears, pad2 } from './windows';

const EXEMPLARY_TEXT: Record<ExemplaryKind, string> = {
  phong_trao: 'thành tích tiêu biểu xuất sắc trong phong trào thi đua',
  dot_xuat: 'thành tích đột xuất',
};

/** A movement or ad-hoc achievement in the year considered, of at least `min` scope. */
function exemplaryPath(f: Facts, code: string, cite: string, kinds: ExemplaryKind[], min: Scope): Reason {
  const e = f.exemplary.find((x) => x.year === f.year && kinds.includes(x.kind) && scopeAtLeast(x.scope, min) && afterRestart(f, x.year));
  if (e) return ok(code, `${cite}: có ${EXEMPLARY_TEXT[e.kind]} phạm vi ${SCOPE_NAMES[e.scope]} năm ${f.year}${e.note ? ` (${e.note})` : ''}.`);
  const wanted = kinds.map((k) => EXEMPLARY_TEXT[k]).join(' hoặc ');
  return fail(code, `${cite}: hoặc có ${wanted} phạm vi ${SCOPE_NAMES[min]} trở lên năm ${f.year}; chưa có.`);
}

const SAME_LEVEL = { codes: ['bang_khen_tinh', 'bang_khen_bo'] as const, rounds: ['thuong_xuyen'] as const };

export const giayKhen: AwardRule = (f, award) => {
  const cite = law('Điều 75');
  if (f.kind === 'ho_gia_dinh') return [verify('GIAY_KHEN_HO_GIA_DINH', `${cite}: hộ gia đình có đóng góp theo tiêu chuẩn do bộ, ngành, tỉnh quy định`)];
  const min = str(award, 'minRating', 'htt');
  const { suffix, extra } = local(min.local);
  const r = f.ratings.get(f.year);
  const byRating = ratingAtLeast(r, min.value as Rating)
    ? ok('GIAY_KHEN_XEP_LOAI', `${cite}: năm ${f.year} ${RATING_NAMES[r!]}${suffix}.`, extra)
    : fail('GIAY_KHEN_XEP_LOAI', `${cite}: cần năm ${f.year} ${RATING_NAMES[min.value as Rating]} trở lên; ${r ? `chỉ ${RATING_NAMES[r]}` : 'chưa có xếp loại'}${suffix}.`, { temporal: true, ...extra });
  return anyOf([[byRating], [exemplaryPath(f, 'GIAY_KHEN_THANH_TICH', cite, ['phong_trao', 'dot_xuat'], 'co_so')]]);
};

/** Bằng khen cấp bộ or tỉnh: the law's wording for the regular path was not confirmed, so its figures are local settings. */
export const bangKhenBoTinh: AwardRule = (f, award) => {
  const cite = law('Điều 74');
  if (f.kind === 'ho_gia_dinh') return [verify('BANG_KHEN_HO_GIA_DINH', `${cite}: hộ gia đình có đóng góp theo tiêu chuẩn do bộ, ngành, tỉnh quy định`)];
  const citeD = law('Điều 74 khoản 1 điểm d');
  const used = lastHeld(f, [...SAME_LEVEL.codes], [...SAME_LEVEL.rounds]);
  const adhoc = [exemplaryPath(f, 'BANG_KHEN_THANH_TICH', cite, ['phong_trao', 'dot_xuat'], 'co_so')];
  if (f.kind === 'tap_the') {
    const n = num(award, 'collectiveConsecutiveHtxsYears');
    const { suffix, extra } = local(n.local);
    const s = ratingStreak(f, 'htxs', n.value, used);
    const regular =
      s.run.length >= n.value
        ? ok('BANG_KHEN_TAP_THE', `${cite}: tập thể ${pad2(n.value)} năm liên tục hoàn thành xuất sắc nhiệm vụ (${formatYears(s.run)})${suffix}.`, extra)
        : fail('BANG_KHEN_TAP_THE', `${cite}: tập thể cần ${pad2(n.value)} năm liên tục hoàn thành xuất sắc nhiệm vụ đến năm ${f.year}; ${s.why}${suffix}.`, { temporal: true, ...extra });
    return anyOf([[regular], adhoc]);
  }
  const nCstd = num(award, 'consecutiveCstdcs');
  const byTitles = titleStreak(f, {
    code: 'BANG_KHEN_CSTDCS',
    cite: citeD,
    codes: ['cstd_co_so'],
    label: 'danh hiệu Chiến sĩ thi đua cơ sở',
    need: nCstd.value,
    usedBy: { codes: [...SAME_LEVEL.codes], rounds: [...SAME_LEVEL.rounds] },
    suffix: local(nCstd.local).suffix,
    extra: local(nCstd.local).extra,
  }).reason;
  const nYears = num(award, 'consecutiveHtxsYears');
  const nInit = num(award, 'initiativesInPeriod');
  const isLocal = nYears.local || nInit.local;
  const { suffix, extra } = local(isLocal);
  const s = ratingStreak(f, 'htxs', nYears.value, used);
  const inits = f.initiatives.filter((i) => s.run.includes(i.year) && (i.kind ?? 'sang_kien') === 'sang_kien');
  let byInitiatives: Reason;
  if (s.run.length >= nYears.value && inits.length >= nInit.value) {
    byInitiatives = ok('BANG_KHEN_SANG_KIEN', `${citeD}: ${pad2(nYears.value)} năm liên tục hoàn thành xuất sắc nhiệm vụ (${formatYears(s.run)}), có ${pad2(inits.length)} sáng kiến được công nhận${suffix}.`, extra);
  } else {
    const why = s.run.length < nYears.value ? s.why : `trong ${formatYears(s.run)} chỉ có ${pad2(inits.length)} sáng kiến`;
    byInitiatives = fail('BANG_KHEN_SANG_KIEN', `${citeD}: hoặc ${pad2(nYears.value)} năm liên tục hoàn thành xuất sắc nhiệm vụ đến năm ${f.year}, trong thời gian đó có ${pad2(nInit.value)} sáng kiến được công nhận; ${why}${suffix}.`, {
      temporal: s.run.length < nYears.value,
      ...extra,
    });
  }
  return anyOf([[byTitles], [byInitiatives], adhoc]);
};

export const bangKhenThuTuong: AwardRule = (f, award) => {
  const cite = law('Điều 73');
  const adhoc = [
    exemplaryPath(f, 'BK_TTG_PHONG_TRAO', law('Điều 73 điểm a'), ['phong_trao'], 'bo_tinh'),
    exemplaryPath(f, 'BK_TTG_DOT_XUAT', law('Điều 73 điểm c'), ['dot_xuat'], 'bo_tinh'),
  ];
  if (f.kind !== 'ca_nhan') {
    const found = anyOf([[adhoc[0]!], [adhoc[1]!]]);
    if (found.every((r) => r.ok)) return found;
    return [
      ...found,
      fail('BK_TTG_THU_CONG', `${cite}: tiêu chuẩn Bằng khen của Thủ tướng Chính phủ đối với tập thể, hộ gia đình theo công trạng chưa được hệ thống xét tự động; cần xét thủ công.`, { manual: true }),
    ];
  }
  const regular = windowAfterBase(f, {
    code: 'BK_TTG_CONG_TRANG',
    cite: law('Điều 73 điểm b'),
    base: ['bang_khen_tinh', 'bang_khen_bo'],
    baseLabel: 'Bằng khen cấp bộ, ngành, tỉnh',
    years: num(award, 'yearsAfterBase').value,
    minRating: str(award, 'minRating', 'htt').value as Rating,
    cstdcs: num(award, 'cstdcsInWindow').value,
    usedBy: { codes: ['bang_khen_thu_tuong'], rounds: ['thuong_xuyen'] },
  });
  return anyOf([[regular], [adhoc[0]!], [adhoc[1]!]]);
};

export const huanChuongLaoDong3: AwardRule = (f, award) => {
  const cite = law('Điều 44 khoản 1 điểm e');
  const manual = fail('HCLD3_THU_CONG', `${law('Điều 44')}: các trường hợp công nhân, nông dân (khoản 2), quá trình cống hiến (Điều 21 Nghị định 152/2025/NĐ-CP) và tập thể chưa được hệ thống xét tự động; cần xét thủ công.`, { manual: true });
  if (f.kind !== 'ca_nhan' || (f.case.round ?? 'thuong_xuyen') !== 'thuong_xuyen') return [manual];
  const r = windowAfterBase(f, {
    code: 'HCLD3_CONG_TRANG',
    cite,
    base: ['bang_khen_thu_tuong'],
    baseLabel: 'Bằng khen của Thủ tướng Chính phủ',
    years: num(award, 'yearsAfterBase').value,
    minRating: str(award, 'minRating', 'htt').value as Rating,
    cstdcs: num(award, 'cstdcsInWindow').value,
    usedBy: { codes: ['huan_chuong_lao_dong_3'] },
  });
  if (r.ok) return [r];
  const other = `${law('Điều 44')}: nếu cá nhân thuộc các trường hợp công nhân, nông dân (khoản 2) hoặc quá trình cống hiến (Điều 21 Nghị định 152/2025/NĐ-CP), cần xét thủ công`;
  return [r, { ...verify('HCLD3_THU_CONG', other), manual: true }];
};
