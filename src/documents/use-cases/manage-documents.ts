import type { Ctx, Tx } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { recordAudit } from '../../audit/record-audit';
import { AppError, notFound, versionConflict } from '../../shared/errors';
import { cleanText } from '../../shared/vi-text';
import { formatViDate } from '../../shared/vi-date';
import type { CreateDocumentBody, DocumentView, UpdateDocumentBody } from '../../shared/api/documents';
import { findDocument, findDocuments, type DocumentFilter } from '../document-queries';
import { docTypeName } from '../citation-text';

export async function listDocuments(ctx: Ctx, filter: DocumentFilter) {
  await authorize(ctx, 'document.read', { unitId: null, mode: 'read' });
  return findDocuments(ctx.db, filter);
}

export async function getDocument(ctx: Ctx, id: string): Promise<DocumentView> {
  await authorize(ctx, 'document.read', { unitId: null, mode: 'read' });
  const doc = await findDocument(ctx.db, id);
  if (!doc) throw notFound('Văn bản');
  return doc;
}

interface Fields {
  doc_type: string;
  number_symbol: string | null;
  issued_on: string | null;
  issuer_name: string;
  issuer_unit_id: string | null;
  signer: string | null;
  title: string;
  note: string | null;
}

/** A document dated after today cannot have been issued yet: a typing slip, refused with the date shown. */
function assertPlausible(f: Fields, today: string) {
  if (f.issued_on && f.issued_on > today) {
    throw new AppError('VALIDATION', `Ngày ban hành ${formatViDate(f.issued_on)} ở sau ngày hôm nay.`, [{ path: 'issuedOn', message: 'Ngày ban hành không thể ở tương lai.' }]);
  }
}

async function assertNotRegistered(tx: Tx, ownerUnitId: string, f: Fields, exceptId: string | null) {
  if (!f.number_symbol) return;
  let q = tx
    .selectFrom('directive_document')
    .select('id')
    .where('owner_unit_id', '=', ownerUnitId)
    .where((eb) => eb(eb.fn('lower', ['number_symbol']), '=', f.number_symbol!.toLowerCase()))
    .where((eb) => eb(eb.fn('lower', ['issuer_name']), '=', f.issuer_name.toLowerCase()));
  q = f.issued_on ? q.where('issued_on', '=', f.issued_on) : q.where('issued_on', 'is', null);
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) {
    throw new AppError('CONFLICT', `Văn bản số ${f.number_symbol}${f.issued_on ? ` ngày ${formatViDate(f.issued_on)}` : ''} của ${f.issuer_name} đã có trong sổ văn bản.`);
  }
}

const clean = (v: string | null | undefined) => (v ? cleanText(v) || null : null);

const searchText = (f: Fields) => [docTypeName(f.doc_type), f.number_symbol, f.title, f.issuer_name, f.signer].filter(Boolean).join(' ');

export async function createDocument(ctx: Ctx, input: CreateDocumentBody): Promise<DocumentView> {
  await authorize(ctx, 'document.manage', { unitId: input.ownerUnitId, mode: 'write' });
  const f: Fields = {
    doc_type: input.docType,
    number_symbol: clean(input.numberSymbol),
    issued_on: input.issuedOn ?? null,
    issuer_name: cleanText(input.issuerName),
    issuer_unit_id: input.issuerUnitId ?? null,
    signer: clean(input.signer),
    title: cleanText(input.title),
    note: input.note ?? null,
  };
  assertPlausible(f, ctx.today);
  const id = await inTx(ctx, async (tx) => {
    await assertNotRegistered(tx, input.ownerUnitId, f, null);
    const row = await tx.insertInto('directive_document').values({ ...f, search_text: searchText(f), owner_unit_id: input.ownerUnitId }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'document.create', entity: 'directive_document', entityId: row.id, orgUnitId: input.ownerUnitId, after: row });
    return row.id;
  });
  return getDocument(ctx, id);
}

export async function updateDocument(ctx: Ctx, id: string, input: UpdateDocumentBody): Promise<DocumentView> {
  const current = await ctx.db.selectFrom('directive_document').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('Văn bản');
  await authorize(ctx, 'document.manage', { unitId: current.owner_unit_id, mode: 'write' });
  const f: Fields = {
    doc_type: input.docType ?? current.doc_type,
    number_symbol: input.numberSymbol !== undefined ? clean(input.numberSymbol) : current.number_symbol,
    issued_on: input.issuedOn !== undefined ? input.issuedOn : current.issued_on,
    issuer_name: input.issuerName !== undefined ? cleanText(input.issuerName) : current.issuer_name,
    issuer_unit_id: input.issuerUnitId !== undefined ? input.issuerUnitId : current.issuer_unit_id,
    signer: input.signer !== undefined ? clean(input.signer) : current.signer,
    title: input.title !== undefined ? cleanText(input.title) : current.title,
    note: input.note !== undefined ? input.note : current.note,
  };
  assertPlausible(f, ctx.today);
  await inTx(ctx, async (tx) => {
    await assertNotRegistered(tx, current.owner_unit_id, f, id);
    const updated = await tx
      .updateTable('directive_document')
      .set((eb) => ({ ...f, search_text: searchText(f), version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict();
    await recordAudit(tx, ctx, { action: 'document.update', entity: 'directive_document', entityId: id, orgUnitId: current.owner_unit_id, before: current, after: updated });
  });
  return getDocument(ctx, id);
}
