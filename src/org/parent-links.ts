import { sql } from 'kysely';
import type { Db, Tx } from '../app/context';
import { AppError, notFound } from '../shared/errors';
import { within, type Period } from '../shared/period';
import { assertLinkWithinLifetimes, assertNoCycle, assertSingleParent, assertWellFormed, describePeriod, type ParentLink } from './domain/tree-rules';

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
 * Serialises writes to the tree's shape: two moves that lock different rows could otherwise
 * each pass the cycle check and together close a loop.
 */
export async function lockTree(tx: Tx): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('thidua.org_tree'))`.execute(tx);
}

/**
 * Adds a dated parent link after checking the tree rules. The child row is locked first so that
 * two concurrent moves of the same unit cannot both pass the overlap check.
 */
export async function insertParentLink(tx: Tx, link: ParentLink): Promise<string> {
  assertWellFormed(link);
  await lockTree(tx);
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

/** After a unit's own dates change, every link it takes part in must still fall within its life. */
export async function assertLinksWithinLifetime(tx: Tx, unitId: string, life: Period & { name: string }): Promise<void> {
  const links = await tx
    .selectFrom('org_parent as p')
    .innerJoin('org_unit as c', 'c.id', 'p.child_id')
    .innerJoin('org_unit as pu', 'pu.id', 'p.parent_id')
    .select(['p.valid_from', 'p.valid_to', 'c.name as child', 'pu.name as parent'])
    .where((eb) => eb.or([eb('p.child_id', '=', unitId), eb('p.parent_id', '=', unitId)]))
    .execute();
  const outside = links.find((l) => !within({ validFrom: l.valid_from, validTo: l.valid_to }, life));
  if (outside) {
    throw new AppError(
      'VALIDATION',
      `Không thể đổi thời gian tồn tại của ${life.name} thành ${describePeriod(life)}: quan hệ ${outside.child} trực thuộc ${outside.parent} (${describePeriod({ validFrom: outside.valid_from, validTo: outside.valid_to })}) sẽ nằm ngoài khoảng này. Hãy điều chỉnh quan hệ trực thuộc trước.`,
    );
  }
}

function lifetime(u: { name: string; valid_from: string | null; valid_to: string | null }): Period & { name: string } {
  return { name: u.name, validFrom: u.valid_from, validTo: u.valid_to };
}

export function assertTreeVersionFits(kind: string, treeVersion: string | null | undefined, code: string | null | undefined): void {
  if (kind === 'agency' && treeVersion) {
    // Tree versions and their codes belong to the official lists only; an agency must not take one over.
    throw new AppError('VALIDATION', 'Cơ quan, đơn vị không thuộc danh mục đơn vị hành chính nên không có danh mục (trước 2025/từ 2025).', [
      { path: 'treeVersion', message: 'Bỏ trống cho cơ quan, đơn vị.' },
    ]);
  }
  if (kind !== 'agency' && !treeVersion) {
    throw new AppError('VALIDATION', 'Đơn vị hành chính phải thuộc một danh mục (trước 2025 hoặc từ 2025).', [
      { path: 'treeVersion', message: 'Chọn danh mục.' },
    ]);
  }
  if (code && kind !== 'agency' && !/^\d{2,5}$/.test(code)) {
    throw new AppError('VALIDATION', `Mã đơn vị hành chính "${code}" không hợp lệ (2–5 chữ số).`, [{ path: 'code', message: 'Mã gồm 2–5 chữ số.' }]);
  }
}
