import type { Ctx, Tx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import { AppError, notFound } from '../../../shared/errors';
import { cleanText } from '../../../shared/vi-text';
import { formatViDate } from '../../../shared/vi-date';
import type { CreateRecordBody, NewSubjectBody, RecordView, RevokeRecordBody } from '../../../shared/api/awards-registry';
import { GRADE_LABELS, SUBJECT_KIND_LABELS, formOfCode, gradeOfCode, recordCode, resolveAwardName, type AwardGrade } from '../award-forms';
import type { AwardLevel, AwardSubjectKind } from '../../../db/schema';
import { authorizeUnit } from '../registry-scope';
import { insertRecords, insertSubjects } from '../registry-writes';
import { recordsOf } from '../subject-queries';
import { recordView } from '../views';

const clean = (v: string | null | undefined) => (v ? cleanText(v) || null : null);

export interface AwardChoice {
  code: string;
  name: string;
  grade: AwardGrade | null;
  level: AwardLevel;
}

/** The award as recorded: a known form fills code, name and level; an unknown one is kept as given. */
export function chooseAward(input: { awardCode?: string | undefined; awardName: string; grade?: AwardGrade | null | undefined; level?: AwardLevel | undefined }, kind: AwardSubjectKind): AwardChoice {
  const byCode = input.awardCode ? formOfCode(input.awardCode) : undefined;
  const resolved = byCode ? null : resolveAwardName(input.awardName);
  const form = byCode ?? resolved?.form;
  if (form && !form.subjects.includes(kind)) {
    throw new AppError('VALIDATION', `${form.name} không dành cho ${SUBJECT_KIND_LABELS[kind].toLowerCase()}.`, [{ path: 'awardName', message: 'Hình thức không phù hợp với loại đối tượng.' }]);
  }
  if (!form) {
    if (!input.level) throw new AppError('VALIDATION', `"${input.awardName}" không có trong danh mục; hãy chọn cấp khen thưởng để ghi như đã nhập.`, [{ path: 'level', message: 'Cần chọn cấp khen thưởng.' }]);
    return { code: input.awardCode || 'KHAC', name: cleanText(input.awardName), grade: input.grade ?? null, level: input.level };
  }
  const grade = form.graded ? (input.grade ?? (input.awardCode ? gradeOfCode(input.awardCode) : null) ?? resolved?.grade ?? null) : null;
  return { code: recordCode(form, grade), name: grade ? `${form.name} ${GRADE_LABELS[grade]}` : form.name, grade, level: input.level ?? form.level };
}

/** Dates that cannot be right: a decision after today, or a title for a year after its decision. */
export function dateProblem(year: number, decisionDate: string | null, today: string): string | null {
  if (year > Number(today.slice(0, 4))) return `Năm khen thưởng ${year} ở sau năm hiện tại.`;
  if (decisionDate && decisionDate > today) return `Ngày quyết định ${formatViDate(decisionDate)} ở sau ngày hôm nay.`;
  if (decisionDate && Number(decisionDate.slice(0, 4)) < year) return `Quyết định ngày ${formatViDate(decisionDate)} không thể khen thưởng thành tích năm ${year}.`;
  return null;
}

function subjectFields(s: NewSubjectBody) {
  if (s.kind !== 'ca_nhan' && (s.birthYear || s.birthDate || s.idNumber || s.gender)) {
    throw new AppError('VALIDATION', 'Năm sinh, ngày sinh, số định danh và giới tính chỉ ghi cho cá nhân.', [{ path: 'subject.birthYear', message: 'Chỉ ghi cho cá nhân.' }]);
  }
  const birthYear = s.birthDate ? Number(s.birthDate.slice(0, 4)) : (s.birthYear ?? null);
  if (s.birthDate && s.birthYear && s.birthYear !== birthYear) {
    throw new AppError('VALIDATION', 'Năm sinh không khớp với ngày sinh.', [{ path: 'subject.birthYear', message: 'Không khớp với ngày sinh.' }]);
  }
  return {
    kind: s.kind,
    fullName: cleanText(s.fullName),
    birthYear,
    birthDate: s.birthDate ?? null,
    idNumber: s.idNumber ?? null,
    gender: s.gender ?? null,
    position: clean(s.position),
    workplace: clean(s.workplace),
    orgUnitId: s.orgUnitId,
    workerCategory: s.workerCategory ?? null,
    note: s.note ?? null,
  };
}

/** Audit rows keep who and what, never a date of birth or an ID number (the audit log has other readers). */
export const redact = <T extends Record<string, unknown>>(row: T) => ({ ...row, birth_date: row.birth_date ? '[ẩn]' : null, id_number: row.id_number ? '[ẩn]' : null });

async function assertNotRecorded(tx: Tx, subjectId: string, a: AwardChoice, year: number, decisionNumber: string | null) {
  const same = await tx
    .selectFrom('award_record')
    .select(['decision_number', 'grade'])
    .where('subject_id', '=', subjectId)
    .where('award_code', '=', a.code)
    .where('year', '=', year)
    .where('revoked_at', 'is', null)
    .execute();
  // Compared here: the database's lower() folds "Đ" only under some locales.
  if (same.some((r) => (r.decision_number?.toLowerCase() ?? '') === (decisionNumber?.toLowerCase() ?? '') && r.grade === a.grade)) throw new AppError('CONFLICT', `${a.name} năm ${year}${decisionNumber ? ` (quyết định ${decisionNumber})` : ''} đã có trong sổ khen thưởng của đối tượng này.`);
}

/** Enters one award by hand, for a person or collective already in the registry or a new one. */
export async function createRecord(ctx: Ctx, body: CreateRecordBody): Promise<RecordView> {
  const existing = body.subjectId ? await ctx.db.selectFrom('award_subject').selectAll().where('id', '=', body.subjectId).executeTakeFirst() : undefined;
  if (body.subjectId && !existing) throw notFound('Đối tượng khen thưởng');
  const newSubject = body.subject ? subjectFields(body.subject) : null;
  const subjectUnit = existing?.org_unit_id ?? newSubject!.orgUnitId;
  const kind = existing?.kind ?? newSubject!.kind;
  await authorizeUnit(ctx, 'award.manage', subjectUnit, 'write');
  const proposingUnit = body.orgUnitId ?? subjectUnit;
  if (proposingUnit !== subjectUnit) await authorizeUnit(ctx, 'award.manage', proposingUnit, 'write');
  const award = chooseAward(body, kind);
  const decisionNumber = clean(body.decisionNumber);
  const decisionDate = body.decisionDate ?? null;
  const problem = dateProblem(body.year, decisionDate, ctx.today);
  if (problem) throw new AppError('VALIDATION', problem, [{ path: decisionDate && decisionDate > ctx.today ? 'decisionDate' : 'year', message: problem }]);
  if (body.movementId && !(await ctx.db.selectFrom('movement').select('id').where('id', '=', body.movementId).executeTakeFirst())) throw notFound('Phong trào thi đua');
  const id = await inTx(ctx, async (tx) => {
    let subjectId = existing?.id;
    if (!subjectId) {
      [subjectId] = await insertSubjects(tx, [newSubject!]);
      const row = await tx.selectFrom('award_subject').selectAll().where('id', '=', subjectId!).executeTakeFirstOrThrow();
      await recordAudit(tx, ctx, { action: 'award.subject.create', entity: 'award_subject', entityId: subjectId!, orgUnitId: subjectUnit, after: redact(row) });
    } else {
      await assertNotRecorded(tx, subjectId, award, body.year, decisionNumber);
    }
    const [recordId] = await insertRecords(tx, [
      {
        subjectId: subjectId!,
        subjectKind: kind,
        workerCategory: existing?.worker_category ?? newSubject?.workerCategory ?? null,
        awardCode: award.code,
        awardName: award.name,
        grade: award.grade,
        level: award.level,
        year: body.year,
        decisionNumber,
        decisionDate,
        decidingAuthority: clean(body.decidingAuthority),
        movementId: body.movementId ?? null,
        roundKind: body.roundKind ?? 'thuong_xuyen',
        orgUnitId: proposingUnit,
        source: 'manual',
        note: body.note ?? null,
        createdBy: ctx.actor.userId || null,
      },
    ]);
    const row = await tx.selectFrom('award_record').selectAll().where('id', '=', recordId!).executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'award.record', entity: 'award_record', entityId: recordId!, orgUnitId: proposingUnit, after: row });
    return recordId!;
  });
  return loadRecord(ctx, id);
}

async function loadRecord(ctx: Ctx, id: string): Promise<RecordView> {
  const r = await ctx.db.selectFrom('award_record').select('subject_id').where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('Bản ghi khen thưởng');
  const row = (await recordsOf(ctx.db, [r.subject_id])).find((x) => x.id === id);
  if (!row) throw notFound('Bản ghi khen thưởng');
  return recordView(row);
}

/**
 * Thu hồi (Luật Thi đua, khen thưởng Điều 93): the record stays with its revocation, the reason and
 * the legal ground; it no longer counts in statistics or toward later awards. Nothing is deleted.
 */
export async function revokeRecord(ctx: Ctx, id: string, body: RevokeRecordBody): Promise<RecordView> {
  const current = await ctx.db.selectFrom('award_record').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('Bản ghi khen thưởng');
  await authorizeUnit(ctx, 'award.manage', current.org_unit_id, 'write');
  if (current.revoked_at) throw new AppError('CONFLICT', `${current.award_name} năm ${current.year} đã bị thu hồi trước đó.`);
  // An award given by a decision in the system is revoked by its deciding authority, through the decision
  // (Điều 93): the unit that proposed it may not, and the decision and its certificates must say so too.
  if (current.source === 'decision' && (await ctx.db.selectFrom('award_decision_item').select('id').where('award_record_id', '=', id).executeTakeFirst())) {
    throw new AppError(
      'FORBIDDEN',
      `${current.award_name} năm ${current.year} được tặng theo Quyết định số ${current.decision_number ?? ''} trong hệ thống; việc thu hồi do cơ quan ra quyết định thực hiện tại trang quyết định khen thưởng.`,
    );
  }
  await inTx(ctx, async (tx) => {
    const updated = await tx
      .updateTable('award_record')
      .set({ revoked_at: new Date(), revoke_reason: cleanText(body.reason), revoke_basis: cleanText(body.basis), revoked_by: ctx.actor.userId || null })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError('CONFLICT', 'Bản ghi vừa được người khác thu hồi.');
    await recordAudit(tx, ctx, { action: 'award.revoke', entity: 'award_record', entityId: id, orgUnitId: current.org_unit_id, before: current, after: updated });
  });
  return loadRecord(ctx, id);
}
