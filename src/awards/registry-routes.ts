import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { authorize } from '../access/authorize';
import { AppError } from '../shared/errors';
import { idParams } from '../shared/api/common';
import {
  createRecordBody,
  importConfirmQuery,
  importConfirmResponse,
  importPreviewQuery,
  importPreviewResponse,
  officialFormParams,
  officialFormQuery,
  officialFormResponse,
  recordView,
  registryFormsResponse,
  revokeRecordBody,
  searchSubjectsQuery,
  searchSubjectsResponse,
  statsQuery,
  statsResponse,
  subjectProfile,
} from '../shared/api/awards-registry';
import { REGISTRY_FORMS } from './registry/award-forms';
import { historyTemplate } from './registry/import/read-history';
import { getSubjectProfile, searchRegistry } from './registry/use-cases/read-registry';
import { createRecord, revokeRecord } from './registry/use-cases/record-award';
import { confirmImport, previewImport } from './registry/use-cases/import-history';
import { registryStats, registryStatsXlsx } from './registry/use-cases/registry-stats';
import { officialForm, officialFormXlsx } from './registry/use-cases/official-statistics';

const tag = 'Sổ khen thưởng';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function uploaded(req: FastifyRequest): Buffer {
  if (!Buffer.isBuffer(req.body)) throw new AppError('VALIDATION', `Hãy gửi nội dung tệp .xlsx (Content-Type: ${XLSX_MIME}).`);
  return req.body;
}

export function registryRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/awards/forms', tag, summary: 'Danh hiệu, hình thức khen thưởng mà sổ khen thưởng nhận biết', response: registryFormsResponse,
    handler: async ({ req }) => {
      await authorize(deps.ctx(req), 'award.read', { unitId: null, mode: 'read' });
      return { items: REGISTRY_FORMS.map((f) => ({ code: f.code, name: f.name, level: f.level, category: f.category, graded: !!f.graded, subjects: [...f.subjects] })) };
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/subjects', tag, summary: 'Tra cứu cá nhân, tập thể trong sổ khen thưởng (không dấu, không cần đúng thứ tự từ)',
    query: searchSubjectsQuery, response: searchSubjectsResponse,
    handler: ({ req, query }) => searchRegistry(deps.ctx(req), query),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/subjects/:id', tag, summary: 'Hồ sơ khen thưởng của một cá nhân, tập thể (quá trình khen thưởng)', params: idParams, response: subjectProfile,
    handler: ({ req, params }) => getSubjectProfile(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/records', tag, summary: 'Ghi một khen thưởng vào sổ (nhập tay)', body: createRecordBody, response: recordView,
    handler: ({ req, body }) => createRecord(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/records/:id/revoke', tag, summary: 'Thu hồi khen thưởng (ghi lý do và căn cứ; không xóa)', params: idParams, body: revokeRecordBody, response: recordView,
    handler: ({ req, params, body }) => revokeRecord(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/import/template.xlsx', tag, summary: 'Mẫu Excel nhập lịch sử khen thưởng', response: z.any(),
    handler: async ({ req, reply }) => {
      await authorize(deps.ctx(req), 'award.read', { unitId: null, mode: 'read' });
      void reply.header('content-type', XLSX_MIME).header('content-disposition', 'attachment; filename="mau-lich-su-khen-thuong.xlsx"');
      return historyTemplate();
    },
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/import/preview', tag, summary: 'Xem trước tệp Excel lịch sử khen thưởng: lỗi từng dòng, người có thể trùng (không ghi gì)',
    query: importPreviewQuery, response: importPreviewResponse,
    handler: ({ req, query }) => previewImport(deps.ctx(req), query.unitId, uploaded(req)),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/import/confirm', tag, summary: 'Ghi các dòng hợp lệ của tệp đã xem trước (một giao dịch)',
    query: importConfirmQuery, response: importConfirmResponse,
    handler: ({ req, query }) => confirmImport(deps.ctx(req), query, uploaded(req)),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/stats', tag, summary: 'Thống kê khen thưởng theo hình thức, cấp, năm, phong trào, đơn vị, đối tượng', query: statsQuery, response: statsResponse,
    handler: ({ req, query }) => registryStats(deps.ctx(req), query),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/stats.xlsx', tag, summary: 'Thống kê khen thưởng (tệp Excel)', query: statsQuery, response: z.any(),
    handler: async ({ req, reply, query }) => {
      const { file, filename } = await registryStatsXlsx(deps.ctx(req), query);
      void reply.header('content-type', XLSX_MIME).header('content-disposition', `attachment; filename="${filename}"`);
      return file;
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/stats/bieu/:form', tag, summary: 'Biểu thống kê 0601.N, 0602.N, 0603.N/BNV-TĐKT (Thông tư 2/2023/TT-BNV) của một đơn vị trong một năm',
    params: officialFormParams, query: officialFormQuery, response: officialFormResponse,
    handler: async ({ req, params, query }) => {
      const { filled, scope } = await officialForm(deps.ctx(req), { form: params.form, unitId: query.unitId, year: query.year });
      return { ...filled, year: query.year, scope: { id: scope.id, name: scope.name } };
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/stats/bieu/:form/xlsx', tag, summary: 'Biểu thống kê 0601.N, 0602.N, 0603.N (tệp Excel theo mẫu)', params: officialFormParams, query: officialFormQuery, response: z.any(),
    handler: async ({ req, reply, params, query }) => {
      const { file, filename } = await officialFormXlsx(deps.ctx(req), { form: params.form, unitId: query.unitId, year: query.year });
      void reply.header('content-type', XLSX_MIME).header('content-disposition', `attachment; filename="${filename}"`);
      return file;
    },
  });
}
