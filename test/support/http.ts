import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../src/db/connect';
import { buildApp } from '../../src/http/server';
import { DEMO_PASSWORD } from '../../src/demo/seed-demo';
import { TODAY } from './fixtures';

export function testApp(database: Database): Promise<FastifyInstance> {
  return buildApp({ database, version: 'test', today: () => TODAY });
}

export interface Session {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  send(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, opts?: { csrf?: string | null }): Promise<LightMyRequestResponse>;
}

export async function loginAs(app: FastifyInstance, username: string, password = DEMO_PASSWORD, ip = '10.0.0.1'): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0]! : String(setCookie);
  const cookie = raw.split(';')[0]!;
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrf,
    get: (url) => app.inject({ method: 'GET', url, headers: { cookie } }),
    send: (method, url, body, opts = {}) => {
      const token = opts.csrf === undefined ? csrf : opts.csrf;
      return app.inject({ method, url, headers: { cookie, ...(token ? { 'x-csrf-token': token } : {}) }, ...(body === undefined ? {} : { payload: body as object }) });
    },
  };
}
