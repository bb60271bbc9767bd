import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { GridResponse, IndicatorSetDetail, RollupResponse, RollupRowView } from '../../src/shared/api/indicators';
import { BACKENDS, openTestDb } from '../support/databases';
import { seedDemoRegion, unitId } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

type Res = { statusCode: number; json(): unknown };
const err = (r: Res) => (r.json() as { error: { code: string; message: string; details?: { path: string; message: string }[] } }).error;
const row = (r: RollupResponse, code: string) => r.rows.find((x) => x.indicator.code === code) as RollupRowView;

describe.each(BACKENDS)('indicators, figures and roll-up on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let central: Session;
  let canTho: Session;
  let daiThanh: Session;
  let ruralSet: IndicatorSetDetail;
  let poorSet: IndicatorSetDetail;
  let tnbId: string;
  let ngaBayCity: string;

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    app = await testApp(database);
    [central, canTho, daiThanh] = await Promise.all([
      loginAs(app, 'chuyenvien.tw', undefined, '10.7.0.1'),
      loginAs(app, 'chuyenvien.cantho', undefined, '10.7.0.2'),
      loginAs(app, 'canbo.daithanh', undefined, '10.7.0.3'),
    ]);
    const sets = (await central.get('/api/indicator-sets')).json() as { items: { id: string; name: string }[] };
    ruralSet = (await central.get(`/api/indicator-sets/${sets.items.find((s) => s.name.includes('nông thôn mới'))!.id}`)).json() as IndicatorSetDetail;
    poorSet = (await central.get(`/api/indicator-sets/${sets.items.find((s) => s.name.includes('người nghèo'))!.id}`)).json() as IndicatorSetDetail;
    tnbId = (await database.db.selectFrom('org_group').select('id').where('name', 'like', '%Tây Nam Bộ%').executeTakeFirstOrThrow()).id;
    ngaBayCity = await unitId(database, 'pre2025', '931');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('computes the Tây Nam Bộ cluster total of 819 communes from the 12 provinces (seed 003)', async () => {
    const r = (await central.get(`/api/rollup?setId=${ruralSet.id}&groupId=${tnbId}&period=2021-H1`)).json() as RollupResponse;
    const met = row(r, 'NTM_XA_DAT_CHUAN');
    expect(met.value).toBe(819);
    expect(row(r, 'NTM_TONG_SO_XA').value).toBe(1230);
    expect(row(r, 'NTM_TY_LE_XA').value).toBeCloseTo((819 / 1230) * 100, 4);
    expect(met.completeness).toEqual({ reported: 12, expected: 12 });
    const anGiang = row(r, 'NTM_TY_LE_XA').breakdown.find((b) => b.unit.name === 'Tỉnh An Giang')!;
    expect(anGiang.value).toBeCloseTo(51.26, 2);
    expect(met.breakdown).toHaveLength(12);
  });

  it('restates the cluster under today\'s provinces without losing or double counting a commune', async () => {
    const r = (await central.get(`/api/rollup?setId=${ruralSet.id}&groupId=${tnbId}&period=2021-H1&restated=true`)).json() as RollupResponse;
    const met = row(r, 'NTM_XA_DAT_CHUAN');
    expect(r.restated).toBe(true);
    expect(met.value).toBe(819);
    expect(met.breakdown.length).toBeLessThan(12);
    const canThoNew = met.breakdown.find((b) => b.unit.name === 'Thành phố Cần Thơ')!;
    expect(canThoNew.value).toBe(34 + 50); // Hậu Giang and Sóc Trăng were members; Cần Thơ itself was not
  });

  it("computes Ngã Bảy's poverty fund against target and against the year before (seed 000)", async () => {
    const r = (await central.get(`/api/rollup?setId=${poorSet.id}&unitId=${ngaBayCity}&period=2023`)).json() as RollupResponse;
    const cash = row(r, 'VNN_TIEN_MAT');
    expect(cash).toMatchObject({ value: 2434000000, target: 1400000000, percentOfTarget: 173.86, previous: 1500982000 });
    expect(cash.changePercent).toBeCloseTo(62.16, 2);
    expect(row(r, 'TY_LE_HO_NGHEO')).toMatchObject({ value: 1.67, own: true });
    const y2021 = (await central.get(`/api/rollup?setId=${poorSet.id}&unitId=${ngaBayCity}&period=2021`)).json() as RollupResponse;
    expect(row(y2021, 'VNN_TIEN_MAT').percentOfTarget).toBe(145); // the report says 103,57%
    expect(row(y2021, 'VNN_HIEN_VAT').percentOfTarget).toBe(600);
  });

  it("puts a merged city's figures under the new province when restated, and under Hậu Giang otherwise", async () => {
    const canThoNew = await unitId(database, '2025', '92');
    const hauGiang = await unitId(database, 'pre2025', '93');
    const asOfPeriod = (await central.get(`/api/rollup?setId=${poorSet.id}&unitId=${hauGiang}&period=2023`)).json() as RollupResponse;
    expect(row(asOfPeriod, 'VNN_TIEN_MAT').value).toBe(2434000000);
    const restated = (await central.get(`/api/rollup?setId=${poorSet.id}&unitId=${canThoNew}&period=2023&restated=true`)).json() as RollupResponse;
    expect(row(restated, 'VNN_TIEN_MAT').value).toBe(2434000000);
    const viaHauGiang = row(restated, 'VNN_TIEN_MAT').breakdown.find((b) => b.unit.name === 'Tỉnh Hậu Giang')!;
    expect(viaHauGiang).toMatchObject({ virtual: true, value: 2434000000 });
    const today = (await central.get(`/api/rollup?setId=${poorSet.id}&unitId=${canThoNew}&period=2023`)).json() as RollupResponse;
    expect(row(today, 'VNN_TIEN_MAT').value).toBeNull(); // Cần Thơ did not exist in this form in 2023
  });

  it('refuses malformed numbers naming the cell, and writes nothing', async () => {
    const ind = poorSet.items.find((i) => i.indicator.code === 'VNN_HIEN_VAT')!.indicator;
    const other = poorSet.items.find((i) => i.indicator.code === 'VNN_ASXH')!.indicator;
    const before = await database.db.selectFrom('indicator_value').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const r = await central.send('PUT', '/api/values', {
      kind: 'actual', setId: poorSet.id,
      changes: [
        { indicatorId: other.id, unitId: ngaBayCity, periodKey: '2024', value: '1.000.000', version: null },
        { indicatorId: ind.id, unitId: ngaBayCity, periodKey: '2024', value: '6.000.0000.000', version: null },
        { indicatorId: ind.id, unitId: ngaBayCity, periodKey: '2022-Q1', value: '1,9 00.000', version: null },
        { indicatorId: other.id, unitId: ngaBayCity, periodKey: '2022-Q1', value: '1,45 tỷ đồng', version: null },
      ],
    });
    expect(r.statusCode).toBe(400);
    const e = err(r);
    expect(e.details!.map((d) => d.path)).toEqual([`${ind.id}|${ngaBayCity}|2024`, `${ind.id}|${ngaBayCity}|2022-Q1`, `${other.id}|${ngaBayCity}|2022-Q1`]);
    expect(e.details![0]!.message).toMatch(/VNN_HIEN_VAT — Thành phố Ngã Bảy, Năm 2024: .*phân nhóm hàng nghìn sai/);
    expect(e.details![2]!.message).toMatch(/tỷ đồng.*đồng/);
    const after = await database.db.selectFrom('indicator_value').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('tells the second of two editors about the conflict instead of overwriting', async () => {
    const grid = (await central.get(`/api/values/grid?setId=${poorSet.id}&unitId=${ngaBayCity}&period=2023&kind=actual`)).json() as GridResponse;
    const ind = poorSet.items.find((i) => i.indicator.code === 'VNN_ASXH')!.indicator;
    const cell = grid.cells.find((c) => c.indicatorId === ind.id && c.column === `${ngaBayCity}|2023`)!;
    expect(cell.value).toBe(4550000000);
    const first = await central.send('PUT', '/api/values', { kind: 'actual', changes: [{ indicatorId: ind.id, unitId: ngaBayCity, periodKey: '2023', value: '4.600.000.000', version: cell.version }] });
    expect(first.statusCode).toBe(200);
    const second = await central.send('PUT', '/api/values', { kind: 'actual', changes: [{ indicatorId: ind.id, unitId: ngaBayCity, periodKey: '2023', value: '4.700.000.000', version: cell.version }] });
    expect(second.statusCode).toBe(409);
    expect(err(second).code).toBe('VERSION_CONFLICT');
    expect(err(second).details![0]!.message).toContain('4.600.000.000');
    const history = (await central.get(`/api/values/history?indicatorId=${ind.id}&unitId=${ngaBayCity}&periodKey=2023&kind=actual`)).json() as { items: { before: number | null; after: number | null }[] };
    expect(history.items.slice(0, 2).map((h) => [h.before, h.after])).toEqual([[4550000000, 4600000000], [null, 4550000000]]);
  });

  it('applies cross-indicator rules: errors block, warnings need confirmation', async () => {
    const id = (code: string) => poorSet.items.find((i) => i.indicator.code === code)!.indicator.id;
    const bad = await central.send('PUT', '/api/values', {
      kind: 'actual', setId: poorSet.id,
      changes: [{ indicatorId: id('TONG_SO_HO'), unitId: ngaBayCity, periodKey: '2024', value: '200', version: null }, { indicatorId: id('HO_NGHEO'), unitId: ngaBayCity, periodKey: '2024', value: '250', version: null }],
    });
    expect(bad.statusCode).toBe(400);
    expect(err(bad).details![0]!.message).toBe('Số hộ nghèo không thể lớn hơn tổng số hộ.');
    const warn = { kind: 'actual', setId: poorSet.id, changes: [{ indicatorId: id('HO_NGHEO'), unitId: ngaBayCity, periodKey: '2022', value: '300', version: null }, { indicatorId: id('KHAU_NGHEO'), unitId: ngaBayCity, periodKey: '2022', value: '200', version: null }] };
    const w = await central.send('PUT', '/api/values', warn);
    expect(w.statusCode).toBe(422);
    expect(err(w).code).toBe('CONFIRMATION_REQUIRED');
    expect((await central.send('PUT', '/api/values', { ...warn, confirmWarnings: true })).statusCode).toBe(200);
  });

  it("does not let a commune officer write another commune's figures", async () => {
    const ngaBayWard = await unitId(database, '2025', '31340');
    const daiThanhWard = await unitId(database, '2025', '31411');
    const ind = poorSet.items.find((i) => i.indicator.code === 'VNN_NHA_O')!.indicator;
    const own = await daiThanh.send('PUT', '/api/values', { kind: 'actual', changes: [{ indicatorId: ind.id, unitId: daiThanhWard, periodKey: '2026', value: '3', version: null }] });
    expect(own.statusCode).toBe(200);
    const other = await daiThanh.send('PUT', '/api/values', { kind: 'actual', changes: [{ indicatorId: ind.id, unitId: ngaBayWard, periodKey: '2026', value: '3', version: null }] });
    expect(other.statusCode).toBe(403);
    expect(err(other).message).toContain('Phường Ngã Bảy');
    const grid = (await daiThanh.get(`/api/values/grid?setId=${poorSet.id}&unitId=${daiThanhWard}&period=2026`)).json() as GridResponse;
    expect(grid.columns[0]!.writable).toBe(true);
  });

  it('refuses figures for a locked period with 409 and says who can unlock', async () => {
    const canThoNew = await unitId(database, '2025', '92');
    const daiThanhWard = await unitId(database, '2025', '31411');
    const lock = await canTho.send('POST', '/api/period-locks', { unitId: canThoNew, periodKey: '2026', reason: 'Đã tổng hợp báo cáo năm' });
    expect(lock.statusCode).toBe(200);
    const ind = poorSet.items.find((i) => i.indicator.code === 'VNN_NHA_O')!.indicator;
    const r = await daiThanh.send('PUT', '/api/values', { kind: 'actual', changes: [{ indicatorId: ind.id, unitId: daiThanhWard, periodKey: '2026-Q4', value: '1', version: null }] });
    expect(r.statusCode).toBe(409);
    expect(err(r).code).toBe('PERIOD_LOCKED');
    expect(err(r).message).toMatch(/Trần Minh Khoa/);
    expect((await daiThanh.send('DELETE', `/api/period-locks/${(lock.json() as { id: string }).id}`)).statusCode).toBe(403);
    expect((await canTho.send('DELETE', `/api/period-locks/${(lock.json() as { id: string }).id}`)).statusCode).toBe(200);
  });
});
