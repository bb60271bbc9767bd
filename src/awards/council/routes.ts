import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../../http/app-deps';
import { defineRoute } from '../../http/route-kit';
import { idParams, okResponse } from '../../shared/api/common';
import {
  addMemberBody, castBallotBody, councilDetail, councilSummary, createCouncilBody, createSessionBody, sessionDetail, sessionListResponse, updateMemberBody,
  versionBody, versionQuery, voteSettingBody, voteSettingsResponse, waitingProposalsResponse,
} from '../../shared/api/award-council';
import { createCouncil, getCouncil, listCouncils } from './use-cases/manage-councils';
import { addMember, updateMember } from './use-cases/manage-members';
import { addVoteSetting, getVoteSettings } from './use-cases/vote-settings';
import { closeSession, createSession, deleteDraftSession, listSessions, openSession, waitingProposals } from './use-cases/manage-sessions';
import { getSession, mySessions } from './use-cases/read-session';
import { castBallot } from './use-cases/cast-ballot';
import { DOCX_MIME, exportMinutes } from './use-cases/export-minutes';

const tag = 'Hội đồng Thi đua - Khen thưởng';

export function councilRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/councils', tag, summary: 'Các Hội đồng mà người dùng quản lý hoặc tham gia biểu quyết', response: z.object({ items: z.array(councilSummary) }),
    handler: async ({ req }) => ({ items: await listCouncils(deps.ctx(req)) }),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/councils', tag, summary: 'Lập Hội đồng của một cơ quan', body: createCouncilBody, response: councilDetail,
    handler: ({ req, body }) => createCouncil(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/councils/:id', tag, summary: 'Hội đồng: thành viên và nhiệm kỳ', params: idParams, response: councilDetail,
    handler: ({ req, params }) => getCouncil(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/councils/:id/members', tag, summary: 'Thêm thành viên Hội đồng (chức danh, nhiệm kỳ)', params: idParams, body: addMemberBody, response: councilDetail,
    handler: ({ req, params, body }) => addMember(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/council-members/:id', tag, summary: 'Sửa chức danh, nhiệm kỳ của thành viên (khóa lạc quan theo phiên bản)', params: idParams, body: updateMemberBody, response: councilDetail,
    handler: ({ req, params, body }) => updateMember(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/councils/:id/vote-settings', tag, summary: 'Nguyên tắc biểu quyết: cài đặt của Hội đồng và giá trị mặc định', params: idParams, response: voteSettingsResponse,
    handler: ({ req, params }) => getVoteSettings(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/councils/:id/vote-settings', tag, summary: 'Thêm nguyên tắc biểu quyết có thời hạn (theo danh hiệu, hình thức)', params: idParams, body: voteSettingBody, response: voteSettingsResponse,
    handler: ({ req, params, body }) => addVoteSetting(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/councils/:id/sessions', tag, summary: 'Các phiên họp của Hội đồng', params: idParams, response: sessionListResponse,
    handler: async ({ req, params }) => ({ items: await listSessions(deps.ctx(req), params.id) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/councils/:id/waiting-proposals', tag, summary: 'Hồ sơ đề nghị đang chờ trình Hội đồng', params: idParams, response: waitingProposalsResponse,
    handler: async ({ req, params }) => ({ items: await waitingProposals(deps.ctx(req), params.id) }),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/councils/:id/sessions', tag, summary: 'Lập phiên họp từ các hồ sơ chờ trình Hội đồng', params: idParams, body: createSessionBody, response: sessionDetail,
    handler: ({ req, params, body }) => createSession(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/council-sessions/mine', tag, summary: 'Các phiên họp mà người dùng là thành viên biểu quyết', response: sessionListResponse,
    handler: async ({ req }) => ({ items: await mySessions(deps.ctx(req)) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/council-sessions/:id', tag, summary: 'Phiên họp: danh sách biểu quyết, phiếu của mình, kết quả sau khi kết thúc', params: idParams, response: sessionDetail,
    handler: ({ req, params }) => getSession(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/council-sessions/:id/open', tag, summary: 'Mở biểu quyết (chốt danh sách thành viên và nguyên tắc biểu quyết)', params: idParams, body: versionBody, response: sessionDetail,
    handler: ({ req, params, body }) => openSession(deps.ctx(req), params.id, body.version),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/council-sessions/:id/close', tag, summary: 'Kết thúc biểu quyết, tính kết quả, chuyển hồ sơ trình ký', params: idParams, body: versionBody, response: sessionDetail,
    handler: ({ req, params, body }) => closeSession(deps.ctx(req), params.id, body.version),
  });
  defineRoute(app, {
    method: 'DELETE', url: '/api/council-sessions/:id', tag, summary: 'Hủy phiên họp chưa mở biểu quyết (trả hồ sơ về danh sách chờ)', params: idParams, query: versionQuery, response: okResponse,
    handler: async ({ req, params, query }) => {
      await deleteDraftSession(deps.ctx(req), params.id, query.version);
      return { ok: true as const };
    },
  });
  defineRoute(app, {
    method: 'POST', url: '/api/council-sessions/:id/ballots', tag, summary: 'Bỏ phiếu cho một trường hợp (mỗi thành viên một phiếu, không sửa được)', params: idParams, body: castBallotBody, response: sessionDetail,
    handler: ({ req, params, body }) => castBallot(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/council-sessions/:id/minutes.docx', tag, summary: 'Biên bản họp Hội đồng (DOCX theo Nghị định 30/2020)', params: idParams, response: z.any(),
    handler: async ({ req, params, reply }) => {
      const f = await exportMinutes(deps.ctx(req), params.id);
      void reply.header('content-type', DOCX_MIME).header('content-disposition', `attachment; filename="${f.filename}"`);
      return f.bytes;
    },
  });
}
