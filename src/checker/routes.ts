import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { checkDocxQuery, checkResponse, checkTextBody } from '../shared/api/checker';
import { checkReport } from './domain/check';
import { MAX_DOCX_BYTES, docxToText } from './docx-text';

const tag = 'Kiểm tra báo cáo';
const DOCX_TYPES = ['application/octet-stream', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
/** JSON of a 500-page report (about 4 MB of UTF-8) plus its outline. */
const TEXT_BODY_LIMIT = 8 * 1024 * 1024;

const docxBody = z.custom<Buffer>((v) => Buffer.isBuffer(v), { message: 'Hãy gửi nội dung tệp .docx (Content-Type: application/octet-stream).' });

/** The report checker: any signed-in user may check a text or a DOCX; nothing is stored. */
export function checkerRoutes(app: FastifyInstance, _deps: RouteDeps): void {
  // Only these routes accept a body larger than the server's default.
  app.addHook('onRoute', (route) => {
    if (route.url === '/api/check') route.bodyLimit = TEXT_BODY_LIMIT;
  });
  defineRoute(app, {
    method: 'POST', url: '/api/check', tag, summary: 'Kiểm tra báo cáo (văn bản): số liệu, định dạng số, ngày tháng, lặp, trích dẫn, đề cương, chính tả',
    body: checkTextBody, response: checkResponse,
    handler: async ({ body }) => {
      const r = checkReport(body.text, { outline: body.outline, date: body.date });
      return { findings: r.findings, notices: r.notices, ...(r.convertedText ? { text: r.convertedText } : {}) };
    },
  });
  const docxRoute = (scope: FastifyInstance) =>
    defineRoute(scope, {
      method: 'POST', url: '/api/check/docx', tag, summary: 'Kiểm tra báo cáo (tệp .docx gửi nguyên dạng nhị phân)',
      query: checkDocxQuery, body: docxBody, response: checkResponse,
      handler: async ({ body, query }) => {
        const text = docxToText(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
        const r = checkReport(text, { outline: query.outline, date: query.date });
        return { findings: r.findings, notices: r.notices, text: r.convertedText ?? text };
      },
    });
  // The server parses uploads as raw bytes; without that parser, a child context adds one for this route only.
  if (app.hasContentTypeParser('application/octet-stream')) docxRoute(app);
  else {
    app.register(async (scope) => {
      scope.addContentTypeParser(DOCX_TYPES, { parseAs: 'buffer', bodyLimit: MAX_DOCX_BYTES }, (_req, body, done) => done(null, body));
      docxRoute(scope);
    });
  }
}
