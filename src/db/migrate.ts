import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './connect';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

/** Applies plain-SQL migrations in file-name order, each in its own transaction; returns the names applied. */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await database.execScript(
    'create table if not exists schema_migration (name text primary key, applied_at timestamptz not null default now())',
  );
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const done = new Set((await database.db.selectFrom('schema_migration').select('name').execute()).map((r) => r.name));
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const script = await readFile(path.join(dir, file), 'utf8');
    const record = `insert into schema_migration (name) values ('${file.replace(/'/g, "''")}');`;
    await database.execScript(`${script}\n;${record}`).catch((err: unknown) => {
      throw new Error(`Không áp dụng được bản cập nhật cấu trúc ${file}: ${(err as Error).message}`);
    });
    applied.push(file);
  }
  return applied;
}
