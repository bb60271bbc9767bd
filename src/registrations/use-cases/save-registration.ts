import type { Ctx, Tx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { AppError, notFound, versionConflict } from '../../shared/errors';
import { cleanText } from '../../shared/vi-text';
import { ancestryOn } from '../../org/org-queries';
import type { CreateRegistrationBody, RegistrationDetail, UpdateRegistrationBody } from '../../shared/api/registrations';
import { checkContent, editable } from '../domain/registration-workflow';
import { getRegistration } from './read-registrations';

type Content = Pick<CreateRegistrationBody, 'titles' | 'note' | 'commitments' | 'documentIds' | 'includedIds'>;

/** The level above a unit: its parent on the day (for an ended unit, on its last day). */
async function defaultReviewer(ctx: Ctx, unitId: string): Promise<string> {
  const u = await ctx.db.selectFrom('org_unit').select(['valid_to']).where('id', '=', unitId).executeTakeFirst();
  if (!u) throw notFound('Đơn vị');
  const day = u.valid_to && u.valid_to < ctx.today ? u.valid_to : ctx.today;
  const p = await ctx.db
    .selectFrom('org_parent')
    .select('parent_id')
    .where('child_id', '=', unitId)
    .where((eb) => eb.and([eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', day)]), eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', day)])]))
    .executeTakeFirst();
  if (!p) throw new AppError('VALIDATION', 'Đơn vị không có cấp trên để duyệt đăng ký; hãy chọn đơn vị duyệt.', [{ path: 'reviewerUnitId', message: 'Chọn đơn vị duyệt.' }]);
  return p.parent_id;
}

async function checkParts(tx: Tx, reg: { id: string | null; movementId: string; unitId: string; year: number }, input: Content) {
  const issues = checkContent(input);
  if (issues.length) throw new AppError('VALIDATION', issues[0]!.message, issues);
  const indIds = input.commitments.map((c) => c.indicatorId).filter((x): x is string => !!x);
  if (indIds.length && (await tx.selectFrom('indicator').select('id').where('id', 'in', indIds).execute()).length !== new Set(indIds).size) throw notFound('Chỉ tiêu gắn với giao ước');
  const docIds = [...new Set(input.documentIds ?? [])];
  if (docIds.length && (await tx.selectFrom('directive_document').select('id').where('id', 'in', docIds).execute()).length !== docIds.length) throw notFound('Văn bản');
  const inc = [...new Set(input.includedIds ?? [])];
  if (inc.length) {
    const rows = await tx.selectFrom('registration').select(['id', 'movement_id', 'year', 'reviewer_unit_id', 'state', 'combined_into_id']).where('id', 'in', inc).execute();
    const bad = rows.length !== inc.length || rows.some((r) => r.movement_id !== reg.movementId || r.year !== reg.year || r.reviewer_unit_id !== reg.unitId || r.state !== 'da_duyet' || (r.combined_into_id && r.combined_into_id !== reg.id));
    if (bad) {
      throw new AppError('VALIDATION', 'Chỉ gộp được các đăng ký đã duyệt của đơn vị cấp dưới, cùng phong trào và năm, chưa được gộp vào đăng ký khác.', [{ path: 'includedIds', message: 'Chọn lại các đăng ký gộp.' }]);
    }
  }
}

async function writeParts(tx: Tx, id: string, input: Content) {
  await tx.deleteFrom('registration_commitment').where('registration_id', '=', id).execute();
  await tx.deleteFrom('registration_document').where('registration_id', '=', id).execute();
  await tx.updateTable('registration').set({ combined_into_id: null }).where('combined_into_id', '=', id).execute();
  if (input.commitments.length) {
    await tx
      .insertInto('registration_commitment')
      .values(input.commitments.map((c, i) => ({ registration_id: id, position: i + 1, text: cleanText(c.text), indicator_id: c.indicatorId ?? null, target: c.indicatorId ? (c.target ?? null) : null })))
      .execute();
  }
  const docIds = [...new Set(input.documentIds ?? [])];
  if (docIds.length) await tx.insertInto('registration_document').values(docIds.map((d) => ({ registration_id: id, document_id: d }))).execute();
  const inc = [...new Set(input.includedIds ?? [])];
  if (inc.length) await tx.updateTable('registration').set({ combined_into_id: id }).where('id', 'in', inc).execute();
}

export async function createRegistration(ctx: Ctx, input: CreateRegistrationBody): Promise<RegistrationDetail> {
  await authorize(ctx, 'registration.manage', { unitId: input.unitId, mode: 'write' });
  const movement = await ctx.db.selectFrom('movement').select(['id', 'state', 'period_from', 'period_to', 'name']).where('id', '=', input.movementId).executeTakeFirst();
  if (!movement) throw notFound('Phong trào thi đua');
  if (movement.state === 'soan_thao' || movement.state === 'ket_thuc') {
    throw new AppError('CONFLICT', `Phong trào "${movement.name}" ${movement.state === 'soan_thao' ? 'chưa phát động' : 'đã kết thúc'} nên chưa nhận đăng ký.`);
  }
  if (input.year < +movement.period_from.slice(0, 4) || input.year > +movement.period_to.slice(0, 4)) {
    throw new AppError('VALIDATION', `Năm ${input.year} nằm ngoài thời gian của phong trào (${movement.period_from.slice(0, 4)}–${movement.period_to.slice(0, 4)}).`, [{ path: 'year', message: 'Chọn năm khác.' }]);
  }
  const reviewer = input.reviewerUnitId ?? (await defaultReviewer(ctx, input.unitId));
  if (input.reviewerUnitId) {
    const unit = await ctx.db.selectFrom('org_unit').select('valid_to').where('id', '=', input.unitId).executeTakeFirst();
    const day = unit?.valid_to && unit.valid_to < ctx.today ? unit.valid_to : ctx.today;
    if (!(await ancestryOn(ctx.db, input.unitId, day)).slice(1).includes(reviewer)) {
      throw new AppError('VALIDATION', 'Đơn vị duyệt phải là cấp trên của đơn vị đăng ký.', [{ path: 'reviewerUnitId', message: 'Chọn cấp trên.' }]);
    }
  }
  const id = await inTx(ctx, async (tx) => {
    const dup = await tx.selectFrom('registration').select('id').where('movement_id', '=', input.movementId).where('unit_id', '=', input.unitId).where('year', '=', input.year).executeTakeFirst();
    if (dup) throw new AppError('CONFLICT', `Đơn vị đã có đăng ký thi đua năm ${input.year} cho phong trào này; hãy mở đăng ký đó để sửa.`);
    await checkParts(tx, { id: null, movementId: input.movementId, unitId: input.unitId, year: input.year }, input);
    const row = await tx
      .insertInto('registration')
      .values({ movement_id: input.movementId, unit_id: input.unitId, reviewer_unit_id: reviewer, year: input.year, titles: JSON.stringify(input.titles.map(cleanText)), note: input.note ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeParts(tx, row.id, input);
    await recordAudit(tx, ctx, { action: 'registration.create', entity: 'registration', entityId: row.id, orgUnitId: input.unitId, after: { ...row, ...input } });
    return row.id;
  });
  return getRegistration(ctx, id);
}

export async function updateRegistration(ctx: Ctx, id: string, input: UpdateRegistrationBody): Promise<RegistrationDetail> {
  const current = await ctx.db.selectFrom('registration').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('Đăng ký thi đua');
  await authorize(ctx, 'registration.manage', { unitId: current.unit_id, mode: 'write' });
  if (!editable(current.state)) throw new AppError('CONFLICT', 'Đăng ký đã gửi lên cấp trên nên không sửa được. Hãy rút lại (khi chưa duyệt) hoặc đề nghị cấp trên trả lại.');
  if (current.combined_into_id) throw new AppError('CONFLICT', 'Đăng ký đã được cấp trên gộp để gửi tiếp nên không sửa được.');
  const before = await getRegistration(ctx, id);
  await inTx(ctx, async (tx) => {
    await checkParts(tx, { id, movementId: current.movement_id, unitId: current.unit_id, year: current.year }, input);
    const updated = await tx
      .updateTable('registration')
      .set((eb) => ({ titles: JSON.stringify(input.titles.map(cleanText)), note: input.note ?? null, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await writeParts(tx, id, input);
    await recordAudit(tx, ctx, { action: 'registration.update', entity: 'registration', entityId: id, orgUnitId: current.unit_id, before, after: { ...updated, ...input } });
  });
  return getRegistration(ctx, id);
}
