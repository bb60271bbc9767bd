import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../app/context';
import type { AwardSubjectKind } from '../../db/schema';
import { escapeLike, searchKey } from '../../shared/vi-text';
import { codesFor } from './award-forms';

export interface SubjectFilter {
  q?: string;
  /** Units whose people are listed; null = all. */
  unitIds: string[] | null;
  kind?: AwardSubjectKind;
  awardCode?: string;
  year?: number;
  page?: number;
  pageSize?: number;
}

export interface SubjectRow {
  id: string;
  kind: AwardSubjectKind;
  full_name: string;
  position: string | null;
  workplace: string | null;
  org_unit_id: string;
  unit_name: string;
  birth_year: number | null;
  birth_date: string | null;
  id_number: string | null;
  award_count: number;
  latest_name: string | null;
  latest_year: number | null;
}

export const COUNT_CAP = 1000;

/** The words of a query as word-start patterns: "nguyen van an" → "% nguyen%", "% van%", "% an%". */
export function nameWords(q: string | undefined): string[] {
  return searchKey(q ?? '')
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8);
}

/** The filters other than the name. */
function scoped(db: Db, f: SubjectFilter) {
  let q = db.selectFrom('award_subject as s');
  if (f.unitIds) q = q.where(sql<SqlBool>`s.org_unit_id = any(${f.unitIds}::uuid[])`);
  if (f.kind) q = q.where('s.kind', '=', f.kind);
  if (f.awardCode || f.year) {
    q = q.where(({ exists, selectFrom }) => {
      let r = selectFrom('award_record as r').select(sql`1`.as('one')).whereRef('r.subject_id', '=', 's.id').where('r.revoked_at', 'is', null);
      if (f.awardCode) r = r.where('r.award_code', 'in', codesFor(f.awardCode));
      if (f.year) r = r.where('r.year', '=', f.year);
      return exists(r);
    });
  }
  return q;
}

/** Names that begin with the words as typed ("nguyen van an" → "Nguyễn Văn An", "Nguyễn Văn Anh Tuấn"). */
const inOrder = (words: string[]) => sql<SqlBool>`s.search_key like ${`${escapeLike(words.join(' '))}%`}`;
/** Every word starts a word of the name, in any order ("an nguyen" → "Nguyễn Văn An"). */
const anyOrder = (words: string[]) => sql<SqlBool>`${sql.join(words.map((w) => sql`(' ' || s.search_key) like ${`% ${escapeLike(w)}%`}`), sql` and `)}`;

async function countUpTo(db: Db, q: ReturnType<typeof scoped>, cap: number): Promise<number> {
  const r = await db.selectFrom(q.select(sql`1`.as('one')).limit(cap).as('c')).select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * People and collectives by name, without diacritics and in any word order. Names that begin with
 * the words as typed come first, in name order, straight from a btree range (the common case, and
 * fast even when a million people are called Nguyễn); then names holding the words in another
 * order, closest first by trigram similarity. Counts stop at COUNT_CAP.
 */
export async function findSubjects(db: Db, f: SubjectFilter): Promise<{ rows: SubjectRow[]; total: number; capped: boolean }> {
  const pageSize = f.pageSize ?? 50;
  const offset = ((f.page ?? 1) - 1) * pageSize;
  const words = nameWords(f.q);
  let ids: string[];
  let total: number;
  if (words.length === 0) {
    const [page, n] = await Promise.all([
      scoped(db, f).select('s.id').orderBy('s.search_key').orderBy('s.id').limit(pageSize).offset(offset).execute(),
      countUpTo(db, scoped(db, f), COUNT_CAP + 1),
    ]);
    ids = page.map((r) => r.id);
    total = n;
  } else {
    const first = scoped(db, f).where(inOrder(words));
    const prefixCount = await countUpTo(db, first, COUNT_CAP + 1);
    ids = offset < prefixCount ? (await first.select('s.id').orderBy('s.search_key').orderBy('s.id').limit(pageSize).offset(offset).execute()).map((r) => r.id) : [];
    total = prefixCount;
    if (prefixCount <= COUNT_CAP) {
      const rest = scoped(db, f).where(anyOrder(words)).where(sql<SqlBool>`not (${inOrder(words)})`);
      const [more, n] = await Promise.all([
        ids.length < pageSize
          ? rest.select('s.id').orderBy(sql`similarity(s.search_key, ${words.join(' ')})`, 'desc').orderBy('s.search_key').orderBy('s.id').limit(pageSize - ids.length).offset(Math.max(0, offset - prefixCount)).execute()
          : Promise.resolve([]),
        countUpTo(db, rest, COUNT_CAP + 1 - prefixCount),
      ]);
      ids = [...ids, ...more.map((r) => r.id)];
      total += n;
    }
  }
  if (ids.length === 0) return { rows: [], total: Math.min(total, COUNT_CAP), capped: total > COUNT_CAP };
  const rows = await db
    .selectFrom('award_subject as s')
    .innerJoin('org_unit as u', 'u.id', 's.org_unit_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('award_record as r')
          .select([sql<string>`count(*) over ()`.as('n'), 'r.award_name', 'r.year'])
          .whereRef('r.subject_id', '=', 's.id')
          .where('r.revoked_at', 'is', null)
          .orderBy('r.year', 'desc')
          .orderBy(sql`r.decision_date desc nulls last`)
          .limit(1)
          .as('l'),
      (join) => join.onTrue(),
    )
    .select(['s.id', 's.kind', 's.full_name', 's.position', 's.workplace', 's.org_unit_id', 'u.name as unit_name', 's.birth_year', 's.birth_date', 's.id_number', 'l.n', 'l.award_name as latest_name', 'l.year as latest_year'])
    .where('s.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, { ...r, award_count: Number(r.n ?? 0), latest_name: r.latest_name ?? null, latest_year: r.latest_year ?? null } as SubjectRow]));
  return { rows: ids.map((id) => byId.get(id)).filter((r): r is SubjectRow => !!r), total: Math.min(total, COUNT_CAP), capped: total > COUNT_CAP };
}

export async function findSubject(db: Db, id: string) {
  return db
    .selectFrom('award_subject as s')
    .innerJoin('org_unit as u', 'u.id', 's.org_unit_id')
    .selectAll('s')
    .select('u.name as unit_name')
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function recordsOf(db: Db, subjectIds: string[]) {
  if (subjectIds.length === 0) return [];
  return db
    .selectFrom('award_record as r')
    .innerJoin('org_unit as u', 'u.id', 'r.org_unit_id')
    .leftJoin('movement as m', 'm.id', 'r.movement_id')
    .selectAll('r')
    .select(['u.name as unit_name', 'm.name as movement_name'])
    .where('r.subject_id', 'in', subjectIds)
    .orderBy('r.year')
    .orderBy(sql`r.decision_date nulls first`)
    .orderBy('r.created_at')
    .execute();
}
export type RecordRow = Awaited<ReturnType<typeof recordsOf>>[number];
