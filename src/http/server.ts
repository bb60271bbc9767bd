import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import type { Database } from '../db/connect';
import { AppError } from '../shared/errors';
import { todayInVietnam } from '../shared/vi-date';
import { loadActor } from '../accounts/actor-loader';
import { SESSION_COOKIE, findSession } from '../accounts/sessions';
import { accountRoutes } from '../accounts/routes';
import { orgRoutes } from '../org/routes';
import { clusterRoutes } from '../clusters/routes';
import { auditRoutes } from '../audit/routes';
import { documentRoutes } from '../documents/routes';
import { movementRoutes } from '../movements/routes';
import { indicatorRoutes } from '../indicators/routes';
import { registrationRoutes } from '../registrations/routes';
import { checkerRoutes } from '../checker/routes';
import { reportRoutes } from '../reports/routes';
import { registryRoutes } from '../awards/registry-routes';
import { eligibilityRoutes } from '../awards/eligibility-routes';
import { proposalRoutes } from '../awards/proposals/routes';
import { councilRoutes } from '../awards/council/routes';
import { decisionRoutes } from '../awards/decisions/routes';
import { certificateRoutes } from '../awards/certificates/routes';
import { settingsRoutes } from '../awards/settings/routes';
import { RichTextTooLarge } from '../shared/rich-text';
import { ctxOf } from './request-context';
import { defineRoute, openApiDocument } from './route-kit';
import type { RouteDeps } from './app-deps';

export interface AppOptions {
  database: Database;
  version: string;
  /** Built SPA to serve; omitted in API-only tests. */
  webDir?: string;
  /** Business date source; tests pin it. */
  today?: () => string;
  secureCookies?: boolean;
  logger?: boolean;
  bodyLimitBytes?: number;
  /** Trust X-Forwarded-For only behind a known reverse proxy (TRUST_PROXY=1); otherwise anyone could pick their own address. */
  trustProxy?: boolean;
}

const UPLOAD_TYPES = [
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];
const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const PASSWORD_CHANGE_ROUTES = new Set(['/api/auth/me', '/api/auth/change-password', '/api/auth/logout', '/api/health']);

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: opts.bodyLimitBytes ?? 1024 * 1024, trustProxy: opts.trustProxy ?? false });
  const today = opts.today ?? todayInVietnam;
  const db = opts.database.db;
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new AppError('RATE_LIMITED', `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(ctx.ttl / 1000)} giây.`),
  });

  app.addHook('onRequest', async (req: FastifyRequest) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await findSession(db, token) : undefined;
    if (session && token) {
      req.sessionToken = token;
      req.actor = await loadActor(db, session.user_id);
    }
    if (req.routeOptions.config?.public) return;
    if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.');
    if (req.actor.mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(req.routeOptions.url ?? '')) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục làm việc.');
    }
    // Double-submit check: a cross-site form cannot read the token the SPA holds.
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== session?.csrf_token) {
      throw new AppError('CSRF', 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.');
    }
  });

  // Uploaded files (XLSX of figures, DOCX to check) arrive as raw bytes, with their own size limit.
  app.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES }, (_req, body, done) => done(null, body));

  app.setErrorHandler((err, req, reply) => {
    const appErr = toAppError(err);
    if (appErr.code === 'INTERNAL') req.log.error(err);
    void reply.status(appErr.status).send(appErr.toBody());
  });

  const deps: RouteDeps = { database: opts.database, ctx: (req) => ctxOf(db, req, today), today, version: opts.version };
  defineRoute(app, {
    method: 'GET', url: '/api/health', tag: 'Hệ thống', summary: 'Tình trạng hệ thống', public: true,
    response: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']), version: z.string(), time: z.string() }),
    handler: async () => {
      await db.selectFrom('schema_migration').select('name').limit(1).execute();
      return { status: 'ok' as const, db: opts.database.kind, version: opts.version, time: new Date().toISOString() };
    },
  });
  app.get('/api/openapi.json', { config: { public: true } }, async () => openApiDocument(app, opts.version));
  orgRoutes(app, deps);
  clusterRoutes(app, deps);
  accountRoutes(app, { ...deps, secureCookies: opts.secureCookies ?? false });
  auditRoutes(app, deps);
  documentRoutes(app, deps);
  movementRoutes(app, deps);
  indicatorRoutes(app, deps);
  registrationRoutes(app, deps);
  checkerRoutes(app, deps);
  reportRoutes(app, deps);
  eligibilityRoutes(app, deps);
  registryRoutes(app, deps);
  proposalRoutes(app, deps);
  councilRoutes(app, deps);
  decisionRoutes(app, deps);
  certificateRoutes(app, deps);
  settingsRoutes(app, deps);

  if (opts.webDir && existsSync(path.join(opts.webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: opts.webDir, wildcard: true });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !opts.webDir || req.method !== 'GET') {
      return reply.status(404).send(new AppError('NOT_FOUND', 'Không tìm thấy địa chỉ được yêu cầu.').toBody());
    }
    // Client-side routes of the SPA all load index.html.
    return reply.sendFile('index.html');
  });
  return app;
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  // Rich text over the size limits is refused wherever it is cleaned (report sections, synthesis edits).
  if (err instanceof RichTextTooLarge) return new AppError('PAYLOAD_TOO_LARGE', err.message);
  const e = err as { code?: string; statusCode?: number; message?: string };
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('VALIDATION', 'Nội dung gửi lên không phải JSON hợp lệ.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('VALIDATION', 'Kiểu nội dung không được hỗ trợ; hãy gửi JSON.');
  }
  if (e.statusCode === 429) return new AppError('RATE_LIMITED', 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau.');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return new AppError('VALIDATION', 'Yêu cầu không hợp lệ.');
  return new AppError('INTERNAL', 'Đã xảy ra lỗi hệ thống. Thao tác chưa được thực hiện; vui lòng thử lại hoặc báo quản trị.');
}
