import type { FastifyRequest } from 'fastify';
import type { Ctx } from '../app/context';
import type { Database } from '../db/connect';

/** What route modules receive: the database and a way to build a use-case context from a request. */
export interface RouteDeps {
  database: Database;
  ctx: (req: FastifyRequest) => Ctx;
  today: () => string;
  version: string;
}
