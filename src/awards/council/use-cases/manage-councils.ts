import type { Ctx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { authorize } from '../../../access/authorize';
import { recordAudit } from '../../../audit/record-audit';
import { ancestryOn } from '../../../org/org-queries';
import { AppError, notFound } from '../../../shared/errors';
import { cleanText } from '../../../shared/vi-text';
import type { CouncilDetail, CouncilSummary, CreateCouncilBody } from '../../../shared/api/award-council';
import { accessFor, loadCouncil, scopeUnitOf, type CouncilRow } from '../council-access';
import { listMembers } from './manage-members';

async function summary(ctx: Ctx, c: CouncilRow, manages: boolean): Promise<CouncilSummary> {
  const units = await ctx.db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', [c.org_unit_id, ...(c.council_unit_id ? [c.council_unit_id] : [])]).execute();
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? '';
  const count = await ctx.db.selectFrom('council_member').select((eb) => eb.fn.countAll<string>().as('n')).where('council_id', '=', c.id).where('valid_from', '<=', ctx.today).where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', ctx.today)])).executeTakeFirstOrThrow();
  return {
    id: c.id,
    name: c.name,
    unit: { id: c.org_unit_id, name: name(c.org_unit_id) },
    councilUnit: c.council_unit_id ? { id: c.council_unit_id, name: name(c.council_unit_id) } : null,
    canManage: manages,
    memberCount: Number(count.n),
    version: c.version,
  };
}

/** Councils the actor manages or votes in; there are few (one per body), so scope is decided per row. */
export async function listCouncils(ctx: Ctx): Promise<CouncilSummary[]> {
  const rows = await ctx.db.selectFrom('council').selectAll().orderBy('name').execute();
  const out: CouncilSummary[] = [];
  for (const c of rows) {
    const a = accessFor(ctx.actor, await ancestryOn(ctx.db, scopeUnitOf(c), ctx.today), ctx.today);
    if (a.manages || a.votes) out.push(await summary(ctx, c, a.manages));
  }
  return out;
}

export async function getCouncil(ctx: Ctx, id: string): Promise<CouncilDetail> {
  const a = await loadCouncil(ctx, id);
  return { ...(await summary(ctx, a.council, a.manages)), members: await listMembers(ctx, a.council) };
}

export async function createCouncil(ctx: Ctx, body: CreateCouncilBody): Promise<CouncilDetail> {
  await authorize(ctx, 'council.manage', { unitId: body.orgUnitId, mode: 'write' });
  if (body.councilUnitId) {
    const ancestry = await ancestryOn(ctx.db, body.councilUnitId, ctx.today);
    if (ancestry.length === 0) throw notFound('Đơn vị của Hội đồng');
    // The council's own unit must sit under its body, or its members' roles would reach elsewhere.
    if (!ancestry.includes(body.orgUnitId)) throw new AppError('VALIDATION', 'Đơn vị của Hội đồng phải trực thuộc cơ quan có Hội đồng.', [{ path: 'councilUnitId', message: 'Không thuộc cơ quan đã chọn.' }]);
  }
  const existing = await ctx.db.selectFrom('council').select('id').where('org_unit_id', '=', body.orgUnitId).executeTakeFirst();
  if (existing) throw new AppError('CONFLICT', 'Cơ quan này đã có Hội đồng Thi đua - Khen thưởng.');
  const id = await inTx(ctx, async (tx) => {
    const row = await tx.insertInto('council').values({ org_unit_id: body.orgUnitId, council_unit_id: body.councilUnitId ?? null, name: cleanText(body.name) }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'council.create', entity: 'council', entityId: row.id, orgUnitId: row.org_unit_id, after: row });
    return row.id;
  });
  return getCouncil(ctx, id);
}
