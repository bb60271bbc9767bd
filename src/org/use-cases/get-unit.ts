import type { Ctx } from '../../app/context';
import { authorize } from '../../access/authorize';
import { notFound } from '../../shared/errors';
import type { UnitDetail } from '../../shared/api/org';
import { pathsOn } from '../org-queries';
import { displayDay, toSummary } from '../unit-views';
import { listChildren } from './list-children';

export async function getUnit(ctx: Ctx, id: string, asOf: string): Promise<UnitDetail> {
  await authorize(ctx, 'org.read', { unitId: null, mode: 'read' });
  const unit = await ctx.db.selectFrom('org_unit').selectAll().where('id', '=', id).executeTakeFirst();
  if (!unit) throw notFound('Đơn vị');
  const day = displayDay(unit, asOf);
  const [paths, parents, lineage, groups, children] = await Promise.all([
    pathsOn(ctx.db, [{ id, day }]),
    ctx.db
      .selectFrom('org_parent as p')
      .innerJoin('org_unit as u', 'u.id', 'p.parent_id')
      .select(['p.id as linkId', 'u.id', 'u.name', 'p.valid_from', 'p.valid_to'])
      .where('p.child_id', '=', id)
      .orderBy('p.valid_from', (ob) => ob.asc().nullsFirst())
      .execute(),
    ctx.db
      .selectFrom('org_lineage as l')
      .innerJoin('org_unit as u', (j) => j.on((eb) => eb.or([eb('u.id', '=', eb.ref('l.from_unit_id')), eb('u.id', '=', eb.ref('l.to_unit_id'))])))
      .selectAll('u')
      .select(['l.from_unit_id', 'l.to_unit_id', 'l.kind as l_kind', 'l.is_primary', 'l.note as l_note', 'l.effective_date'])
      .where((eb) => eb.or([eb('l.from_unit_id', '=', id), eb('l.to_unit_id', '=', id)]))
      .where('u.id', '<>', id)
      .orderBy('u.name')
      .execute(),
    ctx.db
      .selectFrom('org_group_member as m')
      .innerJoin('org_group as g', 'g.id', 'm.group_id')
      .select(['g.id as groupId', 'g.name', 'g.year', 'm.role'])
      .where('m.unit_id', '=', id)
      .orderBy('g.year', 'desc')
      .execute(),
    listChildren(ctx, id, day),
  ]);
  const entry = (r: (typeof lineage)[number]) => ({
    unit: (({ childCount: _c, ...rest }) => rest)(toSummary(r)),
    kind: r.l_kind,
    isPrimary: r.is_primary,
    note: r.l_note,
    effectiveDate: r.effective_date,
  });
  return {
    ...toSummary(unit, children.length),
    note: unit.note,
    version: unit.version,
    path: (paths.get(id) ?? []).map(({ id: pid, name }) => ({ id: pid, name })),
    parents: parents.map((p) => ({ linkId: p.linkId, parent: { id: p.id, name: p.name }, validFrom: p.valid_from, validTo: p.valid_to })),
    mergedFrom: lineage.filter((r) => r.to_unit_id === id).map(entry),
    mergedInto: lineage.filter((r) => r.from_unit_id === id).map(entry),
    groups,
  };
}
