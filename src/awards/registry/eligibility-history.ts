import { isAwardCode } from '../domain/catalogue/codes';
import type { AwardSubjectKind } from '../../db/schema';
import { formOfCode } from './award-forms';
import type { RecordView } from '../../shared/api/awards-registry';

export interface RegistryNominee {
  kind: AwardSubjectKind;
  name: string;
  titles: { year: number; award: string; round?: RecordView['roundKind'] }[];
  awards: { award: string; date: string; year: number; round?: RecordView['roundKind']; decision?: string }[];
}

/**
 * A subject's registry history in the eligibility engine's nominee format (docs/eligibility-input.md):
 * titles (danh hiệu) by year, other awards by decision date. Revoked records and codes outside the
 * catalogue (old resistance awards, forms typed as given) are left out: they count toward nothing.
 * A form without a decision date is placed on the last day of its year.
 */
export function nomineeFromRegistry(subject: { kind: AwardSubjectKind; fullName: string }, records: RecordView[]): RegistryNominee {
  const titles: RegistryNominee['titles'] = [];
  const awards: RegistryNominee['awards'] = [];
  for (const r of records) {
    if (r.revoked || !isAwardCode(r.awardCode)) continue;
    const round = r.roundKind === 'thuong_xuyen' ? {} : { round: r.roundKind };
    if (formOfCode(r.awardCode)?.category === 'danh_hieu') titles.push({ year: r.year, award: r.awardCode, ...round });
    else awards.push({ award: r.awardCode, date: r.decisionDate ?? `${r.year}-12-31`, year: r.year, ...round, ...(r.decisionNumber ? { decision: r.decisionNumber } : {}) });
  }
  return { kind: subject.kind, name: subject.fullName, titles, awards };
}
