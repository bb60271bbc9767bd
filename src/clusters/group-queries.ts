import { sql } from 'kysely';
import type { Db } from '../app/context';
import type { GroupDetail, GroupSummary } from '../shared/api/groups';
import { escapeLike, searchKey } from '../shared/vi-text';

function baseQuery(db: Db) {
  return db
    .selectFrom('org_group as g')
    .innerJoin('org_unit as mu', 'mu.id', 'g.managing_unit_id')
    .select([
      'g.id',
      'g.kind',
      'g.name',
      'g.year',
      'g.valid_from',
      'g.valid_to',
      'g.version',
      'g.note',
      'mu.id as mu_id',
      'mu.name as mu_name',
      sql<string>`(select count(*) from org_group_member m where m.group_id = g.id)`.as('member_count'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

function toSummary(r: Row): GroupSummary {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    year: r.year,
    managingUnit: { id: r.mu_id, name: r.mu_name },
    validFrom: r.valid_from,
    validTo: r.valid_to,
    memberCount: Number(r.member_count),
    version: r.version,
  };
}

export async function findGroups(db: Db, filter: { year?: number; q?: string }): Promise<GroupSummary[]> {
  let q = baseQuery(db);
  if (filter.year !== undefined) q = q.where('g.year', '=', filter.year);
  for (const w of searchKey(filter.q ?? '').split(' ').filter(Boolean)) {
    q = q.where(sql<boolean>`f_search_key(g.name) like ${`%${escapeLike(w)}%`}`);
  }
  return (await q.orderBy('g.year', 'desc').orderBy('g.name').execute()).map(toSummary);
}

export async function findGroup(db: Db, id: string): Promise<GroupDetail | undefined> {
  const row = await baseQuery(db).where('g.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const members = await db
    .selectFrom('org_group_member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.role', 'm.valid_from', 'm.valid_to', 'u.id as unit_id', 'u.name', 'u.code'])
    .where('m.group_id', '=', id)
    .orderBy(sql`case m.role when 'truong' then 0 when 'pho' then 1 else 2 end`)
    .orderBy('u.name')
    .execute();
  return {
    ...toSummary(row),
    note: row.note,
    members: members.map((m) => ({
      id: m.id,
      unit: { id: m.unit_id, name: m.name, code: m.code },
      role: m.role,
      validFrom: m.valid_from,
      validTo: m.valid_to,
    })),
  };
}
