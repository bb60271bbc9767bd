import { AppError } from '../../shared/errors';
import { formatViDate } from '../../shared/vi-date';
import { contains, isWellFormed, overlaps, within, type Period } from '../../shared/period';

export interface ParentLink extends Period {
  childId: string;
  parentId: string;
}

export function describePeriod(p: Period): string {
  const from = p.validFrom ? `từ ${formatViDate(p.validFrom)}` : 'từ trước';
  const to = p.validTo ? `đến ${formatViDate(p.validTo)}` : 'đến nay';
  return `${from} ${to}`;
}

export function assertWellFormed(p: Period): void {
  if (!isWellFormed(p)) {
    throw new AppError('VALIDATION', `Ngày bắt đầu (${formatViDate(p.validFrom)}) phải trước hoặc bằng ngày kết thúc (${formatViDate(p.validTo)}).`, [
      { path: 'validTo', message: 'Ngày kết thúc phải sau ngày bắt đầu.' },
    ]);
  }
}

/** A unit has at most one parent on any given day. */
export function assertSingleParent(existing: ParentLink[], proposed: ParentLink, describeUnit: (id: string) => string): void {
  const clash = existing.find((l) => l.childId === proposed.childId && overlaps(l, proposed));
  if (clash) {
    throw new AppError(
      'OVERLAPPING_VALIDITY',
      `Đơn vị ${describeUnit(proposed.childId)} đã trực thuộc ${describeUnit(clash.parentId)} trong thời gian ${describePeriod(clash)}; ` +
        `thời gian trực thuộc mới (${describePeriod(proposed)}) bị trùng. Hãy kết thúc quan hệ cũ trước.`,
    );
  }
}

/** A link must lie within the lifetime of both units it joins. */
export function assertLinkWithinLifetimes(link: Period, child: Period & { name: string }, parent: Period & { name: string }): void {
  for (const unit of [child, parent]) {
    if (!within(link, unit)) {
      throw new AppError(
        'VALIDATION',
        `Thời gian trực thuộc (${describePeriod(link)}) nằm ngoài thời gian tồn tại của ${unit.name} (${describePeriod(unit)}).`,
      );
    }
  }
}

/**
 * Rejects a link that would make a unit its own ancestor on some day of the link's period.
 * Ancestry only changes where some link starts or ends, so checking those days is exhaustive.
 */
export function findCycleDate(links: ParentLink[], proposed: ParentLink): string | null {
  const relevant = links.filter((l) => overlaps(l, proposed));
  const days = new Set<string>();
  days.add(proposed.validFrom ?? '0001-01-01');
  for (const l of relevant) {
    if (l.validFrom && contains(proposed, l.validFrom)) days.add(l.validFrom);
    if (l.validTo && contains(proposed, l.validTo)) days.add(l.validTo);
  }
  for (const day of [...days].sort()) {
    if (isAncestorOn(relevant, proposed.childId, proposed.parentId, day)) return day;
  }
  return null;
}

function isAncestorOn(links: ParentLink[], ancestorId: string, startId: string, day: string): boolean {
  const seen = new Set<string>();
  let current: string | undefined = startId;
  while (current !== undefined) {
    if (current === ancestorId) return true;
    if (seen.has(current)) return false;
    seen.add(current);
    current = links.find((l) => l.childId === current && contains(l, day))?.parentId;
  }
  return false;
}

export function assertNoCycle(links: ParentLink[], proposed: ParentLink, describeUnit: (id: string) => string): void {
  if (proposed.childId === proposed.parentId) {
    throw new AppError('CYCLE', `Đơn vị ${describeUnit(proposed.childId)} không thể trực thuộc chính nó.`);
  }
  const day = findCycleDate(links, proposed);
  if (day) {
    throw new AppError(
      'CYCLE',
      `Không thể đặt ${describeUnit(proposed.childId)} trực thuộc ${describeUnit(proposed.parentId)}: ` +
        `vào ngày ${formatViDate(day === '0001-01-01' ? null : day) || 'đầu kỳ'} ${describeUnit(proposed.parentId)} đang là đơn vị cấp dưới của ${describeUnit(proposed.childId)} (tạo vòng lặp).`,
    );
  }
}
