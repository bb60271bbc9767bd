import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { idParams } from '../shared/api/common';
import {
  addMemberBody,
  createGroupBody,
  groupDetail,
  listGroupsQuery,
  listGroupsResponse,
  memberParams,
  updateGroupBody,
  updateMemberBody,
} from '../shared/api/groups';
import { getGroup, listGroups } from './use-cases/read-groups';
import { createGroup, updateGroup } from './use-cases/save-group';
import { addMember, removeMember, updateMember } from './use-cases/manage-members';

const tag = 'Cụm, khối thi đua';

export function clusterRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/groups', tag, summary: 'Danh sách cụm, khối thi đua',
    query: listGroupsQuery, response: listGroupsResponse,
    handler: async ({ req, query }) => ({ items: await listGroups(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/groups/:id', tag, summary: 'Chi tiết cụm/khối và thành viên',
    params: idParams, response: groupDetail,
    handler: ({ req, params }) => getGroup(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/groups', tag, summary: 'Thành lập cụm/khối thi đua cho một năm',
    body: createGroupBody, response: groupDetail,
    handler: ({ req, body }) => createGroup(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/groups/:id', tag, summary: 'Sửa cụm/khối (khóa lạc quan theo version)',
    params: idParams, body: updateGroupBody, response: groupDetail,
    handler: ({ req, params, body }) => updateGroup(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/groups/:id/members', tag, summary: 'Thêm thành viên',
    params: idParams, body: addMemberBody, response: groupDetail,
    handler: ({ req, params, body }) => addMember(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/groups/:id/members/:memberId', tag, summary: 'Sửa vai trò, thời gian của thành viên',
    params: memberParams, body: updateMemberBody, response: groupDetail,
    handler: ({ req, params, body }) => updateMember(deps.ctx(req), params.id, params.memberId, body),
  });
  defineRoute(app, {
    method: 'DELETE', url: '/api/groups/:id/members/:memberId', tag, summary: 'Bỏ thành viên',
    params: memberParams, response: groupDetail,
    handler: ({ req, params }) => removeMember(deps.ctx(req), params.id, params.memberId),
  });
}
