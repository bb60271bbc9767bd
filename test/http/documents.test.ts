import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { DocumentView } from '../../src/shared/api/documents';
import { BACKENDS, openTestDb, snapshot } from '../support/databases';
import { seedDemoRegion, unitId } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

describe.each(BACKENDS)('directive documents registry on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let ngaBay: Session;
  let specialist: Session;
  let ward: string;

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    app = await testApp(database);
    [ngaBay, specialist] = await Promise.all([loginAs(app, 'canbo.ngabay', undefined, '10.8.0.1'), loginAs(app, 'chuyenvien.cantho', undefined, '10.8.0.2')]);
    ward = await unitId(database, '2025', '31340');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('holds the demo documents, found without diacritics and cited the way reports cite them', async () => {
    const res = (await ngaBay.get('/api/documents?q=ke%20hoach%20nga%20bay')).json() as { items: DocumentView[]; total: number };
    expect(res.items.map((d) => d.numberSymbol).sort()).toEqual(['194/KH-UBND', '91/KH-UBND']);
    const plan = res.items.find((d) => d.numberSymbol === '194/KH-UBND')!;
    expect(plan.citation).toBe('Kế hoạch số 194/KH-UBND ngày 25/10/2022 của Ủy ban nhân dân thành phố Ngã Bảy');
    const letter = ((await ngaBay.get('/api/documents?q=3959')).json() as { items: DocumentView[] }).items[0]!;
    expect(letter).toMatchObject({ docType: 'CV', numberSymbol: '3959/UBND-VXNV', issuedOn: '2023-09-22' });
    const byYear = (await ngaBay.get('/api/documents?year=2014&docType=CT')).json() as { items: DocumentView[] };
    expect(byYear.items.map((d) => d.numberSymbol)).toEqual(['34-CT/TW']);
  });

  it('parses a pasted citation for review and points out slips', async () => {
    const r = (await ngaBay.send('POST', '/api/documents/parse-citation', { text: 'Quyết định 919/QĐ-TTg ngày 01/8/2022 của Chính phủ về phê duyệt Chương trình mỗi xã một sản phẩm' })).json() as {
      found: boolean; docType: string; numberSymbol: string; issuedOn: string; issuerName: string; warnings: string[];
    };
    expect(r).toMatchObject({ found: true, docType: 'QD', numberSymbol: '919/QĐ-TTg', issuedOn: '2022-08-01', issuerName: 'Chính phủ' });
    expect(r.warnings).toHaveLength(1);
    const none = (await ngaBay.send('POST', '/api/documents/parse-citation', { text: 'không có trích dẫn nào' })).json() as { found: boolean; warnings: string[] };
    expect(none.found).toBe(false);
    expect(none.warnings[0]).toContain('Không nhận ra');
  });

  it('registers in the own unit, refuses duplicates, future dates and other units, and audits', async () => {
    const body = { ownerUnitId: ward, docType: 'KH', numberSymbol: '12/KH-UBND', issuedOn: '2026-02-03', issuerName: 'Ủy ban nhân dân phường Ngã Bảy', title: 'Phát động thi đua năm 2026' };
    const created = await ngaBay.send('POST', '/api/documents', body);
    expect(created.statusCode).toBe(200);
    const id = (created.json() as DocumentView).id;
    const before = await snapshot(database);
    const dup = await ngaBay.send('POST', '/api/documents', { ...body, numberSymbol: '12/kh-ubnd' });
    expect(dup.statusCode).toBe(409);
    expect((dup.json() as { error: { message: string } }).error.message).toContain('đã có trong sổ');
    const future = await ngaBay.send('POST', '/api/documents', { ...body, numberSymbol: '13/KH-UBND', issuedOn: '2027-01-01' });
    expect((future.json() as { error: { details: { path: string }[] } }).error.details[0]!.path).toBe('issuedOn');
    const other = await ngaBay.send('POST', '/api/documents', { ...body, ownerUnitId: await unitId(database, '2025', '31411') });
    expect(other.statusCode).toBe(403);
    const stale = await specialist.send('PATCH', `/api/documents/${id}`, { version: 0, title: 'Sửa đè' });
    expect(stale.statusCode).toBe(409);
    expect(await snapshot(database)).toEqual(before);
    const audit = await database.db.selectFrom('audit_log').select(['action', 'ip']).where('entity_id', '=', id).execute();
    expect(audit).toEqual([{ action: 'document.create', ip: '127.0.0.1' }]);
  });
});
