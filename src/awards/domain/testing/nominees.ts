/** Builders for eligibility tests: short records that read like the case they describe. */
import type { AwardCode } from '../catalogue';
import type { EligibilityCase, Exemplary, HeldAward, HeldTitle, Initiative, MemberCounts, Nominee, Restraint, YearRating } from '../eligibility-types';
import type { Rating, Subject } from '../types';

export const years = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const rated = (rating: Rating, ...ys: number[]): YearRating[] => ys.map((year) => ({ year, rating }));

export interface PersonSpec {
  kind?: Subject;
  /** CSTĐ cơ sở years; LĐTT is added for the same years unless `ldtt` says otherwise. */
  cstdcs?: number[];
  ldtt?: number[];
  /** Years rated hoàn thành xuất sắc (default: the CSTĐ cơ sở and LĐTT years). */
  htxs?: number[];
  ratings?: YearRating[];
  titles?: HeldTitle[];
  initiatives?: Initiative[];
  awards?: HeldAward[];
  disciplines?: Restraint[];
  exemplary?: Exemplary[];
  members?: MemberCounts;
  clusterResults?: Nominee['clusterResults'];
}

export function nominee(s: PersonSpec = {}): Nominee {
  const cstdcs = s.cstdcs ?? [];
  const ldtt = s.ldtt ?? cstdcs;
  const htxs = s.htxs ?? [...new Set([...cstdcs, ...ldtt])];
  const titles: HeldTitle[] = [
    ...ldtt.map((year) => ({ year, award: 'lao_dong_tien_tien' as const })),
    ...cstdcs.map((year) => ({ year, award: 'cstd_co_so' as const })),
    ...(s.titles ?? []),
  ];
  const ratings = [...rated('htxs', ...htxs.filter((y) => !(s.ratings ?? []).some((r) => r.year === y))), ...(s.ratings ?? [])];
  return {
    kind: s.kind ?? 'ca_nhan',
    titles,
    ratings,
    ...(s.initiatives ? { initiatives: s.initiatives } : {}),
    ...(s.awards ? { awards: s.awards } : {}),
    ...(s.disciplines ? { disciplines: s.disciplines } : {}),
    ...(s.exemplary ? { exemplary: s.exemplary } : {}),
    ...(s.members ? { members: s.members } : {}),
    ...(s.clusterResults ? { clusterResults: s.clusterResults } : {}),
  };
}

export const kase = (award: AwardCode, decisionDate: string, n: Nominee, extra: Partial<EligibilityCase> = {}): EligibilityCase => ({ award, decisionDate, nominee: n, ...extra });

export const title = (award: AwardCode, year: number, round?: HeldTitle['round']): HeldTitle => ({ award, year, ...(round ? { round } : {}) });
export const got = (award: AwardCode, date: string, extra: Partial<HeldAward> = {}): HeldAward => ({ award, date, ...extra });
export const initiative = (year: number, scope: Initiative['scope'], kind?: Initiative['kind']): Initiative => ({ year, scope, ...(kind ? { kind } : {}) });
