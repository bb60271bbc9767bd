/** Individual titles: CSTĐ cơ sở (Điều 23), CSTĐ cấp bộ/tỉnh (Điều 22), CSTĐ toàn quốc (Điều 21), LĐTT (Điều 24). */
import { INITIATIVE_NAMES, RATING_NAMES, SCOPE_NAMES, ratingAtLeast, scopeAtLeast, type Rating, type Scope } from '../types';
import type { Initiative } from '../eligibility-types';
import { afterRestart, heldYears, lastHeld, type Facts } from './facts';
import { bool, fail, law, local, num, ok, str, verify, type AwardRule, type Reason } from './rule-kit';
import { titleStreak } from './streaks';
import { chainEndingAt, formatYears, pad2 } from './windows';

const kindName = (i: Initiative) => INITIATIVE_NAMES[i.kind ?? 'sang_kien'];

/** An initiative of at least `min` scope recognised within [from, f.year] and not wiped by a discipline. */
function initiativeRule(f: Facts, o: { code: string; cite: string; min: Scope; from: number | null; isLocal: boolean }): Reason {
  const { suffix, extra } = local(o.isLocal);
  const inTime = (i: Initiative) => i.year <= f.year && (o.from === null || i.year >= o.from) && afterRestart(f, i.year);
  const found = f.initiatives.filter((i) => scopeAtLeast(i.scope, o.min) && inTime(i)).sort((a, b) => b.year - a.year)[0];
  if (found) {
    const within = o.from !== null ? `, trong thời gian ${o.from}–${f.year}` : '';
    return ok(o.code, `${o.cite}: có ${kindName(found)} có phạm vi ảnh hưởng ${SCOPE_NAMES[found.scope]} được công nhận năm ${found.year}${found.title ? ` ("${found.title}")` : ''}${within}${suffix}.`, extra);
  }
  const period = o.from !== null ? ` được công nhận trong thời gian ${o.from}–${f.year}` : '';
  const outside = f.initiatives.filter((i) => scopeAtLeast(i.scope, o.min) && i.year <= f.year && !inTime(i));
  const narrower = f.initiatives.filter((i) => !scopeAtLeast(i.scope, o.min) && inTime(i));
  const detail = outside.length
    ? `${kindName(outside[0]!)} năm ${outside.map((i) => i.year).join(', ')} nằm ngoài thời gian này`
    : narrower.length
      ? `chỉ có ${kindName(narrower[0]!)} phạm vi ${SCOPE_NAMES[narrower[0]!.scope]}`
      : 'chưa có';
  return fail(o.code, `${o.cite}: cần sáng kiến, đề tài nghiên cứu khoa học có phạm vi ảnh hưởng ${SCOPE_NAMES[o.min]}${period}; ${detail}${suffix}.`, extra);
}

export const cstdCoSo: AwardRule = (f, award) => {
  const cite = law('Điều 23');
  const out: Reason[] = [];
  const ldtt = heldYears(f, ['lao_dong_tien_tien', 'chien_si_tien_tien']).includes(f.year);
  out.push(
    ldtt
      ? ok('CSTDCS_LDTT', `${cite}: đạt danh hiệu Lao động tiên tiến năm ${f.year}.`)
      : fail('CSTDCS_LDTT', `${cite}: cần đạt danh hiệu Lao động tiên tiến (hoặc Chiến sĩ tiên tiến) năm ${f.year}; lịch sử chưa có (nếu được đề nghị cùng đợt, hãy ghi danh hiệu này vào lịch sử).`, { temporal: true }),
  );
  const rating = f.ratings.get(f.year);
  const inYear = f.initiatives.filter((i) => i.year === f.year);
  const has = {
    htxs: rating === 'htxs',
    sangKien: inYear.some((i) => (i.kind ?? 'sang_kien') === 'sang_kien'),
    deTai: inYear.some((i) => i.kind === 'de_tai'),
    muuTri: inYear.some((i) => i.kind === 'muu_tri'),
  };
  const both = bool(award, 'requireHtxsAndInitiative');
  const { suffix, extra } = local(both.local && both.value);
  const met = both.value ? has.htxs && (has.sangKien || has.deTai) : has.htxs || has.sangKien || has.deTai || has.muuTri;
  const got = [has.htxs && RATING_NAMES.htxs, has.sangKien && 'có sáng kiến được công nhận', has.deTai && 'có đề tài nghiên cứu khoa học đã nghiệm thu', has.muuTri && 'có mưu trí, sáng tạo trong chiến đấu'].filter(Boolean);
  if (met) out.push(ok('CSTDCS_THANH_TICH', `${cite}: năm ${f.year} ${got.join('; ')}${suffix}.`, extra));
  else {
    const need = both.value
      ? 'hoàn thành xuất sắc nhiệm vụ và có sáng kiến hoặc đề tài nghiên cứu khoa học đã nghiệm thu'
      : 'hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được công nhận, hoặc đề tài nghiên cứu khoa học đã nghiệm thu, hoặc mưu trí, sáng tạo trong chiến đấu';
    const others = got.filter((g) => g !== RATING_NAMES.htxs);
    const now = `${rating ? `xếp loại: ${RATING_NAMES[rating]}` : 'chưa có xếp loại'}; ${others.length ? others.join('; ') : 'không có sáng kiến, đề tài'}`;
    out.push(fail('CSTDCS_THANH_TICH', `${cite}: năm ${f.year} cần ${need}; ${now}${suffix}.`, { temporal: true, ...extra }));
  }
  return out;
};

export const cstdBoTinh: AwardRule = (f, award) => {
  const cite = law('Điều 22');
  const need = num(award, 'consecutiveTitles').value;
  const streak = titleStreak(f, { code: 'CSTD_TINH_LIEN_TUC', cite, codes: ['cstd_co_so'], label: 'danh hiệu Chiến sĩ thi đua cơ sở', need, usedBy: { codes: ['cstd_bo_tinh'] } });
  const within = bool(award, 'initiativeWithinStreak');
  return [
    streak.reason,
    initiativeRule(f, { code: 'CSTD_TINH_SANG_KIEN', cite, min: 'bo_tinh', from: within.value ? f.year - need + 1 : null, isLocal: within.local }),
  ];
};

export const cstdToanQuoc: AwardRule = (f, award) => {
  const cite = law('Điều 21');
  const need = num(award, 'consecutiveTitles').value;
  const cycle = num(award, 'cycleYears').value;
  const used = lastHeld(f, ['cstd_toan_quoc']);
  const all = heldYears(f, ['cstd_bo_tinh'], { meritOnly: true });
  const counted = all.filter((y) => afterRestart(f, y) && (used === null || y > used));
  const chain = chainEndingAt(f.year, counted, cycle);
  const out: Reason[] = [];
  const label = 'danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh';
  if (chain.length >= need) {
    const pair = chain.slice(-need);
    out.push(ok('CSTDTQ_LIEN_TUC', `${cite}: đạt ${pad2(need)} lần liên tục ${label} (${pair.join(', ')}).`));
    const within = bool(award, 'initiativeWithinStreak');
    out.push(initiativeRule(f, { code: 'CSTDTQ_SANG_KIEN', cite, min: 'toan_quoc', from: within.value ? pair[0]! - cycle + 1 : null, isLocal: within.local }));
  } else {
    let why: string;
    if (chain.length === 0) why = `năm ${f.year} chưa đạt ${label}${all.includes(f.year) ? ' được tính' : ''}`;
    else {
      const earlier = counted.filter((y) => y < chain[0]!).pop();
      why = `hiện có ${pad2(chain.length)} lần (${formatYears(chain)})${earlier !== undefined ? `; lần năm ${earlier} cách quá ${pad2(cycle)} năm nên không liên tục` : ''}`;
      if (used !== null) why += `; danh hiệu trước năm ${used + 1} đã được tính cho Chiến sĩ thi đua toàn quốc năm ${used}`;
    }
    out.push(fail('CSTDTQ_LIEN_TUC', `${cite}: cần ${pad2(need)} lần liên tục ${label}, lần sau vào năm ${f.year}; ${why}.`));
    out.push(initiativeRule(f, { code: 'CSTDTQ_SANG_KIEN', cite, min: 'toan_quoc', from: null, isLocal: false }));
  }
  out.push(verify('CSTDTQ_TIEU_BIEU', `${cite}: được lựa chọn trong số những cá nhân tiêu biểu xuất sắc đạt các điều kiện trên`));
  return out;
};

export const laoDongTienTien: AwardRule = (f, award) => {
  const cite = law('Điều 24');
  const min = str(award, 'minRating', 'htt');
  const { suffix, extra } = local(min.local);
  const r = f.ratings.get(f.year);
  const passes = ratingAtLeast(r, min.value as Rating);
  return [
    passes
      ? ok('LDTT_XEP_LOAI', `${cite}: năm ${f.year} ${RATING_NAMES[r!]}${suffix}.`, extra)
      : fail('LDTT_XEP_LOAI', `${cite}: cần xếp loại từ ${RATING_NAMES[min.value as Rating]} trở lên năm ${f.year}; ${r ? `chỉ ${RATING_NAMES[r]}` : 'chưa có xếp loại'}${suffix}.`, { temporal: true, ...extra }),
    verify('LDTT_TIEU_CHUAN', `${cite}: chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; có tinh thần tự lực, tự cường, đoàn kết, tương trợ; tích cực tham gia phong trào thi đua`),
  ];
};
