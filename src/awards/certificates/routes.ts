import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../http/app-deps';

export function certificateRoutes(_app: FastifyInstance, _deps: RouteDeps): void {}
