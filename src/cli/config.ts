import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Configuration comes from the environment (documented in the README). */
export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'pglite')),
    dvhcDir: path.resolve(env.DVHC_DIR ?? path.join(PROJECT_ROOT, 'data', 'dvhc')),
    webDir: path.join(PROJECT_ROOT, 'web', 'dist'),
    secureCookies: env.COOKIE_SECURE === '1',
    trustProxy: env.TRUST_PROXY === '1',
  };
}
