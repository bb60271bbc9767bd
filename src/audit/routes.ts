import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { authorize } from '../access/authorize';
import { auditQuery, auditResponse, overviewResponse } from '../shared/api/audit';
import { asOfQuery } from '../shared/api/org';
import { listAudit } from './list-audit';

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
        select kind, count(*) as n from org_unit
        where (valid_from is null or valid_from <= ${d}::date) and (valid_to is null or valid_to >= ${d}::date)
        group by kind`.execute(ctx.db);
      const by = (k: string) => Number(counts.rows.find((r) => r.kind === k)?.n ?? 0);
      const year = Number(d.slice(0, 4));
      const groups = await ctx.db.selectFrom('org_group').select(sql<string>`count(*)`.as('n')).where('year', '=', year).executeTakeFirstOrThrow();
      const users = await ctx.db.selectFrom('app_user').select(sql<string>`count(*)`.as('n')).where('active', '=', true).executeTakeFirstOrThrow();
      return { asOf: d, provinces: by('province'), communes: by('commune'), agencies: by('agency'), groups: Number(groups.n), users: Number(users.n) };
    },
  });
}
