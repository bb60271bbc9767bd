import { compare, dependencyOrder, type IndicatorDef, type ValueKind } from './indicator-def';

/**
 * The roll-up engine: pure, no I/O. The tree is the org tree as of one date, restricted to the
 * subtree asked for. Units that no longer exist on that date (merged communes) hang under their
 * successor as "virtual" children, so their figures count where they belong today without
 * being double counted.
 *
 * A unit's figure is its own reported value when it has one (a province may report its own
 * total), otherwise the aggregation of its children's figures. Ratios are recomputed at every
 * level from the rolled-up numerator and denominator, never averaged.
 */
export interface RollupTree {
  root: string;
  children: ReadonlyMap<string, readonly string[]>;
  /** Units that had ended by the tree date and were attached under their successor. */
  virtual: ReadonlySet<string>;
  /**
   * For a virtual unit, the virtual units that were above it in the old tree. If one of them
   * reported the indicator, that figure already contains this unit's, so this unit is skipped.
   */
  shadowedBy: ReadonlyMap<string, readonly string[]>;
}

export type CellValues = Partial<Record<ValueKind, number>>;
/** values.get(indicatorId)?.get(unitId) */
export type ValueIndex = ReadonlyMap<string, ReadonlyMap<string, CellValues>>;

export interface UnitFigure {
  unitId: string;
  virtual: boolean;
  own: boolean;
  value: number | null;
  target: number | null;
  estimate: number | null;
  previous: number | null;
  percentOfTarget: number | null;
  /** Whether this unit meets the indicator's condition (or its target); null when it cannot be said. */
  met: boolean | null;
}

export interface IndicatorRollup extends UnitFigure {
  indicatorId: string;
  change: number | null;
  changePercent: number | null;
  /** "x/y units meeting the condition" among the units right below (for count indicators, among the reporting units at the bottom). */
  meeting: { met: number; total: number } | null;
  /** How many of the units right below have a figure. */
  completeness: { reported: number; expected: number } | null;
  breakdown: UnitFigure[];
}

/**
 * What the units right below a unit add up to, computed elsewhere (in SQL, over the bottom of a
 * large tree): how many children have a figure, and their sum, minimum and maximum.
 */
export interface ChildSummary {
  n: number;
  sum: number;
  min: number;
  max: number;
}
/** summaries.get(indicatorId)?.get(unitId) */
export type ChildSummaries = ReadonlyMap<string, ReadonlyMap<string, ChildSummary>>;

/**
 * Units whose children's figures are given as summaries instead of being computed here: the
 * engine does not descend below them. Only the units at or above them can be asked for.
 */
export interface Summarized {
  units: ReadonlySet<string>;
  actual: ChildSummaries;
  target: ChildSummaries;
  estimate: ChildSummaries;
  previous: ChildSummaries;
}

type Figures = Map<string, number | null>;

const clean = (v: number | null) => (v === null || !Number.isFinite(v) ? null : Math.round(v * 1e6) / 1e6);
const pct = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : Math.round((a / b) * 10000) / 100);

/** Nodes children-first, so each figure is computed once from figures already known; not below the summarized units. */
function postOrder(tree: RollupTree, stopAt?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const stack: [string, boolean][] = [[tree.root, false]];
  const seen = new Set<string>();
  while (stack.length) {
    const [id, expanded] = stack.pop()!;
    if (expanded) {
      out.push(id);
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push([id, true]);
    if (stopAt?.has(id)) continue;
    for (const c of tree.children.get(id) ?? []) stack.push([c, false]);
  }
  return out;
}

function aggregate(kind: IndicatorDef['aggregation'], xs: number[]): number | null {
  if (xs.length === 0) return null;
  switch (kind) {
    case 'avg':
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    case 'min':
      return Math.min(...xs);
    case 'max':
      return Math.max(...xs);
    default:
      return xs.reduce((a, b) => a + b, 0);
  }
}

/** The same aggregation from a summary of the children's figures. */
function fromSummary(kind: IndicatorDef['aggregation'], s: ChildSummary | undefined): number | null {
  if (!s || s.n === 0) return null;
  switch (kind) {
    case 'avg':
      return s.sum / s.n;
    case 'min':
      return s.min;
    case 'max':
      return s.max;
    default:
      return s.sum;
  }
}

class KindEngine {
  private readonly figures = new Map<string, Figures>();
  private readonly ownUnits = new Map<string, Set<string>>();

  constructor(
    private readonly tree: RollupTree,
    private readonly order: readonly string[],
    private readonly values: ValueIndex,
    private readonly kind: ValueKind,
    private readonly summarized?: ReadonlySet<string>,
    private readonly summaries?: ChildSummaries,
  ) {}

  run(defs: readonly IndicatorDef[]): void {
    for (const d of dependencyOrder(defs)) this.figures.set(d.id, this.compute(d));
  }

  figure(indicatorId: string, unitId: string): number | null {
    return this.figures.get(indicatorId)?.get(unitId) ?? null;
  }

  isOwn(indicatorId: string, unitId: string): boolean {
    return this.ownUnits.get(indicatorId)?.has(unitId) ?? false;
  }

  private own(indicatorId: string, unitId: string): number | undefined {
    return this.values.get(indicatorId)?.get(unitId)?.[this.kind];
  }

  private shadowed(ids: readonly string[], unitId: string): boolean {
    const above = this.tree.shadowedBy.get(unitId);
    if (!above?.length) return false;
    return above.some((a) => ids.some((i) => this.own(i, a) !== undefined));
  }

  private compute(d: IndicatorDef): Figures {
    const out: Figures = new Map();
    const owned = new Set<string>();
    const ids = d.aggregation === 'ratio' ? [d.id, d.numeratorId!, d.denominatorId!] : [d.id];
    const summaries = this.summaries?.get(d.id);
    for (const unit of this.order) {
      if (this.shadowed(ids, unit)) {
        out.set(unit, null);
        continue;
      }
      const own = this.own(d.id, unit);
      const kids = this.tree.children.get(unit) ?? [];
      if (d.aggregation === 'ratio') {
        const num = this.figure(d.numeratorId!, unit);
        const den = this.figure(d.denominatorId!, unit);
        if (num !== null && den !== null && den !== 0) out.set(unit, (num / den) * d.ratioScale);
        else if (own !== undefined) {
          out.set(unit, own);
          owned.add(unit);
        } else out.set(unit, null);
        continue;
      }
      if (own !== undefined) {
        owned.add(unit);
        // At the bottom, a count indicator holds the measured value; one level up it becomes "how many met".
        out.set(unit, d.aggregation === 'count' && kids.length === 0 ? (compare(own, d.condition!.op, d.condition!.value) ? 1 : 0) : own);
        continue;
      }
      if (this.summarized?.has(unit)) {
        out.set(unit, fromSummary(d.aggregation, summaries?.get(unit)));
        continue;
      }
      const xs: number[] = [];
      for (const k of kids) {
        const v = out.get(k);
        if (v !== null && v !== undefined) xs.push(v);
      }
      out.set(unit, aggregate(d.aggregation, xs));
    }
    this.ownUnits.set(d.id, owned);
    return out;
  }
}

export interface RollupInput {
  tree: RollupTree;
  indicators: readonly IndicatorDef[];
  values: ValueIndex;
  /** Values of the same period one year earlier, laid on the same tree (like with like). */
  previousValues?: ValueIndex;
  /** Units whose subtrees were aggregated elsewhere (see Summarized); values are then only needed at or above them. */
  summarized?: Summarized;
}

export interface RollupResult {
  /** Every unit's figures, for drilling into any node without recomputing. */
  at(unitId: string): IndicatorRollup[];
}

export function rollup(input: RollupInput): RollupResult {
  const { tree, indicators, summarized: sm } = input;
  const order = postOrder(tree, sm?.units);
  const engines = {
    actual: new KindEngine(tree, order, input.values, 'actual', sm?.units, sm?.actual),
    target: new KindEngine(tree, order, input.values, 'target', sm?.units, sm?.target),
    estimate: new KindEngine(tree, order, input.values, 'estimate', sm?.units, sm?.estimate),
    previous: new KindEngine(tree, order, input.previousValues ?? new Map(), 'actual', sm?.units, sm?.previous),
  };
  for (const e of Object.values(engines)) e.run(indicators);
  const computed = sm ? new Set(order) : null;
  let leaves: Map<string, number> | undefined;
  // Counted over the whole tree, also below the summarized units.
  const leavesBelow = () => (leaves ??= countLeaves(tree, sm ? postOrder(tree) : order));

  const unitFigure = (d: IndicatorDef, unitId: string): UnitFigure => {
    const value = clean(engines.actual.figure(d.id, unitId));
    const target = clean(engines.target.figure(d.id, unitId));
    return {
      unitId,
      virtual: tree.virtual.has(unitId),
      own: engines.actual.isOwn(d.id, unitId),
      value,
      target,
      estimate: clean(engines.estimate.figure(d.id, unitId)),
      previous: clean(engines.previous.figure(d.id, unitId)),
      percentOfTarget: pct(value, target),
      met: meets(d, value, target),
    };
  };

  return {
    at(unitId) {
      const kids = tree.children.get(unitId) ?? [];
      if (computed && (!computed.has(unitId) || sm!.units.has(unitId))) throw new RangeError(`Đơn vị ${unitId} nằm dưới phần đã tổng hợp sẵn.`);
      const real = kids.filter((k) => !tree.virtual.has(k));
      return indicators.map((d) => {
        const self = unitFigure(d, unitId);
        const breakdown = kids.map((k) => unitFigure(d, k));
        const change = self.value !== null && self.previous !== null ? clean(self.value - self.previous) : null;
        let meeting: IndicatorRollup['meeting'] = null;
        if (d.aggregation === 'count') {
          const total = leavesBelow().get(unitId) ?? 0;
          if (self.value !== null && total > 0) meeting = { met: self.value, total };
        } else {
          const judged = breakdown.filter((b) => b.met !== null);
          if (judged.length) meeting = { met: judged.filter((b) => b.met).length, total: real.length || kids.length };
        }
        return {
          ...self,
          indicatorId: d.id,
          change,
          changePercent: self.value !== null && self.previous ? pct(self.value - self.previous, Math.abs(self.previous)) : null,
          meeting,
          completeness: real.length ? { reported: breakdown.filter((b) => !b.virtual && b.value !== null).length, expected: real.length } : null,
          breakdown,
        };
      });
    },
  };
}

/** Whether a figure meets the indicator's condition, or else its target in the indicator's direction. */
export function meets(d: IndicatorDef, value: number | null, target: number | null): boolean | null {
  if (value === null) return null;
  if (d.condition && d.aggregation !== 'count') return compare(value, d.condition.op, d.condition.value);
  if (target === null) return null;
  return d.direction === 'higher' ? value >= target : value <= target;
}

function countLeaves(tree: RollupTree, order: readonly string[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const u of order) {
    const kids = tree.children.get(u) ?? [];
    n.set(u, kids.length === 0 ? 1 : kids.reduce((s, k) => s + (n.get(k) ?? 0), 0));
  }
  return n;
}
