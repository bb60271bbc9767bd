import type { Ctx, Db } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { decide } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { ancestryOn } from '../../org/org-queries';
import { notFound, versionConflict } from '../../shared/errors';
import type { LocalSettingsView, SaveLocalSettingsBody } from '../../shared/api/award-settings';
import type { CatalogueOverrides } from '../domain/catalogue';
import { registryAncestry } from '../registry/registry-scope';

/**
 * The settings in force for a unit's decisions and dossiers: its own sets and those of every unit
 * above it (a ward's dossiers follow the province's quotas), the nearest unit's last.
 */
export async function settingsFor(db: Db, unitId: string, today: string): Promise<CatalogueOverrides[]> {
  const chain = await registryAncestry(db, unitId, today);
  if (!chain.length) return [];
  const rows = await db.selectFrom('award_local_settings').select(['unit_id', 'sets']).where('unit_id', 'in', chain).execute();
  const depth = new Map(chain.map((id, i) => [id, i]));
  // ancestry lists the unit first; apply the farthest first so that nearer settings win.
  rows.sort((a, b) => (depth.get(b.unit_id) ?? 0) - (depth.get(a.unit_id) ?? 0));
  return rows.flatMap((r) => (Array.isArray(r.sets) ? (r.sets as CatalogueOverrides[]) : []));
}

export async function getLocalSettings(ctx: Ctx, unitId: string): Promise<LocalSettingsView> {
  await authorize(ctx, 'award.read', { unitId: null, mode: 'read' });
  const unit = await ctx.db.selectFrom('org_unit').select(['id', 'name']).where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw notFound('Đơn vị');
  const chain = await ancestryOn(ctx.db, unitId, ctx.today);
  const rows = chain.length ? await ctx.db.selectFrom('award_local_settings as s').innerJoin('org_unit as u', 'u.id', 's.unit_id').select(['s.unit_id', 'u.name', 's.sets', 's.version', 's.updated_at']).where('s.unit_id', 'in', chain).execute() : [];
  const own = rows.find((r) => r.unit_id === unitId);
  const canEdit = decide(ctx.actor, 'award.settings', { unitAncestry: chain }, ctx.today).allowed;
  return {
    unit,
    sets: (own?.sets as Record<string, unknown>[] | undefined) ?? [],
    version: own?.version ?? 0,
    updatedAt: own ? new Date(own.updated_at).toISOString() : null,
    inherited: chain
      .filter((id) => id !== unitId)
      .map((id) => rows.find((r) => r.unit_id === id))
      .filter((r): r is (typeof rows)[number] => !!r && Array.isArray(r.sets) && (r.sets as unknown[]).length > 0)
      .map((r) => ({ unit: { id: r.unit_id, name: r.name }, sets: r.sets as Record<string, unknown>[] })),
    canEdit,
  };
}

/** Replaces the unit's sets; version 0 means "none saved yet". Validated by the catalogue before anything is written. */
export async function saveLocalSettings(ctx: Ctx, unitId: string, body: SaveLocalSettingsBody): Promise<LocalSettingsView> {
  await authorize(ctx, 'award.settings', { unitId, mode: 'write', what: 'Thiết lập khen thưởng của đơn vị' });
  const sets = Array.isArray(body.sets) ? body.sets : [body.sets];
  await inTx(ctx, async (tx) => {
    const before = await tx.selectFrom('award_local_settings').select(['sets', 'version']).where('unit_id', '=', unitId).forUpdate().executeTakeFirst();
    if ((before?.version ?? 0) !== body.version) throw versionConflict();
    if (before) {
      await tx.updateTable('award_local_settings').set((eb) => ({ sets: JSON.stringify(sets), version: eb('version', '+', 1), updated_by: ctx.actor.userId || null, updated_at: new Date() })).where('unit_id', '=', unitId).execute();
    } else {
      await tx.insertInto('award_local_settings').values({ unit_id: unitId, sets: JSON.stringify(sets), updated_by: ctx.actor.userId || null }).execute();
    }
    await recordAudit(tx, ctx, { action: 'award.settings', entity: 'award_local_settings', entityId: unitId, orgUnitId: unitId, before: before?.sets ?? null, after: sets });
  });
  return getLocalSettings(ctx, unitId);
}
