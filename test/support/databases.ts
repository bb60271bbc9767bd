import { backupTables } from '../../src/db/backup-tables';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { connect, type Database, type DbKind } from '../../src/db/connect';
import { migrate } from '../../src/db/migrate';
import { readDvhcDir } from '../../src/org/dvhc/import-dvhc';
import type { DvhcFiles } from '../../src/org/dvhc/dvhc-format';

export const BACKENDS: DbKind[] = ['pglite', 'postgres'];

/** A fresh, migrated database of the given kind: in-memory PGlite, or a new database on the test server. */
export async function openTestDb(kind: DbKind): Promise<Database> {
  if (kind === 'pglite') {
    const database = await connect({});
    await migrate(database);
    return database;
  }
  const adminUrl = inject('pgUrl');
  const name = `thidua_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await connect({ databaseUrl: url.toString() });
  await migrate(database);
  const close = database.close;
  database.close = async () => {
    await close();
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    await a.query(`drop database if exists ${name} with (force)`);
    await a.end();
  };
  return database;
}

let files: Promise<DvhcFiles> | undefined;
export function dvhcFiles(): Promise<DvhcFiles> {
  files ??= readDvhcDir(path.resolve(import.meta.dirname, '../../data/dvhc'));
  return files;
}

/** Row counts and a content hash of every official table, to prove that a refused request changed nothing. */
export async function snapshot(database: Database): Promise<Record<string, string>> {
  const tables = (await backupTables(database.db)).map((t) => t.name);
  const out: Record<string, string> = {};
  for (const t of tables) {
    const r = await sql<{ h: string }>`select count(*)::text || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as h from ${sql.table(t)} x`.execute(database.db);
    out[t] = r.rows[0]!.h;
  }
  return out;
}
