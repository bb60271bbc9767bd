import type { Ctx } from '../../app/context';
import { inTx } from '../../app/tx';
import { recordAudit } from '../../audit/record-audit';
import { AppError, forbidden, versionConflict } from '../../shared/errors';
import { checkTransition } from '../../shared/workflow';
import type { ReportContent, ReportDetail } from '../../shared/api/reports';
import type { ReportState } from '../../db/schema';
import { REPORT_WORKFLOW, reportActor } from '../domain/report-workflow';
import { loadReport, requireReviewer } from '../report-access';
import { findingsFor } from './check-report';
import { getReport } from './read-reports';
import { writeRevision } from './save-report';

const CATEGORY_NAMES: Record<string, string> = { ARITH: 'số liệu tính sai', NUMFMT: 'số viết sai', DATE: 'ngày tháng', DUP: 'lặp lại', REF: 'trích dẫn văn bản', STRUCT: 'mục chưa trả lời', TYPO: 'chính tả' };

export async function transitionReport(ctx: Ctx, id: string, input: { to: ReportState; version: number; reason?: string | null; confirm?: boolean }): Promise<ReportDetail> {
  const r = await loadReport(ctx, id);
  const rule = checkTransition(REPORT_WORKFLOW, r.state, input.to, input.reason);
  if (r.state === 'chua_mo') throw new AppError('CONFLICT', 'Báo cáo chưa có nội dung; hãy soạn trước khi nộp.');
  const byReviewer = reportActor(input.to) === 'reviewer';
  if (byReviewer) requireReviewer(r);
  else {
    if (!r.may.write) throw forbidden(`Bạn không có quyền nộp báo cáo của ${r.unit_name}.`);
    if (r.locked && input.to === 'da_nop') throw new AppError('PERIOD_LOCKED', r.locked);
  }
  if (byReviewer && r.campaign_state === 'soan_thao') throw new AppError('CONFLICT', 'Yêu cầu báo cáo chưa được gửi.');
  const content = r.content as ReportContent;
  let findings = r.findings;
  if (input.to === 'da_nop') {
    const found = await findingsFor(ctx.db, r, content, ctx.today);
    findings = found;
    const serious = found.filter((f) => f.severity !== 'low');
    if (serious.length && !input.confirm) {
      await ctx.db.updateTable('report').set({ findings: JSON.stringify(found) }).where('id', '=', id).execute();
      const byCat = Object.entries(countBy(serious.map((f) => f.category))).map(([c, n]) => `${n} về ${CATEGORY_NAMES[c] ?? c}`);
      throw new AppError(
        'CONFIRMATION_REQUIRED',
        `Bộ kiểm tra phát hiện ${serious.length} vấn đề cần xem (${byCat.join(', ')}). Hãy sửa, hoặc xác nhận "Vẫn nộp" nếu nội dung đã đúng.`,
        serious.slice(0, 50).map((f) => ({ path: `sections.${f.sectionKey}`, message: f.message })),
      );
    }
  }
  const now = new Date();
  await inTx(ctx, async (tx) => {
    const updated = await tx
      .updateTable('report')
      .set((eb) => ({
        state: input.to,
        findings: JSON.stringify(findings ?? []),
        return_reason: input.to === 'tra_lai' ? input.reason!.trim() : null,
        submitted_at: input.to === 'da_nop' ? now : r.submitted_at,
        first_submitted_at: input.to === 'da_nop' ? (r.first_submitted_at ?? now) : r.first_submitted_at,
        accepted_at: input.to === 'da_duyet' ? now : null,
        version: eb('version', '+', 1),
        updated_at: now,
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('state', '=', r.state)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await tx.insertInto('workflow_transition').values({ entity: 'report', entity_id: id, from_state: r.state, to_state: input.to, actor_id: ctx.actor.userId || null, actor_name: ctx.actor.fullName, reason: input.reason?.trim() || null }).execute();
    if (input.to === 'da_nop' || input.to === 'da_duyet') await writeRevision(tx, ctx, r, content, input.to === 'da_nop' ? 'nop' : 'duyet', now);
    await tx
      .insertInto('notification')
      .values({
        unit_id: byReviewer ? r.unit_id : r.requester_unit_id,
        kind: `report.${input.to}`,
        title: `${rule.label}: báo cáo của ${r.unit_name} — ${r.title}${input.reason ? ` (lý do: ${input.reason.trim()})` : ''}`,
        link: `/bao-cao/bao-cao/${id}`,
      })
      .execute();
    await recordAudit(tx, ctx, {
      action: 'report.transition',
      entity: 'report',
      entityId: id,
      orgUnitId: r.unit_id,
      before: { state: r.state },
      after: { state: input.to, transition: rule.label, reason: input.reason ?? null, findings: Array.isArray(findings) ? findings.length : 0, confirmed: !!input.confirm },
    });
  });
  return getReport(ctx, id);
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

/** The reviewer's decision on one checker finding, recorded with who and when. */
export async function reviewFinding(ctx: Ctx, id: string, key: string, input: { decision: 'accepted' | 'dismissed'; note?: string | null }): Promise<ReportDetail> {
  const r = await loadReport(ctx, id);
  requireReviewer(r);
  const findings = (r.findings ?? []) as { key: string }[];
  if (!findings.some((f) => f.key === key)) throw new AppError('NOT_FOUND', 'Không tìm thấy phát hiện này trong lần kiểm tra gần nhất của báo cáo.');
  await inTx(ctx, async (tx) => {
    const before = await tx.selectFrom('report_finding_review').selectAll().where('report_id', '=', id).where('finding_key', '=', key).executeTakeFirst();
    await tx
      .insertInto('report_finding_review')
      .values({ report_id: id, finding_key: key, decision: input.decision, note: input.note?.trim() || null, actor_id: ctx.actor.userId || null, actor_name: ctx.actor.fullName, decided_at: new Date() })
      .onConflict((oc) => oc.columns(['report_id', 'finding_key']).doUpdateSet({ decision: input.decision, note: input.note?.trim() || null, actor_id: ctx.actor.userId || null, actor_name: ctx.actor.fullName, decided_at: new Date() }))
      .execute();
    await recordAudit(tx, ctx, { action: 'report.finding_review', entity: 'report', entityId: id, orgUnitId: r.unit_id, before: before ? { key, decision: before.decision, note: before.note } : null, after: { key, ...input } });
  });
  return getReport(ctx, id);
}
