import type { AwardSubjectKind } from '../../../db/schema';
import { formOfCode } from '../../registry/award-forms';
import { countText } from './numbering';

/** What the default wording of a decision needs to know about its deciding unit. */
export interface DecidingUnit {
  name: string;
  kind: string;
}

const UNIT_PREFIX = /^(tỉnh|thành phố|phường|xã|thị trấn|đặc khu|huyện|quận|thị xã)\s+/iu;

export function placeOf(unitName: string): string {
  const name = unitName.replace(UNIT_PREFIX, '').trim();
  return /^\d/.test(name) ? unitName.trim() : name;
}

/** "Sở Nội vụ" → "SNV": a starting point for an agency's ký hiệu, which the user corrects if needed. */
export function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).map((w) => w[0]!.toLocaleUpperCase('vi')).join('').replace(/[^A-ZĐ0-9]/gu, '') || 'CQ';
}

/**
 * The defaults a new draft starts from, all editable: an administrative unit decides through the
 * Chairman of its People's Committee (Luật Điều 79–80), an agency through its head.
 */
export function decisionDefaults(unit: DecidingUnit) {
  const agency = unit.kind === 'agency';
  const upper = unit.name.toLocaleUpperCase('vi');
  const lowerName = unit.name.replace(/^./u, (c) => c.toLocaleLowerCase('vi'));
  return {
    symbol: agency ? `QĐ-${initials(unit.name)}` : 'QĐ-UBND',
    issuingBody: agency ? upper : `ỦY BAN NHÂN DÂN ${upper}`,
    parentBody: null as string | null,
    place: placeOf(unit.name),
    decidingAuthority: agency ? `Thủ trưởng ${unit.name}` : `Chủ tịch Ủy ban nhân dân ${lowerName}`,
    authorityLine: agency ? `THỦ TRƯỞNG ${upper}` : `CHỦ TỊCH ỦY BAN NHÂN DÂN ${upper}`,
    signerPrefix: agency ? null : ('KT.' as const),
    signerAuthority: agency ? null : 'CHỦ TỊCH',
    signerTitle: agency ? 'THỦ TRƯỞNG' : 'PHÓ CHỦ TỊCH',
    legalBases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
    ],
    article2: 'Tiền thưởng kèm theo thực hiện theo quy định hiện hành về thi đua, khen thưởng.',
    article3: agency
      ? 'Các đơn vị, tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.'
      : `Chánh Văn phòng Ủy ban nhân dân ${lowerName}, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    recipients: ['Như Điều 3', 'Lưu: VT'],
  };
}

export interface Awardee {
  subjectKind: AwardSubjectKind;
  awardCode: string;
  awardName: string;
}

const KIND_WORDS: Record<AwardSubjectKind, string> = { tap_the: 'tập thể', ca_nhan: 'cá nhân', ho_gia_dinh: 'hộ gia đình' };
const KIND_ORDER: AwardSubjectKind[] = ['tap_the', 'ca_nhan', 'ho_gia_dinh'];

/** "02 tập thể và 05 cá nhân" from the awardees of one award. */
export function countsText(items: readonly Awardee[]): string {
  const parts = KIND_ORDER.map((k) => [k, items.filter((i) => i.subjectKind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${countText(n)} ${KIND_WORDS[k]}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/**
 * Điều 1 as decisions word it: a title is "công nhận danh hiệu", a form is "tặng", one clause per
 * award in the order the list first names it, the list itself attached.
 */
export function article1Text(items: readonly Awardee[]): string {
  const byAward = new Map<string, Awardee[]>();
  for (const i of items) byAward.set(i.awardName, [...(byAward.get(i.awardName) ?? []), i]);
  const clauses = [...byAward.entries()].map(([name, list]) => {
    const title = formOfCode(list[0]!.awardCode)?.category === 'danh_hieu';
    return `${title ? `Công nhận danh hiệu "${name}"` : `Tặng ${name}`} cho ${countsText(list)}`;
  });
  if (clauses.length === 0) return '';
  const text = clauses.map((c, i) => (i === 0 ? c : c.replace(/^./u, (ch) => ch.toLocaleLowerCase('vi')))).join('; ');
  return `${text} (có danh sách kèm theo).`;
}

/** Trích yếu: "Về việc khen thưởng …" naming the award when there is one. */
export function defaultTitle(awardNames: readonly string[], what?: string | null): string {
  const names = [...new Set(awardNames)];
  const base = names.length === 1 ? `Về việc tặng ${names[0]}` : 'Về việc khen thưởng';
  return what?.trim() ? `${base} ${what.trim()}` : base;
}
