import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../../http/app-deps';
import { defineRoute } from '../../http/route-kit';
import { actionsHeld } from '../../access/policy';
import { forbidden } from '../../shared/errors';
import { idParams, okResponse } from '../../shared/api/common';
import {
  certificateListQuery,
  certificateListResponse,
  certificateView,
  codeParams,
  issueCertificatesBody,
  previewBody,
  reissueBody,
  templateBody,
  templateListQuery,
  templateListResponse,
  templateView,
  updateTemplateBody,
  verifyResponse,
} from '../../shared/api/award-certificates';
import { defaultLayout } from './domain/defaults';
import { PLACEHOLDERS } from './domain/template';
import { SAMPLE_VALUES } from './domain/values';
import { renderCertificatesPdf } from './render-pdf';
import { certificatePdf, decisionCertificatesPdf, issueCertificates, listCertificates, reissueCertificate } from './use-cases/certificates';
import { archiveTemplate, checkLayout, createTemplate, getTemplate, listTemplates, updateTemplate } from './use-cases/templates';
import { verifyCertificate } from './use-cases/verify';

const tag = 'Giấy chứng nhận khen thưởng';
const PDF = 'application/pdf';

/**
 * The address printed in the QR code: PUBLIC_BASE_URL when the server sits behind a proxy or a
 * domain name, else the address the request came to.
 */
function baseUrl(req: FastifyRequest): string {
  const fixed = process.env.PUBLIC_BASE_URL?.replace(/\/+$/, '');
  return fixed || `${req.protocol}://${req.host}`;
}

export function certificateRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const printer = (req: FastifyRequest) => {
    const held = actionsHeld(deps.ctx(req).actor, deps.today());
    if (!held.includes('award.manage') && !held.includes('award.decide')) throw forbidden();
  };

  defineRoute(app, {
    method: 'GET', url: '/api/public/xac-minh/:code', tag, summary: 'Xác minh giấy chứng nhận theo mã (công khai, giới hạn số lần tra)', public: true, params: codeParams, response: verifyResponse,
    // Enumeration is slowed per address; the code itself carries 128 random bits.
    rateLimit: { max: 20, timeWindow: 60_000, keyGenerator: (req) => `xac-minh|${req.ip}` },
    handler: async ({ params }) => verifyCertificate(deps.database.db, params.code),
  });

  defineRoute(app, {
    method: 'GET', url: '/api/awards/certificate-templates', tag, summary: 'Mẫu giấy chứng nhận', query: templateListQuery, response: templateListResponse,
    handler: async ({ req, query }) => {
      printer(req);
      return {
        items: await listTemplates(deps.ctx(req), query.unitId),
        placeholders: Object.entries(PLACEHOLDERS).map(([key, label]) => ({ key, label })),
        defaults: { bang_khen: defaultLayout('bang_khen'), giay_khen: defaultLayout('giay_khen'), danh_hieu: defaultLayout('danh_hieu') },
      };
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/certificate-templates/:id', tag, summary: 'Chi tiết mẫu giấy chứng nhận', params: idParams, response: templateView,
    handler: async ({ req, params }) => {
      printer(req);
      return getTemplate(deps.ctx(req), params.id);
    },
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/certificate-templates', tag, summary: 'Tạo mẫu giấy chứng nhận', body: templateBody, response: templateView,
    handler: ({ req, body }) => createTemplate(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'PUT', url: '/api/awards/certificate-templates/:id', tag, summary: 'Sửa mẫu giấy chứng nhận', params: idParams, body: updateTemplateBody, response: templateView,
    handler: ({ req, params, body }) => updateTemplate(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'DELETE', url: '/api/awards/certificate-templates/:id', tag, summary: 'Ngừng dùng mẫu giấy chứng nhận', params: idParams, response: okResponse,
    handler: async ({ req, params }) => {
      await archiveTemplate(deps.ctx(req), params.id);
      return { ok: true as const };
    },
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/certificate-templates/preview', tag, summary: 'Xem thử mẫu (PDF với dữ liệu mẫu)', body: previewBody, response: z.any(),
    handler: async ({ req, reply, body }) => {
      printer(req);
      checkLayout(body.layout, body.pageSize, body.orientation);
      const bytes = await renderCertificatesPdf([{ layout: body.layout, pageSize: body.pageSize, orientation: body.orientation, values: SAMPLE_VALUES, qrUrl: `${baseUrl(req)}/xac-minh/MAU` }], 'Xem thử mẫu giấy chứng nhận');
      void reply.header('content-type', PDF).header('content-disposition', 'inline; filename="xem-thu.pdf"');
      return bytes;
    },
  });

  defineRoute(app, {
    method: 'GET', url: '/api/awards/certificates', tag, summary: 'Giấy chứng nhận của một khen thưởng hoặc một quyết định (kể cả bản đã được thay)', query: certificateListQuery, response: certificateListResponse,
    handler: async ({ req, query }) => ({ items: await listCertificates(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/certificates', tag, summary: 'Cấp giấy chứng nhận cho khen thưởng chưa có (một, nhiều, hoặc cả quyết định)', body: issueCertificatesBody, response: certificateListResponse,
    handler: async ({ req, body }) => ({ items: await issueCertificates(deps.ctx(req), body) }),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/awards/certificates/:id/reissue', tag, summary: 'Cấp đổi, cấp lại giấy chứng nhận (mã mới; mã cũ báo đã được thay)', params: idParams, body: reissueBody, response: certificateView,
    handler: ({ req, params, body }) => reissueCertificate(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/certificates/:id/pdf', tag, summary: 'In giấy chứng nhận (PDF)', params: idParams, response: z.any(),
    handler: async ({ req, reply, params }) => {
      const f = await certificatePdf(deps.ctx(req), params.id, baseUrl(req));
      void reply.header('content-type', PDF).header('content-disposition', `inline; filename="${f.filename}"`);
      return f.bytes;
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/awards/decisions/:id/certificates.pdf', tag, summary: 'In giấy chứng nhận của cả quyết định (PDF nhiều trang)', params: idParams, response: z.any(),
    handler: async ({ req, reply, params }) => {
      const f = await decisionCertificatesPdf(deps.ctx(req), params.id, baseUrl(req));
      void reply.header('content-type', PDF).header('content-disposition', `inline; filename="${f.filename}"`);
      return f.bytes;
    },
  });
}
