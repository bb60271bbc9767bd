import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import type { Database } from '../../src/db/connect';
import { checkerRoutes } from '../../src/checker/routes';
import { makeDocx } from '../../src/checker/testing/make-docx';
import { ctxOf } from '../../src/http/request-context';
import type { CheckResponse } from '../../src/shared/api/checker';
import { openTestDb } from '../support/databases';
import { TODAY, seedDemoRegion } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

/** The checker touches no table, so one backend is enough. */
describe('report checker API', () => {
  let database: Database;
  let app: FastifyInstance;
  let user: Session;

  beforeAll(async () => {
    database = await openTestDb('pglite');
    await seedDemoRegion(database);
    app = await testApp(database);
    // Until server.ts registers the routes, the test adds them itself.
    if (!app.hasRoute({ method: 'POST', url: '/api/check' })) {
      checkerRoutes(app, { database, ctx: (req) => ctxOf(database.db, req, () => TODAY), today: () => TODAY, version: 'test' });
    }
    user = await loginAs(app, 'canbo.ngabay', undefined, '10.9.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const postDocx = (bytes: Uint8Array, query = '') =>
    app.inject({ method: 'POST', url: `/api/check/docx${query}`, headers: { cookie: user.cookie, 'x-csrf-token': user.csrf, 'content-type': 'application/octet-stream' }, payload: Buffer.from(bytes) });

  it('checks pasted text and answers findings with code-point offsets into the text as sent', async () => {
    const text = '🙂 Lũy kế toàn tỉnh có 61/119 xã đạt chuẩn, đạt tỷ lệ 52%. Ngày 31/4/2024 tổ chức hội nghị.'.normalize('NFD');
    const res = await user.send('POST', '/api/check', { text, date: '2024-06-28' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as CheckResponse;
    const arith = body.findings.find((f) => f.category === 'ARITH')!;
    expect(arith.message).toContain('51,26%');
    expect(arith.message).toContain('không phải 52%');
    const cps = Array.from(text);
    expect(cps.slice(arith.start, arith.end).join('').normalize('NFC')).toBe('61/119 xã đạt chuẩn, đạt tỷ lệ 52%');
    const date = body.findings.find((f) => f.category === 'DATE')!;
    expect(cps.slice(date.start, date.end).join('')).toBe('31/4/2024');
  });

  it('requires a session and a CSRF token', async () => {
    const anon = await app.inject({ method: 'POST', url: '/api/check', payload: { text: 'x' } });
    expect(anon.statusCode).toBe(401);
    const noCsrf = await user.send('POST', '/api/check', { text: 'x' }, { csrf: null });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('refuses empty and oversized text with a Vietnamese message', async () => {
    const empty = await user.send('POST', '/api/check', { text: '' });
    expect(empty.statusCode).toBe(400);
    expect((empty.json() as { error: { message: string } }).error.message).toContain('Hãy dán nội dung báo cáo');
    const huge = await user.send('POST', '/api/check', { text: 'a'.repeat(2_000_001) });
    expect(huge.statusCode).toBe(400);
    expect((huge.json() as { error: { message: string } }).error.message).toContain('quá dài');
  });

  it('converts a TCVN3 text and says so', async () => {
    const res = await user.send('POST', '/api/check', { text: 'B¸o c¸o kÕt qu¶ thi ®ua n¨m 2023 cña UBND tØnh. N¨m 2203 ®· tæ chøc héi nghÞ.' });
    const body = res.json() as CheckResponse;
    expect(body.notices[0]).toContain('TCVN3');
    expect(body.text).toContain('Báo cáo kết quả thi đua');
    expect(body.findings.some((f) => f.category === 'DATE')).toBe(true);
  });

  it('checks a DOCX and returns its text', async () => {
    const res = await postDocx(makeDocx({ paragraphs: ['Hậu Giang, ngày 10 tháng 11 năm 2023', 'Đạt 15/19 tiêu chí, còn 05 tiêu chí chưa đạt.'] }), '?date=2023-11-10');
    expect(res.statusCode).toBe(200);
    const body = res.json() as CheckResponse;
    expect(body.text).toContain('Đạt 15/19 tiêu chí');
    expect(body.findings.map((f) => f.category)).toContain('ARITH');
  });

  it('refuses a file that is not a DOCX, a corrupted DOCX and a zip bomb, clearly', async () => {
    const notDocx = await postDocx(strToU8('%PDF-1.7 không phải docx'));
    expect(notDocx.statusCode).toBe(400);
    expect((notDocx.json() as { error: { message: string } }).error.message).toContain('không phải văn bản Word');
    const good = makeDocx({ paragraphs: ['Báo cáo'.repeat(200)] });
    const corrupted = await postDocx(good.slice(0, good.length - 40));
    expect(corrupted.statusCode).toBe(400);
    expect((corrupted.json() as { error: { message: string } }).error.message).toContain('bị hỏng');
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    const refused = await postDocx(bomb);
    expect(refused.statusCode).toBe(413);
    expect((refused.json() as { error: { message: string } }).error.message).toContain('bom nén');
    const json = await user.send('POST', '/api/check/docx', { text: 'x' });
    expect(json.statusCode).toBe(400);
  });
});
