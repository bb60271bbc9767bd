import type { IndicatorDef, ValueKind } from './indicator-def';
import { periodsWithin } from './period-key';
import type { CellValues, ValueIndex } from './rollup';

export interface ValueRow {
  indicatorId: string;
  unitId: string;
  periodKey: string;
  kind: ValueKind;
  value: number;
}

/** Period keys to load for a period: the period itself, plus sub-periods for end-of-period ("last") indicators. */
export function keysToLoad(periodKey: string, defs: readonly IndicatorDef[]): string[] {
  return defs.some((d) => d.aggregation === 'last') ? [periodKey, ...periodsWithin(periodKey)] : [periodKey];
}

/**
 * The figure of each (indicator, unit, kind) for a period: the value recorded for that period;
 * for an end-of-period indicator without one, the value of the latest period inside it
 * (a year's count of poor households is December's, or the fourth quarter's).
 */
export function indexForPeriod(rows: readonly ValueRow[], periodKey: string, defs: readonly IndicatorDef[]): ValueIndex {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const rank = new Map([periodKey, ...periodsWithin(periodKey)].map((k, i) => [k, i]));
  const best = new Map<string, Map<string, Map<ValueKind, { rank: number; value: number }>>>();
  for (const r of rows) {
    const d = byId.get(r.indicatorId);
    if (!d) continue;
    const rk = rank.get(r.periodKey);
    if (rk === undefined || (rk > 0 && d.aggregation !== 'last')) continue;
    let units = best.get(r.indicatorId);
    if (!units) best.set(r.indicatorId, (units = new Map()));
    let kinds = units.get(r.unitId);
    if (!kinds) units.set(r.unitId, (kinds = new Map()));
    const cur = kinds.get(r.kind);
    if (!cur || rk < cur.rank) kinds.set(r.kind, { rank: rk, value: r.value });
  }
  const out = new Map<string, Map<string, CellValues>>();
  for (const [ind, units] of best) {
    const m = new Map<string, CellValues>();
    for (const [unit, kinds] of units) {
      const cell: CellValues = {};
      for (const [k, v] of kinds) cell[k] = v.value;
      m.set(unit, cell);
    }
    out.set(ind, m);
  }
  return out;
}
