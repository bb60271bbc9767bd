import type { Ctx, Tx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import { AppError, forbidden, versionConflict } from '../../../shared/errors';
import { checkTransition } from '../../../shared/workflow';
import type { ProposalDetail, TransitionBody } from '../../../shared/api/award-proposals';
import { moveProposal } from '../move-proposal';
import { blocking, uncoveredBlocking } from '../domain/findings';
import { PROPOSAL_WORKFLOW, type ProposalState } from '../domain/proposal-workflow';
import { EDITABLE_STATES, planForward, stepActor } from '../domain/proposal-steps';
import { councilBlockedByPublication, publicationProblem } from '../domain/publication';
import { isActive } from '../domain/dossier-check';
import { loadProposal, lockEditable, requireReviewer, type LoadedProposal } from '../proposal-access';
import { runCheck } from '../run-check';
import { getProposal } from './read-proposals';
import { parentUnit } from './manage-proposals';

const NOT_HERE: Record<string, string> = {
  council: 'Bước này do Hội đồng Thi đua - Khen thưởng thực hiện khi mở và kết thúc phiên biểu quyết.',
  decision: 'Quyết định khen thưởng được ban hành ở chức năng Quyết định khen thưởng.',
};

async function notify(tx: Tx, unitId: string, title: string, id: string): Promise<void> {
  await tx.insertInto('notification').values({ unit_id: unitId, kind: 'award_proposal', title, link: `/khen-thuong/ho-so/${id}` }).execute();
}

export async function transitionProposal(ctx: Ctx, id: string, body: TransitionBody): Promise<ProposalDetail> {
  const p = await loadProposal(ctx, id);
  const who = stepActor(body.to);
  if (who === 'council' || who === 'decision') throw new AppError('CONFLICT', NOT_HERE[who]!);
  if (who === 'proposer' && !p.may.edit) throw forbidden(`Chỉ ${p.proposing_name} được gửi hồ sơ này.`);
  if (who === 'reviewer') requireReviewer(p);
  const reason = body.to === 'tra_lai' && !body.reason?.trim() && body.returns?.length ? `Trả lại ${body.returns.length} đối tượng.` : body.reason;
  checkTransition(PROPOSAL_WORKFLOW, p.state, body.to, reason);
  if (body.version !== p.version) throw versionConflict();

  switch (body.to) {
    case 'gui':
      await send(ctx, p);
      break;
    case 'tra_lai':
      await giveBack(ctx, p, reason!, body.returns ?? []);
      await runCheck(ctx.db, await loadProposal(ctx, id), ctx.today);
      break;
    case 'lay_y_kien':
      await publish(ctx, p, body);
      break;
    case 'trinh_hoi_dong': {
      const check = await runCheck(ctx.db, p, ctx.today);
      const blocked = councilBlockedByPublication({ publicFrom: p.public_from, publicUntil: p.public_until }, ctx.today, check.needsPublication);
      if (blocked) throw new AppError('CONFLICT', blocked);
      await simpleMove(ctx, p, body.to, reason);
      break;
    }
    case 'chuyen_cap_tren':
      await forward(ctx, p);
      break;
    default:
      if (body.to === 'tham_dinh') await runCheck(ctx.db, p, ctx.today);
      await simpleMove(ctx, p, body.to, reason);
  }
  return getProposal(ctx, id);
}

async function simpleMove(ctx: Ctx, p: LoadedProposal, to: ProposalState, reason: string | null | undefined): Promise<void> {
  await inTx(ctx, async (tx) => {
    await moveProposal(tx, ctx, p, to, reason);
    await notify(tx, p.proposing_unit_id, `${PROPOSAL_WORKFLOW.states[to]}: hồ sơ "${p.title}" (${p.receiving_name})`, p.id);
  });
}

/** Sending checks the dossier first: blocking findings stop it unless an override covers them. */
async function send(ctx: Ctx, p: LoadedProposal): Promise<void> {
  await inTx(ctx, async (tx) => {
    // Checked under the row lock: nothing can be added between the check and the move.
    await lockEditable(tx, p.id);
    const check = await runCheck(tx, p, ctx.today);
    const open = uncoveredBlocking(check.findings, (p.override_findings as string[] | null) ?? null);
    if (open.length) {
      throw new AppError(
        'CONFLICT',
        `Hồ sơ chưa gửi được: còn ${open.length} vấn đề phải khắc phục. Sửa hồ sơ, hoặc đề nghị ${p.receiving_name} cho phép gửi kèm lý do.`,
        open.slice(0, 100).map((f) => ({ path: f.nomineeId ? `nominees.${f.nomineeId}` : 'proposal', message: f.message })),
      );
    }
    await moveProposal(tx, ctx, p, 'gui', null);
    await tx.updateTable('award_proposal').set({ submitted_at: new Date() }).where('id', '=', p.id).execute();
    // What was returned and has been fixed (or kept) goes back under consideration.
    await tx.updateTable('award_proposal_nominee').set({ state: 'dang_xet', return_reason: null }).where('proposal_id', '=', p.id).where('state', '=', 'tra_lai').execute();
    await notify(tx, p.receiving_unit_id, `${p.proposing_name} gửi hồ sơ đề nghị khen thưởng "${p.title}"`, p.id);
  });
}

async function giveBack(ctx: Ctx, p: LoadedProposal, reason: string, returns: { nomineeId: string; reason: string }[]): Promise<void> {
  await inTx(ctx, async (tx) => {
    for (const r of returns) {
      const n = await tx.updateTable('award_proposal_nominee').set((eb) => ({ state: 'tra_lai', return_reason: r.reason, version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', r.nomineeId).where('proposal_id', '=', p.id).returning('full_name').executeTakeFirst();
      if (!n) throw new AppError('VALIDATION', 'Đối tượng trả lại không thuộc hồ sơ này.', [{ path: 'returns', message: r.nomineeId }]);
    }
    await moveProposal(tx, ctx, p, 'tra_lai', reason);
    // A returned dossier comes back changed: what was published is no longer what goes to the council.
    if (p.public_from || p.public_until) await tx.updateTable('award_proposal').set({ public_from: null, public_until: null }).where('id', '=', p.id).execute();
    await recordAudit(tx, ctx, {
      action: 'award_proposal.return_nominees', entity: 'award_proposal', entityId: p.id, orgUnitId: p.proposing_unit_id,
      ...(p.public_from || p.public_until ? { before: { publicFrom: p.public_from, publicUntil: p.public_until } } : {}),
      after: { reason, returns },
    });
    await notify(tx, p.proposing_unit_id, `${p.receiving_name} trả lại hồ sơ "${p.title}": ${reason}`, p.id);
  });
}

async function publish(ctx: Ctx, p: LoadedProposal, body: TransitionBody): Promise<void> {
  if (!body.publicFrom || !body.publicUntil) {
    throw new AppError('VALIDATION', 'Nhập thời gian lấy ý kiến, công khai (từ ngày, đến ngày).', [{ path: 'publicFrom', message: 'Bắt buộc.' }]);
  }
  const check = await runCheck(ctx.db, p, ctx.today);
  const problem = publicationProblem(body.publicFrom, body.publicUntil, ctx.today, check.needsPublication);
  if (problem) throw new AppError('VALIDATION', problem, [{ path: 'publicUntil', message: problem }]);
  await inTx(ctx, async (tx) => {
    await moveProposal(tx, ctx, p, 'lay_y_kien', body.reason);
    await tx.updateTable('award_proposal').set({ public_from: body.publicFrom!, public_until: body.publicUntil! }).where('id', '=', p.id).execute();
    await recordAudit(tx, ctx, { action: 'award_proposal.publish', entity: 'award_proposal', entityId: p.id, orgUnitId: p.proposing_unit_id, before: { publicFrom: p.public_from, publicUntil: p.public_until }, after: { publicFrom: body.publicFrom, publicUntil: body.publicUntil } });
  });
}

/**
 * Nominees whose award is above the receiving body go up in a new dossier, drafted by the receiving
 * body for the level above (it adds its own tờ trình and council minutes, then sends). When nobody is
 * left to decide here, the dossier itself ends as forwarded.
 */
async function forward(ctx: Ctx, p: LoadedProposal): Promise<void> {
  const check = await runCheck(ctx.db, p, ctx.today);
  const nominees = await ctx.db.selectFrom('award_proposal_nominee').selectAll().where('proposal_id', '=', p.id).orderBy('position').execute();
  const routing = new Map(check.nominees.map((c) => [c.nomineeId, c.routing]));
  const plan = planForward(nominees.map((n) => ({ id: n.id, active: isActive(n), routing: routing.get(n.id) ?? 'none', councilRefused: n.council_result === 'khong_dong_y' })));
  if (plan.forward.length === 0) throw new AppError('CONFLICT', `Không có đối tượng nào vượt thẩm quyền của ${p.receiving_name}; không cần trình cấp trên.`);
  const target = await parentUnit(ctx, p.receiving_unit_id);
  if (!target) throw new AppError('CONFLICT', `${p.receiving_name} không có cấp trên để trình.`);
  const forwardedId = await inTx(ctx, async (tx) => {
    const created = await tx
      .insertInto('award_proposal')
      .values({
        proposing_unit_id: p.receiving_unit_id,
        receiving_unit_id: target.id,
        title: `${p.title} (${p.receiving_name} trình ${target.name})`,
        basis: p.basis,
        movement_id: p.movement_id,
        year: p.year,
        round_kind: p.round_kind,
        forwarded_from_id: p.id,
        check_result: null,
        created_by: ctx.actor.userId || null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const moving = nominees.filter((n) => plan.forward.includes(n.id));
    for (const [i, n] of moving.entries()) {
      const copy = await tx
        .insertInto('award_proposal_nominee')
        .values({
          proposal_id: created.id, position: i + 1, subject_id: n.subject_id, subject_kind: n.subject_kind, full_name: n.full_name, search_key: n.search_key,
          birth_year: n.birth_year, birth_date: n.birth_date, id_number: n.id_number, gender: n.gender, position_title: n.position_title, workplace: n.workplace,
          org_unit_id: n.org_unit_id, worker_category: n.worker_category, is_direct_worker: n.is_direct_worker, award_code: n.award_code, grade: n.grade,
          achievement: n.achievement === null ? null : JSON.stringify(n.achievement), history: n.history === null ? null : JSON.stringify(n.history),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // The nominee's own report goes up with them; the dossier's tờ trình and minutes are the lower level's.
      const files = await tx.selectFrom('award_proposal_attachment').selectAll().where('proposal_id', '=', p.id).where('nominee_id', '=', n.id).execute();
      for (const f of files) {
        await tx.insertInto('award_proposal_attachment').values({ proposal_id: created.id, nominee_id: copy.id, kind: f.kind, file_name: f.file_name, mime: f.mime, size: f.size, sha256: f.sha256, content: f.content, uploaded_by: f.uploaded_by }).execute();
      }
    }
    await tx.updateTable('award_proposal_nominee').set((eb) => ({ state: 'chuyen_cap_tren', version: eb('version', '+', 1), updated_at: new Date() })).where('id', 'in', plan.forward).execute();
    if (plan.closesDossier) await moveProposal(tx, ctx, p, 'chuyen_cap_tren', `Trình ${target.name}`);
    else {
      const bumped = await tx.updateTable('award_proposal').set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', p.id).where('version', '=', p.version).returning('id').executeTakeFirst();
      if (!bumped) throw versionConflict();
    }
    await recordAudit(tx, ctx, { action: 'award_proposal.forward', entity: 'award_proposal', entityId: p.id, orgUnitId: p.receiving_unit_id, after: { forwardedId: created.id, to: target.name, nominees: plan.forward.length, closesDossier: plan.closesDossier } });
    await notify(tx, p.proposing_unit_id, `${p.receiving_name} trình ${target.name} ${plan.forward.length} đối tượng của hồ sơ "${p.title}"`, p.id);
    return created.id;
  });
  const fresh = await loadProposal(ctx, forwardedId);
  await runCheck(ctx.db, fresh, ctx.today);
}

/**
 * The receiving body lets a dossier through its blocking findings, with a justification recorded.
 * It covers the problems seen now; anything that appears afterwards blocks again.
 */
export async function overrideProposal(ctx: Ctx, id: string, body: { version: number; reason: string }): Promise<ProposalDetail> {
  const p = await loadProposal(ctx, id);
  if (!p.may.review) throw forbidden(`Chỉ ${p.receiving_name} được cho phép gửi hồ sơ còn vấn đề.`);
  if (!EDITABLE_STATES.has(p.state)) throw new AppError('CONFLICT', 'Chỉ cho phép gửi đối với hồ sơ đang soạn hoặc bị trả lại.');
  const check = await runCheck(ctx.db, p, ctx.today);
  const keys = blocking(check.findings).map((f) => f.key);
  if (keys.length === 0) throw new AppError('CONFLICT', 'Hồ sơ không có vấn đề phải khắc phục; không cần cho phép gửi.');
  await inTx(ctx, async (tx) => {
    const updated = await tx
      .updateTable('award_proposal')
      .set((eb) => ({ override_reason: body.reason, override_by: ctx.actor.userId || null, override_at: new Date(), override_findings: JSON.stringify(keys), version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', body.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await recordAudit(tx, ctx, { action: 'award_proposal.override', entity: 'award_proposal', entityId: id, orgUnitId: p.proposing_unit_id, before: { override: p.override_reason }, after: { reason: body.reason, findings: blocking(check.findings).map((f) => ({ key: f.key, message: f.message })) } });
    await notify(tx, p.proposing_unit_id, `${p.receiving_name} cho phép gửi hồ sơ "${p.title}" dù còn ${keys.length} vấn đề: ${body.reason}`, id);
  });
  return getProposal(ctx, id);
}
