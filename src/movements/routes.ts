import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { idParams, okResponse } from '../shared/api/common';
import {
  createMovementBody,
  listMovementsQuery,
  listMovementsResponse,
  movementDetail,
  notificationsResponse,
  transitionMovementBody,
  updateMovementBody,
} from '../shared/api/movements';
import { getMovement, listMovements } from './use-cases/read-movements';
import { createMovement, updateMovement } from './use-cases/save-movement';
import { transitionMovement } from './use-cases/transition-movement';
import { listNotifications, markNotificationRead } from './use-cases/notifications';

const tag = 'Phong trào thi đua';

export function movementRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/movements', tag, summary: 'Danh sách phong trào thi đua', query: listMovementsQuery, response: listMovementsResponse,
    handler: async ({ req, query }) => ({ items: await listMovements(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/movements/:id', tag, summary: 'Chi tiết phong trào, tiêu chí, phạm vi, văn bản, lịch sử trạng thái', params: idParams, response: movementDetail,
    handler: ({ req, params }) => getMovement(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/movements', tag, summary: 'Soạn phong trào thi đua', body: createMovementBody, response: movementDetail,
    handler: ({ req, body }) => createMovement(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/movements/:id', tag, summary: 'Sửa phong trào đang soạn thảo (khóa lạc quan theo version)', params: idParams, body: updateMovementBody, response: movementDetail,
    handler: ({ req, params, body }) => updateMovement(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/movements/:id/transition', tag, summary: 'Chuyển trạng thái: phát động, sơ kết, tổng kết, kết thúc, thu hồi', params: idParams, body: transitionMovementBody, response: movementDetail,
    handler: ({ req, params, body }) => transitionMovement(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/notifications', tag: 'Thông báo', summary: 'Thông báo gửi tới các đơn vị của người dùng', response: notificationsResponse,
    handler: ({ req }) => listNotifications(deps.ctx(req)),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/notifications/:id/read', tag: 'Thông báo', summary: 'Đánh dấu đã đọc', params: idParams, response: okResponse,
    handler: async ({ req, params }) => {
      await markNotificationRead(deps.ctx(req), params.id);
      return { ok: true as const };
    },
  });
}
