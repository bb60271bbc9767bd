import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { Ctx } from '../../src/app/context';
import { listChildren } from '../../src/org/use-cases/list-children';
import { getUnit } from '../../src/org/use-cases/get-unit';
import { searchUnits } from '../../src/org/use-cases/search-units';
import { createUnit } from '../../src/org/use-cases/create-unit';
import { updateUnit } from '../../src/org/use-cases/update-unit';
import { addParentLink } from '../../src/org/use-cases/move-unit';
import { importDvhc } from '../../src/org/dvhc/import-dvhc';
import { insertParentLink } from '../../src/org/parent-links';
import { AppError } from '../../src/shared/errors';
import { BACKENDS, dvhcFiles, openTestDb, snapshot } from '../support/databases';
import { ctxFor, seedDemoRegion, unitByName, unitId } from '../support/fixtures';

const names = (items: { name: string }[]) => items.map((i) => i.name).sort();

async function expectAppError(p: Promise<unknown>, code: string): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  expect((err as AppError).message).toMatch(/[à-ỹđ]/i);
  return err as AppError;
}

describe.each(BACKENDS)('dated org tree on %s', (kind) => {
  let database: Database;
  let admin: Ctx;

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    admin = await ctxFor(database, 'admin');
  });
  afterAll(() => database?.close());

  it('shows Ngã Bảy under Hậu Giang on 30/6/2024 and the merged wards under Cần Thơ on 1/8/2025', async () => {
    const ngaBayCity = await unitId(database, 'pre2025', '931');
    const before = await listChildren(admin, ngaBayCity, '2024-06-30');
    expect(names(before.filter((u) => u.kind === 'commune'))).toEqual(
      ['Phường Hiệp Lợi', 'Phường Hiệp Thành', 'Phường Lái Hiếu', 'Phường Ngã Bảy', 'Xã Tân Thành', 'Xã Đại Thành'].sort(),
    );
    const hauGiang = await unitId(database, 'pre2025', '93');
    expect((await listChildren(admin, hauGiang, '2024-06-30')).map((u) => u.name)).toContain('Thành phố Ngã Bảy');

    expect(await listChildren(admin, hauGiang, '2025-08-01')).toEqual([]);
    const root = (await database.db.selectFrom('org_unit').select('id').where('kind', '=', 'national').executeTakeFirstOrThrow()).id;
    const provincesAfter = await listChildren(admin, root, '2025-08-01');
    expect(provincesAfter.map((p) => p.name)).not.toContain('Tỉnh Hậu Giang');
    const canTho = provincesAfter.find((p) => p.name === 'Thành phố Cần Thơ')!;
    const wards = (await listChildren(admin, canTho.id, '2025-08-01')).map((u) => u.name);
    expect(wards).toEqual(expect.arrayContaining(['Phường Ngã Bảy', 'Phường Đại Thành']));
    expect(wards).not.toContain('Phường Hiệp Lợi');
    const provincesBefore = await listChildren(admin, root, '2024-06-30');
    expect(provincesBefore.map((p) => p.name)).toEqual(expect.arrayContaining(['Tỉnh Hậu Giang', 'Tỉnh Sóc Trăng', 'Thành phố Cần Thơ']));
  });

  it('shows on each unit what it was merged from or into', async () => {
    const daiThanhNew = await getUnit(admin, await unitId(database, '2025', '31411'), '2025-08-01');
    expect(names(daiThanhNew.mergedFrom.map((m) => m.unit))).toEqual(['Phường Hiệp Lợi', 'Xã Tân Thành', 'Xã Đại Thành'].sort());
    expect(daiThanhNew.path.map((p) => p.name)).toEqual(['Cả nước', 'Thành phố Cần Thơ']);
    const laiHieu = await getUnit(admin, await unitId(database, 'pre2025', '31341'), '2025-08-01');
    expect(laiHieu.mergedInto.map((m) => [m.unit.name, m.kind, m.isPrimary])).toEqual([['Phường Ngã Bảy', 'full', true]]);
    // An ended unit is shown where it stood on its last day.
    expect(laiHieu.path.map((p) => p.name)).toEqual(['Cả nước', 'Tỉnh Hậu Giang', 'Thành phố Ngã Bảy']);
    const hauGiang = await getUnit(admin, await unitId(database, 'pre2025', '93'), '2025-08-01');
    expect(hauGiang.mergedInto.map((m) => m.unit.name)).toEqual(['Thành phố Cần Thơ']);
  });

  it('finds units without diacritics, limited to a date when asked', async () => {
    const all = await searchUnits(admin, { q: 'dai thanh' });
    const hits = all.filter((u) => u.name.endsWith('Đại Thành') && u.path.includes('Cần Thơ') || u.path.includes('Ngã Bảy'));
    expect(all.map((u) => u.name)).toEqual(expect.arrayContaining(['Xã Đại Thành', 'Phường Đại Thành']));
    expect(hits.length).toBeGreaterThan(0);
    const after = await searchUnits(admin, { q: 'DAI THANH', asOf: '2025-08-01' });
    expect(after.map((u) => u.name)).toContain('Phường Đại Thành');
    expect(after.map((u) => u.name)).not.toContain('Xã Đại Thành');
    expect((await searchUnits(admin, { q: 'nga bay hiep' })).length).toBe(0);
    expect((await searchUnits(admin, { q: '100%_' })).length).toBe(0);
  });

  it('places an agency across the merger with dated parent links', async () => {
    const soNoiVu = await getUnit(admin, await unitByName(database, 'Sở Nội vụ thành phố Cần Thơ'), '2024-06-30');
    expect(soNoiVu.path.at(-1)?.name).toBe('Thành phố Cần Thơ');
    expect(soNoiVu.parents.map((p) => [p.validFrom, p.validTo])).toEqual([[null, '2025-06-30'], ['2025-07-01', null]]);
  });

  it('rejects a duplicate code within a tree version but allows it across versions', async () => {
    const before = await snapshot(database);
    const hauGiang = await unitId(database, 'pre2025', '93');
    await expectAppError(
      createUnit(admin, { kind: 'district', unitType: 'Huyện', name: 'Huyện Thử', code: '931', treeVersion: 'pre2025', parentId: hauGiang }),
      'DUPLICATE_CODE',
    );
    expect(await snapshot(database)).toEqual(before);
  });

  it('rejects overlapping parents and cycles, leaving nothing half-written', async () => {
    const canTho = await unitId(database, '2025', '92');
    const school = await unitByName(database, 'Trường Tiểu học Đại Thành');
    const before = await snapshot(database);
    await expectAppError(addParentLink(admin, school, { parentId: canTho, validFrom: '2026-01-01' }), 'OVERLAPPING_VALIDITY');
    const parentAgency = await unitByName(database, 'Sở Nội vụ thành phố Cần Thơ');
    const board = await unitByName(database, 'Ban Thi đua - Khen thưởng thành phố Cần Thơ');
    // The Ban sits under the Sở; putting the Sở under the Ban would close a loop.
    const err = await expectAppError(addParentLink(admin, parentAgency, { parentId: board, validFrom: '2030-01-01' }), 'OVERLAPPING_VALIDITY');
    expect(err.message).toContain('Sở Nội vụ');
    expect(await snapshot(database)).toEqual(before);
  });

  it('detects a cycle through dated links', async () => {
    const canTho = await unitId(database, '2025', '92');
    const a = await createUnit(admin, { kind: 'agency', unitType: 'Sở', name: 'Sở Thử Vòng A', parentId: canTho, validFrom: '2026-01-01' });
    const b = await createUnit(admin, { kind: 'agency', unitType: 'Ban', name: 'Ban Thử Vòng B', parentId: a.id, validFrom: '2026-01-01' });
    const linkA = a.parents[0]!.linkId;
    await database.db.updateTable('org_parent').set({ valid_to: '2026-12-31' }).where('id', '=', linkA).execute();
    const before = await snapshot(database);
    // Store level: once A has left Cần Thơ it is outside every scope, so the rule is exercised directly.
    const err = await expectAppError(
      database.db.transaction().execute((tx) => insertParentLink(tx, { childId: a.id, parentId: b.id, validFrom: '2027-01-01', validTo: null })),
      'CYCLE',
    );
    expect(err.message).toContain('vòng lặp');
    expect(await snapshot(database)).toEqual(before);
  });

  it('refuses a stale edit (optimistic locking) and audits the accepted one in the same transaction', async () => {
    const school = await getUnit(admin, await unitByName(database, 'Trường Trung học cơ sở Ngã Bảy'), '2026-01-01');
    const auditBefore = await database.db.selectFrom('audit_log').select('id').where('entity_id', '=', school.id).execute();
    const saved = await updateUnit(admin, school.id, { version: school.version, name: 'Trường THCS Ngã Bảy' });
    expect(saved.version).toBe(school.version + 1);
    await expectAppError(updateUnit(admin, school.id, { version: school.version, name: 'Tên cũ đè lên' }), 'VERSION_CONFLICT');
    expect((await getUnit(admin, school.id, '2026-01-01')).name).toBe('Trường THCS Ngã Bảy');
    const audits = await database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', school.id).orderBy('id').execute();
    expect(audits.length).toBe(auditBefore.length + 1);
    const last = audits.at(-1)!;
    expect(last.action).toBe('org.update_unit');
    expect((last.before as { name: string }).name).toBe('Trường Trung học cơ sở Ngã Bảy');
    expect((last.after as { name: string }).name).toBe('Trường THCS Ngã Bảy');
    expect(last.ip).toBe('127.0.0.1');
    expect(last.actor_name).toContain('admin');
  });

  it('re-importing the official units adds nothing', async () => {
    const r = await importDvhc(database.db, await dvhcFiles(), { provinces: ['93'] });
    expect(r.unitsAdded).toBe(0);
    expect(r.lineageAdded).toBe(0);
  });
});
