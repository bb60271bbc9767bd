/**
 * The automatic check of a dossier, run on every change: each nominee's eligibility through the
 * engine (with the registry's history and what the dossier states), the same person twice in the
 * dossier or in another open dossier of the year, quotas, required documents and report sections,
 * who decides the award and whether the dossier must go higher, and the publication it needs. Pure.
 */
import { checkEligibility, type EligibilityResult, type Nominee } from '../../domain/eligibility';
import { isAwardCode, quotaLimit, resolveAward, resolveCatalogue, type AwardCode, type OverridesInput, type ResolvedQuota } from '../../domain/catalogue';
import { SUBJECT_NAMES, type RoundKind, type Subject } from '../../domain/types';
import { formatViDate } from '../../../shared/vi-date';
import { templateFor, missingSections } from './achievement-templates';
import { routeAward, type UnitKind } from './authority';
import { finding, type DossierFinding } from './findings';
import { needsPublication, publicationCitation, PUBLICATION_MIN_WORKING_DAYS } from './publication';

const LAW = 'Luật Thi đua, khen thưởng 2022';
const fmt = (n: number) => n.toLocaleString('vi-VN');
/** Reasons the engine cannot decide: a person decides, so they warn instead of blocking. */
const MANUAL_CODES = new Set(['CHUA_MO_HINH', 'BK_TTG_THU_CONG', 'HCLD3_THU_CONG', 'LUAT_AP_DUNG']);

export type NomineeHistory = Omit<Nominee, 'kind' | 'name'>;

export interface CheckNominee {
  id: string;
  position: number;
  subjectKind: Subject;
  fullName: string;
  searchKey: string;
  birthYear: number | null;
  subjectId: string | null;
  awardCode: string;
  state: 'dang_xet' | 'tra_lai' | 'dat' | 'khong_dat' | 'chuyen_cap_tren';
  /** Keys of the achievement report's sections that hold text. */
  filledSections: string[];
  /** What the registry holds for the matched subject (titles and forms). */
  registry: Pick<Nominee, 'titles' | 'awards'> | null;
  /** What the dossier states beyond the registry. */
  history: NomineeHistory | null;
  /** The last day of the nominee's unit when it has ended (merged or dissolved), else null. */
  unitEndedOn?: string | null;
  /** The nominee's unit: two rows without a shared registry entry are one person only within one unit. */
  orgUnitId?: string | null;
}

export interface OtherProposalNominee {
  proposalId: string;
  proposalTitle: string;
  proposingUnitName: string;
  stateLabel: string;
  subjectKind: Subject;
  searchKey: string;
  birthYear: number | null;
  subjectId: string | null;
  awardCode: string;
  /** This dossier's nominees whose unit is the other's or in the same registry (above, below or carried on from before the merger). */
  sameUnitAs: string[];
}

export interface DossierInput {
  /** The day the check runs, taken as the decision day (picks the law and the authorities). */
  date: string;
  year: number | null;
  roundKind: RoundKind;
  receiving: { name: string; kind: UnitKind };
  proposingUnitName: string;
  nominees: CheckNominee[];
  attachments: { kind: string; nomineeId: string | null }[];
  others: OtherProposalNominee[];
  quotaBases: Record<string, number>;
  overrides?: OverridesInput;
}

export interface NomineeCheck {
  nomineeId: string;
  awardName: string;
  eligible: boolean | null;
  needsManualReview: boolean;
  reasons: EligibilityResult['reasons'];
  routing: ReturnType<typeof routeAward>['kind'];
  deciders: string[];
  needsPublication: boolean;
}

export interface DossierCheck {
  date: string;
  findings: DossierFinding[];
  nominees: NomineeCheck[];
  needsPublication: boolean;
  /** Nominees to send to the level above once appraised. */
  forwardCount: number;
}

/** Nominees still under consideration in this dossier (returned, refused or forwarded ones are not checked). */
export const isActive = (n: { state: CheckNominee['state'] }) => n.state === 'dang_xet' || n.state === 'dat';

type Who = { subjectId: string | null; subjectKind: string; searchKey: string; birthYear: number | null };

/**
 * One person or collective: the same registry entry, or — when either has none — the same kind, folded
 * name and year of birth (when both state it) within the same unit. A namesake elsewhere is someone else.
 */
function sameSubject(a: Who, b: Who, sameUnit: boolean): boolean {
  if (a.subjectId && b.subjectId) return a.subjectId === b.subjectId;
  return sameUnit && a.subjectKind === b.subjectKind && a.searchKey === b.searchKey && (a.birthYear === null || b.birthYear === null || a.birthYear === b.birthYear);
}

/** Two rows of one dossier are in one unit (rows that do not tell their unit are taken as in the same one). */
const sameUnit = (a: CheckNominee, b: CheckNominee) => a.orgUnitId == null || b.orgUnitId == null || a.orgUnitId === b.orgUnitId;

function mergeHistory(n: CheckNominee): Nominee {
  const h = n.history ?? {};
  const titles = [...(n.registry?.titles ?? [])];
  for (const t of h.titles ?? []) if (!titles.some((x) => x.year === t.year && x.award === t.award)) titles.push(t);
  const awards = [...(n.registry?.awards ?? [])];
  for (const a of h.awards ?? []) if (!awards.some((x) => x.award === a.award && x.date === a.date)) awards.push(a);
  return { ...h, kind: n.subjectKind, name: n.fullName, titles, awards };
}

function eligibilityFindings(n: CheckNominee, r: EligibilityResult): DossierFinding[] {
  const out: DossierFinding[] = [];
  for (const reason of r.reasons) {
    if (reason.ok && !reason.verify) continue;
    if (reason.verify) out.push(finding(`XAC_MINH_${reason.code}`, 'info', n.id, `${n.fullName}: cần Hội đồng xác minh — ${reason.message}`));
    else if (MANUAL_CODES.has(reason.code)) out.push(finding(`THU_CONG_${reason.code}`, 'warning', n.id, `${n.fullName}: ${reason.message}`));
    else out.push(finding(`DIEU_KIEN_${reason.code}`, 'block', n.id, `${n.fullName} chưa đủ điều kiện ${r.awardName}: ${reason.message}`));
  }
  return out;
}

function nomineeFindings(input: DossierInput, n: CheckNominee): { findings: DossierFinding[]; check: NomineeCheck } {
  const out: DossierFinding[] = [];
  const none: NomineeCheck = { nomineeId: n.id, awardName: n.awardCode, eligible: null, needsManualReview: true, reasons: [], routing: 'none', deciders: [], needsPublication: false };
  if (!isAwardCode(n.awardCode)) {
    out.push(finding('MA_KHEN_THUONG', 'block', n.id, `${n.fullName}: "${n.awardCode}" không có trong danh mục danh hiệu, hình thức khen thưởng.`));
    return { findings: out, check: none };
  }
  const award = resolveAward(n.awardCode, input.date, input.overrides);
  if (!award) {
    out.push(finding('HET_HIEU_LUC', 'block', n.id, `${n.fullName}: hình thức khen thưởng này không áp dụng vào ngày ${formatViDate(input.date)}.`));
    return { findings: out, check: none };
  }
  const r = checkEligibility({ id: n.id, award: n.awardCode as AwardCode, decisionDate: input.date, ...(input.year !== null ? { year: input.year } : {}), round: input.roundKind, nominee: mergeHistory(n) }, input.overrides ? { overrides: input.overrides } : {});
  out.push(...eligibilityFindings(n, r));

  const routing = routeAward(award, input.receiving.kind);
  const deciders = routing.deciders.join(', ');
  if (routing.kind === 'forward') {
    out.push(finding('TRINH_CAP_TREN', 'info', n.id, `${n.fullName}: ${award.name} do ${deciders} quyết định, vượt thẩm quyền của ${input.receiving.name}; sau khi thẩm định, ${input.receiving.name} trình cấp trên.`));
  } else if (routing.kind === 'lower_level') {
    out.push(finding('THAM_QUYEN_CAP_DUOI', 'warning', n.id, `${n.fullName}: ${award.name} do ${deciders} quyết định (${award.citation}); ${input.proposingUnitName} xét theo thẩm quyền của mình, không cần trình ${input.receiving.name}.`));
  } else if (routing.kind === 'none') {
    out.push(finding('KHONG_CO_THAM_QUYEN', 'block', n.id, `${n.fullName}: không xác định được cấp có thẩm quyền quyết định ${award.name} vào ngày ${formatViDate(input.date)}.`));
  }

  // Collectives of units dissolved or merged in the 2025 reorganisation are not commended (TT 15/2025/TT-BNV).
  if (n.subjectKind === 'tap_the' && n.unitEndedOn && n.unitEndedOn < input.date) {
    out.push(finding('DON_VI_DA_KET_THUC', 'block', n.id, `${n.fullName}: đơn vị đã kết thúc hoạt động từ sau ngày ${formatViDate(n.unitEndedOn)} (giải thể, sáp nhập); không xét khen thưởng tập thể của đơn vị đã giải thể, sáp nhập (Thông tư 15/2025/TT-BNV).`));
  }
  const template = templateFor(n.subjectKind, input.roundKind);
  const hasFile = input.attachments.some((a) => a.kind === 'bao_cao_thanh_tich' && a.nomineeId === n.id);
  const missing = missingSections(template, new Set(n.filledSections));
  if (missing.length && !hasFile) {
    out.push(
      finding('THIEU_BAO_CAO', 'block', n.id, `${n.fullName}: thiếu ${template.name.toLowerCase()} (${template.citation}); chưa có nội dung mục ${missing.map((s) => `"${s.title}"`).join(', ')} và chưa đính kèm báo cáo.`),
    );
  }
  const published = needsPublication({ subjectKind: n.subjectKind, awardCode: n.awardCode, group: award.group });
  return {
    findings: out,
    check: { nomineeId: n.id, awardName: award.name, eligible: r.eligible, needsManualReview: r.needsManualReview, reasons: r.reasons, routing: routing.kind, deciders: routing.deciders, needsPublication: published },
  };
}

function duplicateFindings(active: CheckNominee[], others: OtherProposalNominee[], year: number): DossierFinding[] {
  const out: DossierFinding[] = [];
  active.forEach((n, i) => {
    const first = active.slice(0, i).find((m) => sameSubject(m, n, sameUnit(m, n)));
    if (first) {
      out.push(finding('TRUNG_TRONG_HO_SO', 'block', n.id, `${n.fullName} (dòng ${n.position}) trùng với dòng ${first.position} của hồ sơ này: mỗi ${SUBJECT_NAMES[n.subjectKind]} chỉ được đề nghị một lần cho một thành tích (${LAW}, nguyên tắc khen thưởng).`));
    }
    for (const o of others) {
      if (!sameSubject(o, n, o.sameUnitAs.includes(n.id))) continue;
      const sameAward = o.awardCode === n.awardCode;
      out.push(
        finding(
          sameAward ? 'TRUNG_HO_SO_KHAC' : 'CO_TRONG_HO_SO_KHAC',
          sameAward ? 'block' : 'warning',
          n.id,
          sameAward
            ? `${n.fullName} đã được đề nghị cùng hình thức cho năm ${year} trong hồ sơ "${o.proposalTitle}" của ${o.proposingUnitName} (${o.stateLabel}).`
            : `${n.fullName} cũng có trong hồ sơ "${o.proposalTitle}" của ${o.proposingUnitName} (${o.stateLabel}) năm ${year}; cần bảo đảm không khen thưởng hai lần cho một thành tích.`,
          o.proposalId,
        ),
      );
    }
  });
  return out;
}

function quotaApplies(q: ResolvedQuota, n: CheckNominee, round: RoundKind): boolean {
  return (q.awards === null || q.awards.includes(n.awardCode as AwardCode)) && (q.round === null || q.round === round) && (q.subject === null || q.subject === n.subjectKind);
}

function quotaFindings(input: DossierInput, active: CheckNominee[]): DossierFinding[] {
  const out: DossierFinding[] = [];
  for (const q of resolveCatalogue(input.date, input.overrides).quotas) {
    if (q.maxPercent.value === null) continue;
    const count = active.filter((n) => quotaApplies(q, n, input.roundKind)).length;
    if (count === 0) continue;
    const local = q.maxPercent.localSetting ? ' (thiết lập địa phương)' : '';
    const base = input.quotaBases[q.code];
    if (base === undefined) {
      out.push(finding('THIEU_CO_SO_TY_LE', 'warning', null, `Chưa khai báo ${q.base} để kiểm tra tỷ lệ "${q.label}" (tối đa ${fmt(q.maxPercent.value)}%${local}; ${q.citation}).`, q.code));
      continue;
    }
    const limit = quotaLimit(q, base)!;
    if (count > limit) {
      out.push(
        finding('VUOT_TY_LE', 'block', null, `Vượt tỷ lệ "${q.label}": đề nghị ${fmt(count)}, tối đa ${fmt(limit)} (${fmt(q.maxPercent.value)}% của ${fmt(base)} — ${q.base}${local}; ${q.citation}).`, q.code),
      );
    }
  }
  return out;
}

function documentFindings(input: DossierInput, checks: NomineeCheck[]): DossierFinding[] {
  const out: DossierFinding[] = [];
  const has = (kind: string) => input.attachments.some((a) => a.kind === kind);
  if (!has('to_trinh')) out.push(finding('THIEU_TO_TRINH', 'block', null, `Thiếu tờ trình đề nghị khen thưởng kèm danh sách (khoản 1 Điều 84 ${LAW}).`));
  // The simplified procedure for ad-hoc achievements needs only the tờ trình and a short report (Điều 85).
  if (input.roundKind !== 'dot_xuat' && !has('bien_ban_hoi_dong')) {
    out.push(finding('THIEU_BIEN_BAN', 'block', null, `Thiếu biên bản họp Hội đồng Thi đua - Khen thưởng của ${input.proposingUnitName} (khoản 1 Điều 84 ${LAW}).`));
  }
  if (checks.some((c) => c.routing === 'forward' && c.deciders.length)) {
    out.push(finding('BO_PHIEU_KIN', 'info', null, 'Hồ sơ trình khen thưởng cấp Nhà nước, Thủ tướng Chính phủ cần kèm biên bản và kết quả bỏ phiếu kín của Hội đồng Thi đua - Khen thưởng cấp trình.'));
  }
  return out;
}

export function checkDossier(input: DossierInput): DossierCheck {
  const year = input.year ?? Number(input.date.slice(0, 4));
  const active = input.nominees.filter(isActive).sort((a, b) => a.position - b.position);
  const findings: DossierFinding[] = [];
  const checks: NomineeCheck[] = [];
  if (active.length === 0) findings.push(finding('CHUA_CO_DOI_TUONG', 'block', null, 'Hồ sơ chưa có cá nhân, tập thể nào được đề nghị.'));
  for (const n of active) {
    const r = nomineeFindings(input, n);
    findings.push(...r.findings);
    checks.push(r.check);
  }
  findings.push(...duplicateFindings(active, input.others, year));
  findings.push(...quotaFindings(input, active));
  if (active.length) findings.push(...documentFindings(input, checks));
  const published = checks.some((c) => c.needsPublication);
  if (published) {
    findings.push(finding('CONG_KHAI', 'info', null, `Có cá nhân đề nghị khen thưởng cấp Nhà nước: phải lấy ý kiến, công khai ít nhất ${PUBLICATION_MIN_WORKING_DAYS} ngày làm việc trước khi trình Hội đồng (${publicationCitation(input.date)}).`));
  }
  return { date: input.date, findings, nominees: checks, needsPublication: published, forwardCount: checks.filter((c) => c.routing === 'forward').length };
}
