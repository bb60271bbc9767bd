import type { Ctx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import { AppError, forbidden, notFound } from '../../../shared/errors';
import { formatViDate } from '../../../shared/vi-date';
import type { CastBallotBody, SessionDetail } from '../../../shared/api/award-council';
import { termCovers } from '../domain/terms';
import { loadSession } from './session-queries';
import { getSession, voterSeat } from './read-session';

/**
 * One ballot per member and nominee, final once cast. The session row is share-locked so that a
 * close running at the same time either sees this ballot or makes this call fail on the closed state.
 */
export async function castBallot(ctx: Ctx, sessionId: string, body: CastBallotBody): Promise<SessionDetail> {
  const { session, access } = await loadSession(ctx, sessionId, 'vote');
  await inTx(ctx, async (tx) => {
    const s = await tx.selectFrom('council_session').select(['id', 'state', 'meeting_date']).where('id', '=', session.id).forShare().executeTakeFirstOrThrow();
    if (s.state === 'du_thao') throw new AppError('CONFLICT', 'Phiên họp chưa mở biểu quyết.');
    if (s.state === 'da_dong') throw new AppError('CONFLICT', 'Phiên họp đã kết thúc biểu quyết; không thể bỏ hoặc thay đổi phiếu.');
    const seat = await voterSeat({ ...ctx, db: tx }, s.id);
    if (!seat) throw forbidden('Bạn không có tên trong danh sách thành viên biểu quyết của phiên họp này.');
    const term = await tx.selectFrom('council_member').select(['valid_from', 'valid_to']).where('id', '=', seat.memberId).executeTakeFirstOrThrow();
    if (!termCovers({ validFrom: term.valid_from, validTo: term.valid_to }, s.meeting_date)) throw forbidden(`Nhiệm kỳ của bạn trong Hội đồng không bao gồm ngày họp ${formatViDate(s.meeting_date)}.`);
    const item = await tx.selectFrom('council_session_item').select(['id', 'nominee_id', 'secret']).where('session_id', '=', s.id).where('nominee_id', '=', body.nomineeId).executeTakeFirst();
    if (!item) throw notFound('Trường hợp đề nghị trong phiên họp');
    const inserted = await tx
      .insertInto('council_ballot')
      .values({ session_id: s.id, item_id: item.id, nominee_id: item.nominee_id, member_id: seat.memberId, choice: body.choice })
      .onConflict((oc) => oc.constraint('council_ballot_once_uq').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw new AppError('CONFLICT', 'Bạn đã biểu quyết trường hợp này; phiếu đã bỏ không thể thay đổi.');
    // The choice stays out of the audit log: its readers must not learn a secret ballot or a running score.
    await recordAudit(tx, ctx, { action: 'council.ballot.cast', entity: 'council_ballot', entityId: inserted.id, orgUnitId: access.council.org_unit_id, after: { sessionId: s.id, nomineeId: item.nominee_id, memberId: seat.memberId, secret: !!item.secret } });
  });
  return getSession(ctx, sessionId);
}
