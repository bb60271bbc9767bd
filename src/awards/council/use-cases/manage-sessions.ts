import type { Ctx, Tx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import { AppError, versionConflict } from '../../../shared/errors';
import { checkTransition } from '../../../shared/workflow';
import { cleanText } from '../../../shared/vi-text';
import { formatViDate } from '../../../shared/vi-date';
import type { CreateSessionBody, SessionDetail, SessionSummary, WaitingProposal } from '../../../shared/api/award-council';
import { moveProposal } from '../../proposals/move-proposal';
import { SESSION_WORKFLOW } from '../domain/session-workflow';
import { resolveVoteRule } from '../domain/vote-rule';
import { votersOn } from '../domain/terms';
import { loadCouncil } from '../council-access';
import { loadSession, sessionSummaries, type SessionRow } from './session-queries';
import { getSession } from './read-session';
import { localSettings } from './vote-settings';
import { closeItems } from './close-session';

/**
 * Nominees put to the vote: those still under consideration (or found eligible by the appraisal).
 * Returned ones, ones the appraisal did not propose, and ones forwarded to the level above are not.
 */
const VOTED_STATES = ['dang_xet', 'dat'] as const;

export async function listSessions(ctx: Ctx, councilId: string): Promise<SessionSummary[]> {
  const { council } = await loadCouncil(ctx, councilId);
  return sessionSummaries(ctx.db, { councilId: council.id });
}

/** Dossiers sent to this council's body and waiting for the council, not yet put to another session. */
export async function waitingProposals(ctx: Ctx, councilId: string): Promise<WaitingProposal[]> {
  const { council } = await loadCouncil(ctx, councilId, 'manage');
  const rows = await ctx.db
    .selectFrom('award_proposal as p')
    .innerJoin('org_unit as u', 'u.id', 'p.proposing_unit_id')
    .select((eb) => [
      'p.id', 'p.title', 'p.document_number', 'u.id as unit_id', 'u.name as unit_name',
      eb.selectFrom('award_proposal_nominee as n').select((e) => e.fn.countAll<string>().as('n')).whereRef('n.proposal_id', '=', 'p.id').where('n.state', 'in', VOTED_STATES).as('nominees'),
    ])
    .where('p.receiving_unit_id', '=', council.org_unit_id)
    .where('p.state', '=', 'trinh_hoi_dong')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('council_session_item as i').innerJoin('council_session as s', 's.id', 'i.session_id').select('i.id').whereRef('i.proposal_id', '=', 'p.id').where('s.state', '<>', 'da_dong'))))
    .orderBy('p.submitted_at')
    .orderBy('p.title')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, documentNumber: r.document_number, proposingUnit: { id: r.unit_id, name: r.unit_name }, nomineeCount: Number(r.nominees ?? 0) }));
}

export async function createSession(ctx: Ctx, councilId: string, body: CreateSessionBody): Promise<SessionDetail> {
  const { council } = await loadCouncil(ctx, councilId, 'manage');
  const ids = [...new Set(body.proposalIds)];
  const id = await inTx(ctx, async (tx) => {
    const proposals = await tx.selectFrom('award_proposal').select(['id', 'title', 'state', 'receiving_unit_id']).where('id', 'in', ids).forUpdate().execute();
    const wrong = ids.filter((pid) => {
      const p = proposals.find((x) => x.id === pid);
      return !p || p.receiving_unit_id !== council.org_unit_id || p.state !== 'trinh_hoi_dong';
    });
    if (wrong.length) throw new AppError('CONFLICT', `Có ${wrong.length} hồ sơ không ở trạng thái "Trình Hội đồng" của cơ quan này; hãy tải lại danh sách hồ sơ chờ xét.`);
    const busy = await tx.selectFrom('council_session_item as i').innerJoin('council_session as s', 's.id', 'i.session_id').select('i.proposal_id').where('i.proposal_id', 'in', ids).where('s.state', '<>', 'da_dong').executeTakeFirst();
    if (busy) throw new AppError('CONFLICT', `Hồ sơ "${proposals.find((p) => p.id === busy.proposal_id)?.title}" đã được đưa vào một phiên họp khác chưa kết thúc.`);
    const nominees = await tx.selectFrom('award_proposal_nominee').select(['id', 'proposal_id', 'position']).where('proposal_id', 'in', ids).where('state', 'in', VOTED_STATES).execute();
    if (nominees.length === 0) throw new AppError('VALIDATION', 'Các hồ sơ đã chọn không có trường hợp nào để biểu quyết.');
    // Items follow the order the dossiers were chosen in, then each dossier's own order.
    nominees.sort((a, b) => ids.indexOf(a.proposal_id) - ids.indexOf(b.proposal_id) || a.position - b.position);
    const s = await tx
      .insertInto('council_session')
      .values({ council_id: council.id, title: cleanText(body.title), meeting_date: body.meetingDate, location: body.location ? cleanText(body.location) : null, created_by: ctx.actor.userId || null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.insertInto('council_session_item').values(nominees.map((n, i) => ({ session_id: s.id, nominee_id: n.id, proposal_id: n.proposal_id, position: i + 1 }))).execute();
    await recordAudit(tx, ctx, { action: 'council.session.create', entity: 'council_session', entityId: s.id, orgUnitId: council.org_unit_id, after: { ...s, proposalIds: ids, nominees: nominees.length } });
    return s.id;
  });
  return getSession(ctx, id);
}

async function lockSession(tx: Tx, s: SessionRow, version: number): Promise<SessionRow> {
  const row = await tx.selectFrom('council_session').selectAll().where('id', '=', s.id).forUpdate().executeTakeFirstOrThrow();
  if (row.version !== version) throw versionConflict();
  return row;
}

async function moveAll(tx: Tx, ctx: Ctx, sessionId: string, from: string, to: 'bieu_quyet' | 'trinh_ky') {
  const proposals = await tx
    .selectFrom('award_proposal')
    .select(['id', 'state', 'version', 'proposing_unit_id', 'title'])
    .where('id', 'in', (eb) => eb.selectFrom('council_session_item').select('proposal_id').where('session_id', '=', sessionId))
    .forUpdate()
    .execute();
  for (const p of proposals) {
    if (p.state !== from) throw new AppError('CONFLICT', `Hồ sơ "${p.title}" không còn ở trạng thái phù hợp để ${to === 'bieu_quyet' ? 'mở biểu quyết' : 'trình ký'}; có thể đã bị rút hoặc trả lại.`);
    await moveProposal(tx, ctx, p, to, null);
  }
}

/** Fixes the voters (members in term on the meeting day) and each nominee's vote rule, then opens the vote. */
export async function openSession(ctx: Ctx, id: string, version: number): Promise<SessionDetail> {
  const { session, access } = await loadSession(ctx, id, 'manage');
  await inTx(ctx, async (tx) => {
    const s = await lockSession(tx, session, version);
    checkTransition(SESSION_WORKFLOW, s.state, 'dang_bieu_quyet');
    const terms = await tx.selectFrom('council_member').select(['id', 'user_id', 'council_role', 'voting', 'valid_from', 'valid_to']).where('council_id', '=', s.council_id).orderBy('valid_from', 'desc').execute();
    const voters = votersOn(terms.map((t) => ({ id: t.id, userId: t.user_id, role: t.council_role, voting: t.voting, validFrom: t.valid_from, validTo: t.valid_to })), s.meeting_date);
    if (voters.length === 0) throw new AppError('CONFLICT', `Hội đồng không có thành viên biểu quyết nào trong nhiệm kỳ vào ngày ${formatViDate(s.meeting_date)}.`);
    await tx.insertInto('council_session_voter').values(voters.map((v) => ({ session_id: s.id, member_id: v.id }))).execute();
    const local = await localSettings(tx, s.council_id);
    const items = await tx.selectFrom('council_session_item as i').innerJoin('award_proposal_nominee as n', 'n.id', 'i.nominee_id').select(['i.id', 'n.award_code']).where('i.session_id', '=', s.id).execute();
    for (const it of items) {
      const r = resolveVoteRule(it.award_code, s.meeting_date, local);
      await tx
        .updateTable('council_session_item')
        .set({ quorum_num: r.quorum.num, quorum_den: r.quorum.den, threshold_num: r.threshold.num, threshold_den: r.threshold.den, threshold_strict: r.strict, threshold_base: r.base, secret: r.secret, tie_break_by_chair: r.tieBreakByChair, rule_source: r.source })
        .where('id', '=', it.id)
        .execute();
    }
    await moveAll(tx, ctx, s.id, 'trinh_hoi_dong', 'bieu_quyet');
    await tx.updateTable('council_session').set((eb) => ({ state: 'dang_bieu_quyet', opened_at: new Date(), opened_by: ctx.actor.userId || null, version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', s.id).execute();
    await recordAudit(tx, ctx, { action: 'council.session.open', entity: 'council_session', entityId: s.id, orgUnitId: access.council.org_unit_id, before: { state: s.state }, after: { state: 'dang_bieu_quyet', voters: voters.map((v) => v.id) } });
  });
  return getSession(ctx, id);
}

/** Counts every nominee once, writes the results on the nominees and sends the dossiers for signature. */
export async function closeSession(ctx: Ctx, id: string, version: number): Promise<SessionDetail> {
  const { session, access } = await loadSession(ctx, id, 'manage');
  await inTx(ctx, async (tx) => {
    const s = await lockSession(tx, session, version);
    checkTransition(SESSION_WORKFLOW, s.state, 'da_dong');
    const results = await closeItems(tx, s.id);
    await moveAll(tx, ctx, s.id, 'bieu_quyet', 'trinh_ky');
    await tx.updateTable('council_session').set((eb) => ({ state: 'da_dong', closed_at: new Date(), closed_by: ctx.actor.userId || null, version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', s.id).execute();
    // Tallies only: who voted what stays out of the audit log, which has readers of its own.
    await recordAudit(tx, ctx, { action: 'council.session.close', entity: 'council_session', entityId: s.id, orgUnitId: access.council.org_unit_id, before: { state: s.state }, after: { state: 'da_dong', results } });
  });
  return getSession(ctx, id);
}

/** A draft holds its dossiers away from other sessions; dropping it gives them back, nothing else changes. */
export async function deleteDraftSession(ctx: Ctx, id: string, version: number): Promise<void> {
  const { session, access } = await loadSession(ctx, id, 'manage');
  await inTx(ctx, async (tx) => {
    const s = await lockSession(tx, session, version);
    if (s.state !== 'du_thao') throw new AppError('CONFLICT', 'Chỉ hủy được phiên họp chưa mở biểu quyết.');
    await tx.deleteFrom('council_session').where('id', '=', s.id).execute();
    await recordAudit(tx, ctx, { action: 'council.session.delete', entity: 'council_session', entityId: s.id, orgUnitId: access.council.org_unit_id, before: s });
  });
}
