/** Collective titles: TTLĐTT (Điều 28), TTLĐXS (Điều 27), Cờ thi đua cấp bộ/tỉnh (Điều 26), Cờ thi đua của Chính phủ (Điều 25). */
import { formatViNumber } from '../../../checker/domain/vi-number';
import { RATING_NAMES, ratingAtLeast, scopeAtLeast, type Rating } from '../types';
import type { MemberCounts } from '../eligibility-types';
import type { Facts } from './facts';
import { anyOf, fail, law, local, num, ok, str, verify, type AwardRule, type Reason } from './rule-kit';
import { pad2 } from './windows';

function collectiveRating(f: Facts, code: string, cite: string, min: { value: string; local: boolean }): Reason {
  const { suffix, extra } = local(min.local);
  const r = f.ratings.get(f.year);
  const need = min.value as Rating;
  return ratingAtLeast(r, need)
    ? ok(code, `${cite}: năm ${f.year} tập thể ${RATING_NAMES[r!]}${suffix}.`, extra)
    : fail(code, `${cite}: tập thể cần ${RATING_NAMES[need]}${need === 'htxs' ? '' : ' trở lên'} năm ${f.year}; ${r ? `chỉ ${RATING_NAMES[r]}` : 'chưa có xếp loại'}${suffix}.`, { temporal: true, ...extra });
}

const pct = (part: number, total: number) => `${formatViNumber((part * 100) / total, 2)}%`;

/** part/total against a percentage threshold, in integers so 70% of 10 is exactly 7. */
function ratio(code: string, cite: string, m: MemberCounts, part: number, what: string, threshold: number, strict: boolean, isLocal: boolean): Reason {
  const { suffix, extra } = local(isLocal);
  const passes = strict ? part * 100 > threshold * m.total : part * 100 >= threshold * m.total;
  const need = strict ? `trên ${formatViNumber(threshold)}%` : threshold >= 100 ? '100%' : `từ ${formatViNumber(threshold)}% trở lên`;
  const text = `${cite}: ${part}/${m.total} thành viên (${pct(part, m.total)}) ${what}, cần ${need}${suffix}.`;
  return passes ? ok(code, text, extra) : fail(code, text, extra);
}

function members(f: Facts, code: string, cite: string): MemberCounts | Reason {
  const m = f.case.nominee.members;
  if (m && m.total > 0) return m;
  return fail(code, `${cite}: cần số liệu thành viên năm ${f.year} (tổng số, số hoàn thành nhiệm vụ, số đạt Lao động tiên tiến, số đạt Chiến sĩ thi đua cơ sở).`);
}

function disciplinedRule(code: string, cite: string, m: MemberCounts, max: { value: number; local: boolean }): Reason {
  const { suffix, extra } = local(max.local);
  const d = m.disciplined ?? 0;
  const limit = max.value === 0 ? 'không được có thành viên nào' : `tối đa ${pad2(max.value)} thành viên`;
  if (d <= max.value) {
    const have = d === 0 ? 'không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên' : `${pad2(d)} thành viên bị kỷ luật từ hình thức cảnh cáo trở lên (${limit})`;
    return ok(code, `${cite}: ${have}${suffix}.`, extra);
  }
  return fail(code, `${cite}: có ${pad2(d)} thành viên bị kỷ luật từ hình thức cảnh cáo trở lên; ${limit}${suffix}.`, extra);
}

export const tapTheLdtt: AwardRule = (f, award) => {
  const cite = law('Điều 28');
  const out = [collectiveRating(f, 'TTLDTT_XEP_LOAI', cite, str(award, 'minRating', 'htt'))];
  const m = members(f, 'TTLDTT_THANH_VIEN', cite);
  if ('code' in m) out.push(m);
  else {
    const p = num(award, 'minLdttPercentExclusive');
    out.push(ratio('TTLDTT_TY_LE_LDTT', cite, m, m.ldtt, 'đạt danh hiệu Lao động tiên tiến', p.value, true, p.local));
    out.push(disciplinedRule('TTLDTT_KY_LUAT', cite, m, num(award, 'maxMembersDisciplined')));
  }
  out.push(verify('TTLDTT_TIEU_CHUAN', `${cite}: có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật`));
  return out;
};

export const tapTheLdxs: AwardRule = (f, award) => {
  const cite = law('Điều 27');
  const out = [collectiveRating(f, 'TTLDXS_XEP_LOAI', cite, str(award, 'minRating', 'htxs'))];
  const m = members(f, 'TTLDXS_THANH_VIEN', cite);
  if ('code' in m) out.push(m);
  else {
    const done = num(award, 'minCompletingPercent');
    const ldtt = num(award, 'minLdttPercent');
    const cstd = num(award, 'minCstdcs');
    out.push(ratio('TTLDXS_HOAN_THANH', cite, m, m.completingTasks, 'hoàn thành nhiệm vụ', done.value, false, done.local));
    out.push(ratio('TTLDXS_TY_LE_LDTT', cite, m, m.ldtt, 'đạt danh hiệu Lao động tiên tiến', ldtt.value, false, ldtt.local));
    const cText = `${cite}: có ${pad2(m.cstdcs)} cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở, cần ít nhất ${pad2(cstd.value)}.`;
    out.push(m.cstdcs >= cstd.value ? ok('TTLDXS_CSTDCS', cText) : fail('TTLDXS_CSTDCS', cText));
    out.push(disciplinedRule('TTLDXS_KY_LUAT', cite, m, num(award, 'maxMembersDisciplined')));
  }
  out.push(verify('TTLDXS_TIEU_CHUAN', `${cite}: sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ; có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách, pháp luật`));
  return out;
};

function leadsCluster(f: Facts, level: 'bo_tinh' | 'trung_uong'): { ok: boolean; name?: string } {
  const r = (f.case.nominee.clusterResults ?? []).find((c) => c.year === f.year && c.level === level && c.leads);
  return r ? { ok: true, ...(r.cluster ? { name: r.cluster } : {}) } : { ok: false };
}

function exemplaryMovement(f: Facts, minYears: number, launchedBy?: 'thu_tuong'): { ok: boolean; years?: number } {
  const e = f.exemplary.find(
    (x) => x.year === f.year && x.kind === 'phong_trao' && (x.movementYears ?? 0) >= minYears && (launchedBy === undefined || x.launchedBy === launchedBy) && scopeAtLeast(x.scope, 'bo_tinh'),
  );
  return e ? { ok: true, ...(e.movementYears !== undefined ? { years: e.movementYears } : {}) } : { ok: false };
}

export const coThiDuaBoTinh: AwardRule = (f, award) => {
  const cite = law('Điều 26');
  const k = (n: number) => law(`Điều 26 khoản ${n}`);
  const lead = leadsCluster(f, 'bo_tinh');
  const minYears = num(award, 'thematicMinYears');
  const { suffix, extra } = local(minYears.local);
  const mov = exemplaryMovement(f, minYears.value);
  const paths: Reason[][] = [
    [lead.ok ? ok('CO_TINH_DAN_DAU', `${k(1)}: dẫn đầu cụm, khối thi đua${lead.name ? ` ${lead.name}` : ''} do bộ, ngành, tỉnh tổ chức năm ${f.year}.`) : fail('CO_TINH_DAN_DAU', `${k(1)}: cần dẫn đầu cụm, khối thi đua do bộ, ngành, tỉnh tổ chức năm ${f.year}; chưa có kết quả dẫn đầu.`)],
    [
      mov.ok
        ? ok('CO_TINH_CHUYEN_DE', `${k(2)}: tiêu biểu xuất sắc khi tổng kết phong trào thi đua theo chuyên đề ${pad2(mov.years ?? 0)} năm${suffix}.`, extra)
        : fail('CO_TINH_CHUYEN_DE', `${k(2)}: hoặc là tập thể tiêu biểu xuất sắc khi tổng kết phong trào thi đua theo chuyên đề từ ${pad2(minYears.value)} năm trở lên năm ${f.year}; chưa có${suffix}.`, extra),
    ],
  ];
  return [
    ...anyOf(paths),
    verify('CO_TINH_TIEU_CHUAN', `${cite}: hoàn thành xuất sắc toàn diện nhiệm vụ; là tập thể tiêu biểu xuất sắc của cụm, khối`),
  ];
};

export const coThiDuaChinhPhu: AwardRule = (f, award) => {
  const cite = law('Điều 25');
  const k = (n: number) => law(`Điều 25 khoản ${n}`);
  const local1 = leadsCluster(f, 'bo_tinh');
  const central = leadsCluster(f, 'trung_uong');
  const minYears = num(award, 'thematicMinYears').value;
  const mov = exemplaryMovement(f, minYears, 'thu_tuong');
  const paths: Reason[][] = [
    [
      local1.ok
        ? ok('CO_CP_DAN_DAU_TINH', `${k(1)}: dẫn đầu cụm, khối thi đua${local1.name ? ` ${local1.name}` : ''} của bộ, ngành, tỉnh năm ${f.year}.`)
        : fail('CO_CP_DAN_DAU_TINH', `${k(1)}: cần dẫn đầu cụm, khối thi đua của bộ, ngành, tỉnh năm ${f.year}; chưa có.`),
    ],
    [
      central.ok
        ? ok('CO_CP_DAN_DAU_TW', `${k(2)}: dẫn đầu cụm, khối thi đua${central.name ? ` ${central.name}` : ''} do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức năm ${f.year}.`)
        : fail('CO_CP_DAN_DAU_TW', `${k(2)}: hoặc dẫn đầu cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức năm ${f.year}; chưa có.`),
    ],
    [
      mov.ok
        ? ok('CO_CP_PHONG_TRAO', `${k(3)}: tiêu biểu xuất sắc khi tổng kết phong trào thi đua do Thủ tướng Chính phủ phát động (${pad2(mov.years ?? 0)} năm).`)
        : fail('CO_CP_PHONG_TRAO', `${k(3)}: hoặc tiêu biểu xuất sắc khi tổng kết phong trào thi đua do Thủ tướng Chính phủ phát động từ ${pad2(minYears)} năm trở lên năm ${f.year}; chưa có.`),
    ],
  ];
  return [
    ...anyOf(paths),
    verify('CO_CP_TIEU_CHUAN', `${cite}: là tập thể tiêu biểu xuất sắc; vượt các chỉ tiêu, nội bộ đoàn kết, thực hành tiết kiệm, chống lãng phí, phòng, chống tham nhũng; số lượng trong tỷ lệ tập thể dẫn đầu cụm, khối`),
  ];
};
