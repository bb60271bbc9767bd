import type { Ctx, Db } from '../../app/context';
import { checkReport } from '../../checker/domain/check';
import type { FindingView, ReportContent } from '../../shared/api/reports';
import { flattenOutline } from '../domain/outline';
import { sectionAnswered } from '../domain/report-content';
import { missingSectionFindings, placeFindings, reportText, type PlacedFinding } from '../domain/report-text';
import { sectionsWithFigures } from '../campaign-queries';
import { loadReport, type LoadedReport } from '../report-access';

/** Runs the report checker over the whole report and adds the outline items left unanswered. */
export async function findingsFor(db: Db, r: LoadedReport, content: ReportContent, today: string): Promise<PlacedFinding[]> {
  const { text, spans } = reportText(r.tree, content);
  const result = checkReport(text, { date: today });
  const placed = placeFindings(text, spans, result.findings.filter((f) => f.category !== 'STRUCT'));
  const figures = (await sectionsWithFigures(db, r.tree, r.period_key, [r.unit_id])).get(r.unit_id) ?? new Set<string>();
  const unanswered = flattenOutline(r.tree)
    .filter((f) => f.section.children.length === 0 && !sectionAnswered(f.section, content.sections[f.section.key], figures.has(f.section.key)))
    .map((f) => ({ key: f.section.key, label: f.label, title: f.section.title }));
  return [...missingSectionFindings(unanswered), ...placed];
}

/** Checks the saved content without changing anything, for the unit to see before submitting. */
export async function checkSavedReport(ctx: Ctx, id: string): Promise<{ findings: FindingView[] }> {
  const r = await loadReport(ctx, id);
  const findings = await findingsFor(ctx.db, r, r.content as ReportContent, ctx.today);
  return { findings: findings.map((f) => ({ ...f, review: null })) };
}
