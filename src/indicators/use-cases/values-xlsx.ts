import type { Ctx } from '../../app/context';
import { authorize } from '../../access/authorize';
import { AppError, notFound } from '../../shared/errors';
import type { ImportResponse, ValueKindName } from '../../shared/api/indicators';
import { parsePeriodKey } from '../domain/period-key';
import { VALUE_KIND_LABELS } from '../domain/indicator-def';
import { buildValuesTemplate } from '../xlsx/values-template';
import { DATA_SHEET } from '../xlsx/layout';
import { readValuesWorkbook, type SheetIssue } from '../xlsx/read-values';
import { findIndicatorSet } from './manage-sets';
import { getValuesGrid } from './values-grid';
import { saveValues, cellPath } from './save-values';

export async function valuesTemplate(ctx: Ctx, q: { setId: string; unitId: string; period: string; kind: ValueKindName }): Promise<{ file: Buffer; filename: string }> {
  const grid = await getValuesGrid(ctx, { setId: q.setId, unitId: q.unitId, period: q.period, kind: q.kind, layout: 'units' });
  const period = parsePeriodKey(q.period)!;
  const byColumn = new Map(grid.columns.map((c) => [c.key, c.unit.id]));
  const values = new Map(grid.cells.filter((c) => c.value !== null).map((c) => [`${c.indicatorId}|${byColumn.get(c.column)}`, c.value!]));
  const file = await buildValuesTemplate({
    setId: grid.set.id,
    setName: grid.set.name,
    periodKey: period.key,
    periodLabel: period.label,
    kind: q.kind,
    kindLabel: VALUE_KIND_LABELS[q.kind],
    indicators: grid.rows.map((r) => r.indicator),
    units: grid.columns.map((c) => c.unit),
    values,
  });
  return { file, filename: `so-lieu-${period.key}.xlsx` };
}

/**
 * Reads an uploaded template. Nothing is written while any cell is wrong, unless the user
 * confirms writing only the valid cells; every problem names its cell.
 */
export async function importValues(ctx: Ctx, q: { setId: string; kind: ValueKindName; confirm: boolean }, body: Buffer): Promise<ImportResponse> {
  await authorize(ctx, 'indicator.read', { unitId: null, mode: 'read' });
  const set = await findIndicatorSet(ctx.db, q.setId);
  if (!set) throw notFound('Bộ chỉ tiêu');
  const indicators = set.items.map((i) => i.indicator);
  const read = await readValuesWorkbook(body, indicators);
  const { meta } = read;
  if (meta.setId && meta.setId !== set.id) throw new AppError('VALIDATION', 'Tệp này được tải từ một bộ chỉ tiêu khác; hãy tải mẫu của bộ chỉ tiêu đang chọn.');
  const period = meta.period ? parsePeriodKey(meta.period) : null;
  if (!period) throw new AppError('VALIDATION', 'Tệp không ghi kỳ báo cáo (trang ThongTin bị xóa hoặc sửa); hãy tải lại mẫu từ hệ thống.');
  if (meta.kind && meta.kind !== q.kind) throw new AppError('VALIDATION', `Tệp là mẫu nhập "${VALUE_KIND_LABELS[meta.kind as ValueKindName] ?? meta.kind}", không phải "${VALUE_KIND_LABELS[q.kind]}".`);
  const unitIds = [...new Set(read.cells.map((c) => c.unitId))];
  const units = new Map(unitIds.length ? (await ctx.db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', unitIds).execute()).map((u) => [u.id, u.name]) : []);
  const unknown = new Map(read.cells.filter((c) => !units.has(c.unitId)).map((c) => [c.unitCell, c.unitId]));
  read.cells = read.cells.filter((c) => units.has(c.unitId));
  for (const [cell, id] of unknown) read.errors.push({ sheet: DATA_SHEET, cell, severity: 'error', message: `Mã định danh đơn vị "${id}" không có trong hệ thống.` });
  const errors: SheetIssue[] = [...read.errors];
  const result = (applied: boolean, saved: number, warnings: SheetIssue[] = []): ImportResponse => ({ read: read.cells.length + errors.length, valid: read.cells.length, errors, warnings, applied, saved });
  if (read.cells.length === 0) return result(false, 0);
  if (errors.length && !q.confirm) return result(false, 0);

  const current = await ctx.db
    .selectFrom('indicator_value')
    .select(['indicator_id', 'unit_id', 'version'])
    .where('kind', '=', q.kind)
    .where('period_key', '=', period.key)
    .where('indicator_id', 'in', indicators.map((i) => i.id))
    .where('unit_id', 'in', [...units.keys()])
    .execute();
  const versions = new Map(current.map((c) => [`${c.indicator_id}|${c.unit_id}`, c.version]));
  const cellOf = new Map(read.cells.map((c) => [cellPath({ ...c, periodKey: period.key }), c.cell]));
  const sheet = DATA_SHEET;
  const toIssues = (details: { path: string; message: string }[] | undefined, severity: 'error' | 'warning'): SheetIssue[] =>
    (details ?? []).map((d) => ({ sheet, cell: cellOf.get(d.path) ?? '', severity, message: d.message }));
  try {
    const saved = await saveValues(ctx, {
      kind: q.kind,
      setId: set.id,
      source: `Nhập từ tệp Excel (${period.label})`,
      confirmWarnings: q.confirm,
      changes: read.cells.map((c) => ({ indicatorId: c.indicatorId, unitId: c.unitId, periodKey: period.key, value: c.value, version: versions.get(`${c.indicatorId}|${c.unitId}`) ?? null })),
    });
    return result(true, saved.saved, toIssues(saved.issues.map((i) => ({ path: `${i.indicatorId}|${i.column}`, message: i.message })), 'warning'));
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONFIRMATION_REQUIRED') return result(false, 0, toIssues(err.details, 'warning'));
    if (err instanceof AppError && err.code === 'VALIDATION' && err.details?.length) {
      errors.push(...toIssues(err.details, 'error'));
      return result(false, 0);
    }
    throw err;
  }
}
