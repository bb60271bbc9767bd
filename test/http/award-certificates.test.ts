import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { DecisionView } from '../../src/shared/api/award-decisions';
import type { CertificateView, TemplateView, VerifyResponse } from '../../src/shared/api/award-certificates';
import { insertProposalAtSignature } from '../../src/awards/decisions/testing/proposal-fixtures';
import { defaultLayout } from '../../src/awards/certificates/domain/defaults';
import { BACKENDS, openTestDb } from '../support/databases';
import { ctxFor, seedDemoRegion, unitId } from '../support/fixtures';
import { seedDecisions } from '../../src/demo/seed-decisions';
import type { Ctx } from '../../src/app/context';
import { issueCertificates, listCertificates } from '../../src/awards/certificates/use-cases/certificates';
import { loginAs, testApp, type Session } from '../support/http';

/** The text of a PDF as a reader sees it (poppler's pdftotext), or null when the tool is missing. */
function pdfText(bytes: Buffer): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'cert-'));
  const file = path.join(dir, 'c.pdf');
  writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

describe.each(BACKENDS)('award certificates on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let specialist: Session;
  let ngaBay: Session;
  let daiThanh: Session;
  let decision: DecisionView;
  let certs: CertificateView[];
  let canTho: string;
  const verify = (code: string, ip = '10.7.9.9') => app.inject({ method: 'GET', url: `/api/public/xac-minh/${code}`, remoteAddress: ip });

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    app = await testApp(database);
    [specialist, ngaBay, daiThanh] = await Promise.all([loginAs(app, 'chuyenvien.cantho', undefined, '10.7.0.1'), loginAs(app, 'canbo.ngabay', undefined, '10.7.0.2'), loginAs(app, 'canbo.daithanh', undefined, '10.7.0.3')]);
    canTho = await unitId(database, '2025', '92');
    const ward = await unitId(database, '2025', '31340');
    const p = await insertProposalAtSignature(database.db, {
      proposingUnitId: ward, receivingUnitId: canTho, title: 'Đề nghị khen thưởng 2025', year: 2025,
      nominees: [
        { name: 'Lâm Thị Mới', council: 'dong_y', birthYear: 1988, idNumber: '093188000111' },
        { name: 'Trường THCS Ngã Bảy', kind: 'tap_the', council: 'dong_y', awardCode: 'giay_khen' },
      ],
    });
    let d = (await specialist.send('POST', '/api/awards/decisions', { decidingUnitId: canTho, year: 2025, proposalIds: [p.id], achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2025', signerName: 'Nguyễn Văn Ký' })).json() as DecisionView;
    d = (await specialist.send('POST', `/api/awards/decisions/${d.id}/issue`, { version: d.version, number: 15, decisionDate: '2026-11-20' })).json() as DecisionView;
    expect(d.state).toBe('ban_hanh');
    decision = d;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('keeps templates with positioned fields and previews them as PDF', async () => {
    const layout = defaultLayout('bang_khen');
    const bad = await specialist.send('POST', '/api/awards/certificate-templates', { ownerUnitId: canTho, name: 'Hỏng', kind: 'bang_khen', pageSize: 'A4', orientation: 'landscape', layout: { ...layout, fields: [{ ...layout.fields[0]!, text: '{ngaySinh}' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/không phải trường dữ liệu/);
    expect((await ngaBay.send('POST', '/api/awards/certificate-templates', { ownerUnitId: canTho, name: 'X', kind: 'bang_khen', pageSize: 'A4', orientation: 'landscape', layout })).statusCode).toBe(403);
    const t = (await specialist.send('POST', '/api/awards/certificate-templates', { ownerUnitId: canTho, name: 'Bằng khen UBND thành phố', kind: 'bang_khen', pageSize: 'A4', orientation: 'landscape', layout, isDefault: true })).json() as TemplateView;
    expect(t).toMatchObject({ kind: 'bang_khen', isDefault: true, canEdit: true });
    const moved = { ...layout, fields: layout.fields.map((f) => (f.id === 'ho-ten' ? { ...f, fontSize: 26 } : f)) };
    const updated = await specialist.send('PUT', `/api/awards/certificate-templates/${t.id}`, { version: t.version, name: t.name, kind: 'bang_khen', pageSize: 'A4', orientation: 'landscape', layout: moved, isDefault: true });
    expect(updated.statusCode, updated.body).toBe(200);
    const preview = await specialist.send('POST', '/api/awards/certificate-templates/preview', { pageSize: 'A4', orientation: 'landscape', layout: moved });
    expect(preview.statusCode).toBe(200);
    expect(preview.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('issues certificates for a decision and prints them with their texts', async () => {
    // Another ward's officer has no hand in these awards; the proposing ward's officer does.
    expect((await daiThanh.send('POST', '/api/awards/certificates', { decisionId: decision.id })).statusCode).toBe(403);
    const r = await specialist.send('POST', '/api/awards/certificates', { decisionId: decision.id });
    expect(r.statusCode, r.body).toBe(200);
    certs = (r.json() as { items: CertificateView[] }).items;
    expect(certs.map((c) => [c.recipientName, c.kind, c.status])).toEqual([['Lâm Thị Mới', 'bang_khen', 'hieu_luc'], ['Trường THCS Ngã Bảy', 'giay_khen', 'hieu_luc']]);
    expect(certs[0]!.code).toMatch(/^[A-Z2-7]{26}$/);
    // Asking again gives the same certificates, not new codes.
    const again = (await specialist.send('POST', '/api/awards/certificates', { decisionId: decision.id })).json() as { items: CertificateView[] };
    expect(again.items.map((c) => c.code)).toEqual(certs.map((c) => c.code));
    const pdf = await specialist.get(`/api/awards/certificates/${certs[0]!.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const text = pdfText(pdf.rawPayload);
    if (text !== null) {
      for (const s of ['BẰNG KHEN', 'Lâm Thị Mới', 'Đã có thành tích xuất sắc', '15/QĐ-UBND', 'Cần Thơ, ngày 20 tháng 11 năm 2026', 'Nguyễn Văn Ký', 'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ']) expect(text, s).toContain(s);
      expect(text).not.toContain('1988');
    }
    const batch = await specialist.get(`/api/awards/decisions/${decision.id}/certificates.pdf`);
    expect(batch.statusCode).toBe(200);
    const batchText = pdfText(batch.rawPayload);
    if (batchText !== null) expect(batchText).toContain('GIẤY KHEN');
    expect((await daiThanh.get(`/api/awards/certificates/${certs[0]!.id}/pdf`)).statusCode).toBe(404);
    expect((await ngaBay.get(`/api/awards/certificates/${certs[0]!.id}/pdf`)).statusCode).toBe(200);
  });

  it('verifies a code publicly, showing only what the certificate prints', async () => {
    const r = await verify(certs[0]!.code.toLowerCase());
    expect(r.statusCode).toBe(200);
    const v = r.json() as VerifyResponse;
    expect(v).toMatchObject({ status: 'hieu_luc', kindLabel: 'Bằng khen' });
    const shown = v.lines.map((l) => l.text).join(' | ');
    expect(shown).toContain('Lâm Thị Mới');
    expect(shown).toContain('15/QĐ-UBND');
    expect(r.body).not.toMatch(/1988|093188000111|birth|idNumber|subjectId|recordId/);
    // Unknown and malformed codes get the same answer.
    const unknown = await verify('A'.repeat(26));
    const malformed = await verify('abc');
    expect(unknown.statusCode).toBe(404);
    expect(malformed.statusCode).toBe(404);
    expect(unknown.body).toBe(malformed.body);
    expect(unknown.json().error.message).toMatch(/Không tìm thấy/);
  });

  it('re-issues with a reason and history; the old code says it was replaced', async () => {
    expect((await specialist.send('POST', `/api/awards/certificates/${certs[0]!.id}/reissue`, { kind: 'cap_lai' })).statusCode).toBe(400);
    const r = await specialist.send('POST', `/api/awards/certificates/${certs[0]!.id}/reissue`, { kind: 'cap_lai', reason: 'Bị mất do thiên tai' });
    expect(r.statusCode, r.body).toBe(200);
    const fresh = r.json() as CertificateView;
    expect(fresh).toMatchObject({ reissueKind: 'cap_lai', reissueReason: 'Bị mất do thiên tai', replacesId: certs[0]!.id, status: 'hieu_luc' });
    expect(fresh.code).not.toBe(certs[0]!.code);
    expect((await specialist.send('POST', `/api/awards/certificates/${certs[0]!.id}/reissue`, { kind: 'cap_doi', reason: 'Lại' })).statusCode).toBe(409);
    const history = (await specialist.get(`/api/awards/certificates?recordId=${certs[0]!.recordId}`)).json() as { items: CertificateView[] };
    expect(history.items.map((c) => c.status)).toEqual(['da_thay_the', 'hieu_luc']);
    const old = (await verify(certs[0]!.code)).json() as VerifyResponse;
    expect(old.status).toBe('da_thay_the');
    expect(old.message).toMatch(/đã được cấp đổi, cấp lại/);
    expect(JSON.stringify(old)).not.toContain(fresh.code);
    // Revoking the award makes its certificate say so.
    const item = decision.items.find((i) => i.fullName === 'Trường THCS Ngã Bảy')!;
    await specialist.send('POST', `/api/awards/decisions/${decision.id}/revoke`, { reason: 'Khai man', basis: 'Luật Thi đua, khen thưởng Điều 93', itemIds: [item.id] });
    expect(((await verify(certs[1]!.code)).json() as VerifyResponse).status).toBe('da_thu_hoi');
  });

  it('limits lookups per address with a Vietnamese answer', async () => {
    let last = await verify('B'.repeat(26), '10.7.5.5');
    for (let i = 0; i < 25 && last.statusCode !== 429; i++) last = await verify('B'.repeat(26), '10.7.5.5');
    expect(last.statusCode).toBe(429);
    expect(last.json().error.message).toMatch(/Bạn đã thử quá nhiều lần/);
    expect((await verify(certs[0]!.code, '10.7.5.6')).statusCode).toBe(200);
  });

  it('prints a decision\'s certificates only for the units the reader answers for', async () => {
    const daiThanhWard = await unitId(database, '2025', '31411');
    const ngaBayWard = await unitId(database, '2025', '31340');
    let d = (await specialist.send('POST', '/api/awards/decisions', {
      decidingUnitId: canTho, year: 2025, signerName: 'Nguyễn Văn Ký',
      items: [
        { subjectKind: 'ca_nhan', fullName: 'Phạm Thị Đại Thành', orgUnitId: daiThanhWard, awardName: 'Giấy khen' },
        { subjectKind: 'ca_nhan', fullName: 'Lý Văn Ngã Bảy', orgUnitId: ngaBayWard, awardName: 'Giấy khen' },
      ],
    })).json() as DecisionView;
    d = (await specialist.send('POST', `/api/awards/decisions/${d.id}/issue`, { version: d.version, number: 41, decisionDate: '2026-11-20' })).json() as DecisionView;
    expect(d.state).toBe('ban_hanh');
    expect((await specialist.send('POST', '/api/awards/certificates', { decisionId: d.id })).statusCode).toBe(200);
    const whole = await specialist.get(`/api/awards/decisions/${d.id}/certificates.pdf`);
    expect(whole.statusCode).toBe(200);
    // Đại Thành's officer answers for the first awardee only: the second one's certificate is not printed for them.
    const mine = await daiThanh.get(`/api/awards/decisions/${d.id}/certificates.pdf`);
    expect(mine.statusCode).toBe(200);
    expect(mine.rawPayload.length).toBeLessThan(whole.rawPayload.length);
    const text = pdfText(mine.rawPayload);
    if (text !== null) {
      expect(text).toContain('Phạm Thị Đại Thành');
      expect(text).not.toContain('Lý Văn Ngã Bảy');
    }
    const other = (await ngaBay.get(`/api/awards/decisions/${d.id}/certificates.pdf`));
    expect(other.statusCode).toBe(200);
    if (pdfText(other.rawPayload) !== null) expect(pdfText(other.rawPayload)).not.toContain('Phạm Thị Đại Thành');
    // The list of the decision's certificates is narrowed the same way.
    const ctx = await ctxFor(database, 'canbo.daithanh');
    const list = await listCertificates(ctx, { decisionId: d.id });
    expect(list.map((c) => c.recipientName)).toEqual(['Phạm Thị Đại Thành']);
  });

  it('issues and lists a large decision\'s certificates in a fixed number of queries', async () => {
    const ward = await unitId(database, '2025', '31340');
    const sizes = [3, 30];
    const counts: { issue: number; list: number }[] = [];
    for (const [k, n] of sizes.entries()) {
      let d = (await specialist.send('POST', '/api/awards/decisions', {
        decidingUnitId: canTho, year: 2025, signerName: 'Nguyễn Văn Ký',
        items: Array.from({ length: n }, (_, i) => ({ subjectKind: 'ca_nhan', fullName: `Người Thứ ${k}-${i + 1}`, orgUnitId: ward, awardName: i % 2 ? 'Giấy khen' : 'Bằng khen cấp tỉnh' })),
      })).json() as DecisionView;
      d = (await specialist.send('POST', `/api/awards/decisions/${d.id}/issue`, { version: d.version, number: 50 + k, decisionDate: '2026-11-20' })).json() as DecisionView;
      expect(d.state).toBe('ban_hanh');
      let queries = 0;
      const base = await ctxFor(database, 'canbo.ngabay');
      const ctx: Ctx = { ...base, db: base.db.withPlugin({ transformQuery: (a) => { queries++; return a.node; }, transformResult: async (a) => a.result }) };
      const issued = await issueCertificates(ctx, { decisionId: d.id });
      expect(issued).toHaveLength(n);
      const issue = queries;
      queries = 0;
      expect(await listCertificates(ctx, { decisionId: d.id })).toHaveLength(n);
      counts.push({ issue, list: queries });
    }
    expect(counts[0]!.issue).toBeGreaterThan(0);
    expect(counts[0]!.list).toBeGreaterThan(0);
    expect(counts[1]).toEqual(counts[0]);
  });

  it('seeds the demo: templates, an issued decision of Cần Thơ and its certificates', async () => {
    const ctx = await ctxFor(database, 'admin');
    const out = await seedDecisions(ctx, { canThoId: canTho, wardId: await unitId(database, '2025', '31340'), number: 128, decisionDate: '2026-11-15' });
    expect(out.templateIds).toHaveLength(2);
    expect(out.certificateCodes).toHaveLength(4);
    const v = (await verify(out.certificateCodes[1]!, '10.7.6.1')).json() as VerifyResponse;
    expect(v.status).toBe('hieu_luc');
    expect(v.lines.map((l) => l.text).join(' ')).toContain('128/QĐ-UBND');
  });
});
