import type { Ctx } from '../../../app/context';
import { authorize } from '../../../access/authorize';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import { AppError, notFound, versionConflict } from '../../../shared/errors';
import type { CreateProposalBody, ProposalDetail, UpdateProposalBody } from '../../../shared/api/award-proposals';
import { loadProposal, lockEditable, requireEditor, type LoadedProposal } from '../proposal-access';
import { runCheck } from '../run-check';
import { getProposal } from './read-proposals';

/** The body a unit's dossiers go to: its parent on the day (a ward's province, a province's centre). */
export async function parentUnit(ctx: Ctx, unitId: string): Promise<{ id: string; name: string } | undefined> {
  const linked = await ctx.db
    .selectFrom('org_parent as l')
    .innerJoin('org_unit as u', 'u.id', 'l.parent_id')
    .select(['u.id', 'u.name'])
    .where('l.child_id', '=', unitId)
    .where((eb) => eb.or([eb('l.valid_from', 'is', null), eb('l.valid_from', '<=', ctx.today)]))
    .where((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>=', ctx.today)]))
    .executeTakeFirst();
  if (linked) return linked;
  // Provinces hang under the country without a stored link (see ancestryOn).
  const root = await ctx.db.selectFrom('org_unit').select(['id', 'name']).where('kind', '=', 'national').executeTakeFirst();
  return root && root.id !== unitId ? root : undefined;
}

function basisProblems(b: { basis: string; movementId?: string | null; year?: number | null }): void {
  if (b.basis === 'phong_trao' && !b.movementId) throw new AppError('VALIDATION', 'Đề nghị theo phong trào thi đua cần chọn phong trào.', [{ path: 'movementId', message: 'Chọn phong trào thi đua.' }]);
  if (b.basis === 'nam' && !b.year) throw new AppError('VALIDATION', 'Đề nghị tổng kết năm cần ghi năm thành tích.', [{ path: 'year', message: 'Nhập năm.' }]);
}

async function checkMovement(ctx: Ctx, id: string | null | undefined): Promise<void> {
  if (!id) return;
  if (!(await ctx.db.selectFrom('movement').select('id').where('id', '=', id).executeTakeFirst())) throw notFound('Phong trào thi đua');
}

export async function createProposal(ctx: Ctx, body: CreateProposalBody): Promise<ProposalDetail> {
  await authorize(ctx, 'award.propose', { unitId: body.proposingUnitId, mode: 'write' });
  const unit = await ctx.db.selectFrom('org_unit').select(['id', 'name', 'valid_from', 'valid_to']).where('id', '=', body.proposingUnitId).executeTakeFirst();
  if (!unit) throw notFound('Đơn vị');
  if ((unit.valid_to && unit.valid_to < ctx.today) || (unit.valid_from && unit.valid_from > ctx.today)) {
    throw new AppError('VALIDATION', `${unit.name} không còn hoạt động vào ngày hôm nay; đơn vị kế thừa lập hồ sơ đề nghị.`);
  }
  const parent = await parentUnit(ctx, unit.id);
  if (!parent) throw new AppError('VALIDATION', `${unit.name} không có cấp trên để gửi hồ sơ đề nghị khen thưởng.`);
  basisProblems(body);
  await checkMovement(ctx, body.movementId);
  const id = await inTx(ctx, async (tx) => {
    const row = await tx
      .insertInto('award_proposal')
      .values({
        proposing_unit_id: unit.id,
        receiving_unit_id: parent.id,
        title: body.title,
        basis: body.basis,
        movement_id: body.movementId ?? null,
        year: body.year ?? null,
        round_kind: body.roundKind ?? (body.basis === 'dot_xuat' ? 'dot_xuat' : body.basis === 'phong_trao' ? 'chuyen_de' : 'thuong_xuyen'),
        document_number: body.documentNumber ?? null,
        document_date: body.documentDate ?? null,
        quota_bases: JSON.stringify(body.quotaBases ?? {}),
        check_result: null,
        created_by: ctx.actor.userId || null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'award_proposal.create', entity: 'award_proposal', entityId: row.id, orgUnitId: unit.id, after: { ...body, receivingUnitId: parent.id } });
    return row.id;
  });
  await recheck(ctx, id);
  return getProposal(ctx, id);
}

/** Re-runs the automatic check after a change, outside the change's transaction (the check is derived). */
export async function recheck(ctx: Ctx, id: string, loaded?: LoadedProposal): Promise<void> {
  const p = loaded ?? (await loadProposal(ctx, id));
  await runCheck(ctx.db, p, ctx.today);
}

export async function updateProposal(ctx: Ctx, id: string, body: UpdateProposalBody): Promise<ProposalDetail> {
  const p = await loadProposal(ctx, id);
  requireEditor(p);
  const next = { basis: body.basis ?? p.basis, movementId: body.movementId !== undefined ? body.movementId : p.movement_id, year: body.year !== undefined ? body.year : p.year };
  basisProblems(next);
  await checkMovement(ctx, body.movementId);
  await inTx(ctx, async (tx) => {
    await lockEditable(tx, id);
    const updated = await tx
      .updateTable('award_proposal')
      .set((eb) => ({
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.basis !== undefined ? { basis: body.basis } : {}),
        ...(body.movementId !== undefined ? { movement_id: body.movementId } : {}),
        ...(body.year !== undefined ? { year: body.year } : {}),
        ...(body.roundKind !== undefined ? { round_kind: body.roundKind } : {}),
        ...(body.documentNumber !== undefined ? { document_number: body.documentNumber } : {}),
        ...(body.documentDate !== undefined ? { document_date: body.documentDate } : {}),
        ...(body.quotaBases !== undefined ? { quota_bases: JSON.stringify(body.quotaBases) } : {}),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .where('version', '=', body.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    const { version: _v, ...changes } = body;
    await recordAudit(tx, ctx, {
      action: 'award_proposal.update',
      entity: 'award_proposal',
      entityId: id,
      orgUnitId: p.proposing_unit_id,
      before: Object.fromEntries(Object.keys(changes).map((k) => [k, (p as Record<string, unknown>)[k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] ?? null])),
      after: changes,
    });
  });
  await recheck(ctx, id);
  return getProposal(ctx, id);
}

export async function deleteProposal(ctx: Ctx, id: string, version: number): Promise<{ ok: true }> {
  const p = await loadProposal(ctx, id);
  requireEditor(p);
  if (p.state !== 'soan') throw new AppError('CONFLICT', 'Chỉ xóa được hồ sơ chưa gửi lần nào.');
  await inTx(ctx, async (tx) => {
    const gone = await tx.deleteFrom('award_proposal').where('id', '=', id).where('version', '=', version).where('state', '=', 'soan').returning('id').executeTakeFirst();
    if (!gone) throw versionConflict();
    await recordAudit(tx, ctx, { action: 'award_proposal.delete', entity: 'award_proposal', entityId: id, orgUnitId: p.proposing_unit_id, before: { title: p.title, state: p.state } });
  });
  return { ok: true };
}
