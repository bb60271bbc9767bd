import { sql } from 'kysely';
import type { Ctx, Tx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { notFound } from '../../shared/errors';
import type { GroupDetail, MemberRole } from '../../shared/api/groups';
import { assertWellFormed } from '../../org/domain/tree-rules';
import { assertMembershipFits, assertUnitAlive, type Membership } from '../domain/membership-rules';
import { getGroup } from './read-groups';

async function loadGroupForWrite(ctx: Ctx, groupId: string) {
  const group = await ctx.db.selectFrom('org_group').selectAll().where('id', '=', groupId).executeTakeFirst();
  if (!group) throw notFound('Cụm/khối thi đua');
  await authorize(ctx, 'group.manage', { unitId: group.managing_unit_id, groupId, mode: 'write' });
  return group;
}

/** Locks the group row so that concurrent member and period edits are checked one after another. */
export async function lockGroup(tx: Tx, groupId: string): Promise<void> {
  await sql`select id from org_group where id = ${groupId}::uuid for update`.execute(tx);
}

async function checkMembership(tx: Tx, group: { id: string; name: string; valid_from: string; valid_to: string }, proposed: Membership) {
  assertWellFormed(proposed);
  const rows = await tx.selectFrom('org_group_member').selectAll().where('group_id', '=', group.id).execute();
  const unitIds = [...new Set([proposed.unitId, ...rows.map((r) => r.unit_id)])];
  const units = await tx.selectFrom('org_unit').select(['id', 'name', 'valid_from', 'valid_to']).where('id', 'in', unitIds).execute();
  const unit = units.find((u) => u.id === proposed.unitId);
  if (!unit) throw notFound('Đơn vị');
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? 'Đơn vị';
  assertUnitAlive({ name: unit.name, validFrom: unit.valid_from, validTo: unit.valid_to }, proposed);
  assertMembershipFits(
    { name: group.name, validFrom: group.valid_from, validTo: group.valid_to },
    rows.map((r) => ({ id: r.id, unitId: r.unit_id, role: r.role, validFrom: r.valid_from, validTo: r.valid_to })),
    proposed,
    name,
  );
}

export async function addMember(
  ctx: Ctx,
  groupId: string,
  input: { unitId: string; role: MemberRole; validFrom?: string; validTo?: string },
): Promise<GroupDetail> {
  const group = await loadGroupForWrite(ctx, groupId);
  // Listing a unit in a cluster needs rights over that unit too, not only over the cluster.
  await authorize(ctx, 'group.manage', { unitId: input.unitId, day: input.validFrom ?? group.valid_from, mode: 'write' });
  const proposed: Membership = {
    id: '',
    unitId: input.unitId,
    role: input.role,
    validFrom: input.validFrom ?? group.valid_from,
    validTo: input.validTo ?? group.valid_to,
  };
  await inTx(ctx, async (tx) => {
    await lockGroup(tx, groupId);
    await checkMembership(tx, group, proposed);
    const row = await tx
      .insertInto('org_group_member')
      .values({ group_id: groupId, unit_id: input.unitId, role: input.role, valid_from: proposed.validFrom!, valid_to: proposed.validTo! })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'group.add_member', entity: 'org_group_member', entityId: row.id, orgUnitId: group.managing_unit_id, after: row });
  });
  return getGroup(ctx, groupId);
}

export async function updateMember(
  ctx: Ctx,
  groupId: string,
  memberId: string,
  input: { role?: MemberRole; validFrom?: string; validTo?: string },
): Promise<GroupDetail> {
  const group = await loadGroupForWrite(ctx, groupId);
  await inTx(ctx, async (tx) => {
    await lockGroup(tx, groupId);
    const current = await tx.selectFrom('org_group_member').selectAll().where('id', '=', memberId).where('group_id', '=', groupId).executeTakeFirst();
    if (!current) throw notFound('Thành viên');
    const proposed: Membership = {
      id: memberId,
      unitId: current.unit_id,
      role: input.role ?? current.role,
      validFrom: input.validFrom ?? current.valid_from,
      validTo: input.validTo ?? current.valid_to,
    };
    await checkMembership(tx, group, proposed);
    const updated = await tx
      .updateTable('org_group_member')
      .set({ role: proposed.role, valid_from: proposed.validFrom!, valid_to: proposed.validTo! })
      .where('id', '=', memberId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'group.update_member', entity: 'org_group_member', entityId: memberId, orgUnitId: group.managing_unit_id, before: current, after: updated });
  });
  return getGroup(ctx, groupId);
}

export async function removeMember(ctx: Ctx, groupId: string, memberId: string): Promise<GroupDetail> {
  const group = await loadGroupForWrite(ctx, groupId);
  await inTx(ctx, async (tx) => {
    const current = await tx.deleteFrom('org_group_member').where('id', '=', memberId).where('group_id', '=', groupId).returningAll().executeTakeFirst();
    if (!current) throw notFound('Thành viên');
    await recordAudit(tx, ctx, { action: 'group.remove_member', entity: 'org_group_member', entityId: memberId, orgUnitId: group.managing_unit_id, before: current });
  });
  return getGroup(ctx, groupId);
}
