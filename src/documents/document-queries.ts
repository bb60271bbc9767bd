import { sql } from 'kysely';
import type { Db } from '../app/context';
import type { DocumentView } from '../shared/api/documents';
import { escapeLike, searchKey } from '../shared/vi-text';
import { citationText, docTypeName } from './citation-text';

function base(db: Db) {
  return db
    .selectFrom('directive_document as d')
    .innerJoin('org_unit as o', 'o.id', 'd.owner_unit_id')
    .leftJoin('org_unit as iu', 'iu.id', 'd.issuer_unit_id')
    .selectAll('d')
    .select(['o.name as owner_name', 'iu.name as issuer_unit_name']);
}
type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function toView(r: Row): DocumentView {
  return {
    id: r.id,
    docType: r.doc_type,
    docTypeName: docTypeName(r.doc_type),
    numberSymbol: r.number_symbol,
    issuedOn: r.issued_on,
    issuerName: r.issuer_name,
    issuerUnit: r.issuer_unit_id && r.issuer_unit_name ? { id: r.issuer_unit_id, name: r.issuer_unit_name } : null,
    signer: r.signer,
    title: r.title,
    note: r.note,
    ownerUnit: { id: r.owner_unit_id, name: r.owner_name },
    citation: citationText({ docType: r.doc_type, numberSymbol: r.number_symbol, issuedOn: r.issued_on, issuerName: r.issuer_name }),
    version: r.version,
  };
}

export async function findDocument(db: Db, id: string): Promise<DocumentView | undefined> {
  const row = await base(db).where('d.id', '=', id).executeTakeFirst();
  return row ? toView(row) : undefined;
}

export interface DocumentFilter {
  q?: string;
  docType?: string;
  year?: number;
  page?: number;
  pageSize?: number;
}

/** Search by number, subject or issuer without diacritics ("ke hoach 91", "vi nguoi ngheo"). */
export async function findDocuments(db: Db, f: DocumentFilter): Promise<{ items: DocumentView[]; total: number }> {
  let q = base(db);
  for (const w of searchKey(f.q ?? '').split(' ').filter(Boolean)) {
    q = q.where(sql<boolean>`f_search_key(d.search_text) like ${`%${escapeLike(w)}%`}`);
  }
  if (f.docType) q = q.where('d.doc_type', '=', f.docType);
  if (f.year) q = q.where(sql<boolean>`extract(year from d.issued_on) = ${f.year}`);
  const pageSize = f.pageSize ?? 50;
  const [rows, count] = await Promise.all([
    q.orderBy('d.issued_on', (ob) => ob.desc().nullsLast()).orderBy('d.created_at', 'desc').limit(pageSize).offset(((f.page ?? 1) - 1) * pageSize).execute(),
    q.clearSelect().select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toView), total: Number(count.n) };
}
