import { checkEligibilityBatch, type EligibilityCase, type EligibilityResult } from '../domain/eligibility';
import type { AwardCode } from '../domain/catalogue';
import type { AwardSubjectKind } from '../../db/schema';
import type { RecordView } from '../../shared/api/awards-registry';
import { nomineeFromRegistry } from './eligibility-history';

/** The merit awards a board looks at next for a person or a collective, lowest first. */
const NEXT: Record<AwardSubjectKind, AwardCode[]> = {
  ca_nhan: ['cstd_bo_tinh', 'bang_khen_tinh', 'bang_khen_thu_tuong', 'cstd_toan_quoc', 'huan_chuong_lao_dong_3'],
  tap_the: ['tap_the_ldxs', 'co_thi_dua_bo_tinh', 'bang_khen_tinh', 'bang_khen_thu_tuong', 'co_thi_dua_chinh_phu', 'huan_chuong_lao_dong_3'],
  ho_gia_dinh: ['bang_khen_tinh', 'bang_khen_thu_tuong'],
};

/**
 * What the registry alone says about the next awards: eligible now, or not yet with the reasons and
 * the first year it could be. Conditions the registry does not hold (ratings, initiatives, discipline)
 * come back as "to verify" or as missing, so this is a guide for the board, not a verdict.
 */
export function eligibilityOutlook(subject: { kind: AwardSubjectKind; fullName: string }, records: RecordView[], today: string): EligibilityResult[] {
  const nominee = nomineeFromRegistry(subject, records);
  const cases: EligibilityCase[] = NEXT[subject.kind].map((award) => ({ award, decisionDate: today, nominee: nominee as EligibilityCase['nominee'] }));
  return checkEligibilityBatch(cases);
}
