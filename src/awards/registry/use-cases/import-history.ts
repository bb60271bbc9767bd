import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Ctx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import { AppError, notFound } from '../../../shared/errors';
import { searchKey } from '../../../shared/vi-text';
import type { WorkerCategory } from '../../../db/schema';
import type { DuplicatePerson, ImportConfirm, ImportIssue, ImportPreview } from '../../../shared/api/awards-registry';
import { authorizeUnit, registryUnits, unitDay } from '../registry-scope';
import { insertRecords, insertSubjects, type SubjectInsert } from '../registry-writes';
import { readHistoryWorkbook } from '../import/read-history';
import { planImport, type PlannedRow, type UnitRef } from '../import/plan-import';

interface Candidate {
  id: string;
  kind: string;
  full_name: string;
  search_key: string;
  org_unit_id: string;
  birth_year: number | null;
  worker_category: WorkerCategory | null;
  award_count: number;
}

interface Analysis {
  fingerprint: string;
  rowsRead: number;
  planned: PlannedRow[];
  errors: ImportIssue[];
  duplicatePeople: DuplicatePerson[];
  /** Identity → the registry subject its rows join (when people are merged). */
  matches: Map<string, Candidate>;
}

/** Same kind, folded name and unit; birth years agree or one of them is unknown. */
function candidatesFor(p: PlannedRow, all: Candidate[]): Candidate[] {
  return all.filter(
    (c) => c.kind === p.subject.kind && c.search_key === p.subject.searchKey && c.org_unit_id === p.subject.unit.id && (p.subject.birthYear === null || c.birth_year === null || c.birth_year === p.subject.birthYear),
  );
}

async function analyse(ctx: Ctx, unitId: string, file: Buffer, newPeople: boolean): Promise<Analysis> {
  const target = await unitDay(ctx.db, unitId, ctx.today);
  if (!target) throw notFound('Đơn vị');
  await authorizeUnit(ctx, 'award.manage', unitId, 'write');
  const fingerprint = createHash('sha256').update(file).digest('hex');
  const read = await readHistoryWorkbook(file);
  const units = await registryUnits(ctx.db, [target]);
  const unitRows = await ctx.db.selectFrom('org_unit').select(['id', 'name', 'code', 'valid_to']).where('id', 'in', [...units.branchOf.keys()]).execute();
  // Names repeat below a province ("Phường 1", a ward and the commune it replaced): the unit in force
  // today wins; otherwise the name is refused and an id or code is asked for.
  const byName = new Map<string, typeof unitRows>();
  for (const u of unitRows) byName.set(searchKey(u.name), [...(byName.get(searchKey(u.name)) ?? []), u]);
  const byId = new Map(unitRows.flatMap((u) => [[u.id, u] as const, ...(u.code ? [[u.code, u] as const] : [])]));
  const resolveUnit = (t: string): UnitRef | string => {
    const direct = byId.get(t.trim());
    if (direct) return { id: direct.id, name: direct.name };
    const named = byName.get(searchKey(t)) ?? [];
    const current = named.length > 1 ? named.filter((u) => !u.valid_to || u.valid_to >= ctx.today) : named;
    if (current.length === 1) return { id: current[0]!.id, name: current[0]!.name };
    if (named.length === 0) return `Đơn vị "${t.slice(0, 100)}" không thuộc ${target.name}.`;
    return `Có nhiều đơn vị tên "${t.slice(0, 100)}" thuộc ${target.name}; hãy ghi mã đơn vị.`;
  };
  const { planned, errors } = planImport(read.rows, { today: ctx.today, target: { id: target.id, name: target.name }, resolveUnit });
  errors.unshift(...read.errors);
  const pairs = [...new Map(planned.map((p) => [`${p.subject.unit.id}|${p.subject.searchKey}`, p])).values()];
  const candidates = pairs.length
    ? (
        await sql<Candidate>`
          select s.id, s.kind, s.full_name, s.search_key, s.org_unit_id, s.birth_year, s.worker_category,
            (select count(*)::int from award_record r where r.subject_id = s.id and r.revoked_at is null) as award_count
          from award_subject s
          join unnest(${pairs.map((p) => p.subject.unit.id)}::uuid[], ${pairs.map((p) => p.subject.searchKey)}::text[]) as k(unit_id, key)
            on s.org_unit_id = k.unit_id and s.search_key = k.key`.execute(ctx.db)
      ).rows
    : [];
  const duplicatePeople: DuplicatePerson[] = [];
  const matches = new Map<string, Candidate>();
  const byIdentity = new Map<string, PlannedRow[]>();
  for (const p of planned) byIdentity.set(p.identity, [...(byIdentity.get(p.identity) ?? []), p]);
  for (const [identity, rows] of byIdentity) {
    const first = rows[0]!;
    const found = candidatesFor(first, candidates);
    if (found.length === 0) continue;
    duplicatePeople.push({
      rows: rows.map((r) => r.row),
      fullName: first.subject.fullName,
      birthYear: first.subject.birthYear,
      unit: first.subject.unit,
      existing: found.map((c) => ({ id: c.id, fullName: c.full_name, birthYear: c.birth_year, awardCount: c.award_count })),
    });
    // The closest: same birth year first, then the one with the longest history.
    const best = [...found].sort((a, b) => Number(b.birth_year === first.subject.birthYear) - Number(a.birth_year === first.subject.birthYear) || b.award_count - a.award_count)[0]!;
    if (!newPeople) matches.set(identity, best);
  }
  // A row already in the registry for the person it joins is not written twice.
  const matchedIds = [...new Set([...matches.values()].map((c) => c.id))];
  if (matchedIds.length) {
    const existing = await ctx.db
      .selectFrom('award_record')
      .select(['subject_id', 'award_code', 'grade', 'year', 'decision_number'])
      .where('subject_id', 'in', matchedIds)
      .where('revoked_at', 'is', null)
      .execute();
    const have = new Set(existing.map((e) => `${e.subject_id}|${e.award_code}|${e.grade ?? ''}|${e.year}|${e.decision_number?.toLowerCase() ?? ''}`));
    for (let i = planned.length - 1; i >= 0; i--) {
      const p = planned[i]!;
      const m = matches.get(p.identity);
      if (m && have.has(`${m.id}|${p.award.code}|${p.award.grade ?? ''}|${p.year}|${p.decisionNumber?.toLowerCase() ?? ''}`)) {
        errors.push({ row: p.row, cell: '', column: 'Hình thức khen thưởng', message: `${p.award.name} năm ${p.year} của ${p.subject.fullName} đã có trong sổ khen thưởng.` });
        planned.splice(i, 1);
      }
    }
  }
  const still = new Set(planned.map((p) => p.row));
  const byRow = new Map(planned.map((p) => [p.row, p]));
  for (const d of duplicatePeople) {
    d.rows = d.rows.filter((r) => still.has(r));
    const first = byRow.get(d.rows[0] ?? -1);
    if (first) d.fullName = first.subject.fullName;
  }
  errors.sort((a, b) => a.row - b.row);
  return { fingerprint, rowsRead: read.rows.length, planned, errors, duplicatePeople: duplicatePeople.filter((d) => d.rows.length > 0), matches };
}

/** Reads a history book and reports what would be written; nothing is written. */
export async function previewImport(ctx: Ctx, unitId: string, file: Buffer): Promise<ImportPreview> {
  const a = await analyse(ctx, unitId, file, false);
  const identities = new Set(a.planned.map((p) => p.identity));
  return {
    fingerprint: a.fingerprint,
    rowsRead: a.rowsRead,
    validRows: a.planned.length,
    errors: a.errors,
    duplicatePeople: a.duplicatePeople,
    newSubjects: [...identities].filter((i) => !a.matches.has(i)).length,
    sample: a.planned.slice(0, 50).map((p) => ({
      row: p.row,
      fullName: p.subject.fullName,
      kind: p.subject.kind,
      birthYear: p.subject.birthYear,
      unit: p.subject.unit,
      awardName: p.award.name,
      year: p.year,
      decisionNumber: p.decisionNumber,
      decisionDate: p.decisionDate,
      existingSubjectId: a.matches.get(p.identity)?.id ?? null,
    })),
  };
}

/** Writes the valid rows of the reviewed file in one transaction (rows with problems are skipped). */
export async function confirmImport(ctx: Ctx, q: { unitId: string; fingerprint: string; newPeople?: boolean | undefined }, file: Buffer): Promise<ImportConfirm> {
  const a = await analyse(ctx, q.unitId, file, q.newPeople ?? false);
  if (a.fingerprint !== q.fingerprint) throw new AppError('CONFLICT', 'Tệp gửi lên khác với tệp đã xem trước. Hãy xem trước lại rồi xác nhận.');
  if (a.planned.length === 0) throw new AppError('VALIDATION', 'Tệp không có dòng hợp lệ nào để ghi vào sổ.');
  const newSubjects = new Map<string, SubjectInsert & { id: string }>();
  const subjectOf = (p: PlannedRow): string => {
    const m = a.matches.get(p.identity);
    if (m) return m.id;
    let s = newSubjects.get(p.identity);
    if (!s) {
      s = {
        id: randomUUID(),
        kind: p.subject.kind,
        fullName: p.subject.fullName,
        birthYear: p.subject.birthYear,
        birthDate: p.subject.birthDate,
        idNumber: p.subject.idNumber,
        gender: p.subject.gender,
        position: p.subject.position,
        workplace: p.subject.workplace,
        orgUnitId: p.subject.unit.id,
        workerCategory: p.subject.workerCategory,
      };
      newSubjects.set(p.identity, s);
    }
    return s.id;
  };
  const records = a.planned.map((p) => ({
    subjectId: subjectOf(p),
    subjectKind: p.subject.kind,
    workerCategory: p.subject.workerCategory ?? a.matches.get(p.identity)?.worker_category ?? null,
    awardCode: p.award.code,
    awardName: p.award.name,
    grade: p.award.grade,
    level: p.award.level,
    year: p.year,
    decisionNumber: p.decisionNumber,
    decisionDate: p.decisionDate,
    decidingAuthority: p.authority,
    movementId: null,
    roundKind: p.roundKind,
    orgUnitId: p.subject.unit.id,
    source: 'import' as const,
    note: p.note,
    createdBy: ctx.actor.userId || null,
  }));
  await inTx(ctx, async (tx) => {
    await insertSubjects(tx, [...newSubjects.values()]);
    const ids = await insertRecords(tx, records);
    await recordAudit(tx, ctx, {
      action: 'award.import',
      entity: 'award_record',
      entityId: null,
      orgUnitId: q.unitId,
      // The ids trace what the import wrote (source = 'import' marks the rows too); a huge list is left out.
      after: { fingerprint: a.fingerprint, rowsRead: a.rowsRead, written: ids.length, skippedRows: a.errors.length, subjectsCreated: newSubjects.size, ...(ids.length <= 10_000 ? { recordIds: ids } : {}) },
    });
  });
  const matched = new Set(a.planned.filter((p) => a.matches.has(p.identity)).map((p) => a.matches.get(p.identity)!.id));
  return { written: records.length, subjectsCreated: newSubjects.size, subjectsMatched: matched.size, skippedRows: new Set(a.errors.filter((e) => e.row > 0).map((e) => e.row)).size };
}
