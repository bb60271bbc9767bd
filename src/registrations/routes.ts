import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { idParams } from '../shared/api/common';
import {
  createRegistrationBody, listRegistrationsQuery, listRegistrationsResponse, registrationDetail, registrationOverviewQuery, registrationOverviewResponse,
  transitionRegistrationBody, updateRegistrationBody,
} from '../shared/api/registrations';
import { getRegistration, listRegistrations, registrationOverview } from './use-cases/read-registrations';
import { createRegistration, updateRegistration } from './use-cases/save-registration';
import { transitionRegistration } from './use-cases/transition-registration';

const tag = 'Đăng ký thi đua';

export function registrationRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/registrations', tag, summary: 'Danh sách đăng ký thi đua, giao ước', query: listRegistrationsQuery, response: listRegistrationsResponse,
    handler: async ({ req, query }) => ({ items: await listRegistrations(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/registrations/overview', tag, summary: 'Tổng hợp đăng ký theo trạng thái và đơn vị duyệt', query: registrationOverviewQuery, response: registrationOverviewResponse,
    handler: ({ req, query }) => registrationOverview(deps.ctx(req), query),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/registrations/:id', tag, summary: 'Chi tiết đăng ký: danh hiệu, giao ước, chỉ tiêu, lịch sử', params: idParams, response: registrationDetail,
    handler: ({ req, params }) => getRegistration(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/registrations', tag, summary: 'Đăng ký thi đua (có thể gộp các đăng ký đã duyệt của cấp dưới)', body: createRegistrationBody, response: registrationDetail,
    handler: ({ req, body }) => createRegistration(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/registrations/:id', tag, summary: 'Sửa đăng ký khi chưa gửi hoặc bị trả lại', params: idParams, body: updateRegistrationBody, response: registrationDetail,
    handler: ({ req, params, body }) => updateRegistration(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/registrations/:id/transition', tag, summary: 'Gửi duyệt, rút lại, trả lại (kèm lý do), duyệt', params: idParams, body: transitionRegistrationBody, response: registrationDetail,
    handler: ({ req, params, body }) => transitionRegistration(deps.ctx(req), params.id, body),
  });
}
