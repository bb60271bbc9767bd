import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../http/app-deps';
import { defineRoute } from '../../http/route-kit';
import { idParams } from '../../shared/api/common';
import { localSettingsView, saveLocalSettingsBody } from '../../shared/api/award-settings';
import { getLocalSettings, saveLocalSettings } from './local-settings';

const tag = 'Thiết lập khen thưởng';

export function settingsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/awards/local-settings/:id', tag, summary: 'Thiết lập khen thưởng của đơn vị (tiêu chí riêng, tỷ lệ, giá trị địa phương) và của các cấp trên', params: idParams, response: localSettingsView,
    handler: ({ req, params }) => getLocalSettings(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'PUT', url: '/api/awards/local-settings/:id', tag, summary: 'Lưu thiết lập khen thưởng của đơn vị (chỉ những nội dung luật giao cho địa phương)', params: idParams, body: saveLocalSettingsBody, response: localSettingsView,
    handler: ({ req, params, body }) => saveLocalSettings(deps.ctx(req), params.id, body),
  });
}
