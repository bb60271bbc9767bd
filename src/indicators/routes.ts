import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { AppError } from '../shared/errors';
import { idParams, okResponse } from '../shared/api/common';
import {
  cellHistoryQuery, cellHistoryResponse, createIndicatorBody, createIndicatorSetBody, createLockBody, gridQuery, gridResponse, importQuery, importResponse,
  indicatorSetDetail, indicatorView, listIndicatorSetsQuery, listIndicatorSetsResponse, listIndicatorsQuery, listIndicatorsResponse, listLocksQuery,
  listLocksResponse, lockView, rollupQuery, rollupResponse, saveValuesBody, saveValuesResponse, seriesQuery, seriesResponse, templateQuery,
  updateIndicatorBody, updateIndicatorSetBody,
} from '../shared/api/indicators';
import { createIndicator, getIndicator, listIndicators, updateIndicator } from './use-cases/manage-indicators';
import { createIndicatorSet, getIndicatorSet, listIndicatorSets, updateIndicatorSet } from './use-cases/manage-sets';
import { getValuesGrid } from './use-cases/values-grid';
import { saveValues } from './use-cases/save-values';
import { cellHistory } from './use-cases/cell-history';
import { listLocks, lockPeriod, unlockPeriod } from './use-cases/period-locks';
import { importValues, valuesTemplate } from './use-cases/values-xlsx';
import { getRollup, getSeries } from './use-cases/get-rollup';

const tag = 'Chỉ tiêu và số liệu';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function indicatorRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/indicators', tag, summary: 'Danh mục chỉ tiêu (tìm không dấu)', query: listIndicatorsQuery, response: listIndicatorsResponse,
    handler: async ({ req, query }) => ({ items: await listIndicators(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/indicators/:id', tag, summary: 'Chi tiết chỉ tiêu', params: idParams, response: indicatorView,
    handler: ({ req, params }) => getIndicator(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/indicators', tag, summary: 'Thêm chỉ tiêu', body: createIndicatorBody, response: indicatorView,
    handler: ({ req, body }) => createIndicator(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/indicators/:id', tag, summary: 'Sửa chỉ tiêu (khóa lạc quan theo version)', params: idParams, body: updateIndicatorBody, response: indicatorView,
    handler: ({ req, params, body }) => updateIndicator(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/indicator-sets', tag, summary: 'Các bộ chỉ tiêu', query: listIndicatorSetsQuery, response: listIndicatorSetsResponse,
    handler: async ({ req, query }) => ({ items: await listIndicatorSets(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/indicator-sets/:id', tag, summary: 'Bộ chỉ tiêu: chỉ tiêu, bắt buộc, quy tắc kiểm tra', params: idParams, response: indicatorSetDetail,
    handler: ({ req, params }) => getIndicatorSet(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/indicator-sets', tag, summary: 'Tạo bộ chỉ tiêu', body: createIndicatorSetBody, response: indicatorSetDetail,
    handler: ({ req, body }) => createIndicatorSet(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/indicator-sets/:id', tag, summary: 'Sửa bộ chỉ tiêu', params: idParams, body: updateIndicatorSetBody, response: indicatorSetDetail,
    handler: ({ req, params, body }) => updateIndicatorSet(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/values/grid', tag, summary: 'Bảng nhập số liệu: chỉ tiêu × đơn vị hoặc × kỳ', query: gridQuery, response: gridResponse,
    handler: ({ req, query }) => getValuesGrid(deps.ctx(req), query),
  });
  defineRoute(app, {
    method: 'PUT', url: '/api/values', tag, summary: 'Lưu số liệu (tất cả hoặc không; xung đột 409; kỳ khóa 409; cảnh báo cần xác nhận 422)', body: saveValuesBody, response: saveValuesResponse,
    handler: ({ req, body }) => saveValues(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/values/history', tag, summary: 'Lịch sử thay đổi của một ô số liệu', query: cellHistoryQuery, response: cellHistoryResponse,
    handler: ({ req, query }) => cellHistory(deps.ctx(req), query),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/values/template.xlsx', tag, summary: 'Tải mẫu Excel để nhập số liệu', query: templateQuery, response: z.any(),
    handler: async ({ req, reply, query }) => {
      const { file, filename } = await valuesTemplate(deps.ctx(req), query);
      void reply.header('content-type', XLSX_MIME).header('content-disposition', `attachment; filename="${filename}"`);
      return file;
    },
  });
  defineRoute(app, {
    method: 'POST', url: '/api/values/import', tag, summary: 'Nhập số liệu từ tệp Excel (báo lỗi từng ô; không ghi gì khi còn lỗi trừ khi xác nhận)', query: importQuery, response: importResponse,
    handler: ({ req, query }) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('VALIDATION', 'Hãy gửi nội dung tệp .xlsx (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).');
      return importValues(deps.ctx(req), query, req.body);
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/period-locks', tag, summary: 'Các kỳ đã khóa số liệu', query: listLocksQuery, response: listLocksResponse,
    handler: async ({ req, query }) => ({ items: await listLocks(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/period-locks', tag, summary: 'Khóa số liệu một kỳ của đơn vị và các đơn vị trực thuộc', body: createLockBody, response: lockView,
    handler: ({ req, body }) => lockPeriod(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'DELETE', url: '/api/period-locks/:id', tag, summary: 'Mở khóa kỳ', params: idParams, response: okResponse,
    handler: async ({ req, params }) => {
      await unlockPeriod(deps.ctx(req), params.id);
      return { ok: true as const };
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/rollup', tag: 'Tổng hợp số liệu', summary: 'Tổng hợp chỉ tiêu cho một đơn vị hoặc cụm, khối, một kỳ, theo ngày xem', query: rollupQuery, response: rollupResponse,
    handler: ({ req, query }) =>
      getRollup(deps.ctx(req), { ...query, indicatorIds: query.indicatorIds?.split(',').map((s) => s.trim()).filter(Boolean) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/rollup/series', tag: 'Tổng hợp số liệu', summary: 'Một chỉ tiêu qua nhiều kỳ', query: seriesQuery, response: seriesResponse,
    handler: ({ req, query }) => getSeries(deps.ctx(req), { ...query, periods: query.periods.split(',').map((s) => s.trim()).filter(Boolean) }),
  });
}
