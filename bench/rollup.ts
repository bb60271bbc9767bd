/**
 * Roll-up at national scale: 34 provinces, 3,321 communes, 5,000 agencies, 200 indicators,
 * 4 quarters of figures for every commune (2.66 million values) plus one quarter of targets.
 */
import { sql } from 'kysely';
import type { Database } from '../src/db/connect';
import type { Ctx } from '../src/app/context';
import { createIndicatorSet } from '../src/indicators/use-cases/manage-sets';
import { getRollup, getSeries } from '../src/indicators/use-cases/get-rollup';
import { importValues } from '../src/indicators/use-cases/values-xlsx';
import { buildValuesTemplate } from '../src/indicators/xlsx/values-template';
import { findIndicatorSet } from '../src/indicators/use-cases/manage-sets';
import { createGroup } from '../src/clusters/use-cases/save-group';
import { addMember } from '../src/clusters/use-cases/manage-members';

type Timer = (n: number, fn: (i: number) => Promise<unknown>) => Promise<Record<string, number>>;
const QUARTERS = [['2025-Q3', '2025-07-01', '2025-09-30'], ['2025-Q4', '2025-10-01', '2025-12-31'], ['2026-Q1', '2026-01-01', '2026-03-31'], ['2026-Q2', '2026-04-01', '2026-06-30']] as const;

async function generate(db: Database, ctx: Ctx) {
  const root = (await db.db.selectFrom('org_unit').select('id').where('kind', '=', 'national').executeTakeFirstOrThrow()).id;
  // 5,000 agencies spread under the communes of today's tree.
  await sql`
    with c as (select id, row_number() over (order by id) as rn from org_unit where kind = 'commune' and tree_version = '2025'),
    ins as (insert into org_unit (kind, unit_type, name, valid_from) select 'agency', 'Trường học', 'Trường thử nghiệm ' || g, '2025-07-01' from generate_series(1, 5000) g returning id),
    a as (select id, row_number() over (order by id) as rn from ins)
    insert into org_parent (child_id, parent_id, valid_from) select a.id, c.id, '2025-07-01' from a join c on c.rn = 1 + (a.rn % (select count(*) from c))`.execute(db.db);
  await sql`
    insert into indicator (owner_unit_id, code, name, unit_of_measure, decimals, direction, aggregation, search_text)
    select ${root}::uuid, 'BENCH_' || g, 'Chỉ tiêu thử nghiệm ' || g, 'đơn vị', 0, 'higher', (array['sum','sum','sum','avg','max','min','last'])[1 + g % 7], 'bench ' || g
    from generate_series(1, 200) g`.execute(db.db);
  const t0 = performance.now();
  for (const [key, from, to] of QUARTERS) {
    await sql`
      insert into indicator_value (indicator_id, unit_id, period_key, period_from, period_to, kind, value)
      select i.id, u.id, ${key}, ${from}::date, ${to}::date, 'actual', (random() * 1000)::int
      from indicator i cross join org_unit u where i.code like 'BENCH_%' and u.kind = 'commune' and u.tree_version = '2025'`.execute(db.db);
  }
  await sql`
    insert into indicator_value (indicator_id, unit_id, period_key, period_from, period_to, kind, value)
    select i.id, u.id, '2026-Q2', '2026-04-01', '2026-06-30', 'target', 500
    from indicator i cross join org_unit u where i.code like 'BENCH_%' and u.kind = 'commune' and u.tree_version = '2025'`.execute(db.db);
  // Statistics and the visibility map as autovacuum leaves them on a settled database (index-only scans rely on the latter).
  await sql`vacuum analyze indicator_value`.execute(db.db);
  const generatedMs = performance.now() - t0;
  const ids = (await db.db.selectFrom('indicator').select('id').where('code', 'like', 'BENCH_%').orderBy('code').execute()).map((r) => r.id);
  const provinces = await db.db.selectFrom('org_unit').select('id').where('kind', '=', 'province').where('tree_version', '=', '2025').orderBy('code').limit(12).execute();
  const group = await createGroup(ctx, { kind: 'cum', name: 'Cụm thử nghiệm 12 tỉnh', year: 2026, managingUnitId: root });
  for (const p of provinces) await addMember(ctx, group.id, { unitId: p.id, role: 'thanh_vien' });
  // The members' own reported figures (a cluster compares provinces on what they report).
  await sql`
    insert into indicator_value (indicator_id, unit_id, period_key, period_from, period_to, kind, value)
    select i.id, u.id, '2026-H1', '2026-01-01', '2026-06-30', 'actual', (random() * 1000)::int
    from indicator i cross join org_unit u where i.code like 'BENCH_%' and u.id = any(${provinces.map((p) => p.id)}::uuid[])`.execute(db.db);
  return { root, ids, groupId: group.id, generatedMs };
}

export async function rollupBench(db: Database, ctx: Ctx, time: Timer): Promise<Record<string, unknown>[]> {
  const { root, ids, groupId, generatedMs } = await generate(db, ctx);
  console.error(`rollup: generated in ${Math.round(generatedMs)} ms`);
  const values = Number((await sql<{ n: string }>`select count(*) as n from indicator_value`.execute(db.db)).rows[0]!.n);
  const out: Record<string, unknown>[] = [{ name: 'rollup:generate', values, ms: Math.round(generatedMs) }];
  out.push({ name: 'rollup:country-1-period-200-indicators', ...(await time(5, () => getRollup(ctx, { indicatorIds: ids, unitId: root, period: '2026-Q2' }))) });
  out.push({ name: 'rollup:cluster-12-members-200-indicators', ...(await time(20, () => getRollup(ctx, { indicatorIds: ids, groupId, period: '2026-H1' }))) });
  out.push({ name: 'rollup:cluster-12-members-from-communes', ...(await time(5, () => getRollup(ctx, { indicatorIds: ids, groupId, period: '2026-Q2' }))) });
  out.push({ name: 'rollup:series-country-1-indicator-4-quarters', ...(await time(5, () => getSeries(ctx, { indicatorId: ids[0]!, unitId: root, periods: QUARTERS.map((q) => q[0]) }))) });

  const set = await createIndicatorSet(ctx, { ownerUnitId: root, name: 'Bộ thử nghiệm nhập Excel', items: ids.slice(0, 20).map((indicatorId) => ({ indicatorId, required: false })), rules: [] });
  const detail = (await findIndicatorSet(db.db, set.id))!;
  const communes = await db.db.selectFrom('org_unit').select(['id', 'name']).where('kind', '=', 'commune').where('tree_version', '=', '2025').orderBy('code').execute();
  const file = await buildValuesTemplate({
    setId: set.id, setName: set.name, periodKey: '2026', periodLabel: 'Năm 2026', kind: 'actual', kindLabel: 'Thực hiện',
    indicators: detail.items.map((i) => i.indicator), units: communes,
    values: new Map(communes.flatMap((c, r) => detail.items.map((it, k) => [`${it.indicator.id}|${c.id}`, (r * 7 + k) % 1000] as [string, number]))),
  });
  out.push({
    name: `rollup:import-xlsx-${communes.length}-rows-x-20-indicators`,
    bytes: file.length,
    ...(await time(3, async () => {
      const r = await importValues(ctx, { setId: set.id, kind: 'actual', confirm: false }, file);
      if (!r.applied || r.errors.length) throw new Error(`import failed: ${JSON.stringify(r.errors.slice(0, 3))}`);
    })),
  });
  return out;
}
