import { sql } from 'kysely';
import type { Db } from '../app/context';
import type { IndicatorView } from '../shared/api/indicators';
import { escapeLike, searchKey } from '../shared/vi-text';
import { AGGREGATION_LABELS, DIRECTION_LABELS, type IndicatorDef } from './domain/indicator-def';

function base(db: Db) {
  return db
    .selectFrom('indicator as i')
    .innerJoin('org_unit as o', 'o.id', 'i.owner_unit_id')
    .leftJoin('indicator as n', 'n.id', 'i.numerator_id')
    .leftJoin('indicator as d', 'd.id', 'i.denominator_id')
    .selectAll('i')
    .select(['o.name as owner_name', 'n.name as numerator_name', 'd.name as denominator_name']);
}
type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

const num = (v: string | null) => (v === null ? null : Number(v));

function toView(r: Row): IndicatorView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    unitOfMeasure: r.unit_of_measure,
    decimals: r.decimals,
    direction: r.direction,
    directionLabel: DIRECTION_LABELS[r.direction],
    aggregation: r.aggregation,
    aggregationLabel: AGGREGATION_LABELS[r.aggregation],
    numerator: r.numerator_id ? { id: r.numerator_id, name: r.numerator_name ?? '' } : null,
    denominator: r.denominator_id ? { id: r.denominator_id, name: r.denominator_name ?? '' } : null,
    ratioScale: Number(r.ratio_scale),
    condition: r.condition_op && r.condition_value !== null ? { op: r.condition_op, value: Number(r.condition_value) } : null,
    minValue: num(r.min_value),
    maxValue: num(r.max_value),
    rangeSeverity: r.range_severity,
    description: r.description,
    active: r.active,
    ownerUnit: { id: r.owner_unit_id, name: r.owner_name },
    version: r.version,
  };
}

export function toDef(v: IndicatorView): IndicatorDef {
  return {
    id: v.id,
    code: v.code,
    name: v.name,
    decimals: v.decimals,
    direction: v.direction,
    aggregation: v.aggregation,
    numeratorId: v.numerator?.id ?? null,
    denominatorId: v.denominator?.id ?? null,
    ratioScale: v.ratioScale,
    condition: v.condition,
  };
}

export async function findIndicator(db: Db, id: string): Promise<IndicatorView | undefined> {
  const r = await base(db).where('i.id', '=', id).executeTakeFirst();
  return r ? toView(r) : undefined;
}

export async function findIndicators(db: Db, f: { q?: string; includeInactive?: boolean; ids?: string[] }): Promise<IndicatorView[]> {
  let q = base(db);
  for (const w of searchKey(f.q ?? '').split(' ').filter(Boolean)) q = q.where(sql<boolean>`f_search_key(i.search_text) like ${`%${escapeLike(w)}%`}`);
  if (!f.includeInactive) q = q.where('i.active', '=', true);
  if (f.ids) {
    if (f.ids.length === 0) return [];
    q = q.where('i.id', 'in', f.ids);
  }
  return (await q.orderBy('i.code').execute()).map(toView);
}

/**
 * The indicators asked for plus the numerators and denominators their ratios need,
 * which the roll-up must compute even when they are not shown.
 */
export async function withRatioParts(db: Db, views: IndicatorView[]): Promise<IndicatorView[]> {
  const have = new Map(views.map((v) => [v.id, v]));
  let missing = views.flatMap((v) => [v.numerator?.id, v.denominator?.id]).filter((x): x is string => !!x && !have.has(x));
  while (missing.length) {
    for (const v of await findIndicators(db, { ids: [...new Set(missing)], includeInactive: true })) have.set(v.id, v);
    missing = [...have.values()].flatMap((v) => [v.numerator?.id, v.denominator?.id]).filter((x): x is string => !!x && !have.has(x));
  }
  return [...have.values()];
}
