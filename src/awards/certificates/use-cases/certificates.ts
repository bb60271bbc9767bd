import { randomBytes } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import type { Ctx, Tx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit, recordAuditMany } from '../../../audit/record-audit';
import type { CertificateTable } from '../../../db/schema-certificates';
import type { CertificateView, IssueCertificatesBody, ReissueBody } from '../../../shared/api/award-certificates';
import { AppError, notFound } from '../../../shared/errors';
import { cleanText } from '../../../shared/vi-text';
import { recordFacts, type RecordFacts } from '../award-facts';
import { decide } from '../../../access/policy';
import { unitScope } from '../../../access/authorize';
import { authorizePrint, mayPrint } from '../certificate-access';
import { CODE_BYTES, codeFromBytes } from '../domain/code';
import { layoutCertificate } from '../domain/layout';
import type { CertificateValues, Orientation, PageSize, TemplateLayout } from '../domain/template';
import { certificateKindOf, certificateValues } from '../domain/values';
import { renderCertificatesPdf, type PrintJob } from '../render-pdf';
import { chooseTemplate, type ChosenTemplate } from './templates';

type CertificateRow = Selectable<CertificateTable>;

export const STATUS_LABELS = { hieu_luc: 'Còn hiệu lực', da_thay_the: 'Đã được cấp đổi, cấp lại', da_thu_hoi: 'Khen thưởng đã bị thu hồi' } as const;

export const verifyPath = (code: string) => `/xac-minh/${code}`;

interface Content {
  values: CertificateValues;
  recipientName: string;
  awardName: string;
  printed: { label: string; text: string; dynamic: boolean }[];
}

/** Printed widths do not matter for what is stored; the text does. */
const plainMeasure = (text: string, size: number) => text.length * size * 0.5;

function status(c: CertificateRow, revoked: boolean): CertificateView['status'] {
  return c.replaced_at ? 'da_thay_the' : revoked ? 'da_thu_hoi' : 'hieu_luc';
}

export function certificateView(c: CertificateRow, revoked: boolean): CertificateView {
  const content = c.content as Content;
  const s = status(c, revoked);
  return {
    id: c.id,
    code: c.code,
    recordId: c.record_id,
    kind: c.kind,
    recipientName: content.recipientName,
    awardName: content.awardName,
    status: s,
    statusLabel: STATUS_LABELS[s],
    issuedAt: new Date(c.issued_at).toISOString(),
    replacesId: c.replaces_id,
    reissueKind: c.reissue_kind,
    reissueReason: c.reissue_reason,
    replacedAt: c.replaced_at ? new Date(c.replaced_at).toISOString() : null,
    verifyPath: verifyPath(c.code),
  };
}

type Replaces = { id: string; kind: 'cap_doi' | 'cap_lai'; reason: string } | null;

/** The row of a new certificate: a fresh code, the template's layout and the printed text frozen in. */
function certificateRow(ctx: Ctx, f: RecordFacts, t: ChosenTemplate, replaces: Replaces): Insertable<CertificateTable> {
  const kind = certificateKindOf(f.facts.awardCode);
  const code = codeFromBytes(randomBytes(CODE_BYTES));
  const values = certificateValues(f.facts, code);
  const printed = layoutCertificate(t.layout, t.pageSize, t.orientation, values, plainMeasure).printed.map(({ label, text, dynamic }) => ({ label, text, dynamic }));
  const content: Content = { values, recipientName: f.facts.recipientName, awardName: f.facts.awardName, printed };
  return {
    code,
    record_id: f.recordId,
    template_id: t.id,
    layout: JSON.stringify(t.layout),
    page_size: t.pageSize,
    orientation: t.orientation,
    kind,
    content: JSON.stringify(content),
    replaces_id: replaces?.id ?? null,
    reissue_kind: replaces?.kind ?? null,
    reissue_reason: replaces?.reason ?? null,
    issued_by: ctx.actor.userId || null,
  };
}

async function newCertificate(tx: Tx, ctx: Ctx, f: RecordFacts, templateId: string | undefined, replaces: Replaces): Promise<CertificateRow> {
  const t = await chooseTemplate(tx, certificateKindOf(f.facts.awardCode), templateId, f.decidingUnitId);
  return tx.insertInto('certificate').values(certificateRow(ctx, f, t, replaces)).returningAll().executeTakeFirstOrThrow();
}

/** Whether the actor may print each record's certificates, asked once per (record unit, deciding unit). */
async function printableRecords(ctx: Ctx, facts: RecordFacts[]): Promise<Map<string, boolean>> {
  const byPair = new Map<string, Promise<boolean>>();
  const out = new Map<string, boolean>();
  for (const f of facts) {
    const key = `${f.recordUnitId}|${f.decidingUnitId ?? ''}`;
    if (!byPair.has(key)) byPair.set(key, mayPrint(ctx, f.recordUnitId, f.decidingUnitId));
    out.set(f.recordId, await byPair.get(key)!);
  }
  return out;
}

/**
 * Certificates for awards that have none yet (a record, a list, or a whole decision); awards that
 * already have one keep it, revoked awards get none.
 */
export async function issueCertificates(ctx: Ctx, body: IssueCertificatesBody): Promise<CertificateView[]> {
  let recordIds = body.recordIds ?? [];
  if (body.decisionId) {
    const d = await ctx.db.selectFrom('award_decision').select(['id', 'state']).where('id', '=', body.decisionId).executeTakeFirst();
    if (!d) throw notFound('Quyết định khen thưởng');
    if (d.state === 'du_thao') throw new AppError('CONFLICT', 'Quyết định chưa ban hành thì chưa cấp giấy chứng nhận.');
    recordIds = (await ctx.db.selectFrom('award_decision_item').select('award_record_id').where('decision_id', '=', d.id).where('award_record_id', 'is not', null).orderBy('position').execute()).map((r) => r.award_record_id!);
  }
  const facts = await recordFacts(ctx.db, recordIds);
  if (facts.length !== new Set(recordIds).size) throw notFound('Bản ghi khen thưởng');
  const checked = new Map<string, boolean>();
  for (const f of facts) {
    const key = `${f.recordUnitId}|${f.decidingUnitId}`;
    if (!checked.has(key)) {
      await authorizePrint(ctx, f.recordUnitId, f.decidingUnitId, 'write');
      checked.set(key, true);
    }
  }
  if (body.recordIds && facts.some((f) => f.revoked)) throw new AppError('CONFLICT', 'Khen thưởng đã bị thu hồi thì không cấp giấy chứng nhận.');
  const order = new Map(recordIds.map((id, i) => [id, i]));
  facts.sort((a, b) => order.get(a.recordId)! - order.get(b.recordId)!);
  return inTx(ctx, async (tx) => {
    const existing = await tx.selectFrom('certificate').selectAll().where('record_id', 'in', recordIds).where('replaced_at', 'is', null).execute();
    const byRecord = new Map(existing.map((c) => [c.record_id, c]));
    const wanted = facts.filter((f) => !f.revoked && !byRecord.has(f.recordId));
    // One template per kind and deciding unit, and the new certificates written in batches.
    const templates = new Map<string, Promise<ChosenTemplate>>();
    const templateOf = (f: RecordFacts) => {
      const kind = certificateKindOf(f.facts.awardCode);
      const key = `${kind}|${f.decidingUnitId ?? ''}`;
      if (!templates.has(key)) templates.set(key, chooseTemplate(tx, kind, body.templateId, f.decidingUnitId));
      return templates.get(key)!;
    };
    const rows: Insertable<CertificateTable>[] = [];
    for (const f of wanted) rows.push(certificateRow(ctx, f, await templateOf(f), null));
    for (let i = 0; i < rows.length; i += 500) {
      for (const c of await tx.insertInto('certificate').values(rows.slice(i, i + 500)).returningAll().execute()) byRecord.set(c.record_id, c);
    }
    const unitOf = new Map(facts.map((f) => [f.recordId, f.recordUnitId]));
    await recordAuditMany(tx, ctx, wanted.map((f) => {
      const c = byRecord.get(f.recordId)!;
      return { action: 'certificate.issue', entity: 'certificate', entityId: c.id, orgUnitId: unitOf.get(f.recordId)!, after: { record_id: f.recordId, kind: c.kind } };
    }));
    return facts.filter((f) => !f.revoked).map((f) => certificateView(byRecord.get(f.recordId)!, false));
  });
}

async function loadCertificate(ctx: Ctx, id: string, mode: 'read' | 'write'): Promise<{ c: CertificateRow; f: RecordFacts }> {
  const c = await ctx.db.selectFrom('certificate').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('Giấy chứng nhận');
  const [f] = await recordFacts(ctx.db, [c.record_id]);
  await authorizePrint(ctx, f!.recordUnitId, f!.decidingUnitId, mode);
  return { c, f: f! };
}

/**
 * Cấp đổi (a damaged certificate exchanged) or cấp lại (a lost one issued again): a new certificate
 * with a new code; the old one is kept, and its code then tells whoever checks it that it was replaced.
 */
export async function reissueCertificate(ctx: Ctx, id: string, body: ReissueBody): Promise<CertificateView> {
  const { c, f } = await loadCertificate(ctx, id, 'write');
  if (c.replaced_at) throw new AppError('CONFLICT', 'Giấy chứng nhận này đã được cấp đổi hoặc cấp lại trước đó; hãy thao tác trên bản đang có hiệu lực.');
  if (f.revoked) throw new AppError('CONFLICT', 'Khen thưởng đã bị thu hồi thì không cấp đổi, cấp lại giấy chứng nhận.');
  const reason = cleanText(body.reason);
  return inTx(ctx, async (tx) => {
    const old = await tx.updateTable('certificate').set({ replaced_at: new Date() }).where('id', '=', id).where('replaced_at', 'is', null).returning('id').executeTakeFirst();
    if (!old) throw new AppError('CONFLICT', 'Giấy chứng nhận vừa được người khác cấp đổi, cấp lại.');
    const fresh = await newCertificate(tx, ctx, f, body.templateId ?? c.template_id ?? undefined, { id, kind: body.kind, reason });
    await recordAudit(tx, ctx, { action: `certificate.${body.kind}`, entity: 'certificate', entityId: fresh.id, orgUnitId: f.recordUnitId, before: { certificate_id: id }, after: { certificate_id: fresh.id, reason } });
    return certificateView(fresh, false);
  });
}

/** Every certificate of a record or of a decision's records, the replaced ones included (the history). */
export async function listCertificates(ctx: Ctx, q: { recordId?: string | undefined; decisionId?: string | undefined }): Promise<CertificateView[]> {
  let recordIds: string[] = q.recordId ? [q.recordId] : [];
  if (q.decisionId) recordIds = (await ctx.db.selectFrom('award_decision_item').select('award_record_id').where('decision_id', '=', q.decisionId).where('award_record_id', 'is not', null).execute()).map((r) => r.award_record_id!);
  if (recordIds.length === 0) return [];
  const facts = await recordFacts(ctx.db, recordIds);
  const allowed = await printableRecords(ctx, facts);
  if (q.recordId && !allowed.get(q.recordId)) throw notFound('Giấy chứng nhận');
  const revoked = new Map(facts.map((f) => [f.recordId, f.revoked]));
  const rows = await ctx.db.selectFrom('certificate').selectAll().where('record_id', 'in', recordIds.filter((r) => allowed.get(r))).orderBy('issued_at').execute();
  return rows.map((c) => certificateView(c, revoked.get(c.record_id) ?? false));
}

function job(c: CertificateRow, baseUrl: string): PrintJob {
  return {
    layout: c.layout as TemplateLayout,
    pageSize: c.page_size as PageSize,
    orientation: c.orientation as Orientation,
    values: (c.content as Content).values,
    qrUrl: `${baseUrl}${verifyPath(c.code)}`,
  };
}

export async function certificatePdf(ctx: Ctx, id: string, baseUrl: string): Promise<{ bytes: Buffer; filename: string }> {
  const { c } = await loadCertificate(ctx, id, 'read');
  return { bytes: await renderCertificatesPdf([job(c, baseUrl)], (c.content as Content).awardName), filename: `giay-chung-nhan-${c.code.slice(0, 8)}.pdf` };
}

/** The decision's certificates in force, one page each, in the order of the list. */
export async function decisionCertificatesPdf(ctx: Ctx, decisionId: string, baseUrl: string): Promise<{ bytes: Buffer; filename: string }> {
  const d = await ctx.db.selectFrom('award_decision').select(['id', 'number', 'decision_date', 'deciding_unit_id']).where('id', '=', decisionId).executeTakeFirst();
  if (!d) throw notFound('Quyết định khen thưởng');
  const rows = await ctx.db
    .selectFrom('certificate as c')
    .innerJoin('award_decision_item as i', 'i.award_record_id', 'c.record_id')
    .innerJoin('award_record as r', 'r.id', 'c.record_id')
    .selectAll('c')
    .select(['r.org_unit_id as record_unit'])
    .where('i.decision_id', '=', decisionId)
    .where('c.replaced_at', 'is', null)
    .where('r.revoked_at', 'is', null)
    .orderBy('i.position')
    .execute();
  // Those who decide or manage awards for the deciding unit print the whole decision; anyone else
  // only the certificates of the units they answer for.
  const scope = await unitScope(ctx.db, d.deciding_unit_id, ctx.today);
  const whole = decide(ctx.actor, 'award.decide', scope, ctx.today).allowed || decide(ctx.actor, 'award.manage', scope, ctx.today).allowed;
  let printable = rows;
  if (!whole) {
    const byUnit = new Map<string, Promise<boolean>>();
    const mine = [];
    for (const c of rows) {
      if (!byUnit.has(c.record_unit)) byUnit.set(c.record_unit, mayPrint(ctx, c.record_unit, d.deciding_unit_id));
      if (await byUnit.get(c.record_unit)!) mine.push(c);
    }
    if (mine.length === 0) throw notFound('Giấy chứng nhận');
    printable = mine;
  }
  if (printable.length === 0) throw new AppError('CONFLICT', 'Quyết định chưa có giấy chứng nhận nào để in; hãy cấp giấy chứng nhận trước.');
  return { bytes: await renderCertificatesPdf(printable.map((c) => job(c, baseUrl)), `Giấy chứng nhận theo quyết định ${d.number ?? ''}`), filename: `giay-chung-nhan-qd-${d.number}-${d.decision_date?.slice(0, 4)}.pdf` };
}
