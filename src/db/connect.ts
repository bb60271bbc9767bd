import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';

// DATE columns stay 'YYYY-MM-DD' strings: converting to JS Date would shift them by the time zone.
pg.types.setTypeParser(1082, (v) => v);

export type DbKind = 'pglite' | 'postgres';

export interface Database {
  kind: DbKind;
  db: Kysely<DB>;
  /** Runs a multi-statement SQL script (simple query protocol) in one transaction on one connection. */
  execScript(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A postgres:// URL selects the server backend; otherwise PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; omitted means in memory. */
  dataDir?: string;
}

export async function connect(opts: ConnectOptions): Promise<Database> {
  if (opts.databaseUrl) return connectPostgres(opts.databaseUrl);
  return connectPglite(opts.dataDir);
}

async function connectPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client can be cut by the server (restart, failover); pg reports it on the pool, and
  // unhandled it would crash the process. The next query simply takes a new connection.
  pool.on('error', (err) => console.warn(`Mất kết nối tới PostgreSQL (sẽ kết nối lại): ${err.message}`));
  // Fail fast with a clear message instead of on the first request.
  const client = await pool.connect();
  client.release();
  return fromPool('postgres', pool, async () => pool.end());
}

async function connectPglite(dataDir?: string): Promise<Database> {
  const [{ PGlite }, { pg_trgm }, { unaccent }, { createPgConfig }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/node-postgres'),
  ]);
  // The same extensions must be passed every time the directory is opened.
  const lite = new PGlite(dataDir ?? 'memory://', { extensions: { pg_trgm, unaccent } });
  await lite.waitReady;
  const pool = new pg.Pool(createPgConfig(lite) as unknown as pg.PoolConfig);
  return fromPool('pglite', pool, async () => {
    await pool.end();
    await lite.close();
  });
}

function fromPool(kind: DbKind, pool: pg.Pool, close: () => Promise<void>): Database {
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind,
    db,
    async execScript(sql) {
      const client = await pool.connect();
      try {
        await client.query(`begin;\n${sql}\n;commit;`);
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy().catch(() => undefined);
      await close().catch(() => undefined);
    },
  };
}
