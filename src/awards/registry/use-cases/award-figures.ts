import type { Ctx } from '../../../app/context';
import { awardFigureRows, type AwardFigureRow } from '../award-figures';
import { registryStats } from './registry-stats';

/**
 * What a report's award section says, read from the registry: awards decided in the period for the
 * unit (its units below, and the units it carries on from before a merger) or for a cluster's members.
 */
export async function registryAwardFigures(ctx: Ctx, q: { unitId?: string; groupId?: string; movementId?: string | null; from: string; to: string }): Promise<AwardFigureRow[]> {
  const s = await registryStats(ctx, { ...(q.groupId ? { groupId: q.groupId } : { unitId: q.unitId }), ...(q.movementId ? { movementId: q.movementId } : {}), from: q.from, to: q.to, by: ['form'] });
  const byForm = s.tables.find((t) => t.key === 'form');
  return byForm ? awardFigureRows(byForm) : [];
}
