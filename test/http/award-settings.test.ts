import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { LocalSettingsView } from '../../src/shared/api/award-settings';
import type { ProposalDetail } from '../../src/shared/api/award-proposals';
import { BACKENDS, openTestDb } from '../support/databases';
import { seedDemoRegion, unitId } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

/** Seed 002: "không quá 10% tập thể, 5% cá nhân" for a thematic round, as Cần Thơ's own setting. */
const THEMATIC_QUOTAS = [
  {
    issuer: 'Ủy ban nhân dân thành phố Cần Thơ',
    citation: 'Kế hoạch tổ chức phong trào thi đua chuyên đề năm 2026',
    validFrom: '2026-01-01',
    quotas: [
      { code: 'chuyen_de_tap_the', maxPercent: 10 },
      { code: 'chuyen_de_ca_nhan', maxPercent: 5 },
    ],
  },
];

describe.each(BACKENDS)('award settings of a province on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let specialist: Session;
  let ngaBay: Session;
  let canTho: string;
  let ward: string;

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database, { awards: true });
    canTho = await unitId(database, '2025', '92');
    ward = await unitId(database, '2025', '31340');
    app = await testApp(database);
    specialist = await loginAs(app, 'chuyenvien.cantho', undefined, '10.7.1.1');
    ngaBay = await loginAs(app, 'canbo.ngabay', undefined, '10.7.1.2');
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('saves what the law delegates, refuses what it does not, a stale version and an outsider; wards inherit it', async () => {
    const empty = (await specialist.get(`/api/awards/local-settings/${canTho}`)).json() as LocalSettingsView;
    expect([empty.version, empty.sets, empty.canEdit]).toEqual([0, [], true]);
    const bad = await specialist.send('PUT', `/api/awards/local-settings/${canTho}`, { version: 0, sets: [{ quotas: [{ code: 'chuyen_de_ca_nhan', maxPercent: 150 }] }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/Tỷ lệ tối đa phải từ 0 đến 100/);
    expect((await ngaBay.send('PUT', `/api/awards/local-settings/${canTho}`, { version: 0, sets: THEMATIC_QUOTAS })).statusCode).toBe(403);
    const saved = await specialist.send('PUT', `/api/awards/local-settings/${canTho}`, { version: 0, sets: THEMATIC_QUOTAS });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as LocalSettingsView).version).toBe(1);
    expect((await specialist.send('PUT', `/api/awards/local-settings/${canTho}`, { version: 0, sets: [] })).statusCode).toBe(409);
    const fromWard = (await ngaBay.get(`/api/awards/local-settings/${ward}`)).json() as LocalSettingsView;
    expect(fromWard.canEdit).toBe(false);
    expect(fromWard.inherited.map((i) => i.unit.name)).toEqual(['Thành phố Cần Thơ']);
  });

  it("judges a ward's thematic dossier to Cần Thơ by the city's quota", async () => {
    const created = await ngaBay.send('POST', '/api/award-proposals', { proposingUnitId: ward, title: 'Đề nghị khen thưởng chuyên đề', basis: 'dot_xuat', roundKind: 'chuyen_de', quotaBases: { chuyen_de_ca_nhan: 20 } });
    expect(created.statusCode, created.body).toBe(200);
    let p = created.json() as ProposalDetail;
    for (const fullName of ['Nguyễn Văn Một', 'Trần Thị Hai']) {
      const r = await ngaBay.send('POST', `/api/award-proposals/${p.id}/nominees`, { subjectKind: 'ca_nhan', fullName, birthYear: 1980, awardCode: 'giay_khen' });
      expect(r.statusCode, r.body).toBe(200);
      p = r.json() as ProposalDetail;
    }
    // 5% of 20 individuals is one: the second nominee is over the city's quota.
    expect(JSON.stringify(p.check)).toContain('VUOT_TY_LE');
    // The dossier shows the quota it was judged by, marked as the city's.
    expect(p.quotas.find((q) => q.code === 'chuyen_de_ca_nhan')!.maxPercent).toBe(5);
  });

  it('leaves the revocation of an award given by a decision to the deciding body', async () => {
    const rec = await database.db
      .selectFrom('award_record as r')
      .innerJoin('award_decision_item as i', 'i.award_record_id', 'r.id')
      .select(['r.id'])
      .where('r.org_unit_id', '=', ward)
      .executeTakeFirstOrThrow();
    const r = await ngaBay.send('POST', `/api/awards/records/${rec.id}/revoke`, { reason: 'Thử thu hồi', basis: 'Điều 93 Luật Thi đua, khen thưởng năm 2022' });
    expect(r.statusCode).toBe(403);
    expect(r.body).toMatch(/cơ quan ra quyết định/);
    expect((await database.db.selectFrom('award_record').select('revoked_at').where('id', '=', rec.id).executeTakeFirstOrThrow()).revoked_at).toBeNull();
  });
});
