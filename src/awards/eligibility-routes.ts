import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RouteDeps } from '../http/app-deps';
import { defineRoute } from '../http/route-kit';
import { catalogueQuery, catalogueResponse, eligibilityBody, eligibilityResponse, type EligibilityBody } from '../shared/api/awards-eligibility';
import { resolveCatalogue, type CatalogueOverrides, type OverridesInput } from './domain/catalogue';
import { checkEligibilityBatch, type EligibilityResult } from './domain/eligibility';

const tag = 'Khen thưởng: danh mục và điều kiện';
/** 10,000 cases with multi-year histories run to about 15 MB of JSON. */
const ELIGIBILITY_BODY_LIMIT = 24 * 1024 * 1024;

export interface EligibilityRouteOptions {
  /** The province's settings for the requesting user (from the database, once that exists). */
  overrides?: (req: FastifyRequest) => OverridesInput | undefined | Promise<OverridesInput | undefined>;
}

const asList = (o: OverridesInput | undefined): CatalogueOverrides[] => (o === undefined ? [] : Array.isArray(o) ? [...o] : [o as CatalogueOverrides]);

/**
 * The answer to a request body: the province's settings first, then any settings sent with the
 * request (a "what if" preview), which therefore win where both speak.
 */
export function evaluateEligibility(body: EligibilityBody, province?: OverridesInput): EligibilityResult[] {
  const sets = [...asList(province), ...asList(body.overrides as OverridesInput | undefined)];
  return checkEligibilityBatch(body.cases, sets.length ? { overrides: sets } : {});
}

/** Eligibility checks and the dated catalogue: any signed-in user; nothing is stored. */
export function eligibilityRoutes(app: FastifyInstance, deps: RouteDeps, options: EligibilityRouteOptions = {}): void {
  app.addHook('onRoute', (route) => {
    if (route.url === '/api/awards/eligibility') route.bodyLimit = ELIGIBILITY_BODY_LIMIT;
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/awards/eligibility',
    tag,
    summary: 'Kiểm tra điều kiện khen thưởng: một hồ sơ hoặc { cases: [...] } (tối đa 10.000), trả lời đủ hay chưa đủ điều kiện kèm lý do dẫn điều luật',
    body: eligibilityBody,
    response: eligibilityResponse,
    handler: async ({ body, req }) => ({ results: evaluateEligibility(body, await options.overrides?.(req)) }),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/awards/catalogue',
    tag,
    summary: 'Danh mục danh hiệu thi đua, hình thức khen thưởng áp dụng tại một ngày (mặc định hôm nay), kèm thiết lập địa phương',
    query: catalogueQuery,
    response: catalogueResponse,
    handler: async ({ query, req }) => resolveCatalogue(query.date ?? deps.today(), await options.overrides?.(req)),
  });
}
