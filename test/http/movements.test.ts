import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { MovementDetail, MovementSummary } from '../../src/shared/api/movements';
import { BACKENDS, openTestDb, snapshot } from '../support/databases';
import { seedDemoRegion, unitId } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

type Res = { statusCode: number; json(): unknown };
const err = (r: Res) => (r.json() as { error: { code: string; message: string } }).error;

describe.each(BACKENDS)('emulation movements on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let canTho: Session;
  let ngaBayOfficer: Session;
  let daiThanhOfficer: Session;
  let canThoUnit: string;

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    app = await testApp(database);
    [canTho, ngaBayOfficer, daiThanhOfficer] = await Promise.all([
      loginAs(app, 'chuyenvien.cantho', undefined, '10.6.0.1'),
      loginAs(app, 'canbo.ngabay', undefined, '10.6.0.2'),
      loginAs(app, 'canbo.daithanh', undefined, '10.6.0.3'),
    ]);
    canThoUnit = await unitId(database, '2025', '92');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("shows the national movements and Ngã Bảy's answering movement with its plans", async () => {
    const list = (await ngaBayOfficer.get('/api/movements?q=nong%20thon%20moi')).json() as { items: MovementSummary[] };
    expect(list.items.map((m) => m.name).sort()).toEqual(['Cả nước chung sức xây dựng nông thôn mới', 'Đảng bộ, chính quyền và Nhân dân thành phố Ngã Bảy chung sức xây dựng nông thôn mới']);
    const local = list.items.find((m) => m.parent)!;
    expect(local.parent!.name).toBe('Cả nước chung sức xây dựng nông thôn mới');
    expect(local.stateLabel).toBe('Phát động');
    const detail = (await ngaBayOfficer.get(`/api/movements/${local.id}`)).json() as MovementDetail;
    expect(detail.documents.map((d) => d.citation)).toEqual([
      'Kế hoạch số 91/KH-UBND ngày 12/5/2022 của Ủy ban nhân dân thành phố Ngã Bảy',
      'Kế hoạch số 194/KH-UBND ngày 25/10/2022 của Ủy ban nhân dân thành phố Ngã Bảy',
    ]);
    expect(detail.transitions.map((t) => [t.from, t.to, t.label])).toEqual([['soan_thao', 'phat_dong', 'Phát động']]);
    expect(detail.next.map((n) => n.to).sort()).toEqual(['so_ket', 'soan_thao', 'tong_ket']);
  });

  it('drafts, refuses an early launch, launches to a cluster and notifies its members', async () => {
    const soNoiVu = (await database.db.selectFrom('org_unit').select('id').where('name', '=', 'Sở Nội vụ thành phố Cần Thơ').executeTakeFirstOrThrow()).id;
    const draft = await canTho.send('POST', '/api/movements', {
      ownerUnitId: canThoUnit, name: 'Thi đua chuyển đổi số năm 2026', kind: 'chuyen_de', periodFrom: '2026-03-01', periodTo: '2026-12-31', criteria: [], scopes: [], documentIds: [],
    });
    expect(draft.statusCode).toBe(200);
    const m = draft.json() as MovementDetail;
    const early = await canTho.send('POST', `/api/movements/${m.id}/transition`, { to: 'phat_dong', version: m.version });
    expect(early.statusCode).toBe(400);
    expect(err(early).message).toContain('chưa có tiêu chí');
    const group = await canTho.send('POST', '/api/groups', { kind: 'khoi', name: 'Khối các cơ quan thành phố', year: 2026, managingUnitId: canThoUnit });
    const groupId = (group.json() as { id: string }).id;
    await canTho.send('POST', `/api/groups/${groupId}/members`, { unitId: soNoiVu, role: 'truong' });
    const ready = (await canTho.send('PATCH', `/api/movements/${m.id}`, {
      version: m.version, name: m.name, kind: 'chuyen_de', periodFrom: '2026-03-01', periodTo: '2026-12-31',
      criteria: [{ text: 'Tỷ lệ hồ sơ xử lý trực tuyến toàn trình', mandatory: true }], scopes: [{ groupId }], documentIds: [],
    })).json() as MovementDetail;
    const launched = await canTho.send('POST', `/api/movements/${m.id}/transition`, { to: 'phat_dong', version: ready.version });
    expect(launched.statusCode).toBe(200);
    const notes = await database.db.selectFrom('notification').select(['unit_id', 'title']).where('link', '=', `/phong-trao/${m.id}`).execute();
    expect(notes).toEqual([{ unit_id: soNoiVu, title: 'Phát động phong trào thi đua: Thi đua chuyển đổi số năm 2026' }]);

    const after = launched.json() as MovementDetail;
    const before = await snapshot(database);
    const edit = await canTho.send('PATCH', `/api/movements/${m.id}`, { version: after.version, name: 'Đổi tên', kind: 'chuyen_de', periodFrom: '2026-03-01', periodTo: '2026-12-31', criteria: [], scopes: [], documentIds: [] });
    expect(edit.statusCode).toBe(409);
    const skip = await canTho.send('POST', `/api/movements/${m.id}/transition`, { to: 'ket_thuc', version: after.version });
    expect(err(skip).message).toContain('Có thể chuyển sang');
    const noReason = await canTho.send('POST', `/api/movements/${m.id}/transition`, { to: 'soan_thao', version: after.version });
    expect(noReason.statusCode).toBe(400);
    expect(await snapshot(database)).toEqual(before);
    const withdrawn = await canTho.send('POST', `/api/movements/${m.id}/transition`, { to: 'soan_thao', version: after.version, reason: 'Bổ sung tiêu chí' });
    expect((withdrawn.json() as MovementDetail).transitions.at(-1)).toMatchObject({ to: 'soan_thao', reason: 'Bổ sung tiêu chí', actorName: 'Trần Minh Khoa' });
  });

  it('keeps a unit officer to its own unit and an answering movement inside its parent period', async () => {
    const ward = await unitId(database, '2025', '31411');
    const base = { name: 'Thi đua của phường', kind: 'thuong_xuyen', periodFrom: '2026-01-01', periodTo: '2026-12-31', criteria: [], scopes: [], documentIds: [] };
    expect((await ngaBayOfficer.send('POST', '/api/movements', { ...base, ownerUnitId: ward })).statusCode).toBe(403);
    const parent = ((await daiThanhOfficer.get('/api/movements?q=vi%20nguoi%20ngheo')).json() as { items: MovementSummary[] }).items[0]!;
    const outside = await daiThanhOfficer.send('POST', '/api/movements', { ...base, ownerUnitId: ward, parentId: parent.id });
    expect(outside.statusCode).toBe(400);
    expect(err(outside).message).toContain('nằm ngoài thời gian');
    const ok = await daiThanhOfficer.send('POST', '/api/movements', { ...base, ownerUnitId: ward, parentId: parent.id, periodFrom: '2025-07-01', periodTo: '2025-12-31' });
    expect(ok.statusCode).toBe(200);
    const notes = (await daiThanhOfficer.get('/api/notifications')).json() as { items: unknown[] };
    expect(notes.items).toEqual([]);
  });
});
