import { z } from 'zod';
import { DOC_TYPES } from '../../documents/domain/doc-types';
import { isoDate, nonEmpty, ref, uuid } from './common';

export const docTypeCode = z.enum(DOC_TYPES.map((t) => t.code) as [string, ...string[]], { message: 'Loại văn bản không hợp lệ.' });

export const documentView = z.object({
  id: z.string(),
  docType: z.string(),
  docTypeName: z.string(),
  numberSymbol: z.string().nullable(),
  issuedOn: z.string().nullable(),
  issuerName: z.string(),
  issuerUnit: ref.nullable(),
  signer: z.string().nullable(),
  title: z.string(),
  note: z.string().nullable(),
  ownerUnit: ref,
  /** How the document is cited in reports: "Kế hoạch số 91/KH-UBND ngày 12/5/2022 của …". */
  citation: z.string(),
  version: z.number().int(),
});
export type DocumentView = z.infer<typeof documentView>;

export const listDocumentsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  docType: docTypeCode.optional(),
  year: z.coerce.number().int().min(1945).max(2200).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
export const listDocumentsResponse = z.object({ items: z.array(documentView), total: z.number().int() });

const fields = {
  docType: docTypeCode,
  numberSymbol: z.string().trim().max(100).nullable().optional(),
  issuedOn: isoDate.nullable().optional(),
  issuerName: nonEmpty('Cơ quan ban hành', 300),
  issuerUnitId: uuid.nullable().optional(),
  signer: z.string().trim().max(200).nullable().optional(),
  title: nonEmpty('Trích yếu', 2000),
  note: z.string().max(4000).nullable().optional(),
};
export const createDocumentBody = z.object({ ...fields, ownerUnitId: uuid });
export type CreateDocumentBody = z.infer<typeof createDocumentBody>;
export const updateDocumentBody = z.object(fields).partial().extend({ version: z.number().int() });
export type UpdateDocumentBody = z.infer<typeof updateDocumentBody>;

export const parseCitationBody = z.object({ text: z.string().min(1, { message: 'Dán trích dẫn văn bản cần phân tích.' }).max(5000) });
export const parsedCitation = z.object({
  found: z.boolean(),
  docType: z.string().nullable(),
  docTypeName: z.string().nullable(),
  numberSymbol: z.string().nullable(),
  issuedOn: z.string().nullable(),
  issuerName: z.string().nullable(),
  title: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type ParsedCitation = z.infer<typeof parsedCitation>;
export const docTypesResponse = z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), abbr: z.string().nullable() })) });
