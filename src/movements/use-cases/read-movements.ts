import type { Ctx } from '../../app/context';
import { authorize } from '../../access/authorize';
import { notFound } from '../../shared/errors';
import type { MovementDetail, MovementSummary } from '../../shared/api/movements';
import { findMovementDetail, findMovements } from '../movement-queries';

export async function listMovements(ctx: Ctx, filter: Parameters<typeof findMovements>[1]): Promise<MovementSummary[]> {
  await authorize(ctx, 'movement.read', { unitId: null, mode: 'read' });
  return findMovements(ctx.db, filter);
}

export async function getMovement(ctx: Ctx, id: string): Promise<MovementDetail> {
  await authorize(ctx, 'movement.read', { unitId: null, mode: 'read' });
  const m = await findMovementDetail(ctx.db, id);
  if (!m) throw notFound('Phong trào thi đua');
  return m;
}
