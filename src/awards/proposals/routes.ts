import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../../http/app-deps';
import { defineRoute } from '../../http/route-kit';
import { authorize } from '../../access/authorize';
import { AppError } from '../../shared/errors';
import { idParams, okResponse } from '../../shared/api/common';
import {
  attachmentParams,
  attachmentQuery,
  createProposalBody,
  deleteNomineeBody,
  listProposalsQuery,
  listProposalsResponse,
  nomineeBody,
  nomineeParams,
  overrideBody,
  proposalDetail,
  templatesResponse,
  transitionBody,
  updateNomineeBody,
  updateProposalBody,
} from '../../shared/api/award-proposals';
import { ALL_TEMPLATES } from './domain/achievement-templates';
import { getProposal, listProposals } from './use-cases/read-proposals';
import { createProposal, deleteProposal, updateProposal } from './use-cases/manage-proposals';
import { addNominee, removeNominee, updateNominee } from './use-cases/manage-nominees';
import { readAttachment, removeAttachment, uploadAttachment } from './use-cases/attachments';
import { overrideProposal, transitionProposal } from './use-cases/transition-proposal';

const tag = 'Hồ sơ đề nghị khen thưởng';
const BASE = '/api/award-proposals';
/** Achievement reports are rich text: a dossier's nominee may carry a few hundred KB of JSON. */
const NOMINEE_BODY_LIMIT = 4 * 1024 * 1024;

function fileBody(req: FastifyRequest): Buffer {
  if (!Buffer.isBuffer(req.body)) throw new AppError('VALIDATION', 'Hãy gửi nội dung tệp nguyên dạng nhị phân (Content-Type: application/octet-stream).');
  return req.body;
}

/** RFC 5987 so that Vietnamese file names survive the download. */
const disposition = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function proposalRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.addHook('onRoute', (route) => {
    if (route.url === `${BASE}/:id/nominees` || route.url === `${BASE}/:id/nominees/:nomineeId`) route.bodyLimit = NOMINEE_BODY_LIMIT;
  });
  defineRoute(app, {
    method: 'GET', url: `${BASE}/templates`, tag, summary: 'Mẫu báo cáo thành tích theo loại đối tượng và loại khen thưởng', response: templatesResponse,
    handler: async ({ req }) => {
      await authorize(deps.ctx(req), 'award.read', { unitId: null, mode: 'read' });
      return { items: ALL_TEMPLATES.map((t) => ({ ...t, sections: t.sections.map((s) => ({ ...s })) })) };
    },
  });
  defineRoute(app, {
    method: 'GET', url: BASE, tag, summary: 'Hồ sơ đề nghị khen thưởng đã gửi (gui) hoặc nhận được (nhan)', query: listProposalsQuery, response: listProposalsResponse,
    handler: ({ req, query }) => listProposals(deps.ctx(req), query),
  });
  defineRoute(app, {
    method: 'POST', url: BASE, tag, summary: 'Lập hồ sơ đề nghị khen thưởng (gửi cấp trên trực tiếp)', body: createProposalBody, response: proposalDetail,
    handler: ({ req, body }) => createProposal(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'GET', url: `${BASE}/:id`, tag, summary: 'Hồ sơ: đối tượng, báo cáo thành tích, tài liệu, kết quả kiểm tra, lịch sử', params: idParams, response: proposalDetail,
    handler: ({ req, params }) => getProposal(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'PATCH', url: `${BASE}/:id`, tag, summary: 'Sửa thông tin hồ sơ (khi đang soạn hoặc bị trả lại)', params: idParams, body: updateProposalBody, response: proposalDetail,
    handler: ({ req, params, body }) => updateProposal(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'DELETE', url: `${BASE}/:id`, tag, summary: 'Xóa hồ sơ chưa gửi', params: idParams, body: deleteNomineeBody, response: okResponse,
    handler: ({ req, params, body }) => deleteProposal(deps.ctx(req), params.id, body.version),
  });
  defineRoute(app, {
    method: 'POST', url: `${BASE}/:id/nominees`, tag, summary: 'Thêm cá nhân, tập thể được đề nghị', params: idParams, body: nomineeBody, response: proposalDetail,
    handler: ({ req, params, body }) => addNominee(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'PATCH', url: `${BASE}/:id/nominees/:nomineeId`, tag, summary: 'Sửa đối tượng đề nghị, báo cáo thành tích', params: nomineeParams, body: updateNomineeBody, response: proposalDetail,
    handler: ({ req, params, body }) => updateNominee(deps.ctx(req), params.id, params.nomineeId, body),
  });
  defineRoute(app, {
    method: 'DELETE', url: `${BASE}/:id/nominees/:nomineeId`, tag, summary: 'Bỏ đối tượng khỏi hồ sơ', params: nomineeParams, body: deleteNomineeBody, response: proposalDetail,
    handler: ({ req, params, body }) => removeNominee(deps.ctx(req), params.id, params.nomineeId, body.version),
  });
  defineRoute(app, {
    method: 'POST', url: `${BASE}/:id/transition`, tag, summary: 'Chuyển bước hồ sơ: gửi, tiếp nhận, thẩm định, trả lại, lấy ý kiến, trình Hội đồng, trình cấp trên', params: idParams, body: transitionBody, response: proposalDetail,
    handler: ({ req, params, body }) => transitionProposal(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'POST', url: `${BASE}/:id/override`, tag, summary: 'Cho phép gửi hồ sơ còn vấn đề (cấp nhận hồ sơ, ghi rõ lý do)', params: idParams, body: overrideBody, response: proposalDetail,
    handler: ({ req, params, body }) => overrideProposal(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: `${BASE}/:id/attachments/:attachmentId`, tag, summary: 'Tải tài liệu đính kèm', params: attachmentParams, response: z.any(),
    handler: async ({ req, reply, params }) => {
      const f = await readAttachment(deps.ctx(req), params.id, params.attachmentId);
      void reply.header('content-type', f.mime).header('content-disposition', disposition(f.fileName)).header('x-content-type-options', 'nosniff');
      return f.content;
    },
  });
  defineRoute(app, {
    method: 'DELETE', url: `${BASE}/:id/attachments/:attachmentId`, tag, summary: 'Gỡ tài liệu đính kèm', params: attachmentParams, response: proposalDetail,
    handler: ({ req, params }) => removeAttachment(deps.ctx(req), params.id, params.attachmentId),
  });
  // Files arrive as raw bytes (application/octet-stream, parsed by the server); the type is read from the bytes.
  defineRoute(app, {
    method: 'POST', url: `${BASE}/:id/attachments`, tag, summary: 'Đính kèm tờ trình, biên bản, báo cáo thành tích (PDF, DOCX, ảnh; tối đa 10 MB; gửi nhị phân application/octet-stream)', params: idParams, query: attachmentQuery, response: proposalDetail,
    handler: ({ req, params, query }) => uploadAttachment(deps.ctx(req), params.id, query, fileBody(req)),
  });
}
