/** Rules that apply to every award: law in force, catalogue, subject, authority, record sanity, restraints, duplicates. */
import { formatViDate } from '../../../shared/vi-date';
import { AUTHORITY_NAMES, AWARD_DEFS, awardName, type ResolvedAward, type ResolvedLawVersion } from '../catalogue';
import { LAW, ND152, ND98, inForce } from '../catalogue/definitions';
import { RESTRAINT_NAMES, SUBJECT_NAMES } from '../types';
import type { Restraint } from '../eligibility-types';
import type { Facts } from './facts';
import { fail, local, ok, type Reason } from './rule-kit';

export function lawRule(f: Facts, v: ResolvedLawVersion): Reason | null {
  if (v.modelled) return null;
  return fail(
    'LUAT_AP_DUNG',
    `Ngày quyết định ${formatViDate(f.decisionDate)} trước ngày Luật Thi đua, khen thưởng 2022 có hiệu lực (01/01/2024): áp dụng ${v.name}; hệ thống chưa có bộ tiêu chuẩn của thời kỳ này, cần xét thủ công.`,
  );
}

export function catalogueRule(f: Facts, award: ResolvedAward | undefined): Reason | null {
  if (award) return null;
  return fail('DANH_MUC', `${awardName(f.case.award)} không có trong danh mục áp dụng ngày ${formatViDate(f.decisionDate)}.`);
}

export function subjectRule(f: Facts, award: ResolvedAward): Reason | null {
  if (award.subjects.includes(f.kind)) return null;
  return fail('DOI_TUONG', `${award.citation}: ${award.name} chỉ xét tặng cho ${award.subjects.map((s) => SUBJECT_NAMES[s]).join(', ')}; đối tượng đề nghị là ${SUBJECT_NAMES[f.kind]}.`);
}

export function authorityRule(f: Facts, award: ResolvedAward): Reason | null {
  const who = f.case.decider;
  if (!who) return null;
  const d = award.deciders.find((x) => x.authority === who);
  if (d) return ok('THAM_QUYEN', `${d.citation}: ${AUTHORITY_NAMES[who]} có thẩm quyền quyết định ${award.name}.`);
  const past = AWARD_DEFS.filter((a) => a.code === award.code).flatMap((a) => a.deciders).find((x) => x.authority === who && !inForce(x, f.decisionDate));
  const when = past
    ? past.validTo && past.validTo < f.decisionDate
      ? ` (thẩm quyền này chỉ đến hết ngày ${formatViDate(past.validTo)})`
      : past.validFrom
        ? ` (thẩm quyền này áp dụng từ ngày ${formatViDate(past.validFrom)})`
        : ''
    : '';
  const allowed = award.deciders.map((x) => AUTHORITY_NAMES[x.authority]).join('; ');
  return fail('THAM_QUYEN', `Ngày ${formatViDate(f.decisionDate)}, ${AUTHORITY_NAMES[who]} không có thẩm quyền quyết định ${award.name}${when}; thẩm quyền: ${allowed || 'chưa xác định'}.`);
}

/** Records dated after the decision are typing slips; counting them would let the future vote. */
export function recordRules(f: Facts): Reason[] {
  const out: Reason[] = [];
  const n = f.case.nominee;
  if (f.year > f.decisionYear) out.push(fail('DU_LIEU', `Năm xét thành tích ${f.year} sau năm của ngày quyết định (${f.decisionYear}).`));
  const late: string[] = [];
  for (const t of n.titles ?? []) if (t.year > f.decisionYear) late.push(`danh hiệu ${awardName(t.award)} năm ${t.year}`);
  for (const r of n.ratings ?? []) if (r.year > f.decisionYear) late.push(`xếp loại năm ${r.year}`);
  for (const i of n.initiatives ?? []) if (i.year > f.decisionYear) late.push(`sáng kiến năm ${i.year}`);
  for (const a of n.awards ?? []) if (a.date > f.decisionDate) late.push(`${awardName(a.award)} ngày ${formatViDate(a.date)}`);
  if (late.length) out.push(fail('DU_LIEU', `Lịch sử có thông tin sau ngày quyết định ${formatViDate(f.decisionDate)}: ${late.join('; ')}.`));
  const m = n.members;
  if (m && (m.completingTasks > m.total || m.ldtt > m.total || m.cstdcs > m.ldtt || (m.disciplined ?? 0) > m.total)) {
    out.push(fail('DU_LIEU', 'Số liệu thành viên không hợp lệ: số hoàn thành nhiệm vụ, số Lao động tiên tiến, số bị kỷ luật không được vượt tổng số; số Chiến sĩ thi đua cơ sở không được vượt số Lao động tiên tiến.'));
  }
  return out;
}

const restraintText = (r: Restraint) =>
  `${RESTRAINT_NAMES[r.kind ?? 'ky_luat']} từ ngày ${formatViDate(r.from)}${r.to ? ` đến hết ngày ${formatViDate(r.to)}` : ' (chưa kết thúc)'}`;

function restraintCitation(v: ResolvedLawVersion, isLocal: boolean): string {
  const base = v.code === 'nd_152_2025' ? `Điều 4 ${ND152}` : `${ND98} (theo nguyên tắc tại Điều 4 ${ND152})`;
  return `${base}${local(isLocal).suffix}`;
}

/** No award while disciplined, investigated, inspected or in a case; the period restarts after discipline. */
export function restraintRules(f: Facts, v: ResolvedLawVersion): Reason[] {
  const out: Reason[] = [];
  const block = f.general.blockWhileRestrained;
  const list = f.case.nominee.disciplines ?? [];
  if (block.value && f.activeRestraints.length) {
    out.push(
      fail('DANG_BI_KY_LUAT', `${restraintCitation(v, block.localSetting)}: không xét khen thưởng trong thời gian đang bị ${f.activeRestraints.map(restraintText).join('; ')}; ngày quyết định ${formatViDate(f.decisionDate)}.`, {
        temporal: f.activeRestraints.every((r) => r.to != null),
        ...local(block.localSetting).extra,
      }),
    );
  } else if (list.length) {
    out.push(ok('DANG_BI_KY_LUAT', `Ngày quyết định ${formatViDate(f.decisionDate)} không thuộc thời gian bị ${list.map(restraintText).join('; ')}.`));
  }
  const restart = f.general.restartAfterDiscipline;
  if (f.countFrom !== null && f.year < f.countFrom && f.restartCause?.to) {
    const isLocal = restart.localSetting || f.general.disciplineEndYearCounts.localSetting;
    out.push(
      fail('TINH_LAI_SAU_KY_LUAT', `${restraintCitation(v, isLocal)}: thời gian thành tích được tính lại từ khi hết thời hạn kỷ luật (${formatViDate(f.restartCause.to)}), tức từ năm ${f.countFrom}; thành tích năm ${f.year} không được tính.`, {
        temporal: true,
        ...local(isLocal).extra,
      }),
    );
  }
  return out;
}

/** One achievement, one award: the same title for the same year, or the same regular form twice in a year. */
export function duplicateRule(f: Facts, award: ResolvedAward): Reason | null {
  const round = f.case.round ?? 'thuong_xuyen';
  const same = f.held.find((h) => h.code === award.code && h.year === f.year && (award.kind === 'danh_hieu' || (h.round === 'thuong_xuyen' && round === 'thuong_xuyen')));
  if (!same) return null;
  return fail('TRUNG_THANH_TICH', `Nguyên tắc khen thưởng (${LAW}): không khen thưởng nhiều lần cho một thành tích; đã được tặng ${award.name} cho thành tích năm ${f.year}.`, { temporal: true });
}
