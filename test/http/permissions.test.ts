import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import { BACKENDS, openTestDb, snapshot } from '../support/databases';
import { seedDemoRegion, unitByName, unitId } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

const vietnamese = /[àáảãạăâđêôơưếềệốồộớờợứừựịíìọóòụúùỳýửởẩẫẽẻ]/i;

describe.each(BACKENDS)('permission matrix over HTTP on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let ngaBay: Session;
  let canTho: Session;
  let leader: Session;
  let ids: Record<'ngaBayWard' | 'daiThanhWard' | 'haNoi' | 'daiThanhSchool' | 'daiThanhOfficer' | 'ngaBayOfficer' | 'fiveCities', string>;

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    app = await testApp(database);
    [ngaBay, canTho, leader] = await Promise.all([loginAs(app, 'canbo.ngabay'), loginAs(app, 'chuyenvien.cantho'), loginAs(app, 'lanhdao.cantho')]);
    const user = async (u: string) => (await database.db.selectFrom('app_user').select('id').where('username', '=', u).executeTakeFirstOrThrow()).id;
    ids = {
      ngaBayWard: await unitId(database, '2025', '31340'),
      daiThanhWard: await unitId(database, '2025', '31411'),
      haNoi: await unitId(database, '2025', '01'),
      daiThanhSchool: await unitByName(database, 'Trường Tiểu học Đại Thành'),
      daiThanhOfficer: await user('canbo.daithanh'),
      ngaBayOfficer: await user('canbo.ngabay'),
      fiveCities: (await database.db.selectFrom('org_group').select('id').where('year', '=', 2024).executeTakeFirstOrThrow()).id,
    };
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** A refused request answers with the expected status and a Vietnamese message, and changes nothing. */
  async function refused(call: () => Promise<{ statusCode: number; json(): unknown }>, statuses: number[]) {
    const before = await snapshot(database);
    const res = await call();
    expect(statuses).toContain(res.statusCode);
    const body = res.json() as { error: { code: string; message: string } };
    expect(body.error.message).toMatch(vietnamese);
    expect(await snapshot(database)).toEqual(before);
    return body.error;
  }

  it("hides another commune's account from a commune officer (404) and lists only its own", async () => {
    await refused(() => ngaBay.get(`/api/users/${ids.daiThanhOfficer}`), [404]);
    const own = await ngaBay.get(`/api/users/${ids.ngaBayOfficer}`);
    expect(own.statusCode).toBe(200);
    const list = (await ngaBay.get('/api/users')).json() as { items: { username: string }[] };
    expect(list.items.map((u) => u.username)).toEqual(['canbo.ngabay']);
  });

  it("refuses a commune officer's writes in another commune (403) and allows them in its own", async () => {
    const body = (parentId: string) => ({ kind: 'agency', unitType: 'Trường học', name: 'Trường Mầm non Thử', parentId });
    await refused(() => ngaBay.send('POST', '/api/org/units', body(ids.daiThanhWard)), [403]);
    const detail = (await ngaBay.get(`/api/org/units/${ids.daiThanhSchool}`)).json() as { version: number };
    await refused(() => ngaBay.send('PATCH', `/api/org/units/${ids.daiThanhSchool}`, { version: detail.version, name: 'Đổi tên trái phép' }), [403]);
    const ok = await ngaBay.send('POST', '/api/org/units', body(ids.ngaBayWard));
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as { path: { name: string }[] }).path.map((p) => p.name)).toContain('Phường Ngã Bảy');
  });

  it('keeps officers out of accounts management, administrative units and the audit log', async () => {
    await refused(() => ngaBay.send('POST', '/api/users', { username: 'moi.nguoi', fullName: 'Người Mới', homeUnitId: ids.ngaBayWard, password: 'MatKhau@12345' }), [403]);
    await refused(() => ngaBay.send('POST', '/api/org/units', { kind: 'commune', unitType: 'Xã', name: 'Xã Thử', code: '99999', treeVersion: '2025', parentId: ids.ngaBayWard }), [403]);
    await refused(() => ngaBay.get('/api/audit'), [403]);
    await refused(() => leader.send('POST', '/api/org/units', { kind: 'agency', unitType: 'Sở', name: 'Sở Thử', parentId: ids.ngaBayWard }), [403]);
  });

  it('lets a city specialist manage accounts inside the city only, and never grant administrator', async () => {
    const create = (homeUnitId: string, username: string) =>
      canTho.send('POST', '/api/users', { username, fullName: 'Nguyễn Văn Thử', homeUnitId, password: 'MatKhau@12345' });
    await refused(() => create(ids.haNoi, 'ngoai.pham.vi'), [403]);
    const ok = await create(ids.daiThanhWard, 'canbo.moi');
    expect(ok.statusCode).toBe(200);
    const newId = (ok.json() as { id: string; mustChangePassword: boolean }).id;
    expect((ok.json() as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
    await refused(() => canTho.send('POST', `/api/users/${newId}/assignments`, { role: 'admin', orgUnitId: ids.daiThanhWard }), [403]);
    await refused(() => canTho.send('POST', `/api/users/${newId}/assignments`, { role: 'unit_officer', orgUnitId: ids.haNoi }), [403]);
    const granted = await canTho.send('POST', `/api/users/${newId}/assignments`, { role: 'unit_officer', orgUnitId: ids.daiThanhWard, validFrom: '2026-01-01' });
    expect(granted.statusCode).toBe(200);
    const audit = (await canTho.get(`/api/audit?entityId=${newId}`)).json() as { items: { action: string; ip: string | null; userAgent: string | null }[] };
    expect(audit.items.map((a) => a.action)).toContain('user.create');
  });

  it("refuses changes to a cluster managed by another body", async () => {
    await refused(() => canTho.send('POST', `/api/groups/${ids.fiveCities}/members`, { unitId: ids.haNoi, role: 'thanh_vien' }), [403]);
    const group = (await canTho.get(`/api/groups/${ids.fiveCities}`)).json() as { members: { role: string; unit: { name: string } }[] };
    expect(group.members.find((m) => m.role === 'truong')?.unit.name).toBe('Thành phố Cần Thơ');
    expect(group.members).toHaveLength(5);
  });

  it('counts on the overview only the accounts the viewer may see', async () => {
    const count = async (s: Session) => ((await s.get('/api/stats/overview?asOf=2026-01-01')).json() as { users: number; communes: number }).users;
    expect(await count(ngaBay)).toBe(1);
    expect(await count(canTho)).toBeGreaterThanOrEqual(5);
    const council = await loginAs(app, 'hoidong.cantho', undefined, '10.0.0.9');
    expect(await count(council)).toBe(0);
  });

  it('requires a session and the CSRF token', async () => {
    const anon = await app.inject({ method: 'GET', url: '/api/users' });
    expect(anon.statusCode).toBe(401);
    expect((anon.json() as { error: { message: string } }).error.message).toMatch(vietnamese);
    const e = await refused(() => ngaBay.send('POST', '/api/org/units', { kind: 'agency', unitType: 'Sở', name: 'Sở Thử CSRF', parentId: ids.ngaBayWard }, { csrf: null }), [403]);
    expect(e.code).toBe('CSRF');
  });
});
