import type { Ctx, Tx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { AppError, notFound, versionConflict } from '../../shared/errors';
import { cleanText } from '../../shared/vi-text';
import type { CreateIndicatorBody, IndicatorView, UpdateIndicatorBody } from '../../shared/api/indicators';
import { checkDefinition, dependencyOrder } from '../domain/indicator-def';
import { findIndicator, findIndicators, toDef, withRatioParts } from '../indicator-queries';

type Content = Omit<CreateIndicatorBody, 'ownerUnitId'>;

export async function listIndicators(ctx: Ctx, f: { q?: string; includeInactive?: boolean }): Promise<IndicatorView[]> {
  await authorize(ctx, 'indicator.read', { unitId: null, mode: 'read' });
  return findIndicators(ctx.db, f);
}

export async function getIndicator(ctx: Ctx, id: string): Promise<IndicatorView> {
  await authorize(ctx, 'indicator.read', { unitId: null, mode: 'read' });
  const v = await findIndicator(ctx.db, id);
  if (!v) throw notFound('Chỉ tiêu');
  return v;
}

function columns(input: Content) {
  const isRatio = input.aggregation === 'ratio';
  return {
    code: input.code.trim().toUpperCase(),
    name: cleanText(input.name),
    unit_of_measure: cleanText(input.unitOfMeasure),
    decimals: input.decimals,
    direction: input.direction,
    aggregation: input.aggregation,
    numerator_id: isRatio ? (input.numeratorId ?? null) : null,
    denominator_id: isRatio ? (input.denominatorId ?? null) : null,
    ratio_scale: input.ratioScale ?? 100,
    condition_op: input.condition?.op ?? null,
    condition_value: input.condition?.value ?? null,
    min_value: input.minValue ?? null,
    max_value: input.maxValue ?? null,
    range_severity: input.rangeSeverity ?? 'error',
    description: input.description ?? null,
    active: input.active ?? true,
    search_text: [input.code, input.name, input.unitOfMeasure, input.description ?? ''].join(' '),
  };
}

async function check(tx: Tx, id: string | null, input: Content) {
  const issues = checkDefinition({
    code: input.code, name: input.name, decimals: input.decimals, direction: input.direction, aggregation: input.aggregation,
    numeratorId: input.numeratorId ?? null, denominatorId: input.denominatorId ?? null, ratioScale: input.ratioScale ?? 100,
    condition: input.condition ?? null, minValue: input.minValue ?? null, maxValue: input.maxValue ?? null,
  });
  if (issues.length) throw new AppError('VALIDATION', issues[0]!.message, issues);
  const dup = await tx.selectFrom('indicator').select(['id', 'name']).where((eb) => eb(eb.fn('upper', ['code']), '=', input.code.trim().toUpperCase())).executeTakeFirst();
  if (dup && dup.id !== id) throw new AppError('DUPLICATE_CODE', `Mã chỉ tiêu ${input.code.trim().toUpperCase()} đã dùng cho "${dup.name}".`, [{ path: 'code', message: 'Chọn mã khác.' }]);
  if (input.aggregation === 'ratio') {
    const parts = await findIndicators(tx, { ids: [input.numeratorId!, input.denominatorId!], includeInactive: true });
    if (parts.length !== 2) throw notFound('Chỉ tiêu tử số hoặc mẫu số');
    if (id) {
      // A ratio may not end up dividing by itself through its parts.
      const all = await withRatioParts(tx, parts);
      const self = { ...toDef(parts[0]!), id, aggregation: 'ratio' as const, numeratorId: input.numeratorId!, denominatorId: input.denominatorId! };
      try {
        dependencyOrder([self, ...all.filter((v) => v.id !== id).map(toDef)]);
      } catch (err) {
        throw new AppError('VALIDATION', (err as Error).message, [{ path: 'numeratorId', message: 'Chọn chỉ tiêu khác.' }]);
      }
    }
  }
}

export async function createIndicator(ctx: Ctx, input: CreateIndicatorBody): Promise<IndicatorView> {
  await authorize(ctx, 'indicator.manage', { unitId: input.ownerUnitId, mode: 'write' });
  const id = await inTx(ctx, async (tx) => {
    await check(tx, null, input);
    const row = await tx.insertInto('indicator').values({ ...columns(input), owner_unit_id: input.ownerUnitId }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'indicator.create', entity: 'indicator', entityId: row.id, orgUnitId: input.ownerUnitId, after: row });
    return row.id;
  });
  return (await findIndicator(ctx.db, id))!;
}

export async function updateIndicator(ctx: Ctx, id: string, input: UpdateIndicatorBody): Promise<IndicatorView> {
  const current = await ctx.db.selectFrom('indicator').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('Chỉ tiêu');
  await authorize(ctx, 'indicator.manage', { unitId: current.owner_unit_id, mode: 'write' });
  await inTx(ctx, async (tx) => {
    await check(tx, id, input);
    const hasValues = await tx.selectFrom('indicator_value').select('id').where('indicator_id', '=', id).limit(1).executeTakeFirst();
    if (hasValues && (input.decimals < current.decimals || input.unitOfMeasure.trim() !== current.unit_of_measure)) {
      // Figures already entered were typed in the old unit and precision; changing them silently would misstate them.
      throw new AppError('CONFLICT', 'Chỉ tiêu đã có số liệu nên không đổi được đơn vị tính hoặc giảm số chữ số thập phân. Hãy tạo chỉ tiêu mới.');
    }
    const updated = await tx
      .updateTable('indicator')
      .set((eb) => ({ ...columns(input), version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await recordAudit(tx, ctx, { action: 'indicator.update', entity: 'indicator', entityId: id, orgUnitId: current.owner_unit_id, before: current, after: updated });
  });
  return (await findIndicator(ctx.db, id))!;
}
