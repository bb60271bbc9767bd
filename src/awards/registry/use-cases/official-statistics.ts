import { sql } from 'kysely';
import type { Ctx } from '../../../app/context';
import { authorize, scopeRoots } from '../../../access/authorize';
import type { AwardRoundKind, AwardSubjectKind, WorkerCategory } from '../../../db/schema';
import { AppError, notFound } from '../../../shared/errors';
import { registryUnits, unitDay, type RegistryUnits } from '../registry-scope';
import { movementSpan, widestReach, type AwardFact, type MovementFact, type MovementLauncher, type MovementReach } from '../official-forms/facts';
import { fillForm, type FilledForm } from '../official-forms/model';
import { form0601, form0602, form0603, type OfficialFormId } from '../official-forms/tt02-2023';
import { formToXlsx } from '../official-forms/form-xlsx';

interface Scope {
  id: string;
  name: string;
  kind: string;
  units: RegistryUnits;
}

async function resolveScope(ctx: Ctx, unitId: string | undefined): Promise<Scope> {
  await authorize(ctx, 'award.read', { unitId: null, mode: 'read' });
  const id = unitId ?? scopeRoots(ctx, 'award.read')[0];
  if (!id) throw new AppError('VALIDATION', 'Hãy chọn đơn vị báo cáo.');
  const root = await unitDay(ctx.db, id, ctx.today);
  if (!root) throw notFound('Đơn vị');
  const kind = (await ctx.db.selectFrom('org_unit').select('kind').where('id', '=', id).executeTakeFirstOrThrow()).kind;
  return { ...root, kind, units: await registryUnits(ctx.db, [root]) };
}

const unitFilter = (s: Scope, column: string) => (s.units.national ? sql`true` : sql`${sql.ref(column)} = any(${[...s.units.branchOf.keys()]}::uuid[])`);

/** Awards decided in the year (by their year when the decision date is unknown), grouped as the forms split them. */
async function awardFacts(ctx: Ctx, scope: Scope, year: number): Promise<AwardFact[]> {
  const rows = await sql<{ family: string; kind: AwardSubjectKind; worker: WorkerCategory | null; round: AwardRoundKind; org_unit_id: string; n: string }>`
    select regexp_replace(r.award_code, '_[123]$', '') as family, r.subject_kind as kind, r.worker_category as worker, r.round_kind as round, r.org_unit_id, count(*)::text as n
    from award_record r
    where r.revoked_at is null and ${unitFilter(scope, 'r.org_unit_id')}
      and (r.decision_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date or (r.decision_date is null and r.year = ${year}))
    group by 1, 2, 3, 4, 5`.execute(ctx.db);
  const inProvince = await underProvince(ctx, [...new Set(rows.rows.map((r) => r.org_unit_id))]);
  return rows.rows.map((r) => ({ family: r.family, kind: r.kind, worker: r.worker, round: r.round, proposer: inProvince.has(r.org_unit_id) ? 'tinh' : 'bo_nganh', n: Number(r.n) }));
}

/** Units that sit in a province's tree (the province signs their Tờ trình); the rest answer to a ministry or central body. */
async function underProvince(ctx: Ctx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const r = await sql<{ start: string }>`
    with recursive up(start, id, kind, depth) as (
      select u.id, u.id, u.kind, 0 from org_unit u where u.id = any(${ids}::uuid[])
      union
      select up.start, p.parent_id, pu.kind, up.depth + 1 from up join org_parent p on p.child_id = up.id join org_unit pu on pu.id = p.parent_id where up.depth < 20
    )
    select distinct start from up where kind = 'province'`.execute(ctx.db);
  return new Set(r.rows.map((x) => x.start));
}

/** Movements launched in scope and running during the year. */
async function movementFacts(ctx: Ctx, scope: Scope, year: number): Promise<MovementFact[]> {
  const rows = await sql<{ id: string; kind: 'thuong_xuyen' | 'chuyen_de'; period_from: string; period_to: string; owner_kind: string; owner_type: string; parent_kind: string | null; scopes: string[] | null }>`
    select m.id, m.kind, m.period_from::text, m.period_to::text, o.kind as owner_kind, o.unit_type as owner_type,
      (select pu.kind from org_parent p join org_unit pu on pu.id = p.parent_id where p.child_id = o.id order by p.valid_from desc nulls last limit 1) as parent_kind,
      (select array_agg(case when s.group_id is not null then 'cum_khoi' else su.kind end) from movement_scope s left join org_unit su on su.id = s.unit_id where s.movement_id = m.id) as scopes
    from movement m join org_unit o on o.id = m.owner_unit_id
    where m.state <> 'soan_thao' and ${unitFilter(scope, 'm.owner_unit_id')}
      and m.period_from <= ${`${year}-12-31`}::date and m.period_to >= ${`${year}-01-01`}::date`.execute(ctx.db);
  return rows.rows.map((m) => {
    const launcher: MovementLauncher =
      m.owner_kind === 'national' || (m.parent_kind === 'national' && /Trung ương|Hội đồng Thi đua/.test(m.owner_type))
        ? 'trung_uong'
        : m.owner_kind === 'province' || m.parent_kind === 'national'
          ? 'bo_tinh'
          : 'co_quan';
    const reaches = (m.scopes ?? []).map((k): MovementReach => (k === 'cum_khoi' ? 'cum_khoi' : k === 'national' ? 'toan_quoc' : k === 'province' ? 'dia_phuong' : 'co_quan'));
    return { launcher, reach: widestReach(reaches, launcher), span: movementSpan(m.period_from, m.period_to), method: m.kind, n: 1 };
  });
}

export async function officialForm(ctx: Ctx, q: { form: OfficialFormId; unitId?: string; year: number }): Promise<{ filled: FilledForm; scope: Scope; measure?: string; receipt?: string; hasUnitColumn: boolean }> {
  const scope = await resolveScope(ctx, q.unitId);
  if (q.form === '0601') {
    const def = form0601();
    return { filled: fillForm(def, await movementFacts(ctx, scope, q.year)), scope, measure: def.measure, receipt: def.receipt, hasUnitColumn: def.hasUnitColumn };
  }
  const facts = await awardFacts(ctx, scope, q.year);
  const def = q.form === '0602' ? form0602(facts) : form0603();
  return { filled: fillForm(def, facts), scope, measure: def.measure, receipt: def.receipt, hasUnitColumn: def.hasUnitColumn };
}

export async function officialFormXlsx(ctx: Ctx, q: { form: OfficialFormId; unitId?: string; year: number }): Promise<{ file: Buffer; filename: string }> {
  const { filled, scope, measure, receipt, hasUnitColumn } = await officialForm(ctx, q);
  // Provinces and ministries report to the Ministry of Home Affairs; a lower unit to the body above it.
  const parent = await ctx.db
    .selectFrom('org_parent as p')
    .innerJoin('org_unit as u', 'u.id', 'p.parent_id')
    .select(['u.name', 'u.kind'])
    .where('p.child_id', '=', scope.id)
    .orderBy(sql`p.valid_from desc nulls last`)
    .executeTakeFirst();
  const receivingUnit = scope.kind === 'national' || scope.kind === 'province' || parent?.kind === 'national' ? 'Bộ Nội vụ' : (parent?.name ?? '');
  const file = await formToXlsx({ form: filled, year: q.year, reportingUnit: scope.name, receivingUnit, measure, receipt, hasUnitColumn });
  return { file, filename: `bieu-${q.form}-N-${q.year}.xlsx` };
}
