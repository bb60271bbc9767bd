import type { Ctx } from '../../app/context';
import { parsePeriodKey } from '../../indicators/domain/period-key';
import { AppError } from '../../shared/errors';
import type { ReportAwardFigures } from '../../shared/api/reports';
import { registryAwardFigures } from '../../awards/registry/use-cases/award-figures';
import { fitAwardRows, isAwardList } from '../domain/award-section';
import { flattenOutline } from '../domain/outline';
import { loadReport } from '../report-access';

/**
 * The award sections of a unit's report as the registry has them for the unit and the period, to
 * fill the list instead of counting by hand. Only offered: the unit reviews and saves as usual.
 */
export async function reportAwardFigures(ctx: Ctx, reportId: string): Promise<ReportAwardFigures> {
  const r = await loadReport(ctx, reportId);
  const period = parsePeriodKey(r.period_key);
  if (!period) throw new AppError('VALIDATION', `Kỳ báo cáo "${r.period_key}" không hợp lệ.`);
  const sections = flattenOutline(r.tree).map((f) => f.section).filter((s) => s.kind === 'list' && isAwardList(s.columns ?? undefined));
  if (!sections.length) return { periodLabel: period.label, unit: { id: r.unit_id, name: r.unit_name }, sections: {} };
  const campaign = await ctx.db.selectFrom('report_campaign').select('movement_id').where('id', '=', r.campaign_id).executeTakeFirstOrThrow();
  const rows = await registryAwardFigures(ctx, { unitId: r.unit_id, movementId: campaign.movement_id, from: period.from, to: period.to });
  return { periodLabel: period.label, unit: { id: r.unit_id, name: r.unit_name }, sections: Object.fromEntries(sections.map((s) => [s.key, fitAwardRows(rows, s.columns ?? [])])) };
}
