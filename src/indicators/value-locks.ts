import { sql } from 'kysely';
import type { Db } from '../app/context';
import { GRANTS, ROLES } from '../access/roles';
import type { LockView } from '../shared/api/indicators';
import { formatViDate } from '../shared/vi-date';
import { parsePeriodKey } from './domain/period-key';

export interface LockRow {
  id: string;
  unit_id: string;
  unit_name: string;
  period_key: string;
  reason: string | null;
  locked_by_name: string | null;
  locked_at: Date;
}

export function toLockView(r: LockRow): LockView {
  return {
    id: r.id,
    unit: { id: r.unit_id, name: r.unit_name },
    periodKey: r.period_key,
    periodLabel: parsePeriodKey(r.period_key)?.label ?? r.period_key,
    reason: r.reason,
    lockedBy: r.locked_by_name,
    lockedAt: new Date(r.locked_at).toISOString(),
  };
}

/** A lock closes its period and every period inside it, for the locked unit and everything below it. */
export function lockCovers(lockPeriod: string, periodKey: string): boolean {
  const l = parsePeriodKey(lockPeriod);
  const p = parsePeriodKey(periodKey);
  return !!l && !!p && l.from <= p.from && p.to <= l.to;
}

/**
 * For each (unit, period) asked, the lock that closes it, if any. A unit is covered by a lock on
 * itself or on any unit above it on the period's last day.
 */
export async function coveringLocks(db: Db, cells: { unitId: string; periodKey: string }[]): Promise<Map<string, LockRow>> {
  const out = new Map<string, LockRow>();
  const locks = await db
    .selectFrom('period_lock as l')
    .innerJoin('org_unit as u', 'u.id', 'l.unit_id')
    .select(['l.id', 'l.unit_id', 'u.name as unit_name', 'l.period_key', 'l.reason', 'l.locked_by_name', 'l.locked_at'])
    .execute();
  if (locks.length === 0 || cells.length === 0) return out;
  const lockedUnits = new Set(locks.map((l) => l.unit_id));
  const distinct = [...new Map(cells.map((c) => [`${c.unitId}|${c.periodKey}`, c])).values()];
  const days = distinct.map((c) => parsePeriodKey(c.periodKey)?.to ?? '9999-12-31');
  const rows = await sql<{ start_id: string; day: string; unit_id: string }>`
    with recursive chain(start_id, day, unit_id, depth) as (
      select s.id, s.day, s.id, 0 from unnest(${distinct.map((c) => c.unitId)}::uuid[], ${days}::date[]) as s(id, day)
      union
      select c.start_id, c.day, p.parent_id, c.depth + 1 from chain c
      join org_parent p on p.child_id = c.unit_id
        and (p.valid_from is null or p.valid_from <= c.day) and (p.valid_to is null or p.valid_to >= c.day)
      where c.depth < 20
    )
    select start_id, day::text as day, unit_id from chain`.execute(db);
  const above = new Map<string, Set<string>>();
  for (const r of rows.rows) {
    const k = `${r.start_id}|${r.day}`;
    if (!above.has(k)) above.set(k, new Set());
    if (lockedUnits.has(r.unit_id)) above.get(k)!.add(r.unit_id);
  }
  distinct.forEach((c, i) => {
    const ups = above.get(`${c.unitId}|${days[i]}`);
    if (!ups?.size) return;
    const lock = locks.find((l) => ups.has(l.unit_id) && lockCovers(l.period_key, c.periodKey));
    if (lock) out.set(`${c.unitId}|${c.periodKey}`, lock);
  });
  return out;
}

/** Names of the people who may lift a lock: holders of period.lock on the locked unit or above it, today. */
export async function whoCanUnlock(db: Db, unitId: string, today: string): Promise<string[]> {
  const roles = ROLES.filter((r) => GRANTS[r].includes('period.lock'));
  const rows = await sql<{ full_name: string; unit_name: string }>`
    with recursive chain(unit_id, depth) as (
      select ${unitId}::uuid, 0
      union all
      select p.parent_id, c.depth + 1 from chain c join org_parent p on p.child_id = c.unit_id
        and (p.valid_from is null or p.valid_from <= ${today}::date) and (p.valid_to is null or p.valid_to >= ${today}::date)
      where c.depth < 20
    )
    select distinct u.full_name, o.name as unit_name from role_assignment a
    join app_user u on u.id = a.user_id
    join org_unit o on o.id = a.org_unit_id
    where (a.org_unit_id in (select unit_id from chain) or o.kind = 'national')
      and a.group_id is null and a.role = any(${roles}::text[]) and u.active
      and (a.valid_from is null or a.valid_from <= ${today}::date) and (a.valid_to is null or a.valid_to >= ${today}::date)
    order by u.full_name limit 10`.execute(db);
  return rows.rows.map((r) => `${r.full_name} (${r.unit_name})`);
}

export function lockedMessage(lock: LockRow, unitName: string, periodKey: string, unlockers: string[]): string {
  const label = parsePeriodKey(periodKey)?.label ?? periodKey;
  const when = formatViDate(new Date(lock.locked_at).toISOString().slice(0, 10));
  return (
    `Số liệu ${label.toLowerCase()} của ${unitName} đã bị khóa` +
    ` (khóa tại ${lock.unit_name}${lock.locked_by_name ? ` bởi ${lock.locked_by_name}` : ''} ngày ${when}${lock.reason ? `, lý do: ${lock.reason}` : ''}).` +
    (unlockers.length ? ` Người có thể mở khóa: ${unlockers.join(', ')}.` : ' Liên hệ Ban Thi đua - Khen thưởng để mở khóa.')
  );
}
