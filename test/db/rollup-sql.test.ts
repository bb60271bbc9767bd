import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { Ctx } from '../../src/app/context';
import { getRollup, getSeries, type RollupArgs } from '../../src/indicators/use-cases/get-rollup';
import { cachedTree } from '../../src/indicators/rollup-tree-cache';
import { splitting } from '../../src/indicators/rollup-sql';
import { loadTree, unplacedUnits } from '../../src/indicators/rollup-loader';
import { BACKENDS, openTestDb } from '../support/databases';
import { actorWith } from '../support/fixtures';

/**
 * The roll-up computed with the bottom of the tree aggregated in SQL must give exactly what the
 * engine gives over every figure of the tree ('exact'), on random dated trees with merged units
 * (old communes under their successors, old provinces with their old districts, a split commune
 * without a primary successor, a unit that moved), figures at every level (so own values override
 * and old units shadow), every aggregation, sub-period figures for end-of-period indicators, and
 * the same period last year.
 */

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface World {
  national: string;
  oldProvinces: string[];
  newProvinces: string[];
  districts: string[];
  oldCommunes: string[];
  newCommunes: string[];
  moved: string;
  groupId: string;
  indicatorIds: string[];
}

const PERIODS = ['2019', '2024', '2024-H1', '2024-Q4', '2024-M12', '2025-H1', '2025-Q2', '2025', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-H1', '2026-M06'];

async function buildWorld(database: Database, seed: number): Promise<World> {
  const db = database.db;
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  let code = 0;
  const validity = new Map<string, [string | null, string | null]>();
  const unit = async (kind: 'national' | 'province' | 'district' | 'commune' | 'agency', name: string, tree: 'pre2025' | '2025' | null, validFrom: string | null, validTo: string | null) => {
    const id = (
      await db
        .insertInto('org_unit')
        .values({ kind, unit_type: kind, name: `${name} ${seed}`, tree_version: tree, code: tree ? `${seed}-${++code}` : null, valid_from: validFrom, valid_to: validTo })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    validity.set(id, [validFrom, validTo]);
    return id;
  };
  const link = (child: string, parent: string, from: string | null, to: string | null) =>
    db.insertInto('org_parent').values({ child_id: child, parent_id: parent, valid_from: from, valid_to: to }).execute();
  const lineage = (from: string, to: string, kind: 'full' | 'partial', primary: boolean, effective = '2025-07-01') =>
    db.insertInto('org_lineage').values({ from_unit_id: from, to_unit_id: to, kind, is_primary: primary, effective_date: effective }).execute();

  const national = await unit('national', 'Cả nước', null, null, null);
  const END = '2025-06-30';
  const START = '2025-07-01';
  const oldProvinces: string[] = [];
  const districts: string[] = [];
  const oldCommunes: string[] = [];
  for (let p = 0; p < 3; p++) {
    const op = await unit('province', `Tỉnh cũ ${p}`, 'pre2025', null, END);
    oldProvinces.push(op);
    await link(op, national, null, END);
    for (let d = 0; d < 1 + Math.floor(r() * 3); d++) {
      const od = await unit('district', `Huyện ${p}.${d}`, 'pre2025', null, END);
      districts.push(od);
      await link(od, op, null, END);
      for (let c = 0; c < 1 + Math.floor(r() * 4); c++) {
        const oc = await unit('commune', `Xã cũ ${p}.${d}.${c}`, 'pre2025', null, END);
        oldCommunes.push(oc);
        await link(oc, od, null, END);
      }
    }
  }
  const newProvinces: string[] = [];
  const newCommunes: string[] = [];
  for (let p = 0; p < 2; p++) {
    const np = await unit('province', `Tỉnh mới ${p}`, '2025', START, null);
    newProvinces.push(np);
    await link(np, national, START, null);
    for (let c = 0; c < 2 + Math.floor(r() * 3); c++) {
      const nc = await unit('commune', `Xã mới ${p}.${c}`, '2025', START, null);
      newCommunes.push(nc);
      await link(nc, np, START, null);
    }
  }
  for (const [i, op] of oldProvinces.entries()) await lineage(op, newProvinces[i % 2]!, 'full', true);
  for (const [i, oc] of oldCommunes.entries()) {
    const roll = r();
    if (i === 0) {
      // Split without a primary successor: its figures cannot be placed.
      await lineage(oc, newCommunes[0]!, 'partial', false);
      await lineage(oc, newCommunes[1]!, 'partial', false);
    } else if (i === 1 || roll < 0.7) await lineage(oc, pick(newCommunes), 'full', true);
    else if (roll < 0.9) {
      const [a, b] = [pick(newCommunes), pick(newCommunes)];
      await lineage(oc, a, 'partial', true);
      if (b !== a) await lineage(oc, b, 'partial', false);
    }
  }
  // Communes merged in 2020 into old communes (two merges in a row), under another old district then.
  const ancient: string[] = [];
  for (let a = 0; a < 4; a++) {
    const ac = await unit('commune', `Xã xưa ${a}`, 'pre2025', null, '2019-12-31');
    ancient.push(ac);
    await link(ac, pick(districts), null, '2019-12-31');
    const successor = pick(oldCommunes);
    await lineage(ac, successor, 'full', true, '2020-01-01');
    // In one world, a unit with two primary successors hangs in two places: the SQL path leaves such trees to the engine.
    if (seed === 47 && a === 0) await lineage(ac, oldCommunes.find((c) => c !== successor)!, 'full', true, '2020-01-01');
  }
  // A commune that carries on, moved from an old district to a new province.
  const moved = await unit('commune', 'Xã chuyển', null, null, null);
  await link(moved, districts[0]!, null, END);
  await link(moved, newProvinces[1]!, START, null);
  // Agencies under a few communes.
  const agencies: string[] = [];
  for (const c of [oldCommunes[1]!, oldCommunes[2] ?? oldCommunes[1]!, newCommunes[0]!, moved]) {
    const ag = await unit('agency', 'Trường', null, null, null);
    agencies.push(ag);
    await link(ag, c, null, null);
  }

  const owner = national;
  const ind = async (codeName: string, aggregation: 'sum' | 'avg' | 'ratio' | 'min' | 'max' | 'last' | 'count', extra: Record<string, unknown> = {}) =>
    (
      await db
        .insertInto('indicator')
        .values({ owner_unit_id: owner, code: `${codeName}_${seed}`, name: codeName, unit_of_measure: 'đơn vị', decimals: 0, range_severity: 'error', direction: r() < 0.5 ? 'higher' : 'lower', aggregation, search_text: codeName, ...extra })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const S = await ind('S', 'sum');
  const A = await ind('A', 'avg');
  const MN = await ind('MN', 'min');
  const MX = await ind('MX', 'max', { condition_op: '>', condition_value: 40 });
  const L = await ind('L', 'last');
  const C = await ind('C', 'count', { condition_op: '>=', condition_value: 50 });
  const CE = await ind('CE', 'count', { condition_op: '=', condition_value: 1 });
  const NUM = await ind('NUM', 'sum');
  const DEN = await ind('DEN', 'sum');
  const R = await ind('R', 'ratio', { numerator_id: NUM, denominator_id: DEN, ratio_scale: 100 });
  const indicatorIds = [S, A, MN, MX, L, C, CE, NUM, DEN, R];

  const all = [national, ...oldProvinces, ...districts, ...oldCommunes, ...ancient, ...newProvinces, ...newCommunes, moved, ...agencies];
  const bottom = new Set([...oldCommunes, ...ancient, ...newCommunes, moved, ...agencies]);
  const rows: Record<string, unknown>[] = [];
  const periodDates = (k: string) => {
    const y = k.slice(0, 4);
    const m: Record<string, [string, string]> = {
      '': ['01-01', '12-31'], '-H1': ['01-01', '06-30'], '-Q2': ['04-01', '06-30'], '-Q1': ['01-01', '03-31'], '-Q3': ['07-01', '09-30'], '-Q4': ['10-01', '12-31'], '-M12': ['12-01', '12-31'], '-M06': ['06-01', '06-30'],
    };
    const [a, b] = m[k.slice(4)]!;
    return { period_from: `${y}-${a}`, period_to: `${y}-${b}` };
  };
  for (const u of all) {
    for (const k of PERIODS) {
      const { period_from, period_to } = periodDates(k);
      const [from, to] = validity.get(u)!;
      if ((from && period_to < from) || (to && period_from > to)) continue;
      for (const i of indicatorIds) {
        for (const kind of ['actual', 'target', 'estimate'] as const) {
          const p = (bottom.has(u) ? 0.6 : oldProvinces.includes(u) ? 0.3 : 0.12) * (kind === 'estimate' ? 0.3 : 1) * (i === R ? 0.4 : 1);
          if (r() >= p) continue;
          const value = i === CE ? Math.floor(r() * 2) : Math.floor(r() * 100) + (r() < 0.2 ? 0.5 : 0);
          rows.push({ indicator_id: i, unit_id: u, period_key: k, period_from, period_to, kind, value });
        }
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('indicator_value').values(rows.slice(i, i + 500) as never).execute();

  const group = (
    await db
      .insertInto('org_group')
      .values({ kind: 'cum', name: `Cụm ${seed}`, year: 2025, managing_unit_id: national, valid_from: '2024-01-01', valid_to: '2026-12-31' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  for (const m of [oldProvinces[0]!, oldProvinces[1]!, newProvinces[0]!, districts[districts.length - 1]!]) {
    await db.insertInto('org_group_member').values({ group_id: group, unit_id: m, role: 'thanh_vien', valid_from: '2024-01-01', valid_to: '2026-12-31' }).execute();
  }
  return { national, oldProvinces, newProvinces, districts, oldCommunes, newCommunes, moved, groupId: group, indicatorIds };
}

describe.each(BACKENDS)('roll-up aggregated in SQL equals the engine over the whole tree on %s', (kind) => {
  let database: Database;
  let ctx: Ctx;
  const worlds: World[] = [];

  beforeAll(async () => {
    database = await openTestDb(kind);
    for (const seed of [11, 29, 47]) worlds.push(await buildWorld(database, seed));
    ctx = { db: database.db, actor: actorWith('admin', worlds[0]!.national), meta: { ip: null, userAgent: 'vitest' }, today: '2026-11-21' };
  });
  afterAll(async () => {
    await database?.close();
  });

  const same = async (args: RollupArgs) => {
    const viaSql = await getRollup(ctx, args, 'sql');
    const exact = await getRollup(ctx, args, 'exact');
    expect(viaSql, JSON.stringify(args)).toEqual(exact);
    return exact;
  };

  it('for every root, period, tree date and option', async () => {
    const r = prng(7);
    let checked = 0;
    let withValues = 0;
    for (const w of worlds) {
      const roots = [w.national, ...w.oldProvinces, ...w.newProvinces, w.districts[0]!, w.newCommunes[0]!, w.moved];
      for (const root of roots) {
        for (const period of PERIODS) {
          if (r() > 0.35) continue;
          const args: RollupArgs = { indicatorIds: w.indicatorIds, unitId: root, period, restated: r() < 0.4, agencies: r() < 0.3, asOf: r() < 0.2 ? '2025-03-01' : undefined };
          const res = await same(args);
          checked++;
          if (res.rows.some((x) => x.value !== null)) withValues++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(withValues).toBeGreaterThan(30);
  });

  it('for clusters, one indicator at a time, and series', async () => {
    for (const w of worlds) {
      for (const period of ['2024', '2025-Q2', '2025', '2026-H1', '2026-Q2']) {
        await same({ indicatorIds: w.indicatorIds, groupId: w.groupId, period });
        await same({ indicatorIds: w.indicatorIds, groupId: w.groupId, period, restated: true });
      }
      for (const id of w.indicatorIds) await same({ indicatorIds: [id], unitId: w.national, period: '2025', restated: true });
      // Old communes with agencies below them, under their successors and shadowed by their old district or province.
      for (const period of ['2024', '2024-Q4', '2025-H1', '2025-Q2']) {
        for (const root of [w.national, ...w.newProvinces]) await same({ indicatorIds: w.indicatorIds, unitId: root, period, restated: true, agencies: true });
      }
      const series = { indicatorId: w.indicatorIds[4]!, unitId: w.national, periods: ['2024', '2025-Q2', '2025', '2026-Q1', '2026-Q2'] };
      expect(await getSeries(ctx, series, 'sql')).toEqual(await getSeries(ctx, series, 'exact'));
      const restatedSeries = { ...series, groupId: w.groupId, unitId: undefined, restated: true };
      expect(await getSeries(ctx, restatedSeries, 'sql')).toEqual(await getSeries(ctx, restatedSeries, 'exact'));
    }
  });

  it('gives the same figures when a large tree is split into parts aggregated at the same time', async () => {
    const saved = { ...splitting };
    Object.assign(splitting, { splitAt: 1, partSize: 1 });
    try {
      for (const w of worlds) {
        for (const period of ['2024', '2025-H1', '2025', '2026-Q2']) {
          await same({ indicatorIds: w.indicatorIds, unitId: w.national, period, restated: true, agencies: true });
          await same({ indicatorIds: w.indicatorIds, unitId: w.national, period });
          await same({ indicatorIds: w.indicatorIds, groupId: w.groupId, period });
        }
      }
    } finally {
      Object.assign(splitting, saved);
    }
  });

  it('lists the figures of units that could not be placed exactly as the previous query did', async () => {
    // The query the roll-up used before (one statement over every value of the keys).
    const previousQuery = async (placed: Set<string>, periodKeys: string[], indicatorIds: string[]) => {
      const rows = await sql<{ id: string; name: string; n: string }>`
        with ended as (
          select distinct l.from_unit_id as id from org_lineage l join unnest(${[...placed]}::uuid[]) as p(id) on p.id = l.to_unit_id
        )
        select u.id, u.name, count(*) as n from indicator_value v
        join ended e on e.id = v.unit_id
        join org_unit u on u.id = v.unit_id
        where v.period_key = any(${periodKeys}::text[]) and v.indicator_id = any(${indicatorIds}::uuid[])
        group by u.id, u.name`.execute(database.db);
      return rows.rows.filter((r) => !placed.has(r.id)).map((r) => ({ unit: { id: r.id, name: r.name }, count: Number(r.n) }));
    };
    const byId = (xs: { unit: { id: string } }[]) => [...xs].sort((a, b) => (a.unit.id < b.unit.id ? -1 : 1));
    let found = 0;
    for (const w of worlds) {
      for (const root of [...w.newCommunes.slice(0, 2), w.newProvinces[0]!, w.national]) {
        for (const day of ['2024-12-31', '2026-11-21']) {
          const tree = await loadTree(database.db, root, { id: root, name: '', kind: '' }, [root], day, false);
          const placed = new Set(tree.units.keys());
          for (const keys of [['2024', '2024-H1', '2024-Q4', '2024-M12'], ['2025-Q2'], ['2026-Q2']]) {
            const got = await unplacedUnits(database.db, placed, keys, w.indicatorIds);
            expect(byId(got)).toEqual(byId(await previousQuery(placed, keys, w.indicatorIds)));
            found += got.length;
          }
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('keeps a loaded tree while the org tables are unchanged, and reloads it after any change', async () => {
    const w = worlds[1]!;
    const root = { id: w.newProvinces[0]!, name: 'x', kind: 'province' };
    let loads = 0;
    const get = (day: string) =>
      cachedTree(database.db, { rootId: root.id, starts: [root.id], day, agencies: false }, () => {
        loads++;
        return loadTree(database.db, root.id, root, [root.id], day, false);
      });
    const a = await get('2026-03-31');
    const b = await get('2026-06-30'); // no validity bound in between: the same tree
    expect(b).toBe(a);
    expect(loads).toBe(1);
    const before = (await getRollup(ctx, { indicatorIds: w.indicatorIds, unitId: root.id, period: '2026-Q2' })).rows[0]!.breakdown.length;
    // Move a commune of the other province here: the cached tree must not be used any more.
    const movedCommune = w.newCommunes.at(-1)!;
    expect(a.children.get(root.id)).not.toContain(movedCommune);
    await database.db.updateTable('org_parent').set({ parent_id: root.id }).where('child_id', '=', movedCommune).where('valid_from', '=', '2025-07-01').execute();
    const c = await get('2026-06-30');
    expect(c).not.toBe(a);
    expect(loads).toBe(2);
    expect(c.children.get(root.id)).toContain(movedCommune);
    const after = await same({ indicatorIds: w.indicatorIds, unitId: root.id, period: '2026-Q2' });
    expect(after.rows[0]!.breakdown.length).toBe(before + 1);
  });
});
