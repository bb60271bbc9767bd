import { sql, type SqlBool } from 'kysely';
import type { Ctx, Tx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import { AppError, forbidden, notFound, versionConflict } from '../../../shared/errors';
import { searchKey } from '../../../shared/vi-text';
import type { NomineeBody, ProposalDetail, UpdateNomineeBody } from '../../../shared/api/award-proposals';
import { resolveAward, type AwardCode } from '../../domain/catalogue';
import { mayOnUnit, registryUnits, unitDay } from '../../registry/registry-scope';
import { loadProposal, lockEditable, requireEditor, type LoadedProposal } from '../proposal-access';
import { recheck } from './manage-proposals';
import { getProposal } from './read-proposals';

const PERSONAL = new Set(['birthYear', 'birthDate', 'idNumber']);
const GRADES = { '1': 'nhat', '2': 'nhi', '3': 'ba' } as const;

/** Hạng Nhất/Nhì/Ba is part of the catalogue's code ("huan_chuong_lao_dong_3"). */
export const gradeOf = (code: string) => GRADES[code.match(/_([123])$/)?.[1] as keyof typeof GRADES] ?? null;

/** What the audit keeps of a nominee's change: personal data only as "changed", never the values. */
function auditable(body: Partial<NomineeBody>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, PERSONAL.has(k) && v != null ? '(đã thay đổi)' : k === 'achievement' ? '(nội dung báo cáo thành tích)' : v]));
}

/**
 * The registry entry the nominee is: the one named, or else the only one with the same folded name and
 * kind in the registry of the nominee's unit (the unit, the units below it and those it carries on from
 * before the 2025 merger). An individual whose registry entry has a year of birth must have the same one.
 * Anyone else of that name in the country is a different person: nothing is linked then.
 */
async function matchSubject(tx: Tx, today: string, unitId: string, body: { subjectId?: string | null; subjectKind: string; fullName: string; birthYear?: number | null }): Promise<string | null> {
  if (body.subjectId) {
    const s = await tx.selectFrom('award_subject').select(['id', 'kind']).where('id', '=', body.subjectId).executeTakeFirst();
    if (!s) throw notFound('Đối tượng trong sổ khen thưởng');
    if (s.kind !== body.subjectKind) throw new AppError('VALIDATION', 'Loại đối tượng không khớp với sổ khen thưởng.', [{ path: 'subjectKind', message: 'Không khớp với sổ khen thưởng.' }]);
    return s.id;
  }
  if (body.subjectId === null) return null;
  const root = await unitDay(tx, unitId, today);
  if (!root) return null;
  const units = await registryUnits(tx, [root]);
  let q = tx.selectFrom('award_subject').select('id').where('search_key', '=', searchKey(body.fullName)).where('kind', '=', body.subjectKind as 'ca_nhan');
  if (!units.national) q = q.where(sql<SqlBool>`org_unit_id = any(${[...units.branchOf.keys()]}::uuid[])`);
  if (body.subjectKind === 'ca_nhan') {
    const year = body.birthYear ?? null;
    q = q.where((eb) => (year === null ? eb('birth_year', 'is', null) : eb.or([eb('birth_year', 'is', null), eb('birth_year', '=', year)])));
  } else if (body.birthYear) q = q.where('birth_year', '=', body.birthYear);
  const found = await q.limit(2).execute();
  return found.length === 1 ? found[0]!.id : null;
}

async function checkAward(p: LoadedProposal, awardCode: string, kind: string, ctx: Ctx): Promise<void> {
  const award = resolveAward(awardCode as AwardCode, ctx.today);
  if (!award) throw new AppError('VALIDATION', 'Hình thức khen thưởng này không còn áp dụng.', [{ path: 'awardCode', message: 'Không áp dụng tại ngày hôm nay.' }]);
  if (!award.subjects.includes(kind as 'ca_nhan')) {
    throw new AppError('VALIDATION', `${award.name} không dùng cho đối tượng này.`, [{ path: 'awardCode', message: 'Không phù hợp với loại đối tượng.' }]);
  }
  void p;
}

async function checkUnit(ctx: Ctx, p: LoadedProposal, unitId: string): Promise<void> {
  // A unit proposes its own people and those of the units below it.
  if (unitId !== p.proposing_unit_id && !(await mayOnUnit(ctx, 'award.propose', unitId))) throw forbidden('Chỉ đề nghị cá nhân, tập thể thuộc đơn vị mình quản lý.');
}

export async function addNominee(ctx: Ctx, proposalId: string, body: NomineeBody): Promise<ProposalDetail> {
  const p = await loadProposal(ctx, proposalId);
  requireEditor(p);
  const unitId = body.orgUnitId ?? p.proposing_unit_id;
  await checkUnit(ctx, p, unitId);
  await checkAward(p, body.awardCode, body.subjectKind, ctx);
  await inTx(ctx, async (tx) => {
    await lockEditable(tx, proposalId);
    const subjectId = await matchSubject(tx, ctx.today, unitId, body);
    const last = await tx.selectFrom('award_proposal_nominee').select((eb) => eb.fn.max('position').as('m')).where('proposal_id', '=', proposalId).executeTakeFirst();
    const row = await tx
      .insertInto('award_proposal_nominee')
      .values({
        proposal_id: proposalId,
        position: Number(last?.m ?? 0) + 1,
        subject_id: subjectId,
        subject_kind: body.subjectKind,
        full_name: body.fullName,
        search_key: searchKey(body.fullName),
        birth_year: body.birthYear ?? null,
        birth_date: body.birthDate ?? null,
        id_number: body.idNumber ?? null,
        gender: body.gender ?? null,
        position_title: body.positionTitle ?? null,
        workplace: body.workplace ?? null,
        org_unit_id: unitId,
        worker_category: body.workerCategory ?? null,
        is_direct_worker: body.isDirectWorker ?? false,
        award_code: body.awardCode,
        grade: gradeOf(body.awardCode),
        achievement: body.achievement ? JSON.stringify(body.achievement) : null,
        history: body.history ? JSON.stringify(body.history) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'award_proposal.nominee_add', entity: 'award_proposal', entityId: proposalId, orgUnitId: p.proposing_unit_id, after: { nomineeId: row.id, subjectId, ...auditable(body) } });
  });
  await recheck(ctx, proposalId);
  return getProposal(ctx, proposalId);
}

async function loadNominee(ctx: Ctx, p: LoadedProposal, nomineeId: string) {
  const n = await ctx.db.selectFrom('award_proposal_nominee').selectAll().where('id', '=', nomineeId).where('proposal_id', '=', p.id).executeTakeFirst();
  if (!n) throw notFound('Đối tượng đề nghị');
  return n;
}

export async function updateNominee(ctx: Ctx, proposalId: string, nomineeId: string, body: UpdateNomineeBody): Promise<ProposalDetail> {
  const p = await loadProposal(ctx, proposalId);
  requireEditor(p);
  const n = await loadNominee(ctx, p, nomineeId);
  const kind = body.subjectKind ?? n.subject_kind;
  const fullName = body.fullName ?? n.full_name;
  if (body.orgUnitId) await checkUnit(ctx, p, body.orgUnitId);
  await checkAward(p, body.awardCode ?? n.award_code, kind, ctx);
  await inTx(ctx, async (tx) => {
    await lockEditable(tx, proposalId);
    const renamed = body.fullName !== undefined || body.subjectKind !== undefined || body.birthYear !== undefined || (body.orgUnitId !== undefined && body.orgUnitId !== n.org_unit_id);
    const subjectId = body.subjectId !== undefined || (renamed && !n.subject_id)
      ? await matchSubject(tx, ctx.today, body.orgUnitId ?? n.org_unit_id, { subjectId: body.subjectId, subjectKind: kind, fullName, birthYear: body.birthYear !== undefined ? body.birthYear : n.birth_year })
      : n.subject_id;
    const set = {
      subject_id: subjectId,
      ...(body.subjectKind !== undefined ? { subject_kind: body.subjectKind } : {}),
      ...(body.fullName !== undefined ? { full_name: body.fullName, search_key: searchKey(body.fullName) } : {}),
      ...(body.birthYear !== undefined ? { birth_year: body.birthYear } : {}),
      ...(body.birthDate !== undefined ? { birth_date: body.birthDate } : {}),
      ...(body.idNumber !== undefined ? { id_number: body.idNumber } : {}),
      ...(body.gender !== undefined ? { gender: body.gender } : {}),
      ...(body.positionTitle !== undefined ? { position_title: body.positionTitle } : {}),
      ...(body.workplace !== undefined ? { workplace: body.workplace } : {}),
      ...(body.orgUnitId !== undefined ? { org_unit_id: body.orgUnitId } : {}),
      ...(body.workerCategory !== undefined ? { worker_category: body.workerCategory } : {}),
      ...(body.isDirectWorker !== undefined ? { is_direct_worker: body.isDirectWorker } : {}),
      ...(body.awardCode !== undefined ? { award_code: body.awardCode, grade: gradeOf(body.awardCode) } : {}),
      ...(body.achievement !== undefined ? { achievement: body.achievement ? JSON.stringify(body.achievement) : null } : {}),
      ...(body.history !== undefined ? { history: body.history ? JSON.stringify(body.history) : null } : {}),
    };
    const updated = await tx
      .updateTable('award_proposal_nominee')
      .set((eb) => ({ ...set, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', nomineeId)
      .where('version', '=', body.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    const { version: _v, ...changes } = body;
    await recordAudit(tx, ctx, { action: 'award_proposal.nominee_update', entity: 'award_proposal', entityId: proposalId, orgUnitId: p.proposing_unit_id, before: { nomineeId, fullName: n.full_name, awardCode: n.award_code }, after: { nomineeId, ...auditable(changes) } });
  });
  await recheck(ctx, proposalId);
  return getProposal(ctx, proposalId);
}

export async function removeNominee(ctx: Ctx, proposalId: string, nomineeId: string, version: number): Promise<ProposalDetail> {
  const p = await loadProposal(ctx, proposalId);
  requireEditor(p);
  const n = await loadNominee(ctx, p, nomineeId);
  await inTx(ctx, async (tx) => {
    await lockEditable(tx, proposalId);
    const gone = await tx.deleteFrom('award_proposal_nominee').where('id', '=', nomineeId).where('version', '=', version).returning('id').executeTakeFirst();
    if (!gone) throw versionConflict();
    await recordAudit(tx, ctx, { action: 'award_proposal.nominee_remove', entity: 'award_proposal', entityId: proposalId, orgUnitId: p.proposing_unit_id, before: { nomineeId, fullName: n.full_name, awardCode: n.award_code } });
  });
  await recheck(ctx, proposalId);
  return getProposal(ctx, proposalId);
}
