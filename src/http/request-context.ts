import type { FastifyRequest } from 'fastify';
import type { Actor } from '../access/policy';
import type { Ctx, Db, RequestMeta } from '../app/context';
import { AppError } from '../shared/errors';
import { todayInVietnam } from '../shared/vi-date';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    sessionToken?: string;
  }
}

export function requestMeta(req: FastifyRequest): RequestMeta {
  const ua = req.headers['user-agent'];
  return { ip: req.ip ?? null, userAgent: typeof ua === 'string' ? ua : null };
}

/** The use-case context of an authenticated request. */
export function ctxOf(db: Db, req: FastifyRequest, today: () => string = todayInVietnam): Ctx {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.');
  return { db, actor: req.actor, meta: requestMeta(req), today: today() };
}
