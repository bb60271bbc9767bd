import type { Ctx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { decide } from '../../../access/policy';
import { loadAssignments } from '../../../accounts/actor-loader';
import { recordAudit } from '../../../audit/record-audit';
import { ancestryOn } from '../../../org/org-queries';
import { AppError, notFound, versionConflict } from '../../../shared/errors';
import { cleanText } from '../../../shared/vi-text';
import type { AddMemberBody, CouncilDetail, MemberView, UpdateMemberBody } from '../../../shared/api/award-council';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLE_ORDER } from '../domain/labels';
import { termCovers, termProblems, type Term } from '../domain/terms';
import { loadCouncil, scopeUnitOf, type CouncilRow } from '../council-access';
import { getCouncil } from './manage-councils';

export async function listMembers(ctx: Ctx, c: CouncilRow): Promise<MemberView[]> {
  const rows = await ctx.db
    .selectFrom('council_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['m.id', 'm.user_id', 'm.council_role', 'm.position_title', 'm.voting', 'm.valid_from', 'm.valid_to', 'm.version', 'u.full_name', 'u.username'])
    .where('m.council_id', '=', c.id)
    .execute();
  const ancestry = await ancestryOn(ctx.db, scopeUnitOf(c), ctx.today);
  const out: MemberView[] = [];
  for (const r of rows) {
    // A seat alone gives no access: the account must also hold a voting role over the council.
    const assignments = await loadAssignments(ctx.db, r.user_id);
    const hasVoteRole = decide({ userId: r.user_id, username: r.username, fullName: r.full_name, assignments }, 'council.vote', { unitAncestry: ancestry }, ctx.today).allowed;
    out.push({
      id: r.id, userId: r.user_id, fullName: r.full_name, username: r.username, role: r.council_role, roleLabel: COUNCIL_ROLE_LABELS[r.council_role],
      positionTitle: r.position_title, voting: r.voting, validFrom: r.valid_from, validTo: r.valid_to,
      inTermToday: termCovers({ validFrom: r.valid_from, validTo: r.valid_to }, ctx.today), hasVoteRole, version: r.version,
    });
  }
  const rank = (m: MemberView) => COUNCIL_ROLE_ORDER.indexOf(m.role);
  return out.sort((a, b) => Number(b.inTermToday) - Number(a.inTermToday) || rank(a) - rank(b) || a.fullName.localeCompare(b.fullName, 'vi'));
}

async function termsOf(ctx: Ctx, councilId: string): Promise<Term[]> {
  const rows = await ctx.db.selectFrom('council_member').select(['id', 'user_id', 'council_role', 'voting', 'valid_from', 'valid_to']).where('council_id', '=', councilId).execute();
  return rows.map((r) => ({ id: r.id, userId: r.user_id, role: r.council_role, voting: r.voting, validFrom: r.valid_from, validTo: r.valid_to }));
}

function refuse(problems: string[]): void {
  if (problems.length) throw new AppError('CONFLICT', problems.join(' '), problems.map((message) => ({ path: 'validFrom', message })));
}

export async function addMember(ctx: Ctx, councilId: string, body: AddMemberBody): Promise<CouncilDetail> {
  const { council } = await loadCouncil(ctx, councilId, 'manage');
  const user = await ctx.db.selectFrom('app_user').select(['id', 'full_name']).where('id', '=', body.userId).executeTakeFirst();
  if (!user) throw notFound('Tài khoản');
  const term: Term = { id: '', userId: body.userId, role: body.role, voting: body.voting ?? body.role !== 'thu_ky', validFrom: body.validFrom, validTo: body.validTo ?? null };
  await inTx(ctx, async (tx) => {
    // Serialises term checks of one council: two managers adding a Chủ tịch at once cannot both pass.
    await tx.selectFrom('council').select('id').where('id', '=', council.id).forUpdate().execute();
    refuse(termProblems(term, await termsOf({ ...ctx, db: tx }, council.id)));
    const row = await tx
      .insertInto('council_member')
      .values({ council_id: council.id, user_id: body.userId, council_role: body.role, position_title: body.positionTitle ? cleanText(body.positionTitle) : null, voting: term.voting, valid_from: body.validFrom, valid_to: body.validTo ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'council.member.add', entity: 'council_member', entityId: row.id, orgUnitId: council.org_unit_id, after: { ...row, full_name: user.full_name } });
  });
  return getCouncil(ctx, council.id);
}

/** Changes a seat (role, term end…); the version guards against a concurrent edit. */
export async function updateMember(ctx: Ctx, memberId: string, body: UpdateMemberBody): Promise<CouncilDetail> {
  const before = await ctx.db.selectFrom('council_member').selectAll().where('id', '=', memberId).executeTakeFirst();
  if (!before) throw notFound('Thành viên Hội đồng');
  const { council } = await loadCouncil(ctx, before.council_id, 'manage');
  const term: Term = {
    id: before.id, userId: before.user_id, role: body.role ?? before.council_role, voting: body.voting ?? before.voting,
    validFrom: body.validFrom ?? before.valid_from, validTo: body.validTo === undefined ? before.valid_to : body.validTo,
  };
  await inTx(ctx, async (tx) => {
    await tx.selectFrom('council').select('id').where('id', '=', council.id).forUpdate().execute();
    refuse(termProblems(term, await termsOf({ ...ctx, db: tx }, council.id)));
    const after = await tx
      .updateTable('council_member')
      .set((eb) => ({
        council_role: term.role, voting: term.voting, valid_from: term.validFrom!, valid_to: term.validTo,
        position_title: body.positionTitle === undefined ? before.position_title : body.positionTitle ? cleanText(body.positionTitle) : null,
        version: eb('version', '+', 1), updated_at: new Date(),
      }))
      .where('id', '=', memberId)
      .where('version', '=', body.version)
      .returningAll()
      .executeTakeFirst();
    if (!after) throw versionConflict();
    await recordAudit(tx, ctx, { action: 'council.member.update', entity: 'council_member', entityId: memberId, orgUnitId: council.org_unit_id, before, after });
  });
  return getCouncil(ctx, council.id);
}
