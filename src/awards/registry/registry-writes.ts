import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../app/context';
import type { AwardLevel, AwardRoundKind, AwardSubjectKind, WorkerCategory } from '../../db/schema';
import { searchKey } from '../../shared/vi-text';
import { DIRECT_WORKER_CATEGORIES, type AwardGrade } from './award-forms';

export interface SubjectInsert {
  id?: string;
  kind: AwardSubjectKind;
  fullName: string;
  birthYear?: number | null;
  birthDate?: string | null;
  idNumber?: string | null;
  gender?: 'nam' | 'nu' | null;
  position?: string | null;
  workplace?: string | null;
  orgUnitId: string;
  workerCategory?: WorkerCategory | null;
  note?: string | null;
}

export interface RecordInsert {
  id?: string;
  subjectId: string;
  subjectKind: AwardSubjectKind;
  workerCategory: WorkerCategory | null;
  awardCode: string;
  awardName: string;
  grade: AwardGrade | null;
  level: AwardLevel;
  year: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  decidingAuthority: string | null;
  movementId: string | null;
  roundKind: AwardRoundKind;
  orgUnitId: string;
  source: 'import' | 'decision' | 'manual';
  note: string | null;
  createdBy: string | null;
}

const CHUNK = 5000;
const isDirect = (c: WorkerCategory | null | undefined) => !!c && DIRECT_WORKER_CATEGORIES.has(c);

/**
 * Many subjects in a few statements: columns travel as arrays and are unnested on the server, so
 * ten thousand rows cost a handful of round trips (row-by-row inserts take minutes on PGlite).
 * Ids are chosen here so that callers can link records without reading anything back.
 */
export async function insertSubjects(db: Db | Tx, rows: SubjectInsert[]): Promise<string[]> {
  const ids = rows.map((r) => r.id ?? randomUUID());
  for (let i = 0; i < rows.length; i += CHUNK) {
    const c = rows.slice(i, i + CHUNK);
    const col = <T>(f: (r: SubjectInsert) => T) => c.map(f);
    await sql`
      insert into award_subject (id, kind, full_name, search_key, birth_year, birth_date, id_number, gender, position, workplace, org_unit_id, worker_category, is_direct_worker, note)
      select * from unnest(
        ${ids.slice(i, i + CHUNK)}::uuid[], ${col((r) => r.kind)}::text[], ${col((r) => r.fullName)}::text[], ${col((r) => searchKey(r.fullName))}::text[],
        ${col((r) => r.birthYear ?? null)}::int[], ${col((r) => r.birthDate ?? null)}::date[], ${col((r) => r.idNumber ?? null)}::text[], ${col((r) => r.gender ?? null)}::text[],
        ${col((r) => r.position ?? null)}::text[], ${col((r) => r.workplace ?? null)}::text[], ${col((r) => r.orgUnitId)}::uuid[], ${col((r) => r.workerCategory ?? null)}::text[],
        ${col((r) => isDirect(r.workerCategory))}::boolean[], ${col((r) => r.note ?? null)}::text[]
      )`.execute(db);
  }
  return ids;
}

export async function insertRecords(db: Db | Tx, rows: RecordInsert[]): Promise<string[]> {
  const ids = rows.map((r) => r.id ?? randomUUID());
  for (let i = 0; i < rows.length; i += CHUNK) {
    const c = rows.slice(i, i + CHUNK);
    const col = <T>(f: (r: RecordInsert) => T) => c.map(f);
    await sql`
      insert into award_record (id, subject_id, award_code, award_name, grade, level, year, decision_number, decision_date, deciding_authority, movement_id, round_kind, org_unit_id, subject_kind, worker_category, is_direct_worker, source, note, created_by)
      select * from unnest(
        ${ids.slice(i, i + CHUNK)}::uuid[], ${col((r) => r.subjectId)}::uuid[], ${col((r) => r.awardCode)}::text[], ${col((r) => r.awardName)}::text[], ${col((r) => r.grade)}::text[],
        ${col((r) => r.level)}::text[], ${col((r) => r.year)}::int[], ${col((r) => r.decisionNumber)}::text[], ${col((r) => r.decisionDate)}::date[], ${col((r) => r.decidingAuthority)}::text[],
        ${col((r) => r.movementId)}::uuid[], ${col((r) => r.roundKind)}::text[], ${col((r) => r.orgUnitId)}::uuid[], ${col((r) => r.subjectKind)}::text[], ${col((r) => r.workerCategory)}::text[],
        ${col((r) => isDirect(r.workerCategory))}::boolean[], ${col((r) => r.source)}::text[], ${col((r) => r.note)}::text[], ${col((r) => r.createdBy)}::uuid[]
      )`.execute(db);
  }
  return ids;
}
