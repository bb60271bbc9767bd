import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { idParams, uuid } from '../shared/api/common';
import {
  campaignDetail, checkReportResponse, createCampaignBody, createOutlineBody, exportFormatParams, findingReviewBody, findingReviewParams, importOutlineTextBody,
  listCampaignsQuery, listCampaignsResponse, listReportsQuery, listReportsResponse, lockExceptionBody, newOutlineVersionBody, outlineDetail, outlineImportResponse,
  outlineSummary, outlineVersionView, remindBody, remindResponse, reportDetail, revisionDetail, revisionParams, revisionsResponse, saveReportBody, saveReportResponse,
  saveSynthesisBody, synthesisView, transitionCampaignBody, transitionReportBody, updateCampaignBody, reportAwardFiguresView,
} from '../shared/api/reports';
import { addOutlineVersion, createOutline, getOutline, getOutlineVersion, importOutline, listOutlines } from './use-cases/manage-outlines';
import { createCampaign, remindRecipients, setLockException, transitionCampaign, updateCampaign } from './use-cases/manage-campaigns';
import { getCampaign, listCampaigns } from './use-cases/read-campaigns';
import { getReport, getRevision, listReports, listRevisions } from './use-cases/read-reports';
import { saveReport } from './use-cases/save-report';
import { reportAwardFigures } from './use-cases/award-figures';
import { reviewFinding, transitionReport } from './use-cases/transition-report';
import { checkSavedReport } from './use-cases/check-report';
import { composeCampaignSynthesis, getSynthesis, saveSynthesis } from './use-cases/synthesis';
import { exportReport, exportSynthesis, type ExportedFile } from './use-cases/export-documents';

const tag = 'Báo cáo';
const docxBody = z.custom<Buffer>((v) => Buffer.isBuffer(v), { message: 'Hãy gửi nội dung tệp .docx.' });
/** A whole report with rich text can be a few MB of JSON; only these routes accept that much. */
const REPORT_BODY_LIMIT = 8 * 1024 * 1024;

function sendFile(reply: { header: (k: string, v: string) => unknown }, f: ExportedFile) {
  reply.header('content-type', f.contentType);
  reply.header('content-disposition', `attachment; filename="${f.filename}"`);
  return f.bytes;
}

export function reportRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.addHook('onRoute', (route) => {
    if (route.url === '/api/reports/:id/content' || route.url === '/api/campaigns/:id/synthesis' || route.url === '/api/outlines/import-text') route.bodyLimit = REPORT_BODY_LIMIT;
  });

  // ---- Outlines
  defineRoute(app, {
    method: 'GET', url: '/api/outlines', tag, summary: 'Danh sách đề cương báo cáo', response: z.object({ items: z.array(outlineSummary) }),
    handler: async ({ req }) => ({ items: await listOutlines(deps.ctx(req)) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/outlines/:id', tag, summary: 'Đề cương: phiên bản mới nhất và lịch sử phiên bản', params: idParams, response: outlineDetail,
    handler: ({ req, params }) => getOutline(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/outline-versions/:id', tag, summary: 'Một phiên bản đề cương', params: idParams, response: outlineVersionView,
    handler: ({ req, params }) => getOutlineVersion(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/outlines', tag, summary: 'Tạo đề cương (phiên bản 1)', body: createOutlineBody, response: outlineDetail,
    handler: ({ req, body }) => createOutline(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/outlines/:id/versions', tag, summary: 'Tạo phiên bản mới của đề cương', params: idParams, body: newOutlineVersionBody, response: outlineDetail,
    handler: ({ req, params, body }) => addOutlineVersion(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/outlines/import-text', tag, summary: 'Đọc đề cương từ văn bản (chưa lưu, để người dùng xem lại)', body: importOutlineTextBody, response: outlineImportResponse,
    handler: async ({ body }) => importOutline({ text: body.text }),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/outlines/import-docx', tag, summary: 'Đọc đề cương từ tệp .docx (chưa lưu)', body: docxBody, response: outlineImportResponse,
    handler: async ({ body }) => importOutline({ docx: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) }),
  });

  // ---- Campaigns
  defineRoute(app, {
    method: 'GET', url: '/api/campaigns', tag, summary: 'Danh sách yêu cầu báo cáo', query: listCampaignsQuery, response: listCampaignsResponse,
    handler: async ({ req, query }) => ({ items: await listCampaigns(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/campaigns/:id', tag, summary: 'Yêu cầu báo cáo: đơn vị nhận, tình trạng nộp, tỷ lệ theo cấp', params: idParams, response: campaignDetail,
    handler: ({ req, params }) => getCampaign(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/campaigns', tag, summary: 'Tạo (và gửi) yêu cầu báo cáo', body: createCampaignBody, response: campaignDetail,
    handler: ({ req, body }) => createCampaign(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/campaigns/:id', tag, summary: 'Sửa tên, hạn nộp, số ngày gia hạn', params: idParams, body: updateCampaignBody, response: campaignDetail,
    handler: ({ req, params, body }) => updateCampaign(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/campaigns/:id/transition', tag, summary: 'Gửi, đóng, mở lại yêu cầu báo cáo', params: idParams, body: transitionCampaignBody, response: campaignDetail,
    handler: ({ req, params, body }) => transitionCampaign(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/campaigns/:id/remind', tag, summary: 'Nhắc các đơn vị chưa nộp báo cáo', params: idParams, body: remindBody, response: remindResponse,
    handler: ({ req, params, body }) => remindRecipients(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'PUT', url: '/api/campaigns/:id/recipients/:unitId/exception', tag, summary: 'Cho một đơn vị nộp sau hạn đến một ngày (hoặc bỏ)',
    params: z.object({ id: uuid, unitId: uuid }), body: lockExceptionBody, response: campaignDetail,
    handler: ({ req, params, body }) => setLockException(deps.ctx(req), params.id, params.unitId, body.until),
  });

  // ---- Unit reports
  defineRoute(app, {
    method: 'GET', url: '/api/reports', tag, summary: 'Danh sách báo cáo của đơn vị', query: listReportsQuery, response: listReportsResponse,
    handler: async ({ req, query }) => ({ items: await listReports(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/reports/:id', tag, summary: 'Báo cáo của đơn vị: nội dung theo đề cương, số liệu, kết quả kiểm tra, lịch sử', params: idParams, response: reportDetail,
    handler: ({ req, params }) => getReport(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'PUT', url: '/api/reports/:id/content', tag, summary: 'Lưu nội dung báo cáo (tự động lưu hoặc lưu phiên bản)', params: idParams, body: saveReportBody, response: saveReportResponse,
    handler: ({ req, params, body }) => saveReport(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/reports/:id/check', tag, summary: 'Kiểm tra báo cáo trước khi nộp', params: idParams, response: checkReportResponse,
    handler: ({ req, params }) => checkSavedReport(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/reports/:id/transition', tag, summary: 'Nộp, rút lại, trả lại (kèm lý do), duyệt, hủy duyệt', params: idParams, body: transitionReportBody, response: reportDetail,
    handler: ({ req, params, body }) => transitionReport(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/reports/:id/award-figures', tag, summary: 'Số liệu khen thưởng của đơn vị trong kỳ báo cáo, lấy từ sổ khen thưởng, cho các mục khen thưởng của đề cương', params: idParams, response: reportAwardFiguresView,
    handler: ({ req, params }) => reportAwardFigures(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/reports/:id/revisions', tag, summary: 'Lịch sử phiên bản của báo cáo', params: idParams, response: revisionsResponse,
    handler: async ({ req, params }) => ({ items: await listRevisions(deps.ctx(req), params.id) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/reports/:id/revisions/:revision', tag, summary: 'Một phiên bản của báo cáo', params: revisionParams, response: revisionDetail,
    handler: ({ req, params }) => getRevision(deps.ctx(req), params.id, params.revision),
  });
  defineRoute(app, {
    method: 'PUT', url: '/api/reports/:id/findings/:key', tag, summary: 'Ghi nhận hoặc bỏ qua một phát hiện của bộ kiểm tra', params: findingReviewParams, body: findingReviewBody, response: reportDetail,
    handler: ({ req, params, body }) => reviewFinding(deps.ctx(req), params.id, params.key, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/reports/:id/export/:format', tag, summary: 'Tải báo cáo (DOCX theo Nghị định 30/2020, PDF, XLSX các bảng)', params: exportFormatParams, response: z.any(),
    handler: async ({ req, reply, params }) => sendFile(reply, await exportReport(deps.ctx(req), params.id, params.format)),
  });

  // ---- Synthesis
  defineRoute(app, {
    method: 'GET', url: '/api/campaigns/:id/synthesis', tag, summary: 'Báo cáo tổng hợp của yêu cầu báo cáo', params: idParams, response: synthesisView,
    handler: ({ req, params }) => getSynthesis(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/campaigns/:id/synthesis/compose', tag, summary: 'Soạn (lại) báo cáo tổng hợp từ các báo cáo đã duyệt', params: idParams, response: synthesisView,
    handler: ({ req, params }) => composeCampaignSynthesis(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'PUT', url: '/api/campaigns/:id/synthesis', tag, summary: 'Lưu phần chuyên viên sửa và thông tin văn bản', params: idParams, body: saveSynthesisBody, response: synthesisView,
    handler: ({ req, params, body }) => saveSynthesis(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/campaigns/:id/synthesis/export/:format', tag, summary: 'Tải báo cáo tổng hợp (DOCX, PDF, XLSX)', params: exportFormatParams, response: z.any(),
    handler: async ({ req, reply, params }) => sendFile(reply, await exportSynthesis(deps.ctx(req), params.id, params.format)),
  });
}
