import { sql } from 'kysely';
import type { Ctx } from '../../app/context';
import { authorize } from '../../access/authorize';
import { escapeLike, searchKey } from '../../shared/vi-text';
import type { UnitKind, UnitSummary } from '../../shared/api/org';
import { pathsOn, validOn } from '../org-queries';
import { displayDay, toSummary, type UnitRow } from '../unit-views';

export interface SearchInput {
  q: string;
  asOf?: string;
  kind?: UnitKind;
  limit?: number;
}

/**
 * Diacritics-insensitive search: "dai thanh" finds "Đại Thành". Every word must occur;
 * names that start with the query rank first, then shorter names.
 */
export async function searchUnits(ctx: Ctx, input: SearchInput): Promise<(UnitSummary & { path: string })[]> {
  await authorize(ctx, 'org.read', { unitId: null, mode: 'read' });
  const words = searchKey(input.q).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const key = words.join(' ');
  let query = ctx.db.selectFrom('org_unit as u').selectAll('u');
  for (const w of words) {
    query = query.where(sql<boolean>`f_search_key(u.name) like ${`%${escapeLike(w)}%`}`);
  }
  if (input.kind) query = query.where('u.kind', '=', input.kind);
  if (input.asOf) {
    const d = input.asOf;
    query = query.where(validOn('u', d));
  }
  const rows: UnitRow[] = await query
    .orderBy(sql`(f_search_key(u.name) like ${`%${escapeLike(key)}%`})`, 'desc')
    .orderBy(sql`similarity(f_search_key(u.name), ${key})`, 'desc')
    .orderBy('u.valid_to', (ob) => ob.desc().nullsFirst())
    .orderBy('u.name')
    .limit(input.limit ?? 20)
    .execute();
  const paths = await pathsOn(
    ctx.db,
    rows.map((r) => ({ id: r.id, day: displayDay(r, input.asOf ?? ctx.today) })),
  );
  return rows.map((r) => ({
    ...toSummary(r),
    path: (paths.get(r.id) ?? [])
      .filter((p) => p.kind !== 'national')
      .map((p) => p.name)
      .reverse()
      .join(', '),
  }));
}
