import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import { BACKENDS, openTestDb, snapshot } from '../support/databases';
import { seedDemoRegion, unitByName } from '../support/fixtures';
import { loginAs, testApp } from '../support/http';

describe.each(BACKENDS)('authentication, API errors and entry points on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    app = await testApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers health and the OpenAPI document without a session', async () => {
    const health = (await app.inject({ method: 'GET', url: '/api/health' })).json() as { status: string; db: string };
    expect(health).toMatchObject({ status: 'ok', db: kind });
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/org/units/{id}/children']?.get).toBeDefined();
    expect(doc.paths['/api/users']?.post?.requestBody).toBeDefined();
  });

  it('stores only an argon2id hash and sets an httpOnly session cookie', async () => {
    const row = await database.db.selectFrom('app_user').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'ThiDua@2026' }, remoteAddress: '10.1.0.1' });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('gives one Vietnamese answer for a wrong password or an unknown user, then rate-limits', async () => {
    const attempt = (username: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'sai-mat-khau' }, remoteAddress: '10.9.9.9' });
    const wrong = await attempt('canbo.ngabay');
    const unknown = await attempt('khong.ton.tai');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect((wrong.json() as { error: { message: string } }).error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    let last = wrong;
    for (let i = 0; i < 10; i++) last = await attempt('canbo.ngabay');
    expect(last.statusCode).toBe(429);
    expect((last.json() as { error: { code: string; message: string } }).error).toMatchObject({ code: 'RATE_LIMITED' });
    expect((last.json() as { error: { message: string } }).error.message).toContain('thử lại');
    // The limit is per address and account: another person at the same address can still sign in.
    const other = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'ThiDua@2026' }, remoteAddress: '10.9.9.9' });
    expect(other.statusCode).toBe(200);
  });

  it('changes a password: the old one stops working, other sessions end', async () => {
    const first = await loginAs(app, 'lanhdao.cantho', 'ThiDua@2026', '10.2.0.1');
    const second = await loginAs(app, 'lanhdao.cantho', 'ThiDua@2026', '10.2.0.2');
    const bad = await first.send('POST', '/api/auth/change-password', { currentPassword: 'khong-dung', newPassword: 'MatKhauMoi@2026' });
    expect(bad.statusCode).toBe(400);
    const short = await first.send('POST', '/api/auth/change-password', { currentPassword: 'ThiDua@2026', newPassword: 'ngan' });
    expect((short.json() as { error: { details: { path: string }[] } }).error.details[0]!.path).toBe('newPassword');
    const ok = await first.send('POST', '/api/auth/change-password', { currentPassword: 'ThiDua@2026', newPassword: 'MatKhauMoi@2026' });
    expect(ok.statusCode).toBe(200);
    expect((await first.get('/api/auth/me')).statusCode).toBe(200);
    expect((await second.get('/api/auth/me')).statusCode).toBe(401);
    await expect(loginAs(app, 'lanhdao.cantho', 'ThiDua@2026', '10.2.0.3')).rejects.toThrow();
    await loginAs(app, 'lanhdao.cantho', 'MatKhauMoi@2026', '10.2.0.4');
  });

  it('reports invalid input field by field in Vietnamese and writes nothing', async () => {
    const admin = await loginAs(app, 'admin', 'ThiDua@2026', '10.3.0.1');
    const before = await snapshot(database);
    const res = await admin.send('POST', '/api/org/units', { kind: 'agency', unitType: '', name: '   ', parentId: 'khong-phai-uuid', validFrom: '2024-02-30' });
    expect(res.statusCode).toBe(400);
    const err = (res.json() as { error: { code: string; details: { path: string; message: string }[] } }).error;
    expect(err.code).toBe('VALIDATION');
    expect(err.details.map((d) => d.path).sort()).toEqual(['name', 'parentId', 'unitType', 'validFrom']);
    expect(err.details.find((d) => d.path === 'validFrom')!.message).toContain('Ngày không hợp lệ');
    const reversed = await admin.send('POST', '/api/org/units', { kind: 'agency', unitType: 'Sở', name: 'Sở Ngược Ngày', parentId: await unitByName(database, 'Thành phố Cần Thơ'), validFrom: '2026-05-01', validTo: '2026-01-01' });
    expect(reversed.statusCode).toBe(400);
    const badJson = await app.inject({ method: 'POST', url: '/api/org/units', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' }, payload: '{"name": ' });
    expect(badJson.statusCode).toBe(400);
    expect((badJson.json() as { error: { message: string } }).error.message).toContain('JSON');
    const huge = await admin.send('POST', '/api/org/units', { kind: 'agency', unitType: 'Sở', name: 'x'.repeat(2_000_000), parentId: await unitByName(database, 'Thành phố Cần Thơ') });
    expect(huge.statusCode).toBe(413);
    expect((huge.json() as { error: { message: string } }).error.message).toBe('Dữ liệu gửi lên quá lớn.');
    expect(await snapshot(database)).toEqual(before);
  });

  it('tells the second of two concurrent editors about the conflict over HTTP', async () => {
    const admin = await loginAs(app, 'admin', 'ThiDua@2026', '10.4.0.1');
    const specialist = await loginAs(app, 'chuyenvien.cantho', 'ThiDua@2026', '10.4.0.2');
    const id = await unitByName(database, 'Công ty Cổ phần Cấp thoát nước Cần Thơ');
    const v = ((await admin.get(`/api/org/units/${id}`)).json() as { version: number }).version;
    const [a, b] = [
      await admin.send('PATCH', `/api/org/units/${id}`, { version: v, note: 'Sửa của quản trị' }),
      await specialist.send('PATCH', `/api/org/units/${id}`, { version: v, note: 'Sửa của chuyên viên' }),
    ];
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(409);
    expect((b.json() as { error: { code: string } }).error.code).toBe('VERSION_CONFLICT');
    expect(((await admin.get(`/api/org/units/${id}`)).json() as { note: string }).note).toBe('Sửa của quản trị');
  });

  it('unknown API paths answer 401 without a session and a Vietnamese 404 with one', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/khong-co' })).statusCode).toBe(401);
    const admin = await loginAs(app, 'admin', 'ThiDua@2026', '10.5.0.1');
    const res = await admin.get('/api/khong-co');
    expect(res.statusCode).toBe(404);
    expect((res.json() as { error: { message: string } }).error.message).toBe('Không tìm thấy địa chỉ được yêu cầu.');
  });
});
