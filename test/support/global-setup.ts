import type { TestProject } from 'vitest/node';
import { startPgServer, type PgServer } from './pg-server';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

let server: PgServer | undefined;

/** Every database test runs on PGlite and on a real PostgreSQL server (TEST_DATABASE_URL, or a throwaway one). */
export async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    server = await startPgServer();
    url = server.url;
  }
  project.provide('pgUrl', url);
}

export async function teardown() {
  await server?.stop();
}
