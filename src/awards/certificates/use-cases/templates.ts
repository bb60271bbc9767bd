import type { Selectable } from 'kysely';
import type { Ctx, Db, Tx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import type { CertificateTemplateTable } from '../../../db/schema-certificates';
import type { TemplateBody, TemplateView, UpdateTemplateBody } from '../../../shared/api/award-certificates';
import { AppError, forbidden, notFound, versionConflict } from '../../../shared/errors';
import { cleanText } from '../../../shared/vi-text';
import { mayEditTemplates } from '../certificate-access';
import { KIND_LABELS, defaultLayout } from '../domain/defaults';
import { layoutProblems, type CertificateKind, type Orientation, type PageSize, type TemplateLayout } from '../domain/template';

type TemplateRow = Selectable<CertificateTemplateTable>;

export function checkLayout(layout: TemplateLayout, size: PageSize, orientation: Orientation): void {
  const problems = layoutProblems(layout, size, orientation);
  if (problems.length) throw new AppError('VALIDATION', `Mẫu chưa hợp lệ: ${problems.map((p) => p.message).join(' ')}`, problems);
}

async function view(ctx: Ctx, t: TemplateRow, unitName: string): Promise<TemplateView> {
  return {
    id: t.id,
    ownerUnit: { id: t.owner_unit_id, name: unitName },
    name: t.name,
    kind: t.kind,
    kindLabel: KIND_LABELS[t.kind],
    pageSize: t.page_size,
    orientation: t.orientation,
    layout: t.layout as TemplateLayout,
    isDefault: t.is_default,
    version: t.version,
    canEdit: await mayEditTemplates(ctx, t.owner_unit_id),
  };
}

/** Templates are not personal data: anyone who prints certificates may see every unit's, to copy one. */
export async function listTemplates(ctx: Ctx, unitId?: string): Promise<TemplateView[]> {
  const rows = await ctx.db
    .selectFrom('certificate_template as t')
    .innerJoin('org_unit as u', 'u.id', 't.owner_unit_id')
    .selectAll('t')
    .select('u.name as unit_name')
    .where('t.archived_at', 'is', null)
    .$if(!!unitId, (q) => q.where('t.owner_unit_id', '=', unitId!))
    .orderBy('t.kind')
    .orderBy('t.name')
    .execute();
  return Promise.all(rows.map((r) => view(ctx, r, r.unit_name)));
}

export async function getTemplate(ctx: Ctx, id: string): Promise<TemplateView> {
  const t = await ctx.db.selectFrom('certificate_template as t').innerJoin('org_unit as u', 'u.id', 't.owner_unit_id').selectAll('t').select('u.name as unit_name').where('t.id', '=', id).executeTakeFirst();
  if (!t) throw notFound('Mẫu giấy chứng nhận');
  return view(ctx, t, t.unit_name);
}

async function clearDefault(tx: Tx, unitId: string, kind: CertificateKind, except: string) {
  await tx.updateTable('certificate_template').set({ is_default: false }).where('owner_unit_id', '=', unitId).where('kind', '=', kind).where('id', '<>', except).execute();
}

export async function createTemplate(ctx: Ctx, body: TemplateBody): Promise<TemplateView> {
  if (!(await mayEditTemplates(ctx, body.ownerUnitId))) throw forbidden();
  checkLayout(body.layout, body.pageSize, body.orientation);
  const id = await inTx(ctx, async (tx) => {
    const row = await tx
      .insertInto('certificate_template')
      .values({ owner_unit_id: body.ownerUnitId, name: cleanText(body.name), kind: body.kind, page_size: body.pageSize, orientation: body.orientation, layout: JSON.stringify(body.layout), is_default: body.isDefault ?? false, created_by: ctx.actor.userId || null })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (body.isDefault) await clearDefault(tx, body.ownerUnitId, body.kind, row.id);
    await recordAudit(tx, ctx, { action: 'certificate_template.create', entity: 'certificate_template', entityId: row.id, orgUnitId: body.ownerUnitId, after: { name: body.name, kind: body.kind } });
    return row.id;
  });
  return getTemplate(ctx, id);
}

export async function updateTemplate(ctx: Ctx, id: string, body: UpdateTemplateBody): Promise<TemplateView> {
  const t = await ctx.db.selectFrom('certificate_template').selectAll().where('id', '=', id).executeTakeFirst();
  if (!t) throw notFound('Mẫu giấy chứng nhận');
  if (!(await mayEditTemplates(ctx, t.owner_unit_id))) throw forbidden();
  checkLayout(body.layout, body.pageSize, body.orientation);
  await inTx(ctx, async (tx) => {
    const updated = await tx
      .updateTable('certificate_template')
      .set((eb) => ({ name: cleanText(body.name), kind: body.kind, page_size: body.pageSize, orientation: body.orientation, layout: JSON.stringify(body.layout), is_default: body.isDefault ?? t.is_default, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', body.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    if (body.isDefault) await clearDefault(tx, t.owner_unit_id, body.kind, id);
    await recordAudit(tx, ctx, { action: 'certificate_template.update', entity: 'certificate_template', entityId: id, orgUnitId: t.owner_unit_id, before: { name: t.name }, after: { name: body.name, kind: body.kind } });
  });
  return getTemplate(ctx, id);
}

/** Archived, not deleted: certificates printed from it keep their own copy of the layout anyway. */
export async function archiveTemplate(ctx: Ctx, id: string): Promise<void> {
  const t = await ctx.db.selectFrom('certificate_template').selectAll().where('id', '=', id).executeTakeFirst();
  if (!t) throw notFound('Mẫu giấy chứng nhận');
  if (!(await mayEditTemplates(ctx, t.owner_unit_id))) throw forbidden();
  await inTx(ctx, async (tx) => {
    await tx.updateTable('certificate_template').set({ archived_at: new Date(), is_default: false }).where('id', '=', id).execute();
    await recordAudit(tx, ctx, { action: 'certificate_template.archive', entity: 'certificate_template', entityId: id, orgUnitId: t.owner_unit_id });
  });
}

export interface ChosenTemplate {
  id: string | null;
  layout: TemplateLayout;
  pageSize: PageSize;
  orientation: Orientation;
}

/**
 * The template a certificate is printed from: the one asked for, else the deciding unit's default
 * for the kind, else any unit's default, else the built-in layout.
 */
export async function chooseTemplate(db: Db | Tx, kind: CertificateKind, templateId: string | undefined, unitId: string | null): Promise<ChosenTemplate> {
  if (templateId) {
    const t = await db.selectFrom('certificate_template').selectAll().where('id', '=', templateId).where('archived_at', 'is', null).executeTakeFirst();
    if (!t) throw notFound('Mẫu giấy chứng nhận');
    return { id: t.id, layout: t.layout as TemplateLayout, pageSize: t.page_size, orientation: t.orientation };
  }
  const defaults = await db.selectFrom('certificate_template').selectAll().where('kind', '=', kind).where('is_default', '=', true).where('archived_at', 'is', null).orderBy('created_at').execute();
  const t = defaults.find((d) => d.owner_unit_id === unitId) ?? defaults[0];
  if (t) return { id: t.id, layout: t.layout as TemplateLayout, pageSize: t.page_size, orientation: t.orientation };
  return { id: null, layout: defaultLayout(kind), pageSize: 'A4', orientation: 'landscape' };
}
