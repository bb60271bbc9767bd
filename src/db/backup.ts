import { gunzipSync, gzipSync } from 'node:zlib';
import { readFile, writeFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Database } from './connect';
import { AppError } from '../shared/errors';
import { backupTables, parentFirst } from './backup-tables';


interface BackupFile {
  format: 'thidua-backup';
  formatVersion: 1;
  createdAt: string;
  migrations: string[];
  tables: Record<string, unknown[]>;
}

/**
 * A logical backup (gzip JSON) that restores on either backend, so data moves
 * between the embedded database and a PostgreSQL server the same way.
 */
export async function backup(database: Database, file: string): Promise<Record<string, number>> {
  const { db } = database;
  const migrations = (await db.selectFrom('schema_migration').select('name').orderBy('name').execute()).map((r) => r.name);
  const tables: Record<string, unknown[]> = {};
  const order = await backupTables(db);
  await db.transaction().execute(async (tx) => {
    // One snapshot for every table.
    await sql`set transaction isolation level repeatable read`.execute(tx);
    for (const t of order) tables[t.name] = (await sql<{ r: unknown }>`select row_to_json(x) as r from ${sql.table(t.name)} x`.execute(tx)).rows.map((r) => r.r);
  });
  const body: BackupFile = { format: 'thidua-backup', formatVersion: 1, createdAt: new Date().toISOString(), migrations, tables };
  await writeFile(file, gzipSync(JSON.stringify(body)));
  return Object.fromEntries(order.map((t) => [t.name, tables[t.name]!.length]));
}

/** Replaces all data with the backup's in one transaction: on any error nothing changes. */
export async function restore(database: Database, file: string): Promise<Record<string, number>> {
  let body: BackupFile;
  try {
    body = JSON.parse(gunzipSync(await readFile(file)).toString('utf8')) as BackupFile;
  } catch (err) {
    throw new AppError('VALIDATION', `Tệp sao lưu không đọc được hoặc bị hỏng: ${(err as Error).message}`);
  }
  if (body.format !== 'thidua-backup') throw new AppError('VALIDATION', 'Tệp này không phải bản sao lưu của thidua.');
  const { db } = database;
  const migrations = (await db.selectFrom('schema_migration').select('name').orderBy('name').execute()).map((r) => r.name);
  const missing = body.migrations.filter((m) => !migrations.includes(m));
  if (missing.length) throw new AppError('VALIDATION', `Bản sao lưu được tạo bởi phiên bản mới hơn (thiếu cấu trúc: ${missing.join(', ')}). Hãy cập nhật phần mềm trước.`);
  const order = await backupTables(db);
  const unknown = Object.keys(body.tables).filter((t) => !order.some((o) => o.name === t));
  if (unknown.length) throw new AppError('VALIDATION', `Bản sao lưu có bảng dữ liệu không có trong phiên bản này (${unknown.join(', ')}).`);
  await db.transaction().execute(async (tx) => {
    await sql`truncate ${sql.raw(['user_session', ...order.map((t) => t.name)].join(', '))} restart identity cascade`.execute(tx);
    // The rows come back as they were, guards included (an issued decision's list, cast ballots): the
    // guards would refuse re-inserting them. Disabled inside this transaction only; the truncate above
    // has already fired the tree-change counter, so cached trees are dropped.
    const guarded = order.filter((t) => t.hasUserTriggers);
    for (const t of guarded) await sql`alter table ${sql.table(t.name)} disable trigger user`.execute(tx);
    for (const t of order) {
      const rows = parentFirst((body.tables[t.name] ?? []) as Record<string, unknown>[], t.selfRefs);
      const overriding = t.alwaysIdentity.length ? sql`overriding system value` : sql``;
      for (let i = 0; i < rows.length; i += 2000) {
        const chunk = JSON.stringify(rows.slice(i, i + 2000));
        await sql`insert into ${sql.table(t.name)} ${overriding} select * from json_populate_recordset(null::${sql.table(t.name)}, ${chunk}::json)`.execute(tx);
      }
      for (const col of t.sequenced) {
        await sql`select setval(pg_get_serial_sequence(${t.name}, ${col}), greatest(1, (select coalesce(max(${sql.ref(col)}), 0) from ${sql.table(t.name)})))`.execute(tx);
      }
    }
    for (const t of guarded) await sql`alter table ${sql.table(t.name)} enable trigger user`.execute(tx);
  });
  return Object.fromEntries(order.map((t) => [t.name, (body.tables[t.name] ?? []).length]));
}
