import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { ImportConfirm, ImportPreview, OfficialFormView, RecordView, StatsResponse, SubjectProfile, SubjectSummary } from '../../src/shared/api/awards-registry';
import { BACKENDS, openTestDb } from '../support/databases';
import { ctxFor, seedDemoRegion, unitId } from '../support/fixtures';
import { seedAwards } from '../../src/demo/seed-awards';
import { loginAs, testApp, type Session } from '../support/http';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ khen thưởng');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Counts and a hash of the registry and the audit log, to prove that a refused or previewed request wrote nothing. */
async function registryState(database: Database) {
  const out: Record<string, string> = {};
  for (const t of ['award_subject', 'award_record', 'audit_log']) {
    const r = await sql<{ h: string }>`select count(*)::text || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as h from ${sql.table(t)} x`.execute(database.db);
    out[t] = r.rows[0]!.h;
  }
  return out;
}

describe.each(BACKENDS)('award registry on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let daiThanh: Session;
  let ngaBay: Session;
  let specialist: Session;
  let leader: Session;
  let ward: string;
  let otherWard: string;
  let an: string;

  const upload = (s: Session, url: string, body: Buffer) => app.inject({ method: 'POST', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': XLSX }, body });
  const search = async (s: Session, q: string, extra = '') => (await s.get(`/api/awards/subjects?q=${encodeURIComponent(q)}${extra}`)).json() as { items: SubjectSummary[]; total: number };
  const stats = async (s: Session, query: string) => {
    const r = await s.get(`/api/awards/stats?${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as StatsResponse;
  };
  const rows = (s: StatsResponse, key: string) => s.tables.find((t) => t.key === key)!.rows.map((r) => [r.label, ...r.cells]);

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    app = await testApp(database);
    [ngaBay, daiThanh, specialist, leader] = await Promise.all([
      loginAs(app, 'canbo.ngabay', undefined, '10.9.0.1'),
      loginAs(app, 'canbo.daithanh', undefined, '10.9.0.2'),
      loginAs(app, 'chuyenvien.cantho', undefined, '10.9.0.3'),
      loginAs(app, 'lanhdao.cantho', undefined, '10.9.0.4'),
    ]);
    ward = await unitId(database, '2025', '31411');
    otherWard = await unitId(database, '2025', '31340');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('documents its routes in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
    expect(doc.paths['/api/awards/stats']?.get?.parameters?.map((p) => p.name)).toEqual(['unitId', 'groupId', 'movementId', 'from', 'to', 'by']);
    expect(doc.paths['/api/awards/records/{id}/revoke']?.post).toBeDefined();
  });

  it('records by hand and finds people without diacritics, in any word order', async () => {
    const first = await daiThanh.send('POST', '/api/awards/records', {
      subject: { kind: 'ca_nhan', fullName: ' Quách  Văn An ', orgUnitId: ward, birthYear: 1980, idNumber: '093080001234', gender: 'nam', workerCategory: 'nong_dan' },
      awardName: 'LĐTT',
      year: 2023,
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '2024-01-15',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ awardCode: 'lao_dong_tien_tien', awardName: 'Lao động tiên tiến', level: 'co_so', roundKind: 'thuong_xuyen', source: 'manual', unit: { id: ward } });
    an = (await search(daiThanh, 'quach van an')).items[0]!.id;
    const second = await daiThanh.send('POST', '/api/awards/records', { subjectId: an, awardName: 'Chiến sĩ thi đua cơ sở', year: 2024, decisionDate: '2025-01-10' });
    expect(second.statusCode, second.body).toBe(200);
    await daiThanh.send('POST', '/api/awards/records', { subject: { kind: 'ca_nhan', fullName: 'Quách Văn Anh', orgUnitId: ward }, awardName: 'Giấy khen', year: 2024 });
    await daiThanh.send('POST', '/api/awards/records', { subject: { kind: 'tap_the', fullName: 'Trường Tiểu học Đại Thành', orgUnitId: ward }, awardName: 'Tập thể lao động tiên tiến', year: 2024 });

    for (const q of ['quach van an', 'an quach', 'QUÁCH an', 'van AN']) {
      const r = await search(ngaBay, q);
      expect(r.items[0]?.fullName, q).toBe('Quách Văn An');
    }
    expect((await search(ngaBay, 'an quach')).items.map((i) => i.fullName)).toEqual(['Quách Văn An', 'Quách Văn Anh']);
    expect((await search(ngaBay, 'uach')).total).toBe(0);
    expect((await search(ngaBay, 'truong đai thanh', '&kind=tap_the')).items.map((i) => i.fullName)).toEqual(['Trường Tiểu học Đại Thành']);
    expect((await search(ngaBay, 'quach', '&awardCode=cstd_co_so')).items.map((i) => i.fullName)).toEqual(['Quách Văn An']);
    expect((await search(ngaBay, 'quach', `&unitId=${otherWard}`)).total).toBe(0);
    const hit = (await search(ngaBay, 'an quach')).items[0]!;
    expect(hit).toMatchObject({ awardCount: 2, latestAward: { name: 'Chiến sĩ thi đua cơ sở', year: 2024 }, unit: { id: ward } });
  });

  it('shows personal data only to those who manage the unit, and refuses writes outside it', async () => {
    expect((await search(ngaBay, 'quach van an')).items[0]!.personal).toBeNull();
    expect((await search(leader, 'quach van an')).items[0]!.personal).toBeNull();
    expect((await search(daiThanh, 'quach van an')).items[0]!.personal).toEqual({ birthYear: 1980, birthDate: null, idNumber: '093080001234' });
    expect((await search(specialist, 'quach van an')).items[0]!.personal?.idNumber).toBe('093080001234');

    const other = (await ngaBay.get(`/api/awards/subjects/${an}`)).json() as SubjectProfile;
    expect(other).toMatchObject({ fullName: 'Quách Văn An', personal: null, canManage: false, gender: 'nam', isDirectWorker: true });
    expect(other.records.map((r) => [r.year, r.awardName])).toEqual([[2023, 'Lao động tiên tiến'], [2024, 'Chiến sĩ thi đua cơ sở']]);
    expect(((await daiThanh.get(`/api/awards/subjects/${an}`)).json() as SubjectProfile).canManage).toBe(true);

    const before = await registryState(database);
    expect((await ngaBay.send('POST', '/api/awards/records', { subjectId: an, awardName: 'Giấy khen', year: 2024 })).statusCode).toBe(403);
    expect((await ngaBay.send('POST', '/api/awards/records', { subject: { kind: 'ca_nhan', fullName: 'X', orgUnitId: ward }, awardName: 'Giấy khen', year: 2024 })).statusCode).toBe(403);
    expect((await leader.send('POST', '/api/awards/records', { subjectId: an, awardName: 'Giấy khen', year: 2024 })).statusCode).toBe(403);
    const dup = await daiThanh.send('POST', '/api/awards/records', { subjectId: an, awardName: 'Lao động tiên tiến', year: 2023, decisionNumber: '15/qđ-ubnd' });
    expect(dup.statusCode).toBe(409);
    expect((dup.json() as { error: { message: string } }).error.message).toContain('đã có trong sổ');
    const future = await daiThanh.send('POST', '/api/awards/records', { subjectId: an, awardName: 'Giấy khen', year: 2026, decisionDate: '2027-01-01' });
    expect((future.json() as { error: { details: { path: string }[] } }).error.details[0]!.path).toBe('decisionDate');
    const wrongKind = await daiThanh.send('POST', '/api/awards/records', { subjectId: an, awardName: 'Cờ thi đua của Chính phủ', year: 2024 });
    expect(wrongKind.statusCode).toBe(400);
    expect(await registryState(database)).toEqual(before);

    const audit = await database.db.selectFrom('audit_log').select(['action', 'after']).where('entity', '=', 'award_subject').execute();
    const created = audit.find((a) => JSON.stringify(a.after).includes('Quách Văn An'))!;
    expect(created.action).toBe('award.subject.create');
    expect(JSON.stringify(created.after)).not.toContain('093080001234');
  });

  it('previews an Excel history with row errors and likely duplicates, and writes nothing until confirmed', async () => {
    const file = await workbook([
      ['SỔ THEO DÕI KHEN THƯỞNG'],
      ['STT', 'Họ và tên', 'Năm sinh', 'Hình thức khen thưởng', 'Năm', 'Số quyết định', 'Ngày quyết định', 'Loại khen thưởng'],
      [1, 'Khúc Thị Bình', 1985, 'Lao động tiên tiến', 2022, '20/QĐ-UBND', '10/01/2023', 'Thường xuyên'],
      [2, 'Khuc Thi Binh', 1985, 'CSTĐCS', 2023, '12/QĐ-UBND', new Date(Date.UTC(2024, 0, 12)), null],
      [3, 'Quach Van An', 1980, 'Lao động tiên tiến', 2023, '15/QĐ-UBND', '15/01/2024', null],
      [4, 'Quách Văn An', 1980, 'Bằng khen của Chủ tịch UBND tỉnh', 2024, '301/QĐ-UBND', '05/3/2024', 'Chuyên đề'],
      [5, 'Lê Văn Cường', 1990, 'Bằng khen hạng đặc biệt', 2023, null, null, null],
      [6, 'Phạm Thị Dung', 1992, 'Giấy khen', '20x3', null, null, null],
      [7, 'Khúc Thị Bình', 1985, 'LĐTT', 2022, '20/qđ-ubnd', null, null],
      [8, 'Võ Văn Em', 1988, 'Giấy khen', 2023, null, '31/02/2024', null],
    ]);
    const before = await registryState(database);
    const res = await upload(daiThanh, `/api/awards/import/preview?unitId=${ward}`, file);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as ImportPreview;
    expect([p.rowsRead, p.validRows, p.newSubjects]).toEqual([8, 3, 1]);
    expect(p.errors.map((e) => [e.row, e.column])).toEqual([
      [5, 'Hình thức khen thưởng'],
      [7, 'Hình thức khen thưởng'],
      [8, 'Năm'],
      [9, 'Họ và tên / Tên tập thể'],
      [10, 'Ngày quyết định'],
    ]);
    expect(p.errors[0]!.message).toContain('đã có trong sổ');
    expect(p.errors[1]!.message).toContain('không có trong danh mục');
    expect(p.errors[3]!.message).toBe('Trùng với dòng 3 (cùng đối tượng, hình thức, năm và quyết định).');
    expect(p.duplicatePeople).toEqual([expect.objectContaining({ fullName: 'Quách Văn An', birthYear: 1980, rows: [6], existing: [expect.objectContaining({ id: an, awardCount: 2 })] })]);
    expect(p.sample.find((s) => s.row === 6)?.existingSubjectId).toBe(an);
    expect(await registryState(database)).toEqual(before);

    const wrong = (await upload(daiThanh, `/api/awards/import/preview?unitId=${ward}`, await workbook([['Tên', 'Điểm'], ['A', 1]]))).json() as ImportPreview;
    expect(wrong.validRows).toBe(0);
    expect(wrong.errors.map((e) => e.column)).toEqual(['Hình thức khen thưởng', 'Năm']);
    expect((await upload(ngaBay, `/api/awards/import/preview?unitId=${ward}`, file)).statusCode).toBe(403);
    expect((await upload(daiThanh, `/api/awards/import/preview?unitId=${ward}`, Buffer.from('not a workbook'))).statusCode).toBe(400);
    const stale = await upload(daiThanh, `/api/awards/import/confirm?unitId=${ward}&fingerprint=${'0'.repeat(64)}`, file);
    expect(stale.statusCode).toBe(409);
    expect(await registryState(database)).toEqual(before);

    const done = await upload(daiThanh, `/api/awards/import/confirm?unitId=${ward}&fingerprint=${p.fingerprint}`, file);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json() as ImportConfirm).toEqual({ written: 3, subjectsCreated: 1, subjectsMatched: 1, skippedRows: 5 });
    const profile = (await daiThanh.get(`/api/awards/subjects/${an}`)).json() as SubjectProfile;
    expect(profile.records.map((r) => [r.year, r.awardCode, r.source, r.roundKind])).toEqual([
      [2023, 'lao_dong_tien_tien', 'manual', 'thuong_xuyen'],
      [2024, 'bang_khen_tinh', 'import', 'chuyen_de'],
      [2024, 'cstd_co_so', 'manual', 'thuong_xuyen'],
    ]);
    const binh = (await search(daiThanh, 'binh khuc')).items;
    expect(binh.map((b) => [b.fullName, b.awardCount, b.personal?.birthYear])).toEqual([['Khúc Thị Bình', 2, 1985]]);
    const audit = await database.db.selectFrom('audit_log').select(['action', 'org_unit_id']).where('action', '=', 'award.import').where('org_unit_id', '=', ward).execute();
    expect(audit).toEqual([{ action: 'award.import', org_unit_id: ward }]);
    // The template the page hands out reads back as one valid example row.
    const template = await daiThanh.get('/api/awards/import/template.xlsx');
    expect(template.headers['content-type']).toBe(XLSX);
    const example = (await upload(daiThanh, `/api/awards/import/preview?unitId=${ward}`, template.rawPayload)).json() as ImportPreview;
    expect([example.validRows, example.errors, example.sample[0]?.awardName]).toEqual([1, [], 'Lao động tiên tiến']);
    // The same file again: every row is already in the registry.
    const again = (await upload(daiThanh, `/api/awards/import/preview?unitId=${ward}`, file)).json() as ImportPreview;
    expect(again.validRows).toBe(0);
  });

  it('counts awards by form, kind, year and unit; revocation is recorded and leaves the statistics', async () => {
    const s = await stats(specialist, `unitId=${ward}`);
    expect([s.total, s.byKind]).toEqual([7, { ca_nhan: 6, tap_the: 1, ho_gia_dinh: 0 }]);
    expect(s.directWorkers).toEqual({ count: 3, individuals: 6, percent: 50 });
    const form = s.tables.find((t) => t.key === 'form')!;
    expect(form.rows.map((r) => [r.label, ...r.cells])).toEqual([
      ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 0, 1, 0],
      ['Chiến sĩ thi đua cơ sở', 0, 2, 0],
      ['Lao động tiên tiến', 0, 2, 0],
      ['Tập thể lao động tiên tiến', 1, 0, 0],
      ['Giấy khen', 0, 1, 0],
    ]);
    expect(s.tables.find((t) => t.key === 'round')!.rows.map((r) => [r.key, r.total])).toEqual([['thuong_xuyen', 6], ['chuyen_de', 1]]);
    // The city's table has a row per ward (and, with the demo awards, the old city's units).
    const city = await stats(leader, `unitId=${await unitId(database, '2025', '92')}&by=unit`);
    expect(city.tables[0]!.rows.find((r) => r.key === ward)).toMatchObject({ label: 'Phường Đại Thành', total: 7 });
    const cross = await stats(specialist, `unitId=${ward}&by=form,year&from=2024-01-01&to=2024-12-31`);
    expect(cross.tables[0]!.columns.map((c) => c.label)).toEqual(['2023', '2024']);
    expect(cross.total).toBe(5);
    expect((await specialist.get(`/api/awards/stats?unitId=${ward}&by=nope`)).statusCode).toBe(400);
    const kinds = await stats(specialist, `unitId=${ward}&by=kind,year`);
    expect([kinds.total, kinds.tables[0]!.rows.map((r) => [r.label, r.total])]).toEqual([7, [['Tập thể', 1], ['Cá nhân', 6]]]);

    const lđtt = ((await daiThanh.get(`/api/awards/subjects/${an}`)).json() as SubjectProfile).records[0]!;
    const body = { reason: 'Kê khai không trung thực thành tích', basis: 'Điều 93 Luật Thi đua, khen thưởng năm 2022; Quyết định số 40/QĐ-UBND ngày 10/11/2026' };
    expect((await ngaBay.send('POST', `/api/awards/records/${lđtt.id}/revoke`, body)).statusCode).toBe(403);
    const revoked = await daiThanh.send('POST', `/api/awards/records/${lđtt.id}/revoke`, body);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((revoked.json() as RecordView).revoked).toMatchObject({ reason: body.reason, basis: body.basis });
    expect((await daiThanh.send('POST', `/api/awards/records/${lđtt.id}/revoke`, body)).statusCode).toBe(409);
    const after = await stats(specialist, `unitId=${ward}`);
    expect(after.total).toBe(6);
    const profile = (await ngaBay.get(`/api/awards/subjects/${an}`)).json() as SubjectProfile;
    expect(profile.records).toHaveLength(3);
    expect(profile.awardCount).toBe(2);
    expect((await database.db.selectFrom('audit_log').select('action').where('entity_id', '=', lđtt.id).orderBy('id').execute()).map((a) => a.action)).toEqual(['award.record', 'award.revoke']);

    // A form outside the catalogue is kept as written, with the level given, and counted under its own name.
    const unknown = await ngaBay.send('POST', '/api/awards/records', { subject: { kind: 'tap_the', fullName: 'Chi hội Nông dân ấp 3', orgUnitId: otherWard }, awardName: 'Bằng khen của Trung ương Hội Nông dân Việt Nam', year: 2024 });
    expect(unknown.statusCode).toBe(400);
    const kept = await ngaBay.send('POST', '/api/awards/records', { subject: { kind: 'tap_the', fullName: 'Chi hội Nông dân ấp 3', orgUnitId: otherWard }, awardName: 'Bằng khen của Trung ương Hội Nông dân Việt Nam', level: 'bo_tinh', year: 2024 });
    expect(kept.json()).toMatchObject({ awardCode: 'KHAC', level: 'bo_tinh' });
    expect(rows(await stats(specialist, `unitId=${otherWard}&by=form`), 'form')).toContainEqual(['Bằng khen của Trung ương Hội Nông dân Việt Nam', 1, 0, 0]);

    const x = await specialist.get(`/api/awards/stats.xlsx?unitId=${ward}`);
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toBe(XLSX);
    expect(x.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe.each(BACKENDS)('demo award registry on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let central: Session;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    const ctx = await ctxFor(database, 'admin');
    ids.canThoOld = await unitId(database, 'pre2025', '92');
    ids.canThoNew = await unitId(database, '2025', '92');
    ids.tnb = (await database.db.selectFrom('org_group').select('id').where('name', '=', 'Cụm thi đua các tỉnh Tây Nam Bộ').executeTakeFirstOrThrow()).id;
    const movement = async (name: string) => (await database.db.selectFrom('movement').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    // Seeded here unless the demo already holds the registry (seedDemo calling seedAwards).
    if (!(await database.db.selectFrom('award_record').select('id').limit(1).executeTakeFirst())) {
      const seeded = await seedAwards(ctx, {
        canThoId: ids.canThoOld,
        tnbGroupId: ids.tnb,
        ngaBayWardId: await unitId(database, '2025', '31340'),
        ngaBayCityId: await unitId(database, 'pre2025', '931'),
        movements: { poorId: await movement('Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau'), ruralId: await movement('Cả nước chung sức xây dựng nông thôn mới') },
      });
      expect(seeded.records).toBe(3111 + 29893 + 24);
    }
    app = await testApp(database);
    central = await loginAs(app, 'chuyenvien.tw', undefined, '10.9.1.1');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const stats = async (query: string) => {
    const r = await central.get(`/api/awards/stats?${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as StatsResponse;
  };
  const rows = (s: StatsResponse, key: string) => s.tables.find((t) => t.key === key)!.rows.map((r) => [r.label, ...r.cells]);

  it("reproduces seed 002's first-half 2024 award figures for Cần Thơ, before and after the merger", async () => {
    for (const unit of [ids.canThoOld, ids.canThoNew]) {
      const s = await stats(`unitId=${unit}&from=2024-01-01&to=2024-06-30`);
      expect([s.total, s.byKind.tap_the, s.byKind.ca_nhan]).toEqual([3111, 1470, 1641]);
      expect(rows(s, 'level')).toEqual([['Cấp Nhà nước', 7, 215, 0], ['Cấp bộ, ngành, tỉnh', 1463, 1426, 0]]);
      expect(rows(s, 'form')).toEqual([
        ['Huân chương Lao động các hạng', 1, 6, 0],
        ['Cờ thi đua của Chính phủ', 3, 0, 0],
        ['Chiến sĩ thi đua toàn quốc', 0, 2, 0],
        ['Bằng khen của Thủ tướng Chính phủ', 3, 207, 0],
        ['Cờ thi đua cấp bộ, ngành, tỉnh', 60, 0, 0],
        ['Chiến sĩ thi đua cấp bộ, ngành, tỉnh', 0, 50, 0],
        ['Tập thể lao động xuất sắc', 502, 0, 0],
        ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 901, 1376, 0],
      ]);
      expect(rows(s, 'round')).toEqual([['Thường xuyên', 995, 1063, 0], ['Chuyên đề (theo đợt)', 470, 578, 0], ['Đột xuất', 5, 0, 0]]);
      expect(rows(s, 'movement').slice(0, 2)).toEqual([['Cả nước chung sức xây dựng nông thôn mới', 22, 52, 0], ['Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau', 9, 0, 0]]);
    }
  });

  it("reproduces seed 003's Tây Nam Bộ totals by form, province by province", async () => {
    const s = await stats(`groupId=${ids.tnb}&from=2021-01-01&to=2021-06-30`);
    expect(s.total).toBe(29893);
    expect(s.tables.find((t) => t.key === 'form')!.rows.map((r) => [r.label, r.total])).toEqual([
      ['Huân chương Độc lập các hạng', 19],
      ['Huân chương Lao động các hạng', 86],
      ['Huân chương Kháng chiến các hạng', 53],
      ['Huy chương Kháng chiến các hạng', 9],
      ['Anh hùng Lao động', 1],
      ['Bà mẹ Việt Nam anh hùng', 82],
      ['Cờ thi đua của Chính phủ', 62],
      ['Bằng khen của Thủ tướng Chính phủ', 731],
      ['Cờ thi đua cấp bộ, ngành, tỉnh', 707],
      ['Chiến sĩ thi đua cấp bộ, ngành, tỉnh', 389],
      ['Tập thể lao động xuất sắc', 3204],
      ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 24550],
    ]);
    const units = s.tables.find((t) => t.key === 'unit')!;
    expect(units.rows).toHaveLength(12);
    expect(units.total).toBe(29893);
    // A cluster counts by member: Ngã Bảy's records (the eligibility histories) fall under Hậu Giang.
    const all = await stats(`groupId=${ids.tnb}&by=unit`);
    expect(all.tables[0]!.rows.map((r) => r.label)).not.toContain('Thành phố Ngã Bảy');
    expect(all.tables[0]!.rows.find((r) => r.label === 'Tỉnh Hậu Giang')!.total).toBe(units.rows.find((r) => r.label === 'Tỉnh Hậu Giang')!.total + 24);
    const cross = await stats(`groupId=${ids.tnb}&by=form,year&from=2021-01-01&to=2021-06-30`);
    expect(cross.tables[0]!.columns.map((c) => c.label)).toEqual(['2020', '2021']);
  });

  it('holds multi-year histories for the eligibility demo', async () => {
    const found = (await central.get('/api/awards/subjects?q=duyen%20trinh')).json() as { items: SubjectSummary[] };
    const profile = (await central.get(`/api/awards/subjects/${found.items[0]!.id}`)).json() as SubjectProfile;
    expect(profile.records.map((r) => [r.year, r.awardCode])).toEqual([[2020, 'cstd_co_so'], [2021, 'cstd_co_so'], [2022, 'lao_dong_tien_tien'], [2023, 'cstd_co_so'], [2024, 'cstd_co_so']]);
    // What the registry says about the next awards, each answer citing its article.
    expect(profile.outlook.map((o) => o.award)).toEqual(['cstd_bo_tinh', 'bang_khen_tinh', 'bang_khen_thu_tuong', 'cstd_toan_quoc', 'huan_chuong_lao_dong_3']);
    for (const o of profile.outlook) expect(o.reasons.every((r) => /Điều \d+/.test(r.message))).toBe(true);
    // 2022 broke the run of CSTĐ cơ sở: not three consecutive times yet.
    expect(profile.outlook[0]!.eligible).toBe(false);
  });

  it("fills the Ministry's biểu 0602.N and 0603.N from the registry, adding up to seed 002's figures", async () => {
    const form = async (f: string, query: string) => {
      const r = await central.get(`/api/awards/stats/bieu/${f}?${query}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as OfficialFormView;
    };
    const row = (v: OfficialFormView, code: string) => v.rows.find((r) => r.code === code)!;
    const col = (v: OfficialFormView, header: string) => v.columns.findIndex((c) => c.header.join(' / ') === header);
    const provincial = await form('0603', `unitId=${ids.canThoOld}&year=2024`);
    expect(row(provincial, '01').cells).toEqual([2277, 50, 60, 0]);
    expect(row(provincial, '01').total).toBe(2387);
    expect([row(provincial, '02').total, row(provincial, '05').total]).toEqual([901 + 60, 1376 + 50]);
    expect([row(provincial, '11').total, row(provincial, '12').total, row(provincial, '13').total]).toEqual([2387 - 1045 - 5, 1045, 5]);
    const state = await form('0602', `unitId=${ids.canThoOld}&year=2024`);
    expect(state.unplaced).toBe(0);
    expect(row(state, '01').total).toBe(222);
    expect([row(state, '02').total, row(state, '03').total, row(state, '06').total, row(state, '09').total]).toEqual([0, 222, 7, 215]);
    expect(row(state, '01').cells[col(state, 'Bằng khen của Thủ tướng Chính phủ / Cá nhân')]).toBe(207);
    expect(row(state, '01').cells[col(state, 'Các loại huân chương, huy chương / Huân chương Lao động / Cá nhân')]).toBe(6);
    for (const v of [provincial, state]) for (const r of v.rows) if (!r.heading) expect(r.total).toBe(r.cells.reduce<number>((a, c) => a + (c ?? 0), 0));

    const xlsx = await central.get(`/api/awards/stats/bieu/0603/xlsx?unitId=${ids.canThoOld}&year=2024`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const texts: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('Biểu số: 0603.N/BNV-TĐKT');
    expect(texts).toContain('Năm 2024');
    expect(texts).toContain('Đơn vị nhận báo cáo: Bộ Nội vụ');
    expect(texts).toEqual(expect.arrayContaining(['2387', '2277', 'Mã số', 'Tổng số']));

    const bad = await central.get(`/api/awards/stats/bieu/0604?year=2024`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/0601, 0602 hoặc 0603/);
  });

  it('counts the movements running in a year on biểu 0601.N, by the level that launched them', async () => {
    const r = await central.get(`/api/awards/stats/bieu/0601?year=2023`);
    expect(r.statusCode, r.body).toBe(200);
    const v = r.json() as OfficialFormView;
    const total = v.rows.find((x) => x.code === '01')!;
    expect(total.total).toBeGreaterThanOrEqual(3);
    for (const x of v.rows) if (!x.heading) expect(x.total).toBe(x.cells.reduce<number>((a, c) => a + (c ?? 0), 0));
    expect(v.rows.filter((x) => ['02', '03', '04', '05'].includes(x.code)).reduce((a, x) => a + x.total!, 0)).toBe(total.total);
    expect(v.rows.filter((x) => ['06', '07', '08', '09', '10'].includes(x.code)).reduce((a, x) => a + x.total!, 0)).toBe(total.total);
  });
});
