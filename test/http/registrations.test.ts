import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { RegistrationDetail, RegistrationSummary } from '../../src/shared/api/registrations';
import type { RollupResponse } from '../../src/shared/api/indicators';
import { BACKENDS, openTestDb } from '../support/databases';
import { seedDemoRegion, unitId } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

type Res = { statusCode: number; json(): unknown };
const err = (r: Res) => (r.json() as { error: { code: string; message: string } }).error;

describe.each(BACKENDS)('registrations and commitments on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let canTho: Session;
  let daiThanh: Session;
  let ngaBay: Session;
  let movementId: string;
  let indicatorId: string;
  let daiThanhWard: string;
  let canThoNew: string;

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    app = await testApp(database);
    [canTho, daiThanh, ngaBay] = await Promise.all([
      loginAs(app, 'chuyenvien.cantho', undefined, '10.8.0.1'),
      loginAs(app, 'canbo.daithanh', undefined, '10.8.0.2'),
      loginAs(app, 'canbo.ngabay', undefined, '10.8.0.3'),
    ]);
    movementId = (await database.db.selectFrom('movement').select('id').where('name', 'like', 'Cả nước chung tay vì người nghèo%').executeTakeFirstOrThrow()).id;
    indicatorId = (await database.db.selectFrom('indicator').select('id').where('code', '=', 'VNN_TIEN_MAT').executeTakeFirstOrThrow()).id;
    daiThanhWard = await unitId(database, '2025', '31411');
    canThoNew = await unitId(database, '2025', '92');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("shows the demo registrations: Ngã Bảy approved by Hậu Giang, Đại Thành waiting for Cần Thơ", async () => {
    const list = (await canTho.get('/api/registrations')).json() as { items: RegistrationSummary[] };
    expect(list.items.map((r) => [r.unit.name, r.reviewerUnit.name, r.state]).sort()).toEqual([
      ['Phường Đại Thành', 'Thành phố Cần Thơ', 'cho_duyet'],
      ['Thành phố Ngã Bảy', 'Tỉnh Hậu Giang', 'da_duyet'],
    ]);
    const mine = (await canTho.get('/api/registrations?toReview=true')).json() as { items: RegistrationSummary[] };
    expect(mine.items.map((r) => r.unit.name)).toEqual(['Phường Đại Thành']);
  });

  it('goes through chưa gửi → chờ duyệt → trả lại → chờ duyệt → đã duyệt, and approval sets the targets', async () => {
    const created = await daiThanh.send('POST', '/api/registrations', {
      movementId, unitId: daiThanhWard, year: 2025, titles: ['Tập thể lao động xuất sắc'],
      commitments: [{ text: 'Vận động quỹ Vì người nghèo', indicatorId, target: 300_000_000 }],
    });
    expect(created.statusCode).toBe(200);
    let r = created.json() as RegistrationDetail;
    expect(r).toMatchObject({ state: 'chua_gui', reviewerUnit: { name: 'Thành phố Cần Thơ' }, canEdit: true });
    expect(r.next.map((n) => n.to)).toEqual(['cho_duyet']);
    const step = async (s: Session, to: string, reason?: string) => {
      const res = await s.send('POST', `/api/registrations/${r.id}/transition`, { to, version: r.version, reason });
      if (res.statusCode === 200) r = res.json() as RegistrationDetail;
      return res;
    };
    expect((await step(daiThanh, 'cho_duyet')).statusCode).toBe(200);
    expect((await step(daiThanh, 'da_duyet')).statusCode).toBe(403); // a unit cannot approve its own
    expect((await step(canTho, 'tra_lai')).statusCode).toBe(400); // reason required
    expect((await step(canTho, 'tra_lai', 'Chỉ tiêu quỹ thấp hơn năm trước')).statusCode).toBe(200);
    expect(r).toMatchObject({ state: 'tra_lai', returnReason: 'Chỉ tiêu quỹ thấp hơn năm trước' });
    const edited = await daiThanh.send('PATCH', `/api/registrations/${r.id}`, { version: r.version, titles: ['Tập thể lao động xuất sắc'], commitments: [{ text: 'Vận động quỹ Vì người nghèo', indicatorId, target: 450_000_000 }] });
    expect(edited.statusCode).toBe(200);
    r = edited.json() as RegistrationDetail;
    expect((await step(daiThanh, 'cho_duyet')).statusCode).toBe(200);
    expect((await daiThanh.send('PATCH', `/api/registrations/${r.id}`, { version: r.version, titles: [], commitments: [] })).statusCode).toBe(409);
    expect((await step(canTho, 'da_duyet')).statusCode).toBe(200);
    expect(r.transitions.map((t) => t.label)).toEqual(['Gửi duyệt', 'Trả lại', 'Gửi lại', 'Duyệt']);
    const roll = (await canTho.get(`/api/rollup?indicatorIds=${indicatorId}&unitId=${daiThanhWard}&period=2025`)).json() as RollupResponse;
    expect(roll.rows[0]!.target).toBe(450_000_000);
  });

  it('lets the level above forward a combined registration of approved ones', async () => {
    const approved = (await canTho.get(`/api/registrations?unitId=${daiThanhWard}&year=2025&movementId=${movementId}`)).json() as { items: RegistrationSummary[] };
    const combined = await canTho.send('POST', '/api/registrations', {
      movementId, unitId: canThoNew, year: 2025, titles: ['Cờ thi đua của Chính phủ'], commitments: [], includedIds: approved.items.map((a) => a.id),
    });
    expect(combined.statusCode).toBe(200);
    const c = combined.json() as RegistrationDetail;
    expect(c.included.map((i) => i.unit.name)).toEqual(['Phường Đại Thành']);
    expect(c.reviewerUnit.name).toBe('Cả nước');
    const pending = (await canTho.get(`/api/registrations?unitId=${daiThanhWard}&state=cho_duyet`)).json() as { items: RegistrationSummary[] };
    const refused = await canTho.send('POST', '/api/registrations', { movementId, unitId: canThoNew, year: 2024, titles: [], commitments: [], includedIds: pending.items.map((p) => p.id) });
    expect(refused.statusCode).toBe(400); // waiting, another movement
  });

  it("does not let a ward register for another ward, or twice", async () => {
    const other = await ngaBay.send('POST', '/api/registrations', { movementId, unitId: daiThanhWard, year: 2025, titles: [], commitments: [] });
    expect(other.statusCode).toBe(403);
    const twice = await daiThanh.send('POST', '/api/registrations', { movementId, unitId: daiThanhWard, year: 2025, titles: [], commitments: [] });
    expect(twice.statusCode).toBe(409);
    expect(err(twice).message).toContain('đã có đăng ký');
  });
});
