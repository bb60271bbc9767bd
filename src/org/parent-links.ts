import { sql } from 'kysely';
import type { Db, Tx } from '../app/context';
import { AppError, notFound } from '../shared/errors';
import type { Period } from '../shared/period';
import { assertLinkWithinLifetimes, assertNoCycle, assertSingleParent, assertWellFormed, type ParentLink } from './domain/tree-rules';

/** Every parent link on the way up from these units, across all dates (the material a cycle check needs). */
async function linksAbove(db: Db | Tx, unitIds: string[]): Promise<ParentLink[]> {
  const rows = await sql<{ child_id: string; parent_id: string; valid_from: string | null; valid_to: string | null }>`
    with recursive up(unit_id, depth) as (
      select id, 0 from unnest(${unitIds}::uuid[]) as s(id)
      union
      select p.parent_id, u.depth + 1 from up u join org_parent p on p.child_id = u.unit_id where u.depth < 20
    )
    select distinct p.child_id, p.parent_id, p.valid_from, p.valid_to
    from org_parent p where p.child_id in (select unit_id from up)`.execute(db);
  return rows.rows.map((r) => ({ childId: r.child_id, parentId: r.parent_id, validFrom: r.valid_from, validTo: r.valid_to }));
}

/**
 * Adds a dated parent link after checking the tree rules. The child row is locked first so that
 * two concurrent moves of the same unit cannot both pass the overlap check.
 */
export async function insertParentLink(tx: Tx, link: ParentLink): Promise<string> {
  assertWellFormed(link);
  await sql`select id from org_unit where id in (${link.childId}::uuid, ${link.parentId}::uuid) order by id for update`.execute(tx);
  const units = await tx.selectFrom('org_unit').select(['id', 'name', 'valid_from', 'valid_to']).where('id', 'in', [link.childId, link.parentId]).execute();
  const child = units.find((u) => u.id === link.childId);
  const parent = units.find((u) => u.id === link.parentId);
  if (!child || !parent) throw notFound('Đơn vị');
  assertLinkWithinLifetimes(link, lifetime(child), lifetime(parent));
  const existing = await linksAbove(tx, [link.childId, link.parentId]);
  const ids = [...new Set([link.childId, link.parentId, ...existing.flatMap((l) => [l.childId, l.parentId])])];
  const named = await tx.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', ids).execute();
  const names = new Map(named.map((u) => [u.id, u.name]));
  const describe = (id: string) => names.get(id) ?? 'đơn vị';
  assertSingleParent(existing, link, describe);
  assertNoCycle(existing, link, describe);
  const row = await tx
    .insertInto('org_parent')
    .values({ child_id: link.childId, parent_id: link.parentId, valid_from: link.validFrom, valid_to: link.validTo })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function lifetime(u: { name: string; valid_from: string | null; valid_to: string | null }): Period & { name: string } {
  return { name: u.name, validFrom: u.valid_from, validTo: u.valid_to };
}

export function assertTreeVersionFits(kind: string, treeVersion: string | null | undefined, code: string | null | undefined): void {
  if (kind !== 'agency' && !treeVersion) {
    throw new AppError('VALIDATION', 'Đơn vị hành chính phải thuộc một danh mục (trước 2025 hoặc từ 2025).', [
      { path: 'treeVersion', message: 'Chọn danh mục.' },
    ]);
  }
  if (code && kind !== 'agency' && !/^\d{2,5}$/.test(code)) {
    throw new AppError('VALIDATION', `Mã đơn vị hành chính "${code}" không hợp lệ (2–5 chữ số).`, [{ path: 'code', message: 'Mã gồm 2–5 chữ số.' }]);
  }
}
