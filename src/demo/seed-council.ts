import type { Ctx } from '../app/context';
import type { BallotChoice, CouncilRole } from '../db/schema-council';
import { loadActor } from '../accounts/actor-loader';
import { createUser } from '../accounts/use-cases/manage-users';
import { addAssignment } from '../accounts/use-cases/manage-assignments';
import { createCouncil } from '../awards/council/use-cases/manage-councils';
import { addMember } from '../awards/council/use-cases/manage-members';
import { closeSession, createSession, openSession } from '../awards/council/use-cases/manage-sessions';
import { castBallot } from '../awards/council/use-cases/cast-ballot';

export interface CouncilDemoRefs {
  /** Thành phố Cần Thơ after the 2025 merger (tree 2025, code 92): the body whose council it is. */
  canThoId: string;
  /** The agency "Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ" where hoidong.cantho's role sits. */
  councilUnitId: string;
  /** Dossiers received by Cần Thơ in state 'trinh_hoi_dong'; when given, one closed session votes on them. */
  proposalIds?: string[];
  meetingDate?: string;
  password: string;
}

interface Seat {
  username: string;
  /** Used when the account does not exist yet (the demo creates lanhdao.cantho and hoidong.cantho itself). */
  fullName: string;
  role: CouncilRole;
  positionTitle: string;
  voting?: boolean;
}

// Names are synthetic; the composition follows NĐ 98/2023 Điều 49 (Chủ tịch UBND chairs, the Giám đốc
// Sở Nội vụ is the standing Phó Chủ tịch, the Ban TĐKT provides the secretary).
const SEATS: Seat[] = [
  { username: 'lanhdao.cantho', fullName: 'Huỳnh Văn Lâm', role: 'chu_tich', positionTitle: 'Chủ tịch Ủy ban nhân dân thành phố' },
  { username: 'pct.hoidong.cantho', fullName: 'Nguyễn Hoàng Phúc', role: 'pho_chu_tich', positionTitle: 'Giám đốc Sở Nội vụ' },
  { username: 'hoidong.cantho', fullName: 'Võ Thanh Tùng', role: 'uy_vien_thuong_truc', positionTitle: 'Trưởng Ban Thi đua - Khen thưởng' },
  { username: 'uyvien1.cantho', fullName: 'Trần Thị Mỹ Lan', role: 'uy_vien', positionTitle: 'Chủ tịch Liên đoàn Lao động thành phố' },
  { username: 'uyvien2.cantho', fullName: 'Lê Quốc Bảo', role: 'uy_vien', positionTitle: 'Giám đốc Sở Tài chính' },
  { username: 'thuky.hoidong.cantho', fullName: 'Phan Thị Thu', role: 'thu_ky', positionTitle: 'Chuyên viên Ban Thi đua - Khen thưởng', voting: false },
];

/**
 * Cần Thơ's council from 1/7/2025 with its members (accounts created where missing, all with the demo
 * password), and, when dossiers are waiting, one session voted online and closed, so that the results,
 * the dossiers "trình ký" and the minutes can be seen. Entered through the council's own use-cases.
 */
export async function seedCouncil(ctx: Ctx, refs: CouncilDemoRefs): Promise<{ councilId: string; sessionId: string | null }> {
  const users = new Map<string, string>();
  for (const seat of SEATS) {
    const found = await ctx.db.selectFrom('app_user').select('id').where('username', '=', seat.username).executeTakeFirst();
    if (found) {
      users.set(seat.username, found.id);
      continue;
    }
    const u = await createUser(ctx, { username: seat.username, fullName: seat.fullName, homeUnitId: refs.councilUnitId, password: refs.password });
    if (seat.voting !== false) await addAssignment(ctx, u.id, { role: 'council_member', orgUnitId: refs.councilUnitId, validFrom: '2025-07-01' });
    await ctx.db.updateTable('app_user').set({ must_change_password: false }).where('id', '=', u.id).execute();
    users.set(seat.username, u.id);
  }
  const council = await createCouncil(ctx, { orgUnitId: refs.canThoId, councilUnitId: refs.councilUnitId, name: 'Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ' });
  for (const seat of SEATS) {
    await addMember(ctx, council.id, { userId: users.get(seat.username)!, role: seat.role, positionTitle: seat.positionTitle, voting: seat.voting ?? true, validFrom: '2025-07-01' });
  }
  if (!refs.proposalIds?.length) return { councilId: council.id, sessionId: null };

  let session = await createSession(ctx, council.id, { title: 'Xét đề nghị khen thưởng năm 2025', meetingDate: refs.meetingDate ?? ctx.today, location: 'Phòng họp Ủy ban nhân dân thành phố Cần Thơ', proposalIds: refs.proposalIds });
  session = await openSession(ctx, session.id, session.version);
  // Illustrative ballots: the Giám đốc Sở Tài chính is absent; one member disagrees on every other case.
  const voting = SEATS.filter((s) => s.voting !== false && s.username !== 'uyvien2.cantho');
  for (const seat of voting) {
    const actor = await loadActor(ctx.db, users.get(seat.username)!);
    if (!actor) continue;
    const memberCtx = { ...ctx, actor };
    for (const item of session.items) {
      const choice: BallotChoice = seat.username === 'uyvien1.cantho' && item.position % 2 === 0 ? 'khong_dong_y' : 'dong_y';
      await castBallot(memberCtx, session.id, { nomineeId: item.nominee.id, choice });
    }
  }
  const opened = await ctx.db.selectFrom('council_session').select('version').where('id', '=', session.id).executeTakeFirstOrThrow();
  await closeSession(ctx, session.id, opened.version);
  return { councilId: council.id, sessionId: session.id };
}
