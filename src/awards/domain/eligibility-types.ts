/** Input and output of the eligibility engine (the zod schemas in shared/api mirror these). */
import type {
  ClusterLevel,
  DisciplineLevel,
  ExemplaryKind,
  InitiativeKind,
  Launcher,
  Rating,
  RestraintKind,
  RoundKind,
  Scope,
  Subject,
} from './types';
import type { AuthorityCode, AwardCode, LawVersionCode } from './catalogue';

/** A danh hiệu held for a year (LĐTT 2023, CSTĐ cơ sở 2024…). */
export interface HeldTitle {
  year: number;
  award: AwardCode;
  round?: RoundKind;
}

/** A hình thức khen thưởng received: `year` is the year of the achievement (default: the decision's year). */
export interface HeldAward {
  award: AwardCode;
  date: string;
  year?: number;
  round?: RoundKind;
  decision?: string;
}

export interface YearRating {
  year: number;
  rating: Rating;
}

export interface Initiative {
  year: number;
  scope: Scope;
  kind?: InitiativeKind;
  title?: string;
}

/** Discipline, investigation, inspection or a pending case; `to` null = still running. Dates inclusive. */
export interface Restraint {
  from: string;
  to?: string | null;
  kind?: RestraintKind;
  level?: DisciplineLevel;
  note?: string;
}

/** A collective's members in the year considered. `ldtt` counts everyone with LĐTT (CSTĐ cơ sở holders included). */
export interface MemberCounts {
  total: number;
  completingTasks: number;
  ldtt: number;
  cstdcs: number;
  /** Members disciplined at cảnh cáo or above in the year. */
  disciplined?: number;
}

export interface ClusterResult {
  year: number;
  level: ClusterLevel;
  leads: boolean;
  cluster?: string;
}

/** Chosen as tiêu biểu xuất sắc in a movement's review, or an ad-hoc (đột xuất) achievement. */
export interface Exemplary {
  year: number;
  kind: ExemplaryKind;
  scope: Scope;
  launchedBy?: Launcher;
  movementYears?: number;
  note?: string;
}

export interface Nominee {
  kind: Subject;
  name?: string;
  titles?: HeldTitle[];
  ratings?: YearRating[];
  initiatives?: Initiative[];
  awards?: HeldAward[];
  disciplines?: Restraint[];
  members?: MemberCounts;
  clusterResults?: ClusterResult[];
  exemplary?: Exemplary[];
}

export interface EligibilityCase {
  id?: string;
  award: AwardCode;
  /** The day the award would be decided (ISO); picks the law, the decree and the authority. */
  decisionDate: string;
  /** The achievement year considered (năm thành tích); see `achievementYear`. */
  year?: number;
  /** How the proposed award is given; default thường xuyên. */
  round?: RoundKind;
  /** Who would decide it; checked against the catalogue when given. */
  decider?: AuthorityCode;
  nominee: Nominee;
}

export interface EligibilityReason {
  ok: boolean;
  code: string;
  message: string;
  /** Not checkable from the record: the council verifies it (never blocks). */
  verify?: boolean;
  /** The rule used a value that is a local setting (thiết lập địa phương). */
  localSetting?: boolean;
}

export interface EligibilityResult {
  id?: string;
  name?: string;
  award: AwardCode;
  awardName: string;
  decisionDate: string;
  year: number;
  lawVersion: LawVersionCode;
  eligible: boolean;
  /** The engine lacks criteria for this case (old law, unmodelled award or track): a human decides. */
  needsManualReview: boolean;
  reasons: EligibilityReason[];
  /**
   * When not eligible: the first later achievement year in which the same case would be eligible if
   * every year from now on had the best annual record (rating, LĐTT, CSTĐ cơ sở) and nothing else
   * changed; null when that cannot happen from the record alone (a missing initiative, prior award,
   * cluster lead, member ratio, an open-ended discipline…).
   */
  nextEligibleYear?: number | null;
}
