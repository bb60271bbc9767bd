import type { Ctx } from '../../app/context';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../../http/app-deps';
import { defineRoute } from '../../http/route-kit';
import { idParams, okResponse } from '../../shared/api/common';
import {
  addProposalsBody,
  candidatesQuery,
  candidatesResponse,
  createDecisionBody,
  decisionListQuery,
  decisionListResponse,
  decisionView,
  issueDecisionBody,
  revokeDecisionBody,
  setItemsBody,
  updateDecisionBody,
} from '../../shared/api/award-decisions';
import { addProposals, createDecision, deleteDraft, setItems, updateDecision } from './use-cases/draft-decision';
import { issueDecision } from './use-cases/issue-decision';
import { revokeDecision } from './use-cases/revoke-decision';
import { getDecision, listCandidates, listDecisions } from './use-cases/read-decisions';
import { DOCX_MIME, exportDecisionDocx } from './use-cases/export-decision';

const tag = 'Quyết định khen thưởng';

/** Every change answers with the decision as it now stands, so the page redraws from one response. */
async function thenView<B>(ctx: Ctx, id: string, change: (ctx: Ctx, id: string, body: B) => Promise<unknown>, body: B) {
  await change(ctx, id, body);
  return getDecision(ctx, id);
}

export function decisionRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/awards/decisions', tag, summary: 'Danh sách quyết định khen thưởng (dự thảo trong phạm vi, quyết định đã ban hành)', query: decisionListQuery, response: decisionListResponse,
    handler: async ({ req, query }) => ({ items: await listDecisions(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/decisions/candidates', tag, summary: 'Hồ sơ đề nghị ở bước trình ký gửi đến đơn vị', query: candidatesQuery, response: candidatesResponse,
    handler: async ({ req, query }) => ({ items: await listCandidates(deps.ctx(req), query.unitId) }),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/decisions', tag, summary: 'Soạn dự thảo quyết định (từ hồ sơ trình ký hoặc nhập danh sách)', body: createDecisionBody, response: decisionView,
    handler: async ({ req, body }) => {
      const ctx = deps.ctx(req);
      return getDecision(ctx, await createDecision(ctx, body));
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/decisions/:id', tag, summary: 'Chi tiết quyết định và danh sách khen thưởng', params: idParams, response: decisionView,
    handler: ({ req, params }) => getDecision(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/awards/decisions/:id', tag, summary: 'Sửa dự thảo (không sửa được sau khi ban hành)', params: idParams, body: updateDecisionBody, response: decisionView,
    handler: ({ req, params, body }) => thenView(deps.ctx(req), params.id, updateDecision, body),
  });
  defineRoute(app, {
    method: 'PUT', url: '/api/awards/decisions/:id/items', tag, summary: 'Thay danh sách khen thưởng của dự thảo', params: idParams, body: setItemsBody, response: decisionView,
    handler: ({ req, params, body }) => thenView(deps.ctx(req), params.id, setItems, body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/decisions/:id/proposals', tag, summary: 'Thêm người được đề nghị từ hồ sơ trình ký', params: idParams, body: addProposalsBody, response: decisionView,
    handler: ({ req, params, body }) => thenView(deps.ctx(req), params.id, addProposals, body),
  });
  defineRoute(app, {
    method: 'DELETE', url: '/api/awards/decisions/:id', tag, summary: 'Xóa dự thảo', params: idParams, response: okResponse,
    handler: async ({ req, params }) => {
      await deleteDraft(deps.ctx(req), params.id);
      return { ok: true as const };
    },
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/decisions/:id/issue', tag, summary: 'Ban hành: ghi khen thưởng vào sổ, chuyển hồ sơ sang "đã có quyết định" (một giao dịch)', params: idParams, body: issueDecisionBody, response: decisionView,
    handler: ({ req, params, body }) => thenView(deps.ctx(req), params.id, issueDecision, body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/decisions/:id/revoke', tag, summary: 'Thu hồi quyết định hoặc một số người (Luật Thi đua, khen thưởng Điều 93)', params: idParams, body: revokeDecisionBody, response: decisionView,
    handler: ({ req, params, body }) => thenView(deps.ctx(req), params.id, revokeDecision, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/decisions/:id/docx', tag, summary: 'Tải quyết định (DOCX theo Nghị định 30/2020)', params: idParams, response: z.any(),
    handler: async ({ req, reply, params }) => {
      const f = await exportDecisionDocx(deps.ctx(req), params.id);
      void reply.header('content-type', DOCX_MIME).header('content-disposition', `attachment; filename="${f.filename}"`);
      return f.bytes;
    },
  });
}
