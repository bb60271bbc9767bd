import type { Ctx, Tx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { subtreeIdsOn } from '../../org/org-queries';
import { parsePeriodKey } from '../../indicators/domain/period-key';
import { AppError, notFound, versionConflict } from '../../shared/errors';
import { formatViDate } from '../../shared/vi-date';
import { checkTransition } from '../../shared/workflow';
import type { CampaignDetail } from '../../shared/api/reports';
import type { CampaignState } from '../../db/schema';
import { CAMPAIGN_WORKFLOW } from '../domain/report-workflow';
import { expandOutline, validateOutline, type OutlineTree } from '../domain/outline';
import { getCampaign } from './read-campaigns';

export interface CreateCampaignInput {
  title: string;
  requesterUnitId: string;
  outlineVersionId: string;
  periodKey: string;
  movementId?: string | null;
  requestDocumentId?: string | null;
  deadline: string;
  graceDays: number;
  recipientUnitIds?: string[];
  groupId?: string | null;
  open: boolean;
}

export async function createCampaign(ctx: Ctx, input: CreateCampaignInput): Promise<CampaignDetail> {
  await authorize(ctx, 'campaign.manage', { unitId: input.requesterUnitId, mode: 'write' });
  const period = parsePeriodKey(input.periodKey);
  if (!period) throw new AppError('VALIDATION', 'Kỳ báo cáo không hợp lệ.', [{ path: 'periodKey', message: 'Chọn kỳ báo cáo (năm, 6 tháng, quý, tháng…).' }]);
  const version = await ctx.db.selectFrom('outline_version').select(['id', 'tree']).where('id', '=', input.outlineVersionId).executeTakeFirst();
  if (!version) throw new AppError('VALIDATION', 'Phiên bản đề cương không tồn tại.', [{ path: 'outlineVersionId', message: 'Chọn đề cương.' }]);
  const issues = validateOutline(version.tree as OutlineTree);
  if (issues.length) throw new AppError('VALIDATION', `Đề cương chưa hợp lệ: ${issues[0]!.message}`);
  const tree = expandOutline(version.tree as OutlineTree);
  const recipients = await resolveRecipients(ctx, input);
  const id = await inTx(ctx, async (tx) => {
    const c = await tx
      .insertInto('report_campaign')
      .values({
        requester_unit_id: input.requesterUnitId,
        title: input.title.trim(),
        outline_version_id: version.id,
        outline_tree: JSON.stringify(tree),
        period_key: input.periodKey,
        movement_id: input.movementId ?? null,
        request_document_id: input.requestDocumentId ?? null,
        group_id: input.groupId ?? null,
        deadline: input.deadline,
        grace_days: input.graceDays,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('campaign_recipient').values(recipients.map((unit_id) => ({ campaign_id: c.id, unit_id }))).execute();
    await recordAudit(tx, ctx, { action: 'campaign.create', entity: 'report_campaign', entityId: c.id, orgUnitId: input.requesterUnitId, after: { ...input, recipientUnitIds: recipients } });
    if (input.open) await openCampaign(tx, ctx, c.id, 'soan_thao');
    return c.id;
  });
  return getCampaign(ctx, id);
}

/**
 * Recipients come from a list of units below the requester, or from a cluster the requester
 * belongs to or manages (a cluster's members are not below any one of them).
 */
async function resolveRecipients(ctx: Ctx, input: CreateCampaignInput): Promise<string[]> {
  const ids = new Set(input.recipientUnitIds ?? []);
  if (input.groupId) {
    const g = await ctx.db.selectFrom('org_group').select(['id', 'managing_unit_id', 'valid_from', 'valid_to']).where('id', '=', input.groupId).executeTakeFirst();
    if (!g) throw new AppError('VALIDATION', 'Cụm, khối thi đua không tồn tại.', [{ path: 'groupId', message: 'Chọn cụm, khối.' }]);
    const day = input.deadline < g.valid_from ? g.valid_from : input.deadline > g.valid_to ? g.valid_to : input.deadline;
    const members = await ctx.db.selectFrom('org_group_member').select('unit_id').where('group_id', '=', g.id).where('valid_from', '<=', day).where('valid_to', '>=', day).execute();
    const memberIds = members.map((m) => m.unit_id);
    if (g.managing_unit_id !== input.requesterUnitId && !memberIds.includes(input.requesterUnitId)) {
      throw new AppError('VALIDATION', 'Đơn vị yêu cầu báo cáo phải là thành viên hoặc đơn vị quản lý của cụm, khối đã chọn.', [{ path: 'groupId', message: 'Chọn cụm, khối của đơn vị mình.' }]);
    }
    // The cluster's head reports like every other member.
    memberIds.forEach((m) => ids.add(m));
  }
  const listed = [...ids];
  const below = new Set(await subtreeIdsOn(ctx.db, [input.requesterUnitId], ctx.today));
  const explicit = (input.recipientUnitIds ?? []).filter((u) => !below.has(u) || u === input.requesterUnitId);
  if (explicit.length) {
    throw new AppError('VALIDATION', 'Chỉ gửi yêu cầu báo cáo cho các đơn vị trực thuộc đơn vị yêu cầu (hoặc chọn một cụm, khối).', [{ path: 'recipientUnitIds', message: `${explicit.length} đơn vị không thuộc phạm vi.` }]);
  }
  if (!listed.length) throw new AppError('VALIDATION', 'Chưa có đơn vị nhận yêu cầu báo cáo.', [{ path: 'recipientUnitIds', message: 'Chọn đơn vị nhận.' }]);
  return listed;
}

/** Opening creates every recipient's report and notifies them, in the same transaction as the state change. */
async function openCampaign(tx: Tx, ctx: Ctx, id: string, from: CampaignState): Promise<void> {
  const c = await tx.selectFrom('report_campaign').select(['title', 'deadline']).where('id', '=', id).executeTakeFirstOrThrow();
  const recipients = await tx.selectFrom('campaign_recipient').select('unit_id').where('campaign_id', '=', id).execute();
  await tx.updateTable('report_campaign').set({ state: 'dang_mo', opened_at: new Date(), updated_at: new Date() }).where('id', '=', id).execute();
  const reports = await tx
    .insertInto('report')
    .values(recipients.map((r) => ({ campaign_id: id, unit_id: r.unit_id, content: JSON.stringify({ sections: {} }), findings: '[]' })))
    .onConflict((oc) => oc.columns(['campaign_id', 'unit_id']).doNothing())
    .returning(['id', 'unit_id'])
    .execute();
  if (reports.length) {
    await tx
      .insertInto('notification')
      .values(reports.map((r) => ({ unit_id: r.unit_id, kind: 'campaign.opened', title: `Yêu cầu báo cáo: ${c.title} (hạn nộp ${formatViDate(c.deadline)})`, link: `/bao-cao/bao-cao/${r.id}` })))
      .execute();
  }
  await tx.insertInto('workflow_transition').values({ entity: 'report_campaign', entity_id: id, from_state: from, to_state: 'dang_mo', actor_id: ctx.actor.userId || null, actor_name: ctx.actor.fullName, reason: null }).execute();
}

export async function transitionCampaign(ctx: Ctx, id: string, input: { to: CampaignState; version: number; reason?: string | null }): Promise<CampaignDetail> {
  const c = await ctx.db.selectFrom('report_campaign').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('Yêu cầu báo cáo');
  await authorize(ctx, 'campaign.manage', { unitId: c.requester_unit_id, mode: 'write' });
  const rule = checkTransition(CAMPAIGN_WORKFLOW, c.state, input.to, input.reason);
  await inTx(ctx, async (tx) => {
    const ok = await tx.updateTable('report_campaign').set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', id).where('version', '=', input.version).where('state', '=', c.state).returning('id').executeTakeFirst();
    if (!ok) throw versionConflict();
    if (input.to === 'dang_mo' && c.state === 'soan_thao') await openCampaign(tx, ctx, id, c.state);
    else {
      await tx.updateTable('report_campaign').set({ state: input.to }).where('id', '=', id).execute();
      await tx.insertInto('workflow_transition').values({ entity: 'report_campaign', entity_id: id, from_state: c.state, to_state: input.to, actor_id: ctx.actor.userId || null, actor_name: ctx.actor.fullName, reason: input.reason?.trim() || null }).execute();
    }
    await recordAudit(tx, ctx, { action: 'campaign.transition', entity: 'report_campaign', entityId: id, orgUnitId: c.requester_unit_id, before: { state: c.state }, after: { state: input.to, transition: rule.label, reason: input.reason ?? null } });
  });
  return getCampaign(ctx, id);
}

export async function updateCampaign(ctx: Ctx, id: string, input: { version: number; title?: string; deadline?: string; graceDays?: number }): Promise<CampaignDetail> {
  const c = await ctx.db.selectFrom('report_campaign').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('Yêu cầu báo cáo');
  await authorize(ctx, 'campaign.manage', { unitId: c.requester_unit_id, mode: 'write' });
  if (c.state === 'da_dong') throw new AppError('CONFLICT', 'Yêu cầu báo cáo đã đóng; mở lại trước khi sửa.');
  await inTx(ctx, async (tx) => {
    const ok = await tx
      .updateTable('report_campaign')
      .set((eb) => ({ title: input.title?.trim() ?? c.title, deadline: input.deadline ?? c.deadline, grace_days: input.graceDays ?? c.grace_days, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!ok) throw versionConflict();
    await recordAudit(tx, ctx, { action: 'campaign.update', entity: 'report_campaign', entityId: id, orgUnitId: c.requester_unit_id, before: { title: c.title, deadline: c.deadline, graceDays: c.grace_days }, after: input });
  });
  return getCampaign(ctx, id);
}

/** Reminds the recipients that have not submitted (or those chosen), with a notification each. */
export async function remindRecipients(ctx: Ctx, id: string, input: { unitIds?: string[]; message?: string | null }): Promise<{ reminded: number }> {
  const c = await ctx.db.selectFrom('report_campaign').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('Yêu cầu báo cáo');
  await authorize(ctx, 'campaign.manage', { unitId: c.requester_unit_id, mode: 'write' });
  if (c.state !== 'dang_mo') throw new AppError('CONFLICT', 'Chỉ nhắc nộp khi yêu cầu báo cáo đang mở.');
  let q = ctx.db.selectFrom('report').select(['id', 'unit_id']).where('campaign_id', '=', id).where('state', 'in', ['chua_mo', 'dang_soan', 'tra_lai']);
  if (input.unitIds?.length) q = q.where('unit_id', 'in', input.unitIds);
  const targets = await q.execute();
  if (!targets.length) return { reminded: 0 };
  await inTx(ctx, async (tx) => {
    const note = input.message?.trim() ? ` ${input.message.trim()}` : '';
    await tx
      .insertInto('notification')
      .values(targets.map((t) => ({ unit_id: t.unit_id, kind: 'campaign.reminder', title: `Nhắc nộp báo cáo: ${c.title} (hạn ${formatViDate(c.deadline)}).${note}`, link: `/bao-cao/bao-cao/${t.id}` })))
      .execute();
    await tx.updateTable('campaign_recipient').set({ last_reminded_at: new Date() }).where('campaign_id', '=', id).where('unit_id', 'in', targets.map((t) => t.unit_id)).execute();
    await recordAudit(tx, ctx, { action: 'campaign.remind', entity: 'report_campaign', entityId: id, orgUnitId: c.requester_unit_id, after: { unitIds: targets.map((t) => t.unit_id), message: input.message ?? null } });
  });
  return { reminded: targets.length };
}

export async function setLockException(ctx: Ctx, id: string, unitId: string, until: string | null): Promise<CampaignDetail> {
  const c = await ctx.db.selectFrom('report_campaign').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('Yêu cầu báo cáo');
  await authorize(ctx, 'campaign.manage', { unitId: c.requester_unit_id, mode: 'write' });
  const r = await ctx.db.selectFrom('campaign_recipient').selectAll().where('campaign_id', '=', id).where('unit_id', '=', unitId).executeTakeFirst();
  if (!r) throw notFound('Đơn vị nhận yêu cầu báo cáo');
  if (until && until < ctx.today) throw new AppError('VALIDATION', 'Ngày mở khóa phải từ hôm nay trở đi.', [{ path: 'until', message: 'Chọn ngày từ hôm nay.' }]);
  await inTx(ctx, async (tx) => {
    await tx.updateTable('campaign_recipient').set({ lock_exception_until: until }).where('campaign_id', '=', id).where('unit_id', '=', unitId).execute();
    await recordAudit(tx, ctx, { action: 'campaign.lock_exception', entity: 'report_campaign', entityId: id, orgUnitId: unitId, before: { until: r.lock_exception_until }, after: { until } });
  });
  return getCampaign(ctx, id);
}
