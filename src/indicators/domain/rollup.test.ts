import { describe, expect, it } from 'vitest';
import type { IndicatorDef } from './indicator-def';
import { indexForPeriod, keysToLoad, type ValueRow } from './period-values';
import { rollup, type ChildSummary, type RollupTree } from './rollup';

const def = (id: string, extra: Partial<IndicatorDef> = {}): IndicatorDef => ({
  id, code: id.toUpperCase(), name: id, decimals: 0, direction: 'higher', aggregation: 'sum',
  numeratorId: null, denominatorId: null, ratioScale: 100, condition: null, ...extra,
});

function tree(edges: Record<string, string[]>, virtual: string[] = [], shadowedBy: Record<string, string[]> = {}): RollupTree {
  return { root: 'R', children: new Map(Object.entries(edges)), virtual: new Set(virtual), shadowedBy: new Map(Object.entries(shadowedBy)) };
}

function values(rows: [string, string, number, ('actual' | 'target' | 'estimate')?][]) {
  const m = new Map<string, Map<string, Record<string, number>>>();
  for (const [ind, unit, v, kind = 'actual'] of rows) {
    if (!m.has(ind)) m.set(ind, new Map());
    const cell = m.get(ind)!.get(unit) ?? {};
    cell[kind] = v;
    m.get(ind)!.set(unit, cell);
  }
  return m;
}

const at = (r: ReturnType<typeof rollup>, unit: string, ind: string) => r.at(unit).find((x) => x.indicatorId === ind)!;

describe('roll-up over the dated tree', () => {
  const t = tree({ R: ['P1', 'P2', 'P3'], P1: ['C1', 'C2'], P2: ['C3'] });

  it('sums children, lets a unit report its own total, and counts who reported', () => {
    const r = rollup({ tree: t, indicators: [def('x')], values: values([['x', 'C1', 10], ['x', 'C2', 5], ['x', 'P2', 7], ['x', 'C3', 100]]) });
    const root = at(r, 'R', 'x');
    expect(root.value).toBe(22); // P1 = 15 from communes, P2 = 7 its own (not 100), P3 nothing
    expect(root.completeness).toEqual({ reported: 2, expected: 3 });
    expect(root.breakdown.map((b) => [b.unitId, b.value, b.own])).toEqual([['P1', 15, false], ['P2', 7, true], ['P3', null, false]]);
    expect(at(r, 'P1', 'x').completeness).toEqual({ reported: 2, expected: 2 });
    expect(at(r, 'C1', 'x').completeness).toBeNull();
  });

  it('averages, takes min and max over children figures', () => {
    const v = values([['a', 'C1', 2], ['a', 'C2', 4], ['a', 'C3', 9]]);
    expect(at(rollup({ tree: t, indicators: [def('a', { aggregation: 'avg' })], values: v }), 'R', 'a').value).toBe(6); // avg(3, 9)
    expect(at(rollup({ tree: t, indicators: [def('a', { aggregation: 'min' })], values: v }), 'R', 'a').value).toBe(2);
    expect(at(rollup({ tree: t, indicators: [def('a', { aggregation: 'max' })], values: v }), 'R', 'a').value).toBe(9);
  });

  it('recomputes a ratio from summed numerator and denominator at every level', () => {
    const defs = [def('num'), def('den'), def('rate', { aggregation: 'ratio', numeratorId: 'num', denominatorId: 'den', decimals: 2 })];
    const v = values([['num', 'C1', 61], ['den', 'C1', 119], ['num', 'C3', 1], ['den', 'C3', 1]]);
    const r = rollup({ tree: t, indicators: defs, values: v });
    expect(at(r, 'R', 'rate').value).toBeCloseTo((62 / 120) * 100, 6); // not the mean of 51,26% and 100%
    expect(at(r, 'C1', 'rate').value).toBeCloseTo(51.260504, 5);
  });

  it('uses a reported ratio when its parts are missing', () => {
    const defs = [def('num'), def('den'), def('rate', { aggregation: 'ratio', numeratorId: 'num', denominatorId: 'den' })];
    const r = rollup({ tree: t, indicators: defs, values: values([['rate', 'P3', 40]]) });
    expect(at(r, 'P3', 'rate')).toMatchObject({ value: 40, own: true });
  });

  it('counts the units meeting a condition, as x/y of the units at the bottom', () => {
    const ntm = def('ntm', { aggregation: 'count', condition: { op: '>=', value: 1 } });
    const r = rollup({ tree: t, indicators: [ntm], values: values([['ntm', 'C1', 1], ['ntm', 'C2', 0], ['ntm', 'C3', 1]]) });
    expect(at(r, 'P1', 'ntm')).toMatchObject({ value: 1, meeting: { met: 1, total: 2 } });
    expect(at(r, 'R', 'ntm')).toMatchObject({ value: 2, meeting: { met: 2, total: 4 } }); // P3 has no communes: it is a bottom unit itself
  });

  it('gives percent of target, x/y units meeting target, and change on the same period last year', () => {
    const v = values([['x', 'C1', 120], ['x', 'C1', 100, 'target'], ['x', 'C2', 50], ['x', 'C2', 80, 'target'], ['x', 'C3', 30], ['x', 'C3', 30, 'target']]);
    const prev = values([['x', 'C1', 100], ['x', 'C2', 60], ['x', 'C3', 40]]);
    const r = rollup({ tree: t, indicators: [def('x')], values: v, previousValues: prev });
    const p1 = at(r, 'P1', 'x');
    expect(p1).toMatchObject({ value: 170, target: 180, percentOfTarget: 94.44, previous: 160, change: 10, changePercent: 6.25 });
    expect(p1.meeting).toEqual({ met: 1, total: 2 });
    expect(at(r, 'R', 'x').meeting).toEqual({ met: 1, total: 3 }); // P1 below target, P2 meets, P3 unknown
  });

  it('judges "lower is better" against the target the other way', () => {
    const v = values([['poor', 'C1', 3], ['poor', 'C1', 4, 'target'], ['poor', 'C2', 5], ['poor', 'C2', 4, 'target']]);
    const r = rollup({ tree: t, indicators: [def('poor', { direction: 'lower' })], values: v });
    expect(at(r, 'P1', 'poor').breakdown.map((b) => b.met)).toEqual([true, false]);
  });

  it('puts a merged commune under its successor and does not double count a reporting predecessor', () => {
    // 2025: old communes O1, O2 merged into C3; old province OP (virtual under P2) reported its own total covering O1.
    const merged = tree({ R: ['P1', 'P2'], P1: ['C1'], P2: ['C3', 'OP'], C3: ['O1', 'O2'] }, ['O1', 'O2', 'OP'], { O1: ['OP'], O2: ['OP'] });
    const r = rollup({ tree: merged, indicators: [def('x')], values: values([['x', 'O1', 4], ['x', 'O2', 6], ['x', 'C1', 1]]) });
    expect(at(r, 'C3', 'x').value).toBe(10);
    expect(at(r, 'R', 'x').value).toBe(11);
    expect(at(r, 'P2', 'x').completeness).toEqual({ reported: 1, expected: 1 }); // OP is virtual: not expected
    const withOld = rollup({ tree: merged, indicators: [def('x')], values: values([['x', 'O1', 4], ['x', 'O2', 6], ['x', 'OP', 50]]) });
    expect(at(withOld, 'C3', 'x').value).toBeNull(); // both shadowed by the old province's own report
    expect(at(withOld, 'P2', 'x').value).toBe(50);
  });

  it('gives the same figures at the top when the children of the top units come as summaries', () => {
    const deep = tree({ R: ['P1', 'P2', 'P3'], P1: ['D1', 'D2'], D1: ['C1', 'C2'], D2: ['C3'], P2: ['C4', 'C5'] });
    const defs = [
      def('s'), def('a', { aggregation: 'avg' }), def('lo', { aggregation: 'min' }), def('hi', { aggregation: 'max' }), def('l', { aggregation: 'last' }),
      def('c', { aggregation: 'count', condition: { op: '>=', value: 5 } }), def('num'), def('den'),
      def('r', { aggregation: 'ratio', numeratorId: 'num', denominatorId: 'den' }),
    ];
    const v = values([
      ...['s', 'a', 'lo', 'hi', 'l', 'c', 'num', 'den'].flatMap((i, n) => [[i, 'C1', 3 + n], [i, 'C2', 8], [i, 'C3', 1 + n * 2], [i, 'C4', 6], [i, 'C5', 2 + n, 'target']] as [string, string, number, ('actual' | 'target')?][]),
      ['s', 'D2', 40], ['a', 'P2', 7, 'target'], ['r', 'P3', 12],
    ]);
    const full = rollup({ tree: deep, indicators: defs, values: v });
    // What SQL would send: for P1 and P2, the children's figures summed up, per indicator and kind.
    const kinds = ['actual', 'target', 'estimate'] as const;
    const sums = Object.fromEntries(kinds.map((k) => [k, new Map<string, Map<string, ChildSummary>>()]));
    for (const top of ['P1', 'P2']) {
      for (const d of defs) {
        for (const k of kinds) {
          const figs = full.at(top).find((x) => x.indicatorId === d.id)!.breakdown.map((b) => (k === 'actual' ? b.value : k === 'target' ? b.target : b.estimate)).filter((x): x is number => x !== null);
          if (!figs.length) continue;
          if (!sums[k]!.has(d.id)) sums[k]!.set(d.id, new Map());
          sums[k]!.get(d.id)!.set(top, { n: figs.length, sum: figs.reduce((a, b) => a + b, 0), min: Math.min(...figs), max: Math.max(...figs) });
        }
      }
    }
    const summarized = { units: new Set(['P1', 'P2']), actual: sums.actual!, target: sums.target!, estimate: sums.estimate!, previous: new Map() };
    const near = new Map([...v].map(([i, m]) => [i, new Map([...m].filter(([u]) => ['R', 'P1', 'P2', 'P3'].includes(u)))]));
    const top = rollup({ tree: deep, indicators: defs, values: near, summarized });
    expect(top.at('R')).toEqual(full.at('R'));
    expect(() => top.at('P1')).toThrow(RangeError);
    expect(() => top.at('D1')).toThrow(RangeError);
  });

  it('throws on a ratio that divides by itself', () => {
    const defs = [def('a', { aggregation: 'ratio', numeratorId: 'b', denominatorId: 'c' }), def('b', { aggregation: 'ratio', numeratorId: 'a', denominatorId: 'c' }), def('c')];
    expect(() => rollup({ tree: t, indicators: defs, values: new Map() })).toThrow(/vòng/);
  });
});

describe('period values', () => {
  const stock = def('poor', { aggregation: 'last' });
  const flow = def('fund');
  const rows: ValueRow[] = [
    { indicatorId: 'poor', unitId: 'U', periodKey: '2023-Q2', kind: 'actual', value: 10 },
    { indicatorId: 'poor', unitId: 'U', periodKey: '2023-Q4', kind: 'actual', value: 8 },
    { indicatorId: 'poor', unitId: 'U', periodKey: '2023-M11', kind: 'actual', value: 9 },
    { indicatorId: 'fund', unitId: 'U', periodKey: '2023-Q4', kind: 'actual', value: 5 },
    { indicatorId: 'fund', unitId: 'U', periodKey: '2023', kind: 'actual', value: 20 },
  ];
  it('takes the latest sub-period for end-of-period figures only', () => {
    const idx = indexForPeriod(rows, '2023', [stock, flow]);
    expect(idx.get('poor')?.get('U')).toEqual({ actual: 8 });
    expect(idx.get('fund')?.get('U')).toEqual({ actual: 20 });
    expect(indexForPeriod(rows, '2023-H1', [stock, flow]).get('poor')?.get('U')).toEqual({ actual: 10 });
    expect(indexForPeriod(rows, '2023-H1', [stock, flow]).get('fund')).toBeUndefined();
  });
  it('prefers the period itself over its parts', () => {
    const idx = indexForPeriod([...rows, { indicatorId: 'poor', unitId: 'U', periodKey: '2023', kind: 'actual', value: 7 }], '2023', [stock]);
    expect(idx.get('poor')?.get('U')).toEqual({ actual: 7 });
    expect(keysToLoad('2023', [flow])).toEqual(['2023']);
    expect(keysToLoad('2023', [stock]).length).toBeGreaterThan(10);
  });
});
