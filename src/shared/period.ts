/** A validity period with inclusive ISO dates; null ends are open (unbounded). */
export interface Period {
  validFrom: string | null;
  validTo: string | null;
}

export function contains(p: Period, date: string): boolean {
  return (p.validFrom === null || p.validFrom <= date) && (p.validTo === null || p.validTo >= date);
}

export function overlaps(a: Period, b: Period): boolean {
  const aStartsBeforeBEnds = a.validFrom === null || b.validTo === null || a.validFrom <= b.validTo;
  const bStartsBeforeAEnds = b.validFrom === null || a.validTo === null || b.validFrom <= a.validTo;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

export function isWellFormed(p: Period): boolean {
  return p.validFrom === null || p.validTo === null || p.validFrom <= p.validTo;
}

/** p lies entirely inside outer. */
export function within(p: Period, outer: Period): boolean {
  const startOk = outer.validFrom === null || (p.validFrom !== null && p.validFrom >= outer.validFrom);
  const endOk = outer.validTo === null || (p.validTo !== null && p.validTo <= outer.validTo);
  return startOk && endOk;
}

/** The common part of two periods, or null when they do not meet. */
export function intersect(a: Period, b: Period): Period | null {
  const validFrom = a.validFrom === null ? b.validFrom : b.validFrom === null ? a.validFrom : a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
  const validTo = a.validTo === null ? b.validTo : b.validTo === null ? a.validTo : a.validTo < b.validTo ? a.validTo : b.validTo;
  const p = { validFrom, validTo };
  return isWellFormed(p) ? p : null;
}
