import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import { backup, restore } from '../../src/db/backup';
import { AppError } from '../../src/shared/errors';
import { openTestDb, snapshot } from '../support/databases';
import { seedDemoRegion } from '../support/fixtures';

describe('backup and restore move all data between PGlite and PostgreSQL', () => {
  let source: Database;
  let target: Database;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-backup-'));

  beforeAll(async () => {
    [source, target] = await Promise.all([openTestDb('pglite'), openTestDb('postgres')]);
    await seedDemoRegion(source, { reports: true, awards: true });
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('restores an identical copy, twice in a row, and keeps audit ids growing', async () => {
    const file = path.join(dir, 'sao-luu.json.gz');
    const counts = await backup(source, file);
    expect(counts.org_unit).toBeGreaterThan(1000);
    await restore(target, file);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    await restore(target, file);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    // The guards are back on after the restore: an issued decision's list cannot be edited.
    await expect(target.db.updateTable('award_decision_item').set({ full_name: 'Tên khác' }).execute()).rejects.toThrow(/không được sửa/);
    const maxId = Number((await target.db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('m')).executeTakeFirstOrThrow()).m);
    const next = await target.db.insertInto('audit_log').values({ action: 'test', entity: 'test', entity_id: null, org_unit_id: null, before: null, after: null, actor_id: null, actor_name: 'test', ip: null, user_agent: null }).returning('id').executeTakeFirstOrThrow();
    expect(Number(next.id)).toBeGreaterThan(maxId);
  });

  it('refuses a broken file with a Vietnamese error and keeps the data as it was', async () => {
    const before = await snapshot(target);
    const broken = path.join(dir, 'hong.json.gz');
    writeFileSync(broken, 'không phải gzip');
    await expect(restore(target, broken)).rejects.toThrow(AppError);
    await expect(restore(target, broken)).rejects.toThrow(/bị hỏng/);
    expect(await snapshot(target)).toEqual(before);
  });

  it('rolls back a restore that fails half-way (a row breaking a reference)', async () => {
    const before = await snapshot(target);
    const migrations = (await target.db.selectFrom('schema_migration').select('name').execute()).map((r) => r.name);
    const bad = path.join(dir, 'nua-chung.json.gz');
    const units = [{ id: '00000000-0000-4000-8000-000000000001', kind: 'national', unit_type: 'Quốc gia', name: 'Cả nước', version: 1 }];
    const links = [{ id: '00000000-0000-4000-8000-000000000002', child_id: '00000000-0000-4000-8000-000000000009', parent_id: units[0]!.id }];
    writeFileSync(bad, gzipSync(JSON.stringify({ format: 'thidua-backup', formatVersion: 1, migrations, tables: { org_unit: units, org_parent: links } })));
    await expect(restore(target, bad)).rejects.toThrow();
    expect(await snapshot(target)).toEqual(before);
  });
});
