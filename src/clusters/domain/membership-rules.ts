import { AppError } from '../../shared/errors';
import { overlaps, within, type Period } from '../../shared/period';
import { describePeriod } from '../../org/domain/tree-rules';
import type { MemberRole } from '../../shared/api/groups';

export interface Membership extends Period {
  id: string;
  unitId: string;
  role: MemberRole;
}

/** The calendar year a group is formed for, used when no explicit period is given. */
export function yearPeriod(year: number): { validFrom: string; validTo: string } {
  return { validFrom: `${year}-01-01`, validTo: `${year}-12-31` };
}

/**
 * Checks a proposed membership against the others of the same group:
 * it lies within the group's period, the unit is not listed twice at once,
 * and there is at most one head (cụm trưởng/khối trưởng) on any day.
 */
export function assertMembershipFits(
  group: Period & { name: string },
  others: Membership[],
  proposed: Membership,
  unitName: (id: string) => string,
): void {
  if (!within(proposed, group)) {
    throw new AppError(
      'VALIDATION',
      `Thời gian tham gia (${describePeriod(proposed)}) phải nằm trong thời gian hoạt động của ${group.name} (${describePeriod(group)}).`,
    );
  }
  const rest = others.filter((m) => m.id !== proposed.id);
  const twice = rest.find((m) => m.unitId === proposed.unitId && overlaps(m, proposed));
  if (twice) {
    throw new AppError(
      'OVERLAPPING_VALIDITY',
      `${unitName(proposed.unitId)} đã là thành viên của ${group.name} trong thời gian ${describePeriod(twice)}.`,
    );
  }
  if (proposed.role === 'truong') {
    const head = rest.find((m) => m.role === 'truong' && overlaps(m, proposed));
    if (head) {
      throw new AppError(
        'CONFLICT',
        `${group.name} đã có Trưởng cụm/khối là ${unitName(head.unitId)} trong thời gian ${describePeriod(head)}. Mỗi thời điểm chỉ có một Trưởng.`,
      );
    }
  }
}

/** Members must exist while they are members. */
export function assertUnitAlive(unit: Period & { name: string }, membership: Period): void {
  if (!within(membership, unit)) {
    throw new AppError(
      'VALIDATION',
      `${unit.name} không tồn tại trong suốt thời gian tham gia (${describePeriod(membership)}); đơn vị có hiệu lực ${describePeriod(unit)}.`,
    );
  }
}
