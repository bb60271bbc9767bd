import { gunzipSync, gzipSync } from 'node:zlib';
import { readFile, writeFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Database } from './connect';
import { AppError } from '../shared/errors';

/** Tables in dependency order; sessions are not backed up (they are disposable). */
const TABLES = ['org_unit', 'org_parent', 'org_lineage', 'org_group', 'org_group_member', 'app_user', 'role_assignment', 'audit_log', 'directive_document', 'movement', 'movement_criterion', 'movement_scope', 'movement_document', 'workflow_transition', 'notification', 'notification_read', 'indicator', 'indicator_set', 'indicator_set_item', 'indicator_rule', 'indicator_value', 'period_lock', 'registration', 'registration_commitment', 'registration_document'] as const;

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
  await db.transaction().execute(async (tx) => {
    // One snapshot for every table.
    await sql`set transaction isolation level repeatable read`.execute(tx);
    for (const t of TABLES) tables[t] = (await sql<{ r: unknown }>`select row_to_json(x) as r from ${sql.table(t)} x`.execute(tx)).rows.map((r) => r.r);
  });
  const body: BackupFile = { format: 'thidua-backup', formatVersion: 1, createdAt: new Date().toISOString(), migrations, tables };
  await writeFile(file, gzipSync(JSON.stringify(body)));
  return Object.fromEntries(TABLES.map((t) => [t, tables[t]!.length]));
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
  await db.transaction().execute(async (tx) => {
    await sql`truncate ${sql.raw(['user_session', ...TABLES].join(', '))} restart identity cascade`.execute(tx);
    for (const t of TABLES) {
      const rows = body.tables[t] ?? [];
      for (let i = 0; i < rows.length; i += 2000) {
        const chunk = JSON.stringify(rows.slice(i, i + 2000));
        const overriding = t === 'audit_log' || t === 'workflow_transition' ? sql`overriding system value` : sql``;
        await sql`insert into ${sql.table(t)} ${overriding} select * from json_populate_recordset(null::${sql.table(t)}, ${chunk}::json)`.execute(tx);
      }
    }
    for (const t of ['audit_log', 'workflow_transition']) {
      await sql`select setval(pg_get_serial_sequence(${t}, 'id'), greatest(1, (select coalesce(max(id), 0) from ${sql.table(t)})))`.execute(tx);
    }
  });
  return Object.fromEntries(TABLES.map((t) => [t, (body.tables[t] ?? []).length]));
}
