import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { authorize, scopeRoots } from '../access/authorize';
import { auditQuery, auditResponse, overviewResponse } from '../shared/api/audit';
import { asOfQuery } from '../shared/api/org';
import { listAudit } from './list-audit';
import { subtreeIdsOn, validOn } from '../org/org-queries';

export function auditRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/audit', tag: 'Nhật ký thay đổi', summary: 'Nhật ký thay đổi trong phạm vi của người dùng',
    query: auditQuery, response: auditResponse,
    handler: ({ req, query }) => listAudit(deps.ctx(req), query),
  });
  defineRoute(app, {
    method: 'GET', url: '/api/stats/overview', tag: 'Tổng quan', summary: 'Số liệu tổng quan vào một ngày',
    query: asOfQuery, response: overviewResponse,
    handler: async ({ req, query }) => {
      const ctx = deps.ctx(req);
      await authorize(ctx, 'org.read', { unitId: null, mode: 'read' });
      const d = query.asOf ?? ctx.today;
      const counts = await sql<{ kind: string; n: string }>`
        select kind, count(*) as n from org_unit u
        where ${validOn('u', d)}
        group by kind`.execute(ctx.db);
      const by = (k: string) => Number(counts.rows.find((r) => r.kind === k)?.n ?? 0);
      const year = Number(d.slice(0, 4));
      const groups = await ctx.db.selectFrom('org_group').select(sql<string>`count(*)`.as('n')).where('year', '=', year).executeTakeFirstOrThrow();
      // Accounts are counted only where the actor may see them, like the account list.
      const scope = await subtreeIdsOn(ctx.db, scopeRoots(ctx, 'account.read'), ctx.today);
      const users = scope.length
        ? await ctx.db.selectFrom('app_user').select(sql<string>`count(*)`.as('n')).where('active', '=', true).where('home_unit_id', 'in', scope).executeTakeFirstOrThrow()
        : { n: '0' };
      return { asOf: d, provinces: by('province'), communes: by('commune'), agencies: by('agency'), groups: Number(groups.n), users: Number(users.n) };
    },
  });
}
