import type { Ctx } from '../../app/context';
import { authorize } from '../../access/authorize';
import { notFound } from '../../shared/errors';
import type { GroupDetail, GroupSummary } from '../../shared/api/groups';
import { findGroup, findGroups } from '../group-queries';

export async function listGroups(ctx: Ctx, filter: { year?: number; q?: string }): Promise<GroupSummary[]> {
  await authorize(ctx, 'group.read', { unitId: null, mode: 'read' });
  return findGroups(ctx.db, filter);
}

export async function getGroup(ctx: Ctx, id: string): Promise<GroupDetail> {
  await authorize(ctx, 'group.read', { unitId: null, mode: 'read' });
  const group = await findGroup(ctx.db, id);
  if (!group) throw notFound('Cụm/khối thi đua');
  return group;
}
