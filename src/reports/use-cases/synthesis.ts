import type { Ctx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize, unitScope } from '../../access/authorize';
import { decide } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { getRollup } from '../../indicators/use-cases/get-rollup';
import { parsePeriodKey } from '../../indicators/domain/period-key';
import { pathsOn } from '../../org/org-queries';
import { sanitizeRichDoc } from '../../shared/rich-text';
import { AppError, notFound, versionConflict } from '../../shared/errors';
import type { ReportContent, SynthesisMeta, SynthesisView } from '../../shared/api/reports';
import type { RichDoc } from '../../shared/rich-text-types';
import { campaignTree, indicatorSections, isoDay } from '../campaign-queries';
import { composeSynthesis, type ComposedIndicator, type ComposedTable } from '../domain/compose-synthesis';
import { defaultMeta } from '../domain/official-export';
import { flattenOutline, type OutlineTree } from '../domain/outline';
import { fitAwardRows, isAwardList } from '../domain/award-section';
import { registryAwardFigures } from '../../awards/registry/use-cases/award-figures';
import { onTime } from '../domain/report-status';
import { mergeComposition, type Source, type StoredSection } from '../domain/synthesis-merge';

async function loadCampaign(ctx: Ctx, id: string, mode: 'read' | 'write') {
  const c = await ctx.db.selectFrom('report_campaign').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('Yêu cầu báo cáo');
  await authorize(ctx, mode === 'write' ? 'campaign.manage' : 'report.read', { unitId: c.requester_unit_id, groupId: c.group_id ?? undefined, mode, what: 'Yêu cầu báo cáo' });
  return c;
}

export async function getSynthesis(ctx: Ctx, campaignId: string): Promise<SynthesisView> {
  const c = await loadCampaign(ctx, campaignId, 'read');
  const s = await ctx.db.selectFrom('synthesis').selectAll().where('campaign_id', '=', campaignId).executeTakeFirst();
  if (!s) throw new AppError('NOT_FOUND', 'Chưa soạn báo cáo tổng hợp cho yêu cầu này.');
  const scope = await unitScope(ctx.db, c.requester_unit_id, ctx.today, c.group_id ? [c.group_id] : []);
  return {
    campaignId,
    meta: s.meta as SynthesisMeta,
    intro: s.intro as RichDoc,
    sections: s.sections as StoredSection[],
    sources: s.sources as Source[],
    composedAt: new Date(s.composed_at).toISOString(),
    version: s.version,
    changes: s.changes as string[],
    canEdit: decide(ctx.actor, 'campaign.manage', scope, ctx.today).allowed,
  };
}

/**
 * Composes (or re-composes) the synthesis from the accepted reports. The specialist's edits and the
 * document details survive re-composition; what changed is listed.
 */
export async function composeCampaignSynthesis(ctx: Ctx, campaignId: string): Promise<SynthesisView> {
  const c = await loadCampaign(ctx, campaignId, 'write');
  const tree = campaignTree(c);
  const reports = await ctx.db
    .selectFrom('campaign_recipient as cr')
    .innerJoin('org_unit as u', 'u.id', 'cr.unit_id')
    .leftJoin('report as r', (j) => j.onRef('r.campaign_id', '=', 'cr.campaign_id').onRef('r.unit_id', '=', 'cr.unit_id'))
    .select(['u.id as unit_id', 'u.name', 'r.id', 'r.state', 'r.content', 'r.revision', 'r.first_submitted_at'])
    .where('cr.campaign_id', '=', campaignId)
    .orderBy('u.name')
    .execute();
  const accepted = reports.filter((r) => r.state === 'da_duyet');
  const submitted = reports.filter((r) => r.first_submitted_at && r.state !== 'dang_soan');
  const composed = composeSynthesis({
    tree,
    periodLabel: parsePeriodKey(c.period_key)?.label ?? c.period_key,
    reports: accepted.map((r) => ({ unitName: r.name, content: r.content as ReportContent })),
    counts: {
      expected: reports.length,
      submitted: submitted.length,
      onTime: submitted.filter((r) => onTime(isoDay(r.first_submitted_at), c.deadline)).length,
      accepted: accepted.length,
      missing: reports.filter((r) => !submitted.includes(r)).map((r) => r.name),
    },
    indicatorSections: await rolledUp(ctx, c, indicatorSections(tree)),
    registryLists: await registryLists(ctx, c, tree),
  });
  const sources: Source[] = accepted.map((r) => ({ reportId: r.id!, unit: { id: r.unit_id, name: r.name }, revision: r.revision ?? 0 }));
  const previous = await ctx.db.selectFrom('synthesis').selectAll().where('campaign_id', '=', campaignId).executeTakeFirst();
  const order = flattenOutline(tree).map((f) => ({ key: f.section.key, label: f.label }));
  const merged = mergeComposition(previous ? { sections: previous.sections as StoredSection[], sources: previous.sources as Source[] } : null, { order, sections: composed.sections }, sources);
  await inTx(ctx, async (tx) => {
    const now = new Date();
    if (!previous) {
      const requester = await tx.selectFrom('org_unit').select(['id', 'name', 'kind']).where('id', '=', c.requester_unit_id).executeTakeFirstOrThrow();
      const path = (await pathsOn(tx, [{ id: requester.id, day: ctx.today }])).get(requester.id) ?? [];
      const parent = path.length > 1 ? path[path.length - 2]! : null;
      await tx
        .insertInto('synthesis')
        .values({
          campaign_id: campaignId,
          meta: JSON.stringify(defaultMeta(requester, parent, tree)),
          intro: JSON.stringify(composed.intro),
          sections: JSON.stringify(merged.sections),
          sources: JSON.stringify(sources),
          changes: JSON.stringify([]),
          tables: JSON.stringify(composed.tables),
          composed_at: now,
        })
        .execute();
    } else {
      await tx
        .updateTable('synthesis')
        .set((eb) => ({
          intro: JSON.stringify(composed.intro),
          sections: JSON.stringify(merged.sections),
          sources: JSON.stringify(sources),
          changes: JSON.stringify(merged.changes),
          tables: JSON.stringify(composed.tables),
          composed_at: now,
          version: eb('version', '+', 1),
          updated_at: now,
        }))
        .where('campaign_id', '=', campaignId)
        .execute();
    }
    await recordAudit(tx, ctx, { action: 'synthesis.compose', entity: 'synthesis', entityId: campaignId, orgUnitId: c.requester_unit_id, before: previous ? { sources: previous.sources } : null, after: { sources, changes: merged.changes } });
  });
  return getSynthesis(ctx, campaignId);
}

/** Award sections read the award registry for the requester's scope (or the cluster) and the campaign's period and movement. */
async function registryLists(ctx: Ctx, c: { requester_unit_id: string; group_id: string | null; movement_id: string | null; period_key: string }, tree: OutlineTree) {
  const sections = flattenOutline(tree).map((f) => f.section).filter((s) => s.kind === 'list' && isAwardList(s.columns ?? undefined));
  const period = parsePeriodKey(c.period_key);
  if (!sections.length || !period) return {};
  const rows = await registryAwardFigures(ctx, { ...(c.group_id ? { groupId: c.group_id } : { unitId: c.requester_unit_id }), movementId: c.movement_id, from: period.from, to: period.to });
  return Object.fromEntries(sections.map((s) => [s.key, fitAwardRows(rows, s.columns ?? [])]));
}

async function rolledUp(ctx: Ctx, c: { requester_unit_id: string; group_id: string | null; period_key: string }, sections: { key: string; setId: string }[]): Promise<Record<string, ComposedIndicator[]>> {
  const out: Record<string, ComposedIndicator[]> = {};
  for (const s of sections) {
    const res = await getRollup(ctx, { setId: s.setId, period: c.period_key, ...(c.group_id ? { groupId: c.group_id } : { unitId: c.requester_unit_id }) });
    out[s.key] = res.rows.map((row) => ({
      name: row.indicator.name,
      unitOfMeasure: row.indicator.unitOfMeasure,
      decimals: row.indicator.decimals,
      value: row.value,
      target: row.target,
      percentOfTarget: row.percentOfTarget,
      previous: row.previous,
      changePercent: row.changePercent,
      meeting: row.meeting,
      completeness: row.completeness,
      breakdown: row.breakdown.map((b) => ({ unitName: b.unit.name, value: b.value })),
    }));
  }
  return out;
}

export async function saveSynthesis(ctx: Ctx, campaignId: string, input: { version: number; meta?: SynthesisMeta; intro?: RichDoc; sections?: Record<string, RichDoc | null> }): Promise<SynthesisView> {
  const c = await loadCampaign(ctx, campaignId, 'write');
  const s = await ctx.db.selectFrom('synthesis').selectAll().where('campaign_id', '=', campaignId).executeTakeFirst();
  if (!s) throw new AppError('NOT_FOUND', 'Chưa soạn báo cáo tổng hợp cho yêu cầu này.');
  const sections = (s.sections as StoredSection[]).map((sec) => {
    if (!input.sections || !(sec.key in input.sections)) return sec;
    const edit = input.sections[sec.key];
    // Saving an edit means the specialist has seen the current composed text: the change flag is cleared.
    return { ...sec, edited: edit ? sanitizeRichDoc(edit) : null, sourceChanged: false, previousGenerated: null };
  });
  const unknown = Object.keys(input.sections ?? {}).filter((k) => !sections.some((x) => x.key === k));
  if (unknown.length) throw new AppError('VALIDATION', 'Có mục không thuộc đề cương của báo cáo tổng hợp.', unknown.map((k) => ({ path: `sections.${k}`, message: 'Mục không tồn tại.' })));
  await inTx(ctx, async (tx) => {
    const ok = await tx
      .updateTable('synthesis')
      .set((eb) => ({
        meta: JSON.stringify(input.meta ?? s.meta),
        intro: JSON.stringify(input.intro ? sanitizeRichDoc(input.intro) : s.intro),
        sections: JSON.stringify(sections),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('campaign_id', '=', campaignId)
      .where('version', '=', input.version)
      .returning('version')
      .executeTakeFirst();
    if (!ok) throw versionConflict();
    await recordAudit(tx, ctx, {
      action: 'synthesis.save',
      entity: 'synthesis',
      entityId: campaignId,
      orgUnitId: c.requester_unit_id,
      before: { meta: input.meta ? s.meta : undefined, sections: Object.keys(input.sections ?? {}) },
      after: { meta: input.meta, sections: input.sections ?? {} },
    });
  });
  return getSynthesis(ctx, campaignId);
}

export async function synthesisTables(ctx: Ctx, campaignId: string): Promise<ComposedTable[]> {
  await loadCampaign(ctx, campaignId, 'read');
  const s = await ctx.db.selectFrom('synthesis').select('tables').where('campaign_id', '=', campaignId).executeTakeFirst();
  return (s?.tables ?? []) as ComposedTable[];
}
