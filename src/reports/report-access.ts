import type { Ctx } from '../app/context';
import { unitScope } from '../access/authorize';
import { decide } from '../access/policy';
import { AppError, forbidden, notFound } from '../shared/errors';
import type { ReportState } from '../db/schema';
import { campaignTree } from './campaign-queries';
import type { OutlineTree } from './domain/outline';
import { lockReason } from './domain/report-status';

/** A report with what decides who may do what with it. */
export async function loadReport(ctx: Ctx, id: string) {
  const r = await ctx.db
    .selectFrom('report as r')
    .innerJoin('report_campaign as c', 'c.id', 'r.campaign_id')
    .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
    .leftJoin('campaign_recipient as cr', (j) => j.onRef('cr.campaign_id', '=', 'r.campaign_id').onRef('cr.unit_id', '=', 'r.unit_id'))
    .selectAll('r')
    .select([
      'u.name as unit_name', 'c.title', 'c.requester_unit_id', 'c.group_id', 'c.period_key', 'c.deadline', 'c.grace_days', 'c.state as campaign_state', 'c.outline_tree',
      'cr.lock_exception_until',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!r) throw notFound('Báo cáo');
  const unitScopeRes = await unitScope(ctx.db, r.unit_id, ctx.today);
  const requesterScope = await unitScope(ctx.db, r.requester_unit_id, ctx.today, r.group_id ? [r.group_id] : []);
  const review = decide(ctx.actor, 'report.review', requesterScope, ctx.today).allowed;
  const may = {
    // The requesting body reviews what the units below wrote; it does not write their reports itself.
    // (A cluster's head is both requester and member: it writes its own report.)
    write: (!review || r.unit_id === r.requester_unit_id) && decide(ctx.actor, 'report.write', unitScopeRes, ctx.today).allowed,
    review,
    read: decide(ctx.actor, 'report.read', unitScopeRes, ctx.today).allowed || decide(ctx.actor, 'report.read', requesterScope, ctx.today).allowed,
  };
  if (!may.read && !may.write && !may.review) throw notFound('Báo cáo');
  const tree: OutlineTree = campaignTree(r);
  const locked = lockReason({
    state: r.state as ReportState,
    today: ctx.today,
    deadline: r.deadline,
    graceDays: r.grace_days,
    exceptionUntil: r.lock_exception_until ?? null,
    campaignOpen: r.campaign_state === 'dang_mo',
  });
  return { ...r, state: r.state as ReportState, tree, may, locked };
}
export type LoadedReport = Awaited<ReturnType<typeof loadReport>>;

export function requireWriter(r: LoadedReport): void {
  if (!r.may.write) throw forbidden(`Bạn không có quyền soạn báo cáo của ${r.unit_name}.`);
  if (r.locked) throw new AppError('PERIOD_LOCKED', r.locked);
}

export function requireReviewer(r: LoadedReport): void {
  if (!r.may.review) throw forbidden('Chỉ đơn vị yêu cầu báo cáo mới được duyệt hoặc trả lại báo cáo.');
}
