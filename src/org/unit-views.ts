import type { Selectable } from 'kysely';
import type { OrgUnitTable } from '../db/schema';
import type { UnitSummary } from '../shared/api/org';

export type UnitRow = Selectable<OrgUnitTable>;

export function toSummary(u: UnitRow, childCount = 0): UnitSummary {
  return {
    id: u.id,
    kind: u.kind,
    unitType: u.unit_type,
    name: u.name,
    shortName: u.short_name,
    code: u.code,
    treeVersion: u.tree_version,
    validFrom: u.valid_from,
    validTo: u.valid_to,
    childCount,
  };
}

/** The day on which to show a unit's place: the requested day if it existed then, else its nearest day of existence. */
export function displayDay(u: Pick<UnitRow, 'valid_from' | 'valid_to'>, asOf: string): string {
  if (u.valid_to && u.valid_to < asOf) return u.valid_to;
  if (u.valid_from && u.valid_from > asOf) return u.valid_from;
  return asOf;
}
