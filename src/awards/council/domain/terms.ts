import type { CouncilRole } from '../../../db/schema-council';
import { contains, overlaps, type Period } from '../../../shared/period';
import { formatViDate } from '../../../shared/vi-date';

export interface Term extends Period {
  id: string;
  userId: string;
  role: CouncilRole;
  voting: boolean;
}

/** Only a member whose term covers the meeting day sits on that session. */
export function termCovers(term: Pick<Term, 'validFrom' | 'validTo'>, day: string): boolean {
  return contains(term, day);
}

/** Who may vote in a session held on this day: voting members in term, one seat per person. */
export function votersOn<T extends Term>(terms: readonly T[], day: string): T[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    if (!t.voting || !termCovers(t, day) || seen.has(t.userId)) return false;
    seen.add(t.userId);
    return true;
  });
}

const periodText = (p: Period) => `${p.validFrom ? formatViDate(p.validFrom) : '…'} – ${p.validTo ? formatViDate(p.validTo) : 'nay'}`;

/**
 * Problems with a new or changed term against the council's other terms: a person holds one seat at
 * a time, and the council has one Chủ tịch at a time. Vietnamese messages; empty when acceptable.
 */
export function termProblems(term: Term, others: readonly Term[]): string[] {
  const out: string[] = [];
  if (term.validFrom !== null && term.validTo !== null && term.validTo < term.validFrom) out.push('Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.');
  const rest = others.filter((o) => o.id !== term.id);
  const same = rest.find((o) => o.userId === term.userId && overlaps(o, term));
  if (same) out.push(`Người này đã là thành viên Hội đồng trong thời gian ${periodText(same)}; hãy kết thúc nhiệm kỳ cũ trước.`);
  if (term.role === 'chu_tich') {
    const chair = rest.find((o) => o.role === 'chu_tich' && overlaps(o, term));
    if (chair) out.push(`Hội đồng đã có Chủ tịch trong thời gian ${periodText(chair)}.`);
  }
  return out;
}

/** The Chủ tịch in term on the day, if any (tie-breaks and the signature of the minutes). */
export function chairOn<T extends Term>(terms: readonly T[], day: string): T | undefined {
  return terms.find((t) => t.role === 'chu_tich' && termCovers(t, day));
}
