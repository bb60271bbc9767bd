import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { idParams, okResponse } from '../shared/api/common';
import {
  addParentBody,
  asOfQuery,
  childrenResponse,
  closeParentLinkBody,
  createUnitBody,
  searchQuery,
  searchResponse,
  unitDetail,
  unitSummary,
  updateUnitBody,
} from '../shared/api/org';
import { getUnit } from './use-cases/get-unit';
import { getRoot, listChildren } from './use-cases/list-children';
import { searchUnits } from './use-cases/search-units';
import { createUnit } from './use-cases/create-unit';
import { updateUnit } from './use-cases/update-unit';
import { addParentLink, closeParentLink } from './use-cases/move-unit';

const tag = 'Cơ cấu tổ chức';

export function orgRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/org/units/root', tag, summary: 'Đơn vị gốc (cả nước)',
    response: unitSummary,
    handler: ({ req }) => getRoot(deps.ctx(req)),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/org/units/:id/children', tag, summary: 'Đơn vị trực thuộc vào một ngày',
    params: idParams, query: asOfQuery, response: childrenResponse,
    handler: async ({ req, params, query }) => {
      const ctx = deps.ctx(req);
      return { items: await listChildren(ctx, params.id, query.asOf ?? ctx.today) };
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/org/units/:id', tag, summary: 'Thông tin đơn vị, lịch sử trực thuộc và sáp nhập',
    params: idParams, query: asOfQuery, response: unitDetail,
    handler: ({ req, params, query }) => {
      const ctx = deps.ctx(req);
      return getUnit(ctx, params.id, query.asOf ?? ctx.today);
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/org/search', tag, summary: 'Tìm đơn vị không phân biệt dấu',
    query: searchQuery, response: searchResponse,
    handler: async ({ req, query }) => ({ items: await searchUnits(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/org/units', tag, summary: 'Thêm đơn vị',
    body: createUnitBody, response: unitDetail,
    handler: ({ req, body }) => createUnit(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/org/units/:id', tag, summary: 'Sửa đơn vị (khóa lạc quan theo version)',
    params: idParams, body: updateUnitBody, response: unitDetail,
    handler: ({ req, params, body }) => updateUnit(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/org/units/:id/parents', tag, summary: 'Đặt đơn vị trực thuộc đơn vị khác trong một thời gian',
    params: idParams, body: addParentBody, response: unitDetail,
    handler: ({ req, params, body }) => addParentLink(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/org/parent-links/:id', tag, summary: 'Kết thúc quan hệ trực thuộc',
    params: idParams, body: closeParentLinkBody, response: okResponse,
    handler: async ({ req, params, body }) => {
      await closeParentLink(deps.ctx(req), params.id, body.validTo);
      return { ok: true as const };
    },
  });
}
