import type { Db } from '../app/context';
import { citationText } from '../documents/citation-text';
import { parsePeriodKey } from '../indicators/domain/period-key';
import type { CampaignSummary } from '../shared/api/reports';
import type { CampaignState, ReportState } from '../db/schema';
import { CAMPAIGN_WORKFLOW } from './domain/report-workflow';
import { flattenOutline, type OutlineTree } from './domain/outline';
import { onTime } from './domain/report-status';

export function campaignRows(db: Db) {
  return db
    .selectFrom('report_campaign as c')
    .innerJoin('org_unit as u', 'u.id', 'c.requester_unit_id')
    .innerJoin('outline_version as v', 'v.id', 'c.outline_version_id')
    .innerJoin('outline as o', 'o.id', 'v.outline_id')
    .leftJoin('directive_document as d', 'd.id', 'c.request_document_id')
    .leftJoin('movement as m', 'm.id', 'c.movement_id')
    .select([
      'c.id', 'c.title', 'c.requester_unit_id', 'u.name as requester_name', 'c.period_key', 'c.deadline', 'c.grace_days', 'c.state', 'c.version',
      'c.outline_tree', 'c.group_id', 'c.movement_id', 'm.name as movement_name', 'o.id as outline_id', 'o.name as outline_name', 'v.id as outline_version_id', 'v.number as outline_number',
      'd.id as doc_id', 'd.doc_type', 'd.number_symbol', 'd.issued_on', 'd.issuer_name',
    ]);
}
export type CampaignRow = Awaited<ReturnType<ReturnType<typeof campaignRows>['executeTakeFirstOrThrow']>>;

export interface ReportStateRow {
  campaign_id: string;
  state: ReportState;
  first_submitted_at: Date | null;
}

export function totalsOf(reports: ReportStateRow[], deadline: string) {
  const submitted = reports.filter((r) => r.first_submitted_at !== null && r.state !== 'chua_mo' && r.state !== 'dang_soan');
  return {
    expected: reports.length,
    submitted: submitted.length,
    onTime: submitted.filter((r) => onTime(isoDay(r.first_submitted_at), deadline)).length,
    accepted: reports.filter((r) => r.state === 'da_duyet').length,
  };
}

/** The day in Vietnam (UTC+7) on which a moment falls: deadlines are Vietnamese calendar days. */
export function isoDay(t: Date | string | null): string | null {
  if (!t) return null;
  return new Date(new Date(t).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function toCampaignSummary(r: CampaignRow, reports: ReportStateRow[]): CampaignSummary {
  return {
    id: r.id,
    title: r.title,
    requesterUnit: { id: r.requester_unit_id, name: r.requester_name },
    periodKey: r.period_key,
    periodLabel: parsePeriodKey(r.period_key)?.label ?? r.period_key,
    deadline: r.deadline,
    graceDays: r.grace_days,
    state: r.state as CampaignState,
    stateLabel: CAMPAIGN_WORKFLOW.states[r.state as CampaignState],
    outline: { id: r.outline_id, name: r.outline_name, versionId: r.outline_version_id, number: r.outline_number },
    requestDocument: r.doc_id ? { id: r.doc_id, citation: citationText({ docType: r.doc_type!, numberSymbol: r.number_symbol, issuedOn: r.issued_on, issuerName: r.issuer_name! }) } : null,
    movement: r.movement_id ? { id: r.movement_id, name: r.movement_name! } : null,
    totals: totalsOf(reports, r.deadline),
    version: r.version,
  };
}

export const campaignTree = (r: { outline_tree: unknown }) => r.outline_tree as OutlineTree;

/** Indicator-table sections of a campaign's outline, with their indicator set. */
export function indicatorSections(tree: OutlineTree): { key: string; setId: string }[] {
  return flattenOutline(tree)
    .filter((f) => f.section.kind === 'indicator_table' && f.section.indicatorSetId)
    .map((f) => ({ key: f.section.key, setId: f.section.indicatorSetId! }));
}

/** For each unit, the indicator-table sections with at least one actual figure for the campaign's period. */
export async function sectionsWithFigures(db: Db, tree: OutlineTree, periodKey: string, unitIds: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  const sections = indicatorSections(tree);
  if (!sections.length || !unitIds.length) return out;
  const items = await db.selectFrom('indicator_set_item').select(['set_id', 'indicator_id']).where('set_id', 'in', [...new Set(sections.map((s) => s.setId))]).execute();
  const ids = [...new Set(items.map((i) => i.indicator_id))];
  if (!ids.length) return out;
  const values = await db
    .selectFrom('indicator_value')
    .select(['unit_id', 'indicator_id'])
    .where('period_key', '=', periodKey)
    .where('kind', '=', 'actual')
    .where('unit_id', 'in', unitIds)
    .where('indicator_id', 'in', ids)
    .execute();
  for (const v of values) {
    for (const s of sections) {
      if (items.some((i) => i.set_id === s.setId && i.indicator_id === v.indicator_id)) {
        const set = out.get(v.unit_id) ?? new Set<string>();
        set.add(s.key);
        out.set(v.unit_id, set);
      }
    }
  }
  return out;
}
