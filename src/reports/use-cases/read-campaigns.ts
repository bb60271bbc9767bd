import type { Ctx } from '../../app/context';
import { authorize, unitScope } from '../../access/authorize';
import { decide } from '../../access/policy';
import { notFound } from '../../shared/errors';
import { transitionHistory } from '../../app/transition-history';
import type { CampaignDetail, CampaignSummary, FindingView, RecipientView } from '../../shared/api/reports';
import type { CampaignState, ReportState } from '../../db/schema';
import { allowedTransitions } from '../../shared/workflow';
import { campaignRows, campaignTree, isoDay, sectionsWithFigures, toCampaignSummary, totalsOf, type ReportStateRow } from '../campaign-queries';
import { CAMPAIGN_WORKFLOW } from '../domain/report-workflow';
import { completeness } from '../domain/report-content';
import { RECIPIENT_STATUS_LABELS, recipientStatus } from '../domain/report-status';
import type { ReportContent } from '../../shared/api/reports';

const LEVEL_LABELS: Record<string, string> = { national: 'Trung ương', province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã', agency: 'Cơ quan, đơn vị' };

/** Campaigns the actor may follow: those requested by a unit in the actor's reading scope. */
export async function listCampaigns(ctx: Ctx, f: { state?: CampaignState; requesterUnitId?: string }): Promise<CampaignSummary[]> {
  let q = campaignRows(ctx.db).orderBy('c.deadline', 'desc').orderBy('c.created_at', 'desc');
  if (f.state) q = q.where('c.state', '=', f.state);
  if (f.requesterUnitId) q = q.where('c.requester_unit_id', '=', f.requesterUnitId);
  const rows = await q.execute();
  const visible = [];
  for (const r of rows) {
    const scope = await unitScope(ctx.db, r.requester_unit_id, ctx.today, r.group_id ? [r.group_id] : []);
    if (decide(ctx.actor, 'report.read', scope, ctx.today).allowed) visible.push(r);
  }
  if (!visible.length) return [];
  const reports = await ctx.db.selectFrom('report').select(['campaign_id', 'state', 'first_submitted_at']).where('campaign_id', 'in', visible.map((r) => r.id)).execute();
  return visible.map((r) => toCampaignSummary(r, reports.filter((x) => x.campaign_id === r.id) as ReportStateRow[]));
}

export async function getCampaign(ctx: Ctx, id: string): Promise<CampaignDetail> {
  const c = await campaignRows(ctx.db).where('c.id', '=', id).executeTakeFirst();
  if (!c) throw notFound('Yêu cầu báo cáo');
  await authorize(ctx, 'report.read', { unitId: c.requester_unit_id, groupId: c.group_id ?? undefined, mode: 'read', what: 'Yêu cầu báo cáo' });
  const scope = await unitScope(ctx.db, c.requester_unit_id, ctx.today, c.group_id ? [c.group_id] : []);
  const canManage = decide(ctx.actor, 'campaign.manage', scope, ctx.today).allowed;
  const recipients = await ctx.db
    .selectFrom('campaign_recipient as r')
    .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
    .leftJoin('report as p', (j) => j.onRef('p.campaign_id', '=', 'r.campaign_id').onRef('p.unit_id', '=', 'r.unit_id'))
    .select(['u.id', 'u.name', 'u.kind', 'r.lock_exception_until', 'r.last_reminded_at', 'p.id as report_id', 'p.state', 'p.content', 'p.first_submitted_at', 'p.submitted_at', 'p.accepted_at', 'p.findings'])
    .where('r.campaign_id', '=', id)
    .orderBy('u.name')
    .execute();
  const tree = campaignTree(c);
  const figures = await sectionsWithFigures(ctx.db, tree, c.period_key, recipients.map((r) => r.id));
  const views: RecipientView[] = recipients.map((r) => {
    const state = (r.state ?? 'chua_mo') as ReportState;
    const status = recipientStatus(state, isoDay(r.first_submitted_at), c.deadline);
    const findings = (r.findings ?? []) as FindingView[];
    return {
      unit: { id: r.id, name: r.name, kind: r.kind },
      reportId: r.report_id,
      status,
      statusLabel: RECIPIENT_STATUS_LABELS[status],
      submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
      acceptedAt: r.accepted_at ? new Date(r.accepted_at).toISOString() : null,
      completeness: r.content ? completeness(tree, r.content as ReportContent, figures.get(r.id) ?? new Set()) : 0,
      findingCount: findings.length,
      lockExceptionUntil: r.lock_exception_until,
      lastRemindedAt: r.last_reminded_at ? new Date(r.last_reminded_at).toISOString() : null,
    };
  });
  const stateRows: (ReportStateRow & { kind: string })[] = recipients.map((r) => ({ campaign_id: id, state: (r.state ?? 'chua_mo') as ReportState, first_submitted_at: r.first_submitted_at, kind: r.kind }));
  const levels = [...new Set(stateRows.map((r) => r.kind))];
  const synth = await ctx.db.selectFrom('synthesis').select('campaign_id').where('campaign_id', '=', id).executeTakeFirst();
  const group = c.group_id ? await ctx.db.selectFrom('org_group').select(['id', 'name']).where('id', '=', c.group_id).executeTakeFirst() : undefined;
  return {
    ...toCampaignSummary(c, stateRows),
    outlineTree: tree,
    group: group ?? null,
    recipients: views,
    byLevel: levels.map((level) => ({ level, label: LEVEL_LABELS[level] ?? level, ...totalsOf(stateRows.filter((r) => r.kind === level), c.deadline) })),
    transitions: await transitionHistory(ctx.db, 'report_campaign', id, CAMPAIGN_WORKFLOW),
    next: canManage ? allowedTransitions(CAMPAIGN_WORKFLOW, c.state as CampaignState).map((t) => ({ to: t.to, label: t.label, requiresReason: t.requiresReason })) : [],
    canManage,
    hasSynthesis: !!synth,
  };
}
