import { sql, type RawBuilder } from 'kysely';
import type { Ctx } from '../../../app/context';
import { authorize, scopeRoots } from '../../../access/authorize';
import type { AwardSubjectKind } from '../../../db/schema';
import { AppError, notFound } from '../../../shared/errors';
import { formatViDate } from '../../../shared/vi-date';
import { type StatDimension, type StatsQuery, type StatsResponse, type StatTable } from '../../../shared/api/awards-registry';
import { tablesToXlsx } from '../../../official-docs/xlsx-table';
import { registryUnits, unitDay, type RegistryUnits } from '../registry-scope';
import { crossTable, kindTable, labeller, type GroupCount } from '../stats-tables';
import { formOfCode } from '../award-forms';

const COLUMN: Record<StatDimension, RawBuilder<unknown>> = {
  // Graded forms are counted together ("Huân chương Lao động các hạng").
  form: sql`(case when r.grade is null then r.award_code else regexp_replace(r.award_code, '_[123]$', '') end)`,
  level: sql`r.level`,
  year: sql`r.year::text`,
  movement: sql`r.movement_id::text`,
  unit: sql`r.org_unit_id::text`,
  kind: sql`r.subject_kind`,
  round: sql`r.round_kind`,
  worker: sql`r.worker_category`,
};
/** The tables shown when none is asked for ('kind' is the summary line, 'unit' needs a scope below the country to mean much). */
const DEFAULT_DIMS: StatDimension[] = ['form', 'level', 'round', 'year', 'unit', 'movement', 'worker'];

interface Scope {
  kind: 'unit' | 'group';
  id: string;
  name: string;
  units: RegistryUnits;
}

async function resolveScope(ctx: Ctx, q: StatsQuery): Promise<Scope> {
  const branches = q.by.length === 0 || q.by.includes('unit');
  if (q.groupId) {
    const g = await ctx.db.selectFrom('org_group').select(['id', 'name', 'valid_to']).where('id', '=', q.groupId).executeTakeFirst();
    if (!g) throw notFound('Cụm, khối thi đua');
    const day = g.valid_to < ctx.today ? g.valid_to : ctx.today;
    const members = await ctx.db.selectFrom('org_group_member').select('unit_id').where('group_id', '=', g.id).where('valid_from', '<=', day).where('valid_to', '>=', day).execute();
    const units = await registryUnits(ctx.db, members.map((m) => ({ id: m.unit_id, day })), { branches: true, rootsAreBranches: true });
    return { kind: 'group', id: g.id, name: g.name, units: { ...units, national: false } };
  }
  const unitId = q.unitId ?? scopeRoots(ctx, 'award.read')[0];
  if (!unitId) throw new AppError('VALIDATION', 'Hãy chọn đơn vị hoặc cụm, khối thi đua để thống kê.');
  const root = await unitDay(ctx.db, unitId, ctx.today);
  if (!root) throw notFound('Đơn vị');
  return { kind: 'unit', id: root.id, name: root.name, units: await registryUnits(ctx.db, [root], { branches }) };
}

function whereClause(scope: Scope, q: StatsQuery) {
  const parts: RawBuilder<unknown>[] = [sql`r.revoked_at is null`];
  if (!scope.units.national) parts.push(sql`r.org_unit_id = any(${[...scope.units.branchOf.keys()]}::uuid[])`);
  if (q.movementId) {
    parts.push(sql`r.movement_id in (
      with recursive d(id, depth) as (select ${q.movementId}::uuid, 0 union all select m.id, d.depth + 1 from movement m join d on m.parent_id = d.id where d.depth < 10)
      select id from d)`);
  }
  // A record without a decision date counts by its year.
  if (q.from) parts.push(sql`(r.decision_date >= ${q.from}::date or (r.decision_date is null and r.year >= ${Number(q.from.slice(0, 4))}))`);
  if (q.to) parts.push(sql`(r.decision_date <= ${q.to}::date or (r.decision_date is null and r.year <= ${Number(q.to.slice(0, 4))}))`);
  return sql.join(parts, sql` and `);
}

interface Row {
  g: number;
  k1: string | null;
  k2: string | null;
  kind: AwardSubjectKind | null;
  n: string;
  direct: string;
  name: string | null;
}

/**
 * Counts of awards (not of people: one person with two awards counts twice, as reports count
 * "trường hợp") in one pass over the records, one grouping set per table.
 */
export async function registryStats(ctx: Ctx, q: StatsQuery): Promise<StatsResponse> {
  await authorize(ctx, 'award.read', { unitId: null, mode: 'read' });
  const scope = await resolveScope(ctx, q);
  const where = whereClause(scope, q);
  const cross = q.by.length === 2;
  const dims = q.by.length ? q.by : DEFAULT_DIMS;
  // Every table is split by subject kind already; the kind table is the summary itself.
  const grouped = cross ? [] : dims.filter((d) => d !== 'kind');
  let rows: Row[];
  if (cross) {
    const [a, b] = [dims[0]!, dims[1]!];
    // One pass: the cross cells, and the totals by subject kind (grouping() is 1 for the latter).
    const r = await sql<Row>`
      select grouping(${COLUMN[a === 'kind' ? b : a]}) as g, ${COLUMN[a]} as k1, ${COLUMN[b]} as k2, r.subject_kind as kind, count(*)::text as n, (count(*) filter (where r.is_direct_worker))::text as direct, null as name
      from award_record r where ${where}
      group by grouping sets ((${COLUMN[a]}, ${COLUMN[b]}), (r.subject_kind))`.execute(ctx.db);
    rows = r.rows;
  } else if (grouped.length === 0) {
    const r = await sql<Row>`
      select 0 as g, null as k1, null as k2, r.subject_kind as kind, count(*)::text as n, (count(*) filter (where r.is_direct_worker))::text as direct, null as name
      from award_record r where ${where} group by r.subject_kind`.execute(ctx.db);
    rows = r.rows;
  } else {
    // grouping(...) tells the sets apart: bit i (from the left) is 1 when dimension i is not grouped.
    const r = await sql<Row>`
      select grouping(${sql.join(grouped.map((d) => COLUMN[d]))}) as g,
        coalesce(${sql.join(grouped.map((d) => sql`case when grouping(${COLUMN[d]}) = 0 then ${COLUMN[d]} end`))}) as k1,
        null as k2, r.subject_kind as kind, count(*)::text as n, (count(*) filter (where r.is_direct_worker))::text as direct, null as name
      from award_record r where ${where}
      group by grouping sets (${sql.join(grouped.map((d) => sql`(${COLUMN[d]}, r.subject_kind)`))}, (r.subject_kind))`.execute(ctx.db);
    rows = r.rows;
  }
  const full = cross ? 1 : (1 << grouped.length) - 1;
  const summary = rows.filter((r) => r.g === full);
  const byKind = { ca_nhan: 0, tap_the: 0, ho_gia_dinh: 0 };
  let direct = 0;
  for (const s of summary) {
    if (!s.kind) continue;
    byKind[s.kind] += Number(s.n);
    if (s.kind === 'ca_nhan') direct += Number(s.direct);
  }
  const unitKeyed = (d: StatDimension, key: string | null) => (d === 'unit' && key ? (scope.units.branchOf.get(key) ?? key) : key);
  const perDim = new Map<StatDimension, GroupCount[]>();
  if (cross) {
    perDim.set(dims[0]!, rows.filter((r) => r.g === 0).map((r) => ({ key: unitKeyed(dims[0]!, r.k1), second: unitKeyed(dims[1]!, r.k2), kind: 'ca_nhan', n: Number(r.n), name: r.name })));
  } else {
    grouped.forEach((d, i) => {
      const mask = full ^ (1 << (grouped.length - 1 - i));
      perDim.set(d, rows.filter((r) => r.g === mask && r.kind).map((r) => ({ key: unitKeyed(d, r.k1), kind: r.kind!, n: Number(r.n), name: r.name })));
    });
    perDim.set('kind', summary.filter((r) => r.kind).map((r) => ({ key: r.kind, kind: r.kind!, n: Number(r.n) })));
  }
  const l = labeller(await names(ctx, perDim, cross ? dims : [], where));
  const tables: StatTable[] = cross ? [crossTable(dims[0]!, dims[1]!, perDim.get(dims[0]!)!, l)] : dims.map((d) => kindTable(d, perDim.get(d) ?? [], l));
  const total = byKind.ca_nhan + byKind.tap_the + byKind.ho_gia_dinh;
  return {
    scope: { kind: scope.kind, id: scope.id, name: scope.name },
    from: q.from ?? null,
    to: q.to ?? null,
    total,
    byKind,
    directWorkers: { count: direct, individuals: byKind.ca_nhan, percent: byKind.ca_nhan ? Math.round((direct / byKind.ca_nhan) * 10000) / 100 : null },
    tables,
  };
}

/**
 * Names of the units and movements that label rows (or, in a cross table, columns), and the names
 * written on records of codes outside the catalogue (read apart: the counts come from the index alone).
 */
async function names(ctx: Ctx, perDim: Map<StatDimension, GroupCount[]>, crossDims: StatDimension[], where: RawBuilder<unknown>) {
  const keysOf = (d: StatDimension) => {
    const out = new Set<string>();
    for (const c of perDim.get(d) ?? []) if (c.key) out.add(c.key);
    if (crossDims[1] === d) for (const c of perDim.get(crossDims[0]!) ?? []) if (c.second) out.add(c.second);
    return [...out];
  };
  const unitIds = keysOf('unit');
  const movementIds = keysOf('movement');
  const unknownForms = keysOf('form').filter((k) => !formOfCode(k));
  const [units, movements, forms] = await Promise.all([
    unitIds.length ? ctx.db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', unitIds).execute() : [],
    movementIds.length ? ctx.db.selectFrom('movement').select(['id', 'name']).where('id', 'in', movementIds).execute() : [],
    unknownForms.length
      ? sql<{ award_code: string; award_name: string }>`select distinct on (r.award_code) r.award_code, r.award_name from award_record r where ${where} and r.award_code = any(${unknownForms}::text[]) order by r.award_code, r.created_at desc`
          .execute(ctx.db)
          .then((x) => x.rows)
      : [],
  ]);
  return { units: new Map(units.map((u) => [u.id, u.name])), movements: new Map(movements.map((m) => [m.id, m.name])), forms: new Map(forms.map((f) => [f.award_code, f.award_name])) };
}

/** The same tables as a workbook, one sheet each, the scope and period in every title. */
export async function registryStatsXlsx(ctx: Ctx, q: StatsQuery): Promise<{ file: Buffer; filename: string }> {
  const s = await registryStats(ctx, q);
  const period = s.from || s.to ? ` (${s.from ? `từ ${formatViDate(s.from)}` : ''}${s.from && s.to ? ' ' : ''}${s.to ? `đến ${formatViDate(s.to)}` : ''})` : '';
  const summary: StatTable = {
    key: 'summary',
    title: 'Tổng hợp',
    columns: [{ key: 'n', label: 'Số lượng' }],
    rows: [
      { key: 'tap_the', label: 'Tập thể', cells: [s.byKind.tap_the], total: s.byKind.tap_the },
      { key: 'ca_nhan', label: 'Cá nhân', cells: [s.byKind.ca_nhan], total: s.byKind.ca_nhan },
      { key: 'ho_gia_dinh', label: 'Hộ gia đình', cells: [s.byKind.ho_gia_dinh], total: s.byKind.ho_gia_dinh },
      { key: 'direct', label: 'Trong đó cá nhân là công nhân, nông dân, người trực tiếp lao động', cells: [s.directWorkers.count], total: s.directWorkers.count },
    ],
    totals: [s.total],
    total: s.total,
  };
  const file = await tablesToXlsx(
    [summary, ...s.tables].map((t) => ({
      name: t.title.replace(/^Theo /, '').slice(0, 31),
      title: `Kết quả khen thưởng — ${s.scope.name}${period}: ${t.title.toLowerCase()}`,
      table: {
        columns: [{ label: t.key === 'summary' ? 'Đối tượng' : 'Nội dung' }, ...t.columns.map((c) => ({ label: c.label, align: 'right' as const })), ...(t.key === 'summary' ? [] : [{ label: 'Tổng', align: 'right' as const }])],
        rows: t.rows.map((r) => [r.label, ...r.cells, ...(t.key === 'summary' ? [] : [r.total])]),
        totalRow: t.key === 'summary' ? ['Tổng số', s.total] : ['Tổng số', ...t.totals, t.total],
      },
    })),
  );
  return { file, filename: `thong-ke-khen-thuong${s.from ? `-${s.from}` : ''}${s.to ? `-${s.to}` : ''}.xlsx` };
}
