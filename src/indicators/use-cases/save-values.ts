import { sql } from 'kysely';
import type { Ctx, Tx } from '../../app/context';
import { inTx } from '../../app/tx';
import { decide } from '../../access/policy';
import { pathsOn } from '../../org/org-queries';
import { recordAuditMany } from '../../audit/record-audit';
import { AppError, forbidden, type FieldIssue } from '../../shared/errors';
import { formatViNumber, parseViNumber } from '../domain/vi-number';
import { parsePeriodKey } from '../domain/period-key';
import { validateColumn, type CellIssue } from '../domain/validate-cells';
import type { ValueKind } from '../domain/indicator-def';
import { findIndicators } from '../indicator-queries';
import { coveringLocks, lockedMessage, whoCanUnlock } from '../value-locks';
import { setRules } from './set-rules';

export interface CellChange {
  indicatorId: string;
  unitId: string;
  periodKey: string;
  value: number | string | null;
  version: number | null;
}

export interface SaveInput {
  kind: ValueKind;
  changes: CellChange[];
  setId?: string;
  source?: string | null;
  confirmWarnings?: boolean;
}

export interface SavedCell {
  indicatorId: string;
  unitId: string;
  periodKey: string;
  column: string;
  value: number | null;
  version: number | null;
  source: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export const cellPath = (c: { indicatorId: string; unitId: string; periodKey: string }) => `${c.indicatorId}|${c.unitId}|${c.periodKey}`;
const columnKey = (unitId: string, periodKey: string) => `${unitId}|${periodKey}`;

/** May the actor write this unit's figures for this period? Scope on today's tree, or on the tree of the period (a merged unit's past figures). */
export async function mayWriteValues(ctx: Ctx, unitId: string, periodTo: string): Promise<boolean> {
  return (await mayWriteMany(ctx, [{ unitId, periodTo }]))[0]!;
}

/** The same answer for many columns with two tree walks instead of two per column. */
export async function mayWriteMany(ctx: Ctx, items: { unitId: string; periodTo: string }[]): Promise<boolean[]> {
  if (!ctx.actor.assignments.length) return items.map(() => false);
  const queries = items.flatMap((it) => [{ id: it.unitId, day: ctx.today }, ...(it.periodTo < ctx.today ? [{ id: it.unitId, day: it.periodTo }] : [])]);
  const paths = await pathsOnEach(ctx, queries);
  return items.map((it) =>
    [ctx.today, it.periodTo < ctx.today ? it.periodTo : null].some(
      (day) => day !== null && decide(ctx.actor, 'value.write', { unitAncestry: [it.unitId, ...(paths.get(`${it.unitId}|${day}`) ?? [])] }, ctx.today).allowed,
    ),
  );
}

async function pathsOnEach(ctx: Ctx, queries: { id: string; day: string }[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const byDay = new Map<string, string[]>();
  for (const q of queries) byDay.set(q.day, [...(byDay.get(q.day) ?? []), q.id]);
  const root = await ctx.db.selectFrom('org_unit').select('id').where('kind', '=', 'national').executeTakeFirst();
  for (const [day, ids] of byDay) {
    const paths = await pathsOn(ctx.db, [...new Set(ids)].map((id) => ({ id, day })));
    // Every unit lies in the country, even one without a parent link (as ancestryOn says).
    for (const id of ids) out.set(`${id}|${day}`, [...(paths.get(id) ?? []).map((p) => p.id).reverse(), ...(root ? [root.id] : [])]);
  }
  return out;
}

/**
 * Saves a batch of cells all or nothing: every value parsed the Vietnamese way, every unit in
 * the actor's scope and alive in the period, no closed period, no cell changed by someone else
 * since it was read, no validation error (and warnings only when confirmed). One audit row per cell.
 */
export async function saveValues(ctx: Ctx, input: SaveInput): Promise<{ saved: number; cells: SavedCell[]; issues: CellIssue[] }> {
  const changes = dedupe(input.changes);
  const indicators = new Map((await findIndicators(ctx.db, { ids: [...new Set(changes.map((c) => c.indicatorId))], includeInactive: true })).map((v) => [v.id, v]));
  const units = new Map(
    (await ctx.db.selectFrom('org_unit').select(['id', 'name', 'valid_from', 'valid_to']).where('id', 'in', [...new Set(changes.map((c) => c.unitId))]).execute()).map((u) => [u.id, u]),
  );
  const errors: FieldIssue[] = [];
  const parsed = new Map<string, number | null>();
  for (const c of changes) {
    const path = cellPath(c);
    const ind = indicators.get(c.indicatorId);
    const unit = units.get(c.unitId);
    const period = parsePeriodKey(c.periodKey);
    if (!ind || !unit || !period) {
      errors.push({ path, message: !ind ? 'Chỉ tiêu không tồn tại.' : !unit ? 'Đơn vị không tồn tại.' : `Kỳ báo cáo "${c.periodKey}" không hợp lệ.` });
      continue;
    }
    if ((unit.valid_from && unit.valid_from > period.to) || (unit.valid_to && unit.valid_to < period.from)) {
      errors.push({ path, message: `${unit.name} không tồn tại trong ${period.label.toLowerCase()}; nhập số liệu cho đơn vị kế thừa.` });
      continue;
    }
    if (c.value === null || (typeof c.value === 'string' && c.value.trim() === '')) {
      parsed.set(path, null);
      continue;
    }
    const r = parseViNumber(c.value, { unitOfMeasure: ind.unitOfMeasure, maxDecimals: ind.decimals });
    if (r.ok) parsed.set(path, r.value);
    else errors.push({ path, message: `${ind.code} — ${unit.name}, ${period.label}: ${r.reason}` });
  }
  if (errors.length) throw new AppError('VALIDATION', `Có ${errors.length} ô số liệu không hợp lệ; chưa lưu ô nào.`, errors);

  for (const [unitId, unit] of units) {
    const latest = changes.filter((c) => c.unitId === unitId).map((c) => parsePeriodKey(c.periodKey)!.to).sort().at(-1)!;
    if (!(await mayWriteValues(ctx, unitId, latest))) throw forbidden(`Bạn không có quyền nhập số liệu của ${unit.name}.`);
  }
  const locks = await coveringLocks(ctx.db, changes);
  if (locks.size) {
    const [key, lock] = [...locks.entries()][0]!;
    const [unitId, periodKey] = key.split('|') as [string, string];
    throw new AppError('PERIOD_LOCKED', lockedMessage(lock, units.get(unitId)!.name, periodKey, await whoCanUnlock(ctx.db, lock.unit_id, ctx.today)));
  }

  return inTx(ctx, async (tx) => {
    const existing = await loadExisting(tx, input.kind, changes);
    const conflicts: FieldIssue[] = [];
    for (const c of changes) {
      const cur = existing.get(cellPath(c));
      if ((cur?.version ?? null) !== c.version) {
        const ind = indicators.get(c.indicatorId)!;
        conflicts.push({
          path: cellPath(c),
          message: cur
            ? `${ind.code} — ${units.get(c.unitId)!.name}: ${cur.updated_by_name ?? 'người khác'} đã sửa thành ${formatViNumber(Number(cur.value))}.`
            : `${ind.code} — ${units.get(c.unitId)!.name}: số liệu đã bị người khác xóa.`,
        });
      }
    }
    if (conflicts.length) {
      throw new AppError('VERSION_CONFLICT', `Có ${conflicts.length} ô đã được người khác thay đổi sau khi bạn mở bảng; chưa lưu ô nào. Hãy tải lại để xem số mới rồi nhập lại.`, conflicts);
    }
    const issues = await validate(tx, input, changes, parsed, existing);
    const blocking = issues.filter((i) => i.severity === 'error');
    if (blocking.length) throw new AppError('VALIDATION', `Số liệu vi phạm ${blocking.length} quy tắc kiểm tra; chưa lưu ô nào.`, blocking.map(issueToField));
    const warnings = issues.filter((i) => i.severity === 'warning');
    if (warnings.length && !input.confirmWarnings) {
      throw new AppError('CONFIRMATION_REQUIRED', `Có ${warnings.length} cảnh báo. Kiểm tra lại hoặc xác nhận để vẫn lưu.`, warnings.map(issueToField));
    }
    const cells = await write(tx, ctx, input, changes, parsed, existing, units);
    return { saved: cells.length, cells, issues: warnings };
  });
}

function dedupe(changes: CellChange[]): CellChange[] {
  return [...new Map(changes.map((c) => [cellPath(c), c])).values()];
}

const issueToField = (i: CellIssue): FieldIssue => ({ path: `${i.indicatorId}|${i.column}`, message: i.message });

type Existing = { id: string; indicator_id: string; unit_id: string; period_key: string; value: string; version: number; updated_by_name: string | null };

async function loadExisting(tx: Tx, kind: ValueKind, changes: CellChange[]): Promise<Map<string, Existing>> {
  const rows = await sql<Existing>`
    select v.id, v.indicator_id, v.unit_id, v.period_key, v.value, v.version, v.updated_by_name
    from indicator_value v
    join unnest(${changes.map((c) => c.indicatorId)}::uuid[], ${changes.map((c) => c.unitId)}::uuid[], ${changes.map((c) => c.periodKey)}::text[]) as k(i, u, p)
      on v.indicator_id = k.i and v.unit_id = k.u and v.period_key = k.p
    where v.kind = ${kind}
    for update of v`.execute(tx);
  return new Map(rows.rows.map((r) => [cellPath({ indicatorId: r.indicator_id, unitId: r.unit_id, periodKey: r.period_key }), r]));
}

/** Rules are checked on each touched column as it will be after the save. */
async function validate(tx: Tx, input: SaveInput, changes: CellChange[], parsed: Map<string, number | null>, existing: Map<string, Existing>): Promise<CellIssue[]> {
  const { ranges, rules } = await setRules(tx, input.setId, [...new Set(changes.map((c) => c.indicatorId))]);
  const columns = [...new Set(changes.map((c) => columnKey(c.unitId, c.periodKey)))];
  const after = new Map<string, Map<string, number | null>>(columns.map((k) => [k, new Map()]));
  if (input.setId && ranges.length) {
    const others = await tx
      .selectFrom('indicator_value')
      .select(['indicator_id', 'unit_id', 'period_key', 'value'])
      .where('kind', '=', input.kind)
      .where('indicator_id', 'in', ranges.map((r) => r.indicatorId))
      .where('unit_id', 'in', [...new Set(changes.map((c) => c.unitId))])
      .where('period_key', 'in', [...new Set(changes.map((c) => c.periodKey))])
      .execute();
    for (const o of others) after.get(columnKey(o.unit_id, o.period_key))?.set(o.indicator_id, Number(o.value));
  } else {
    for (const [path, e] of existing) after.get(columnKey(e.unit_id, e.period_key))?.set(path.split('|')[0]!, Number(e.value));
  }
  for (const c of changes) after.get(columnKey(c.unitId, c.periodKey))!.set(c.indicatorId, parsed.get(cellPath(c)) ?? null);
  // "Required" is about what a unit submits as a whole, so it is only checked when the whole set is saved.
  const touched = new Set(changes.map((c) => c.indicatorId));
  const changedIn = new Map(columns.map((col) => [col, new Set(changes.filter((c) => columnKey(c.unitId, c.periodKey) === col).map((c) => c.indicatorId))]));
  // Only what this save touches is judged: an old warning elsewhere in the column must not block every later save.
  return columns.flatMap((col) =>
    validateColumn(col, after.get(col)!, ranges.map((r) => ({ ...r, required: r.required && touched.size === ranges.length })), rules).filter(
      (i) => i.involves.length === 0 || i.involves.some((id) => changedIn.get(col)!.has(id)),
    ),
  );
}

async function write(tx: Tx, ctx: Ctx, input: SaveInput, changes: CellChange[], parsed: Map<string, number | null>, existing: Map<string, Existing>, units: Map<string, { name: string }>): Promise<SavedCell[]> {
  const who = { updated_by: ctx.actor.userId || null, updated_by_name: ctx.actor.fullName || ctx.actor.username };
  const source = input.source?.trim() || null;
  const out: SavedCell[] = [];
  const audits: Parameters<typeof recordAuditMany>[2] = [];
  const toInsert = [];
  const toUpdate: { id: string; value: number; version: number }[] = [];
  const toDelete: string[] = [];
  for (const c of changes) {
    const path = cellPath(c);
    const value = parsed.get(path) ?? null;
    const cur = existing.get(path);
    const before = cur ? Number(cur.value) : null;
    if (before === value) continue;
    const period = parsePeriodKey(c.periodKey)!;
    if (value === null) toDelete.push(cur!.id);
    else if (cur) toUpdate.push({ id: cur.id, value, version: cur.version });
    else toInsert.push({ indicator_id: c.indicatorId, unit_id: c.unitId, period_key: c.periodKey, period_from: period.from, period_to: period.to, kind: input.kind, value, source, ...who });
    audits.push({
      action: 'value.set',
      entity: 'indicator_value',
      entityId: `${path}|${input.kind}`,
      orgUnitId: c.unitId,
      before: { indicatorId: c.indicatorId, periodKey: c.periodKey, kind: input.kind, value: before, unit: units.get(c.unitId)?.name },
      after: { indicatorId: c.indicatorId, periodKey: c.periodKey, kind: input.kind, value, source },
    });
    out.push({ indicatorId: c.indicatorId, unitId: c.unitId, periodKey: c.periodKey, column: columnKey(c.unitId, c.periodKey), value, version: value === null ? null : (cur?.version ?? 0) + 1, source, updatedBy: who.updated_by_name, updatedAt: new Date().toISOString() });
  }
  for (let i = 0; i < toInsert.length; i += 1000) {
    const chunk = toInsert.slice(i, i + 1000);
    const done = await tx.insertInto('indicator_value').values(chunk).onConflict((oc) => oc.doNothing()).returning('id').execute();
    // Someone else created one of these cells between our read and our write.
    if (done.length !== chunk.length) throw new AppError('VERSION_CONFLICT', 'Có ô vừa được người khác nhập cùng lúc; chưa lưu ô nào. Hãy tải lại.');
  }
  for (let i = 0; i < toUpdate.length; i += 1000) {
    const chunk = toUpdate.slice(i, i + 1000);
    const done = await sql<{ id: string }>`
      update indicator_value v set value = x.value, version = v.version + 1, source = ${source}, updated_by = ${who.updated_by}, updated_by_name = ${who.updated_by_name}, updated_at = now()
      from unnest(${chunk.map((u) => u.id)}::uuid[], ${chunk.map((u) => u.value)}::numeric[], ${chunk.map((u) => u.version)}::int[]) as x(id, value, version)
      where v.id = x.id and v.version = x.version returning v.id`.execute(tx);
    if (done.rows.length !== chunk.length) throw new AppError('VERSION_CONFLICT', 'Có ô vừa được người khác sửa cùng lúc; chưa lưu ô nào. Hãy tải lại.');
  }
  if (toDelete.length) await tx.deleteFrom('indicator_value').where('id', 'in', toDelete).execute();
  await recordAuditMany(tx, ctx, audits);
  return out;
}
