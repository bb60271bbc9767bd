import type { Ctx, Tx } from '../../app/context';
import { inTx } from '../../app/tx';
import { recordAudit } from '../../audit/record-audit';
import { saveValues } from '../../indicators/use-cases/save-values';
import { RichTextTooLarge } from '../../shared/rich-text';
import { AppError, versionConflict } from '../../shared/errors';
import type { ReportContent } from '../../shared/api/reports';
import type { RevisionKind } from '../../db/schema';
import { loadReport, requireWriter, type LoadedReport } from '../report-access';
import { cleanContent } from '../domain/report-content';
import { sameJson } from '../domain/synthesis-merge';
import { reportEditable } from '../domain/report-workflow';
import { indicatorSections } from '../campaign-queries';

/** Autosaves of one author within this window fold into one revision, so the history stays readable. */
const AUTOSAVE_FOLD_MS = 10 * 60_000;

export interface SaveReportInput {
  version: number;
  content: ReportContent;
  values?: { indicatorId: string; value: number | null; version: number | null }[];
  autosave: boolean;
}

export async function saveReport(ctx: Ctx, id: string, input: SaveReportInput) {
  const r = await loadReport(ctx, id);
  requireWriter(r);
  if (!reportEditable(r.state)) throw new AppError('CONFLICT', `Báo cáo đang ở trạng thái "${r.state === 'da_duyet' ? 'Đã duyệt' : 'Đã nộp'}", không sửa được. Rút lại (khi chưa được duyệt) để sửa.`);
  let cleaned;
  try {
    cleaned = cleanContent(r.tree, input.content);
  } catch (err) {
    if (err instanceof RichTextTooLarge) throw new AppError('PAYLOAD_TOO_LARGE', err.message);
    throw err;
  }
  if (cleaned.issues.length) throw new AppError('VALIDATION', `Có ${cleaned.issues.length} chỗ chưa hợp lệ trong báo cáo; chưa lưu.`, cleaned.issues);
  const allowed = await allowedIndicators(ctx, r);
  const strayValue = (input.values ?? []).find((v) => !allowed.has(v.indicatorId));
  if (strayValue) throw new AppError('VALIDATION', 'Chỉ nhập số liệu của các chỉ tiêu trong bảng của đề cương.', [{ path: `values.${strayValue.indicatorId}`, message: 'Chỉ tiêu không thuộc báo cáo.' }]);
  const now = new Date();
  return inTx(ctx, async (tx) => {
    const state = r.state === 'chua_mo' ? 'dang_soan' : r.state;
    const updated = await tx
      .updateTable('report')
      .set((eb) => ({ content: JSON.stringify(cleaned.content), state, version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returning(['version'])
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    if (state !== r.state) {
      await tx.insertInto('workflow_transition').values({ entity: 'report', entity_id: id, from_state: r.state, to_state: state, actor_id: ctx.actor.userId || null, actor_name: ctx.actor.fullName, reason: null }).execute();
    }
    const revision = await writeRevision(tx, ctx, r, cleaned.content, input.autosave ? 'tu_dong' : 'luu', now);
    if (input.values?.length) {
      await saveValues(
        { ...ctx, db: tx },
        {
          kind: 'actual',
          source: `Báo cáo: ${r.title}`,
          confirmWarnings: true,
          changes: input.values.map((v) => ({ indicatorId: v.indicatorId, unitId: r.unit_id, periodKey: r.period_key, value: v.value, version: v.version })),
        },
      );
    }
    await recordAudit(tx, ctx, {
      action: 'report.save',
      entity: 'report',
      entityId: id,
      orgUnitId: r.unit_id,
      before: changedSections(r.content as ReportContent, cleaned.content, 'before'),
      after: changedSections(r.content as ReportContent, cleaned.content, 'after'),
    });
    return { version: updated.version, revision, savedAt: now.toISOString(), state };
  });
}

/** Appends a revision, or folds an autosave into the author's latest autosave of the last minutes. */
export async function writeRevision(tx: Tx, ctx: Ctx, r: LoadedReport, content: ReportContent, kind: RevisionKind, now: Date): Promise<number> {
  const last = await tx.selectFrom('report_revision').select(['id', 'revision', 'kind', 'author_id', 'updated_at']).where('report_id', '=', r.id).orderBy('revision', 'desc').limit(1).executeTakeFirst();
  if (kind === 'tu_dong' && last && last.kind === 'tu_dong' && last.author_id === (ctx.actor.userId || null) && now.getTime() - new Date(last.updated_at).getTime() < AUTOSAVE_FOLD_MS) {
    await tx.updateTable('report_revision').set({ content: JSON.stringify(content), updated_at: now }).where('id', '=', last.id).execute();
    return last.revision;
  }
  const revision = (last?.revision ?? 0) + 1;
  await tx.insertInto('report_revision').values({ report_id: r.id, revision, kind, content: JSON.stringify(content), author_id: ctx.actor.userId || null, author_name: ctx.actor.fullName, created_at: now, updated_at: now }).execute();
  await tx.updateTable('report').set({ revision }).where('id', '=', r.id).execute();
  return revision;
}

async function allowedIndicators(ctx: Ctx, r: LoadedReport): Promise<Set<string>> {
  const sets = indicatorSections(r.tree).map((s) => s.setId);
  if (!sets.length) return new Set();
  const rows = await ctx.db.selectFrom('indicator_set_item').select('indicator_id').where('set_id', 'in', sets).execute();
  return new Set(rows.map((x) => x.indicator_id));
}

/** Only the sections that changed go to the audit log: an autosave every few seconds must not copy the whole report each time. */
function changedSections(before: ReportContent, after: ReportContent, side: 'before' | 'after') {
  const keys = new Set([...Object.keys(before.sections ?? {}), ...Object.keys(after.sections)]);
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const b = before.sections?.[k];
    const a = after.sections[k];
    if (!sameJson(a, b)) out[k] = side === 'before' ? (b ?? null) : (a ?? null);
  }
  return { sections: out };
}
