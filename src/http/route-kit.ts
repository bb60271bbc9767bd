import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, type FieldIssue } from '../shared/errors';
import { errorResponse } from '../shared/api/common';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType> {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Public routes skip authentication (health, login, the OpenAPI document). */
  public?: boolean;
  rateLimit?: { max: number; timeWindow: number; hook?: 'onRequest' | 'preHandler'; keyGenerator?: (req: FastifyRequest) => string };
  handler: (input: { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B>; req: FastifyRequest; reply: FastifyReply }) => Promise<z.infer<R>>;
}

interface Documented {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  public: boolean;
}

const registries = new WeakMap<FastifyInstance, Documented[]>();

declare module 'fastify' {
  interface FastifyContextConfig {
    public?: boolean;
  }
}

/** Zod issues → Vietnamese field errors; zod's own English fallbacks are replaced. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.join('.'),
    message: /[À-ỹĐđ]/u.test(i.message) ? i.message : vietnameseIssue(i),
  }));
}

function vietnameseIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? 'Trường này là bắt buộc.' : 'Kiểu dữ liệu không hợp lệ.';
    case 'too_small':
      return 'Giá trị quá nhỏ hoặc quá ngắn.';
    case 'too_big':
      return 'Giá trị quá lớn hoặc quá dài.';
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép.';
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.join(', ')}.`;
    default:
      return 'Giá trị không hợp lệ.';
  }
}

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.infer<T> {
  if (!schema) return undefined as z.infer<T>;
  const result = schema.safeParse(value ?? (where === 'nội dung' ? {} : value));
  if (!result.success) {
    const details = toFieldIssues(result.error);
    throw new AppError('VALIDATION', `Dữ liệu gửi lên không hợp lệ (${where}): ${details.map((d) => (d.path ? `${d.path}: ` : '') + d.message).join('; ')}`, details);
  }
  return result.data;
}

export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  app: FastifyInstance,
  spec: RouteSpec<P, Q, B, R>,
): void {
  const registry = registries.get(app) ?? [];
  registries.set(app, registry);
  registry.push({ ...spec, public: spec.public ?? false });
  app.route({
    method: spec.method,
    url: spec.url,
    config: { public: spec.public ?? false, ...(spec.rateLimit ? { rateLimit: spec.rateLimit } : {}) },
    handler: async (req, reply) => {
      const params = parse(spec.params, req.params, 'tham số đường dẫn');
      const query = parse(spec.query, req.query, 'tham số truy vấn');
      const body = parse(spec.body, req.body, 'nội dung');
      const result = await spec.handler({ params, query, body, req, reply });
      return reply.send(result);
    },
  });
}

const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z]+)/g, '{$1}');

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
}

export function openApiDocument(app: FastifyInstance, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of registries.get(app) ?? []) {
    const parameters: unknown[] = [];
    for (const [where, schema] of [['path', r.params], ['query', r.query]] as const) {
      if (!schema) continue;
      const js = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(js.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: s });
      }
    }
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      parameters,
      responses: {
        '200': { description: 'Thành công', content: { 'application/json': { schema: jsonSchema(r.response, 'output') } } },
        default: { description: 'Lỗi (thông báo tiếng Việt, mã ổn định)', content: { 'application/json': { schema: jsonSchema(errorResponse, 'output') } } },
      },
      ...(r.public ? { security: [] } : {}),
    };
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } };
    (paths[toOpenApiPath(r.url)] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'thidua API', version, description: 'API của hệ thống quản lý thi đua, khen thưởng. Các thao tác ghi cần cookie phiên và tiêu đề x-csrf-token.' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'thidua_sid' },
        csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
      },
    },
    security: [{ session: [], csrf: [] }],
    paths,
  };
}

