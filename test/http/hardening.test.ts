import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import { BACKENDS, openTestDb, snapshot } from '../support/databases';
import { seedDemoRegion, unitByName, unitId } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

type Res = { statusCode: number; json(): unknown };
const code = (r: Res) => (r.json() as { error?: { code: string } }).error?.code;

describe.each(BACKENDS)('scope cannot be widened through groups, accounts or dates on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: Session;
  let canTho: Session;
  let root: string;
  let canThoUnit: string;

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    app = await testApp(database);
    [admin, canTho] = await Promise.all([loginAs(app, 'admin', undefined, '10.7.0.1'), loginAs(app, 'chuyenvien.cantho', undefined, '10.7.0.2')]);
    root = (await database.db.selectFrom('org_unit').select('id').where('kind', '=', 'national').executeTakeFirstOrThrow()).id;
    canThoUnit = await unitId(database, '2025', '92');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  async function unchanged(call: () => Promise<Res>, status: number): Promise<Res> {
    const before = await snapshot(database);
    const res = await call();
    expect(res.statusCode).toBe(status);
    expect(await snapshot(database)).toEqual(before);
    return res;
  }

  it('a city specialist cannot list units outside the city in its own cluster, nor take roles in clusters it does not run', async () => {
    const own = await canTho.send('POST', '/api/groups', { kind: 'khoi', name: 'Khối các sở, ngành thành phố', year: 2026, managingUnitId: canThoUnit });
    expect(own.statusCode).toBe(200);
    const groupId = (own.json() as { id: string }).id;
    await unchanged(() => canTho.send('POST', `/api/groups/${groupId}/members`, { unitId: root, role: 'thanh_vien' }), 403);
    const haNoi = await unitId(database, '2025', '01');
    await unchanged(() => canTho.send('POST', `/api/groups/${groupId}/members`, { unitId: haNoi, role: 'thanh_vien' }), 403);
    const soNoiVu = await unitByName(database, 'Sở Nội vụ thành phố Cần Thơ');
    expect((await canTho.send('POST', `/api/groups/${groupId}/members`, { unitId: soNoiVu, role: 'truong' })).statusCode).toBe(200);
    const me = (await database.db.selectFrom('app_user').select('id').where('username', '=', 'chuyenvien.cantho').executeTakeFirstOrThrow()).id;
    const fiveCities = (await database.db.selectFrom('org_group').select('id').where('year', '=', 2024).executeTakeFirstOrThrow()).id;
    await unchanged(() => canTho.send('POST', `/api/users/${me}/assignments`, { role: 'board_specialist', orgUnitId: canThoUnit, groupId: fiveCities }), 403);
  });

  it('a city specialist cannot reset or lock an account that holds roles beyond the city', async () => {
    const created = await admin.send('POST', '/api/users', { username: 'quantri.cantho', fullName: 'Quản trị đặt tại Cần Thơ', homeUnitId: canThoUnit, password: 'TamThoi@2026x' });
    const id = (created.json() as { id: string }).id;
    expect((await admin.send('POST', `/api/users/${id}/assignments`, { role: 'admin', orgUnitId: root })).statusCode).toBe(200);
    await unchanged(() => canTho.send('POST', `/api/users/${id}/reset-password`, { newPassword: 'ChiemQuyen@2026' }), 403);
    const v = ((await canTho.get(`/api/users/${id}`)).json() as { version: number }).version;
    await unchanged(() => canTho.send('PATCH', `/api/users/${id}`, { version: v, active: false }), 403);
  });

  it('an agency cannot take a code of the official lists', async () => {
    const res = await unchanged(() => canTho.send('POST', '/api/org/units', { kind: 'agency', unitType: 'Sở', name: 'Sở Giả Mã', parentId: canThoUnit, treeVersion: '2025', code: '08' }), 400);
    expect(code(res)).toBe('VALIDATION');
  });

  it('a parent link can be ended earlier but never stretched, and a unit cannot outlive its links', async () => {
    const school = await unitByName(database, 'Trường Tiểu học Đại Thành');
    const detail = (await admin.get(`/api/org/units/${school}`)).json() as { version: number; parents: { linkId: string }[] };
    const soNoiVu = (await admin.get(`/api/org/units/${await unitByName(database, 'Sở Nội vụ thành phố Cần Thơ')}`)).json() as { parents: { linkId: string; validTo: string | null }[] };
    const oldLink = soNoiVu.parents.find((p) => p.validTo === '2025-06-30')!;
    await unchanged(() => admin.send('PATCH', `/api/org/parent-links/${oldLink.linkId}`, { validTo: '2030-12-31' }), 400);
    await unchanged(() => admin.send('PATCH', `/api/org/units/${school}`, { version: detail.version, validFrom: '2026-01-01', validTo: '2026-02-01' }), 400);
    expect((await admin.send('PATCH', `/api/org/parent-links/${detail.parents[0]!.linkId}`, { validTo: '2026-06-30' })).statusCode).toBe(200);
    // Left without a parent, the school is still within the administrator's (national) scope.
    const ngaBay = await unitId(database, '2025', '31340');
    const moved = await admin.send('POST', `/api/org/units/${school}/parents`, { parentId: ngaBay, validFrom: '2026-07-01' });
    expect(moved.statusCode).toBe(200);
    expect((moved.json() as { path: { name: string }[] }).path.map((p) => p.name)).toContain('Phường Ngã Bảy');
  });

  it('a temporary password must be changed before anything else', async () => {
    const created = await admin.send('POST', '/api/users', { username: 'nguoi.moi', fullName: 'Người Mới', homeUnitId: canThoUnit, password: 'TamThoi@2026x' });
    await admin.send('POST', `/api/users/${(created.json() as { id: string }).id}/assignments`, { role: 'leader', orgUnitId: canThoUnit });
    const fresh = await loginAs(app, 'nguoi.moi', 'TamThoi@2026x', '10.7.0.3');
    expect(((await fresh.get('/api/auth/me')).json() as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(true);
    const blocked = await fresh.get('/api/org/units/root');
    expect(blocked.statusCode).toBe(403);
    expect(code(blocked)).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await fresh.send('POST', '/api/auth/change-password', { currentPassword: 'TamThoi@2026x', newPassword: 'CuaToi@2026xyz' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await fresh.get('/api/org/units/root')).statusCode).toBe(200);
  });

  it('rejects year 0000 and non-numbers with Vietnamese messages instead of failing', async () => {
    const bad = await admin.get(`/api/org/units/${root}/children?asOf=0000-01-01`);
    expect(bad.statusCode).toBe(400);
    const limit = await admin.get('/api/org/search?q=dai&limit=abc');
    expect(limit.statusCode).toBe(400);
    expect((limit.json() as { error: { details: { message: string }[] } }).error.details[0]!.message).not.toBe('Trường này là bắt buộc.');
    const empty = await admin.get('/api/org/search?q=%20');
    expect((empty.json() as { error: { details: { message: string }[] } }).error.details[0]!.message).toBe('Nhập từ khóa tìm kiếm.');
  });
});
