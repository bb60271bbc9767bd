import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import { eligibilityRoutes } from '../../src/awards/eligibility-routes';
import { ctxOf } from '../../src/http/request-context';
import type { CatalogueResponse, EligibilityResponse } from '../../src/shared/api/awards-eligibility';
import { generateCases } from '../../bench/eligibility';
import { openTestDb } from '../support/databases';
import { TODAY, seedDemoRegion } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

const errorOf = (res: { json(): unknown }) => (res.json() as { error: { code: string; message: string } }).error;

const cstdTinh = {
  award: 'cstd_bo_tinh',
  decisionDate: '2025-03-20',
  nominee: {
    kind: 'ca_nhan',
    titles: [2022, 2023, 2024].flatMap((year) => [{ year, award: 'lao_dong_tien_tien' }, { year, award: 'cstd_co_so' }]),
    ratings: [2022, 2023, 2024].map((year) => ({ year, rating: 'htxs' })),
    initiatives: [{ year: 2023, scope: 'bo_tinh' }],
  },
};

/** Pure computation, no table: one backend is enough. */
describe('award eligibility and catalogue API', () => {
  let database: Database;
  let app: FastifyInstance;
  let user: Session;

  beforeAll(async () => {
    database = await openTestDb('pglite');
    await seedDemoRegion(database);
    app = await testApp(database);
    // Until server.ts registers the routes, the test adds them itself.
    if (!app.hasRoute({ method: 'POST', url: '/api/awards/eligibility' })) {
      eligibilityRoutes(app, { database, ctx: (req) => ctxOf(database.db, req, () => TODAY), today: () => TODAY, version: 'test' });
    }
    user = await loginAs(app, 'canbo.ngabay', undefined, '10.9.1.1');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers one case with reasons that cite the law', async () => {
    const res = await user.send('POST', '/api/awards/eligibility', cstdTinh);
    expect(res.statusCode).toBe(200);
    const [r] = (res.json() as EligibilityResponse).results;
    expect(r).toMatchObject({ award: 'cstd_bo_tinh', year: 2024, eligible: true, lawVersion: 'nd_98_2023' });
    expect(r!.reasons[0]!.message).toBe('Điều 22 Luật TĐKT 2022: đạt 03 lần liên tục danh hiệu Chiến sĩ thi đua cơ sở (2022–2024).');
  });

  it('answers a batch under settings sent with it, in order', async () => {
    const gap = { ...cstdTinh, id: 'b', nominee: { ...cstdTinh.nominee, titles: cstdTinh.nominee.titles.filter((t) => !(t.year === 2023 && t.award === 'cstd_co_so')) } };
    const res = await user.send('POST', '/api/awards/eligibility', {
      cases: [{ ...cstdTinh, id: 'a' }, gap],
      overrides: { issuer: 'UBND tỉnh X', awards: { cstd_bo_tinh: { params: { initiativeWithinStreak: false } } } },
    });
    expect(res.statusCode).toBe(200);
    const { results } = res.json() as EligibilityResponse;
    expect(results.map((r) => [r.id, r.eligible, r.nextEligibleYear])).toEqual([
      ['a', true, undefined],
      ['b', false, 2026],
    ]);
    const bare = await user.send('POST', '/api/awards/eligibility', [cstdTinh, gap]);
    expect((bare.json() as EligibilityResponse).results.map((r) => r.eligible)).toEqual([true, false]);
  });

  it('requires a session and a CSRF token', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/awards/eligibility', payload: cstdTinh })).statusCode).toBe(401);
    expect((await user.send('POST', '/api/awards/eligibility', cstdTinh, { csrf: null })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/awards/catalogue' })).statusCode).toBe(401);
  });

  it('refuses bad input with Vietnamese messages that name the field', async () => {
    const badCode = await user.send('POST', '/api/awards/eligibility', { ...cstdTinh, award: 'chien_si_thi_dua' });
    expect(badCode.statusCode).toBe(400);
    expect(errorOf(badCode).message).toContain('cases.0.award: Mã danh hiệu, hình thức khen thưởng không hợp lệ');
    const badMembers = await user.send('POST', '/api/awards/eligibility', {
      award: 'tap_the_ldxs',
      decisionDate: '2025-02-01',
      nominee: { kind: 'tap_the', members: { total: 10, completingTasks: 10, ldtt: 11, cstdcs: 1 } },
    });
    expect(errorOf(badMembers).message).toContain('cases.0.nominee.members.ldtt: Số đạt Lao động tiên tiến vượt tổng số thành viên.');
    const typo = await user.send('POST', '/api/awards/eligibility', { ...cstdTinh, nominee: { ...cstdTinh.nominee, ratting: [] } });
    expect(errorOf(typo).message).toContain('Trường không được hỗ trợ: ratting');
    const badDate = await user.send('POST', '/api/awards/eligibility', { ...cstdTinh, decisionDate: '2025-02-30' });
    expect(errorOf(badDate).message).toContain('Ngày không hợp lệ');
    const lawFixed = await user.send('POST', '/api/awards/eligibility', { cases: [cstdTinh], overrides: { awards: { cstd_bo_tinh: { params: { consecutiveTitles: 2 } } } } });
    expect(lawFixed.statusCode).toBe(400);
    expect(errorOf(lawFixed).message).toContain('do luật quy định; địa phương không được thay đổi');
    const none = await user.send('POST', '/api/awards/eligibility', { cases: [] });
    expect(errorOf(none).message).toContain('Hãy gửi ít nhất một hồ sơ');
  });

  it('takes 10,000 cases in one request and refuses 10,001', async () => {
    const cases = generateCases(10_000);
    const t0 = performance.now();
    const res = await user.send('POST', '/api/awards/eligibility', { cases });
    expect(res.statusCode).toBe(200);
    expect((res.json() as EligibilityResponse).results).toHaveLength(10_000);
    expect(performance.now() - t0).toBeLessThan(20_000);
    const tooMany = await user.send('POST', '/api/awards/eligibility', { cases: [...cases, cases[0]] });
    expect(tooMany.statusCode).toBe(400);
    expect(errorOf(tooMany).message).toContain('Tối đa 10.000 hồ sơ mỗi lần');
  });

  it('serves the catalogue of a day, today by default', async () => {
    const res = await user.get('/api/awards/catalogue?date=2025-07-01');
    expect(res.statusCode).toBe(200);
    const c = res.json() as CatalogueResponse;
    expect(c.lawVersion.code).toBe('nd_152_2025');
    const cstdcs = c.awards.find((a) => a.code === 'cstd_co_so')!;
    expect(cstdcs.deciders.map((d) => d.authority)).toContain('chu_tich_ubnd_xa');
    expect(cstdcs.bonus[0]!.multiplier).toMatchObject({ value: 1, localSetting: false });
    const today = (await user.get('/api/awards/catalogue')).json() as CatalogueResponse;
    expect(today.date).toBe(TODAY);
    const old = (await user.get('/api/awards/catalogue?date=2023-12-31')).json() as CatalogueResponse;
    expect(old.awards).toEqual([]);
    const bad = await user.get('/api/awards/catalogue?date=31/12/2023');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toContain('Ngày không hợp lệ');
  });
});
