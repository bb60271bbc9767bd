import type { Ctx, Db } from '../../app/context';
import { scopeRoots } from '../../access/authorize';
import { subtreeIdsOn } from '../../org/org-queries';
import { parsePeriodKey } from '../../indicators/domain/period-key';
import { roundTo } from '../../indicators/domain/vi-number';
import { notFound } from '../../shared/errors';
import { transitionHistory } from '../../app/transition-history';
import { allowedTransitions } from '../../shared/workflow';
import type { FindingView, IndicatorCellView, ReportContent, ReportDetail, ReportSummary } from '../../shared/api/reports';
import type { ReportState, RevisionKind } from '../../db/schema';
import { indicatorSections, isoDay } from '../campaign-queries';
import { loadReport, type LoadedReport } from '../report-access';
import { REPORT_WORKFLOW, reportActor, reportEditable } from '../domain/report-workflow';
import { RECIPIENT_STATUS_LABELS, recipientStatus } from '../domain/report-status';
import type { OutlineTree } from '../domain/outline';

export const REVISION_LABELS: Record<RevisionKind, string> = { tu_dong: 'Tự động lưu', luu: 'Lưu phiên bản', nop: 'Nộp báo cáo', duyet: 'Được duyệt' };

export async function getReport(ctx: Ctx, id: string): Promise<ReportDetail> {
  const r = await loadReport(ctx, id);
  const status = recipientStatus(r.state, isoDay(r.first_submitted_at), r.deadline);
  const requester = await ctx.db.selectFrom('org_unit').select(['id', 'name']).where('id', '=', r.requester_unit_id).executeTakeFirstOrThrow();
  const next = allowedTransitions(REPORT_WORKFLOW, r.state).filter((t) => {
    if (t.to === 'dang_soan' && t.from === 'chua_mo') return false;
    return reportActor(t.to) === 'reviewer' ? r.may.review : r.may.write && (!r.locked || t.to === 'dang_soan');
  });
  return {
    id: r.id,
    campaign: {
      id: r.campaign_id,
      title: r.title,
      periodKey: r.period_key,
      periodLabel: parsePeriodKey(r.period_key)?.label ?? r.period_key,
      deadline: r.deadline,
      graceDays: r.grace_days,
      requesterUnit: requester,
      state: r.campaign_state as 'soan_thao' | 'dang_mo' | 'da_dong',
    },
    outlineTree: r.tree,
    unit: { id: r.unit_id, name: r.unit_name },
    state: r.state,
    stateLabel: REPORT_WORKFLOW.states[r.state],
    status,
    statusLabel: RECIPIENT_STATUS_LABELS[status],
    content: r.content as ReportContent,
    indicatorTables: await indicatorTables(ctx.db, r.tree, r.period_key, r.unit_id),
    revision: r.revision,
    version: r.version,
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    acceptedAt: r.accepted_at ? new Date(r.accepted_at).toISOString() : null,
    returnReason: r.return_reason,
    lockedReason: reportEditable(r.state) ? r.locked : null,
    findings: await findingsWithReviews(ctx.db, id, r.findings as FindingView[]),
    transitions: await transitionHistory(ctx.db, 'report', id, REPORT_WORKFLOW),
    canEdit: r.may.write && reportEditable(r.state) && !r.locked,
    canReview: r.may.review,
    next: next.map((t) => ({ to: t.to, label: t.label, requiresReason: t.requiresReason })),
  };
}

async function findingsWithReviews(db: Db, reportId: string, findings: FindingView[]): Promise<FindingView[]> {
  if (!findings.length) return [];
  const reviews = new Map((await db.selectFrom('report_finding_review').selectAll().where('report_id', '=', reportId).execute()).map((x) => [x.finding_key, x]));
  return findings.map((f) => {
    const rv = reviews.get(f.key);
    return { ...f, review: rv ? { decision: rv.decision, note: rv.note, actorName: rv.actor_name, at: new Date(rv.decided_at).toISOString() } : null };
  });
}

/**
 * The figures of each indicator-table section for the unit and period: the actual value (with its
 * version, for optimistic locking when written back) and the target of the period, or of its year.
 */
export async function indicatorTables(db: Db, tree: OutlineTree, periodKey: string, unitId: string): Promise<Record<string, IndicatorCellView[]>> {
  const sections = indicatorSections(tree);
  if (!sections.length) return {};
  const items = await db
    .selectFrom('indicator_set_item as i')
    .innerJoin('indicator as d', 'd.id', 'i.indicator_id')
    .select(['i.set_id', 'i.position', 'd.id', 'd.code', 'd.name', 'd.unit_of_measure', 'd.decimals'])
    .where('i.set_id', 'in', [...new Set(sections.map((s) => s.setId))])
    .orderBy('i.position')
    .execute();
  const year = parsePeriodKey(periodKey)?.key.slice(0, 4) ?? periodKey;
  const values = items.length
    ? await db
        .selectFrom('indicator_value')
        .select(['indicator_id', 'period_key', 'kind', 'value', 'version'])
        .where('unit_id', '=', unitId)
        .where('period_key', 'in', [...new Set([periodKey, year])])
        .where('indicator_id', 'in', [...new Set(items.map((i) => i.id))])
        .execute()
    : [];
  const find = (ind: string, kind: string, period: string) => values.find((v) => v.indicator_id === ind && v.kind === kind && v.period_key === period);
  const out: Record<string, IndicatorCellView[]> = {};
  for (const s of sections) {
    out[s.key] = items
      .filter((i) => i.set_id === s.setId)
      .map((i) => {
        const actual = find(i.id, 'actual', periodKey);
        const target = find(i.id, 'target', periodKey) ?? find(i.id, 'target', year);
        const value = actual ? Number(actual.value) : null;
        const t = target ? Number(target.value) : null;
        return {
          indicator: { id: i.id, code: i.code, name: i.name, unitOfMeasure: i.unit_of_measure, decimals: i.decimals },
          value,
          target: t,
          percentOfTarget: value !== null && t ? roundTo((value / t) * 100, 2) : null,
          version: actual?.version ?? null,
        };
      });
  }
  return out;
}

/** Reports the actor writes (mine) or may read, newest campaigns first. */
export async function listReports(ctx: Ctx, f: { campaignId?: string; unitId?: string; mine?: boolean }): Promise<ReportSummary[]> {
  const roots = scopeRoots(ctx, f.mine ? 'report.write' : 'report.read');
  const units = await subtreeIdsOn(ctx.db, roots, ctx.today);
  if (!units.length) return [];
  let q = ctx.db
    .selectFrom('report as r')
    .innerJoin('report_campaign as c', 'c.id', 'r.campaign_id')
    .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
    .innerJoin('org_unit as q', 'q.id', 'c.requester_unit_id')
    .select(['r.id', 'r.state', 'r.first_submitted_at', 'r.submitted_at', 'r.updated_at', 'r.unit_id', 'u.name as unit_name', 'c.id as campaign_id', 'c.title', 'c.period_key', 'c.deadline', 'q.id as requester_id', 'q.name as requester_name'])
    .where('r.unit_id', 'in', units)
    .where('c.state', '!=', 'soan_thao');
  if (f.campaignId) q = q.where('r.campaign_id', '=', f.campaignId);
  if (f.unitId) q = q.where('r.unit_id', '=', f.unitId);
  const rows = await q.orderBy('c.deadline', 'desc').orderBy('u.name').limit(1000).execute();
  return rows.map((r) => {
    const status = recipientStatus(r.state as ReportState, isoDay(r.first_submitted_at), r.deadline);
    return {
      id: r.id,
      campaign: { id: r.campaign_id, name: r.title, periodLabel: parsePeriodKey(r.period_key)?.label ?? r.period_key, deadline: r.deadline, requesterUnit: { id: r.requester_id, name: r.requester_name } },
      unit: { id: r.unit_id, name: r.unit_name },
      state: r.state as ReportState,
      status,
      statusLabel: RECIPIENT_STATUS_LABELS[status],
      submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
      updatedAt: new Date(r.updated_at).toISOString(),
    };
  });
}

export async function listRevisions(ctx: Ctx, id: string) {
  await loadReport(ctx, id);
  const rows = await ctx.db.selectFrom('report_revision').select(['revision', 'kind', 'author_name', 'updated_at']).where('report_id', '=', id).orderBy('revision', 'desc').execute();
  return rows.map(revisionSummary);
}

export async function getRevision(ctx: Ctx, id: string, revision: number) {
  await loadReport(ctx, id);
  const row = await ctx.db.selectFrom('report_revision').select(['revision', 'kind', 'author_name', 'updated_at', 'content']).where('report_id', '=', id).where('revision', '=', revision).executeTakeFirst();
  if (!row) throw notFound('Phiên bản báo cáo');
  return { ...revisionSummary(row), content: row.content as ReportContent };
}

const revisionSummary = (r: { revision: number; kind: RevisionKind; author_name: string | null; updated_at: Date }) => ({
  revision: r.revision,
  kind: r.kind,
  kindLabel: REVISION_LABELS[r.kind],
  authorName: r.author_name,
  at: new Date(r.updated_at).toISOString(),
});

export type { LoadedReport };
