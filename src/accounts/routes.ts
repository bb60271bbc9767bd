import type { FastifyInstance, FastifyReply } from 'fastify';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { requestMeta } from '../http/request-context';
import { ROLE_LABELS, ROLES } from '../access/roles';
import { idParams, okResponse } from '../shared/api/common';
import {
  addAssignmentBody,
  assignmentParams,
  changePasswordBody,
  createUserBody,
  listUsersQuery,
  listUsersResponse,
  loginBody,
  resetPasswordBody,
  rolesResponse,
  sessionResponse,
  updateUserBody,
  userDetail,
} from '../shared/api/accounts';
import { loadActor } from './actor-loader';
import { recordAudit } from '../audit/record-audit';
import { SESSION_COOKIE, SESSION_TTL_HOURS, deleteSession, findSession } from './sessions';
import { login } from './use-cases/login';
import { getMe } from './use-cases/get-me';
import { changePassword } from './use-cases/change-password';
import { getUser, listUsers } from './use-cases/read-users';
import { createUser, resetPassword, updateUser } from './use-cases/manage-users';
import { addAssignment, removeAssignment } from './use-cases/manage-assignments';

const authTag = 'Đăng nhập';
const tag = 'Tài khoản';

function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: SESSION_TTL_HOURS * 3600 });
}

export function accountRoutes(app: FastifyInstance, deps: RouteDeps & { secureCookies: boolean }): void {
  const db = deps.database.db;
  defineRoute(app, {
    method: 'POST', url: '/api/auth/login', tag: authTag, summary: 'Đăng nhập', public: true,
    // Guessing passwords is slowed per address and account name; preHandler runs after the body is parsed.
    rateLimit: { max: 10, timeWindow: 5 * 60_000, hook: 'preHandler', keyGenerator: (req) => `${req.ip}|${String((req.body as { username?: unknown })?.username ?? '').trim().toLowerCase()}` },
    body: loginBody, response: sessionResponse,
    handler: async ({ req, reply, body }) => {
      const session = await login(db, body, requestMeta(req));
      setSessionCookie(reply, session.token, deps.secureCookies);
      req.actor = await loadActor(db, session.userId);
      return { user: await getMe(deps.ctx(req)), csrfToken: session.csrfToken };
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/auth/me', tag: authTag, summary: 'Người đang đăng nhập', response: sessionResponse,
    handler: async ({ req }) => {
      const session = req.sessionToken ? await findSession(db, req.sessionToken) : undefined;
      return { user: await getMe(deps.ctx(req)), csrfToken: session?.csrf_token ?? '' };
    },
  });
  defineRoute(app, {
    method: 'POST', url: '/api/auth/logout', tag: authTag, summary: 'Đăng xuất', response: okResponse,
    handler: async ({ req, reply }) => {
      if (req.sessionToken) {
        const token = req.sessionToken;
        await db.transaction().execute(async (tx) => {
          await deleteSession(tx, token);
          if (req.actor) await recordAudit(tx, { actor: req.actor, meta: requestMeta(req) }, { action: 'auth.logout', entity: 'app_user', entityId: req.actor.userId, orgUnitId: null });
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });
  defineRoute(app, {
    method: 'POST', url: '/api/auth/change-password', tag: authTag, summary: 'Đổi mật khẩu', body: changePasswordBody, response: okResponse,
    handler: async ({ req, body }) => {
      await changePassword(deps.ctx(req), body, req.sessionToken ?? null);
      return { ok: true as const };
    },
  });
  defineRoute(app, {
    method: 'GET', url: '/api/roles', tag, summary: 'Các vai trò', response: rolesResponse,
    handler: async () => ({ items: ROLES.map((id) => ({ id, label: ROLE_LABELS[id] })) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/users', tag, summary: 'Tài khoản trong phạm vi của người dùng', query: listUsersQuery, response: listUsersResponse,
    handler: async ({ req, query }) => ({ items: await listUsers(deps.ctx(req), query) }),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/users/:id', tag, summary: 'Chi tiết tài khoản', params: idParams, response: userDetail,
    handler: ({ req, params }) => getUser(deps.ctx(req), params.id),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/users', tag, summary: 'Tạo tài khoản', body: createUserBody, response: userDetail,
    handler: ({ req, body }) => createUser(deps.ctx(req), body),
  });
  defineRoute(app, {
    method: 'PATCH', url: '/api/users/:id', tag, summary: 'Sửa tài khoản (khóa lạc quan theo version)', params: idParams, body: updateUserBody, response: userDetail,
    handler: ({ req, params, body }) => updateUser(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'POST', url: '/api/users/:id/reset-password', tag, summary: 'Đặt lại mật khẩu', params: idParams, body: resetPasswordBody, response: okResponse,
    handler: async ({ req, params, body }) => {
      await resetPassword(deps.ctx(req), params.id, body.newPassword);
      return { ok: true as const };
    },
  });
  defineRoute(app, {
    method: 'POST', url: '/api/users/:id/assignments', tag, summary: 'Giao vai trò theo đơn vị (và cụm/khối) trong một thời gian', params: idParams, body: addAssignmentBody, response: userDetail,
    handler: ({ req, params, body }) => addAssignment(deps.ctx(req), params.id, body),
  });
  defineRoute(app, {
    method: 'DELETE', url: '/api/users/:id/assignments/:assignmentId', tag, summary: 'Thu hồi vai trò', params: assignmentParams, response: userDetail,
    handler: ({ req, params }) => removeAssignment(deps.ctx(req), params.id, params.assignmentId),
  });
}
