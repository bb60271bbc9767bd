import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { authorize } from '../access/authorize';
import { idParams } from '../shared/api/common';
import {
  createDocumentBody,
  docTypesResponse,
  documentView,
  listDocumentsQuery,
  listDocumentsResponse,
  parseCitationBody,
  parsedCitation,
  updateDocumentBody,
} from '../shared/api/documents';
import { DOC_TYPES } from './domain/doc-types';
import { parseCitation } from './domain/citation';
import { createDocument, getDocument, listDocuments, updateDocument } from './use-cases/manage-documents';

const tag = 'Văn bản';

export function documentRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/documents/types', tag, summary: 'Các loại văn bản (viết tắt theo Nghị định 30/2020)', response: docTypesResponse,
    handler: async () => ({ items: DOC_TYPES.map((t) => ({ code: t.code, name: t.name, abbr: t.abbr })) }),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/documents/parse-citation', tag, summary: 'Tách trích dẫn văn bản thành các trường để người dùng xem lại',
    body: parseCitationBody, response: parsedCitation,
    handler: async ({ req, body }) => {
      await authorize(deps.ctx(req), 'document.read', { unitId: null, mode: 'read' });
      const c = parseCitation(body.text);
      if (!c) return { found: false, docType: null, docTypeName: null, numberSymbol: null, issuedOn: null, issuerName: null, title: null, warnings: ['Không nhận ra trích dẫn văn bản (cần có loại văn bản và số, ký hiệu, ví dụ "Kế hoạch số 91/KH-UBND ngày 12/5/2022").'] };
      return { found: true, docType: c.type.code, docTypeName: c.type.name, numberSymbol: c.numberSymbol, issuedOn: c.issuedOn, issuerName: c.issuer, title: c.title, warnings: c.warnings };
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/documents', tag, summary: 'Sổ văn bản (tìm không dấu theo số, trích yếu, cơ quan ban hành)',
    query: listDocumentsQuery, response: listDocumentsResponse,
    handler: ({ req, query }) => listDocuments(deps.ctx(req), query),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/documents/:id', tag, summary: 'Chi tiết văn bản', params: idParams, response: documentView,
    handler: ({ req, params }) => getDocument(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/documents', tag, summary: 'Vào sổ văn bản', body: createDocumentBody, response: documentView,
    handler: ({ req, body }) => createDocument(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/documents/:id', tag, summary: 'Sửa văn bản (khóa lạc quan theo version)', params: idParams, body: updateDocumentBody, response: documentView,
    handler: ({ req, params, body }) => updateDocument(deps.ctx(req), params.id, body),
  });
}
