import type { Db } from '../../app/context';
import type { CrossRule, RangeRule } from '../domain/validate-cells';
import { findIndicators } from '../indicator-queries';

/**
 * The checks that apply to figures: each indicator's own range, and — when the figures are
 * entered through a set — the set's required flags and cross-indicator rules.
 */
export async function setRules(db: Db, setId: string | undefined, indicatorIds: string[]): Promise<{ ranges: RangeRule[]; rules: CrossRule[] }> {
  const items = setId ? await db.selectFrom('indicator_set_item').select(['indicator_id', 'required']).where('set_id', '=', setId).execute() : [];
  const required = new Map(items.map((i) => [i.indicator_id, i.required]));
  const ids = setId ? items.map((i) => i.indicator_id) : indicatorIds;
  const views = await findIndicators(db, { ids, includeInactive: true });
  const ranges: RangeRule[] = views.map((v) => ({
    indicatorId: v.id,
    name: v.name,
    decimals: v.decimals,
    min: v.minValue,
    max: v.maxValue,
    severity: v.rangeSeverity,
    required: required.get(v.id) ?? false,
  }));
  if (!setId) return { ranges, rules: [] };
  const names = new Map(views.map((v) => [v.id, v.name]));
  const rules = await db.selectFrom('indicator_rule').selectAll().where('set_id', '=', setId).execute();
  return {
    ranges,
    rules: rules.map((r) => ({
      left: { id: r.left_indicator_id, name: names.get(r.left_indicator_id) ?? '' },
      op: r.op,
      right: { id: r.right_indicator_id, name: names.get(r.right_indicator_id) ?? '' },
      severity: r.severity,
      message: r.message,
    })),
  };
}
