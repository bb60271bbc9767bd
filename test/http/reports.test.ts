import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { CampaignDetail, OutlineDetail, OutlineImportResponse, ReportAwardFigures, ReportDetail, ReportSummary, SynthesisView, FindingView } from '../../src/shared/api/reports';
import { richFromPlainText, richToPlainText } from '../../src/shared/rich-text';
import { BACKENDS, openTestDb } from '../support/databases';
import { seedDemoRegion, unitId } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

type Res = { statusCode: number; json(): unknown };
const err = (r: Res) => (r.json() as { error: { code: string; message: string; details?: { path: string; message: string }[] } }).error;
const OUTLINE_004 = readFileSync(new URL('../../src/demo/data/outline-004.txt', import.meta.url), 'utf8');
const text = (s: string) => ({ text: richFromPlainText(s) });

describe.each(BACKENDS)('report campaigns on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let canTho: Session;
  let ngaBay: Session;
  let daiThanh: Session;
  let leader: Session;
  let canThoId: string;
  let ngaBayWard: string;
  let daiThanhWard: string;
  let outline: OutlineDetail;
  let campaign: CampaignDetail;

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database, { reports: true });
    app = await testApp(database);
    [canTho, ngaBay, daiThanh, leader] = await Promise.all([
      loginAs(app, 'chuyenvien.cantho', undefined, '10.9.0.1'),
      loginAs(app, 'canbo.ngabay', undefined, '10.9.0.2'),
      loginAs(app, 'canbo.daithanh', undefined, '10.9.0.3'),
      loginAs(app, 'lanhdao.cantho', undefined, '10.9.0.4'),
    ]);
    canThoId = await unitId(database, '2025', '92');
    ngaBayWard = await unitId(database, '2025', '31340');
    daiThanhWard = await unitId(database, '2025', '31411');
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const reportOf = async (s: Session, unit: string) => {
    const mine = (await s.get(`/api/reports?mine=true&campaignId=${campaign.id}`)).json() as { items: ReportSummary[] };
    const id = mine.items.find((r) => r.unit.id === unit)!.id;
    return (await s.get(`/api/reports/${id}`)).json() as ReportDetail;
  };

  it('imports outline 004 from text for review, then saves it as version 1; a stale new version is refused', async () => {
    const imported = await canTho.send('POST', '/api/outlines/import-text', { text: OUTLINE_004 });
    expect(imported.statusCode).toBe(200);
    const tree = (imported.json() as OutlineImportResponse).tree;
    expect(tree.sections.map((s) => s.numbering)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
    expect((imported.json() as OutlineImportResponse).citedDocument).toContain('3959');
    const created = await canTho.send('POST', '/api/outlines', { name: 'Đề cương 004', ownerUnitId: canThoId, tree });
    expect(created.statusCode).toBe(200);
    outline = created.json() as OutlineDetail;
    expect(outline.latest.number).toBe(1);
    const v2 = await canTho.send('POST', `/api/outlines/${outline.id}/versions`, { tree, version: outline.version, note: 'Sửa chính tả' });
    expect((v2.json() as OutlineDetail).latest.number).toBe(2);
    const stale = await canTho.send('POST', `/api/outlines/${outline.id}/versions`, { tree, version: outline.version });
    expect(stale.statusCode).toBe(409);
    const badTree = { ...tree, sections: [{ ...tree.sections[0]!, kind: 'list', columns: [] }] };
    const bad = await canTho.send('POST', '/api/outlines', { name: 'Hỏng', ownerUnitId: canThoId, tree: badTree });
    expect(bad.statusCode).toBe(400);
    expect(err(bad).message).toMatch(/Đề cương chưa hợp lệ/);
  });

  it('a commune officer cannot create campaigns; recipients must be below the requester', async () => {
    const body = { title: 'Báo cáo năm 2026', requesterUnitId: canThoId, outlineVersionId: outline.latest.id, periodKey: '2026', deadline: '2026-12-15', graceDays: 2, recipientUnitIds: [ngaBayWard, daiThanhWard] };
    expect((await ngaBay.send('POST', '/api/campaigns', body)).statusCode).toBe(403);
    const hanoi = await unitId(database, '2025', '01');
    const outside = await canTho.send('POST', '/api/campaigns', { ...body, recipientUnitIds: [hanoi] });
    expect(outside.statusCode).toBe(400);
    const ok = await canTho.send('POST', '/api/campaigns', body);
    expect(ok.statusCode).toBe(200);
    campaign = ok.json() as CampaignDetail;
    expect(campaign.state).toBe('dang_mo');
    expect(campaign.recipients.map((r) => r.status)).toEqual(['chua_mo', 'chua_mo']);
    // III.2 and III.3 ("tương tự mục III.1") arrive expanded.
    const iii2 = campaign.outlineTree.sections[2]!.children[1]!;
    expect(iii2.children.map((c) => c.numbering)).toEqual(['1.', '2.', '3.', '4.']);
  });

  it('the unit writes with autosave; a stale save is refused; another commune can neither read nor write it', async () => {
    const r = await reportOf(ngaBay, ngaBayWard);
    expect(r.canEdit).toBe(true);
    const save = await ngaBay.send('PUT', `/api/reports/${r.id}/content`, { version: r.version, autosave: true, content: { sections: { I: text('Phường Ngã Bảy có 6 khu vực.') } } });
    expect(save.statusCode).toBe(200);
    const saved = save.json() as { version: number; revision: number; state: string };
    expect(saved.state).toBe('dang_soan');
    const again = await ngaBay.send('PUT', `/api/reports/${r.id}/content`, { version: saved.version, autosave: true, content: { sections: { I: text('Phường Ngã Bảy có 06 khu vực.') } } });
    expect((again.json() as { revision: number }).revision).toBe(saved.revision);
    const stale = await ngaBay.send('PUT', `/api/reports/${r.id}/content`, { version: r.version, autosave: true, content: { sections: {} } });
    expect(stale.statusCode).toBe(409);
    expect(err(stale).code).toBe('VERSION_CONFLICT');
    // The requesting board reviews the unit's report but does not write it.
    expect((await canTho.send('PUT', `/api/reports/${r.id}/content`, { version: r.version, autosave: true, content: { sections: {} } })).statusCode).toBe(403);
    expect((await daiThanh.get(`/api/reports/${r.id}`)).statusCode).toBe(404);
    expect((await daiThanh.send('PUT', `/api/reports/${r.id}/content`, { version: 1, autosave: true, content: { sections: {} } })).statusCode).toBe(404);
    const fresh = await reportOf(ngaBay, ngaBayWard);
    expect(richToPlainText(fresh.content.sections.I!.text!)).toBe('Phường Ngã Bảy có 06 khu vực.');
  });

  it('bad content is refused with the place named and nothing saved', async () => {
    const r = await reportOf(ngaBay, ngaBayWard);
    const unknown = await ngaBay.send('PUT', `/api/reports/${r.id}/content`, { version: r.version, content: { sections: { 'VII.9': text('x') } } });
    expect(unknown.statusCode).toBe(400);
    const badNumber = await ngaBay.send('PUT', `/api/reports/${r.id}/content`, { version: r.version, content: { sections: { 'II.5': { rows: [{ hinh_thuc: 'Giấy khen', so_ca_nhan: '1,9 00' }] } } } });
    expect(badNumber.statusCode).toBe(400);
    expect(err(badNumber).details?.[0]?.path).toBe('content.sections.II.5.rows.0.so_ca_nhan');
    const huge = await ngaBay.send('PUT', `/api/reports/${r.id}/content`, { version: r.version, content: { sections: { I: { text: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a'.repeat(250_000) }] }] } } } } });
    expect([413, 400]).toContain(huge.statusCode);
    const after = await reportOf(ngaBay, ngaBayWard);
    expect(after.version).toBe(r.version);
  });

  it("offers the award sections filled from the award registry, for the unit and the period only", async () => {
    for (const [name, date] of [['Lê Văn Tám', '2026-03-10'], ['Võ Thị Sáu', '2026-05-02'], ['Trần Văn Ơn', '2025-12-20']] as const) {
      const rec = await ngaBay.send('POST', '/api/awards/records', { subject: { kind: 'ca_nhan', fullName: name, orgUnitId: ngaBayWard }, awardCode: 'giay_khen', awardName: 'Giấy khen', year: Number(date.slice(0, 4)), decisionDate: date });
      expect(rec.statusCode, rec.body).toBe(200);
    }
    const r = await reportOf(ngaBay, ngaBayWard);
    const got = await ngaBay.get(`/api/reports/${r.id}/award-figures`);
    expect(got.statusCode, got.body).toBe(200);
    const figures = got.json() as ReportAwardFigures;
    expect(figures.periodLabel).toBe('Năm 2026');
    expect(figures.sections['II.5']).toEqual([{ hinh_thuc: 'Giấy khen', cap: 'Cấp cơ sở', so_tap_the: 0, so_ho_gia_dinh: 0, so_ca_nhan: 2 }]);
    // Offered only: nothing is written into the report.
    expect((await reportOf(ngaBay, ngaBayWard)).version).toBe(r.version);
    expect((await daiThanh.get(`/api/reports/${r.id}/award-figures`)).statusCode).toBe(404);
  });

  it('submitting runs the checker: the unit sees the findings and may submit anyway', async () => {
    let r = await reportOf(ngaBay, ngaBayWard);
    const save = await ngaBay.send('PUT', `/api/reports/${r.id}/content`, {
      version: r.version,
      content: { sections: { I: text('Toàn phường có 61/119 khu vực đạt chuẩn văn minh đô thị, đạt tỷ lệ 60,5%.'), 'II.5': { rows: [{ hinh_thuc: 'Giấy khen của Chủ tịch UBND phường', cap: 'Cấp xã', so_tap_the: '2', so_ca_nhan: '1.234' }] } } },
    });
    expect(save.statusCode).toBe(200);
    r = await reportOf(ngaBay, ngaBayWard);
    expect(r.content.sections['II.5']!.rows![0]!.so_ca_nhan).toBe(1234);
    const first = await ngaBay.send('POST', `/api/reports/${r.id}/transition`, { to: 'da_nop', version: r.version });
    expect(first.statusCode).toBe(422);
    expect(err(first).code).toBe('CONFIRMATION_REQUIRED');
    const check = (await ngaBay.send('POST', `/api/reports/${r.id}/check`)).json() as { findings: FindingView[] };
    expect(check.findings.some((f) => f.category === 'ARITH' && f.sectionKey === 'I')).toBe(true);
    expect(check.findings.some((f) => f.category === 'STRUCT' && f.sectionKey === 'IV.1.a')).toBe(true);
    const arith = check.findings.find((f) => f.category === 'ARITH')!;
    expect([...richToPlainText(r.content.sections.I!.text!)].slice(arith.start, arith.end).join('')).toMatch(/60,5|61\/119/);
    const submitted = await ngaBay.send('POST', `/api/reports/${r.id}/transition`, { to: 'da_nop', version: r.version, confirm: true });
    expect(submitted.statusCode).toBe(200);
    const detail = submitted.json() as ReportDetail;
    expect(detail.status).toBe('nop_dung_han');
    expect(detail.canEdit).toBe(false);
    expect(detail.findings.length).toBeGreaterThan(0);
  });

  it('the board returns with a reason, the unit fixes and resubmits, the board accepts; accepted content is frozen', async () => {
    let r = await reportOf(ngaBay, ngaBayWard);
    expect((await ngaBay.send('POST', `/api/reports/${r.id}/transition`, { to: 'da_duyet', version: r.version })).statusCode).toBe(403);
    const noReason = await canTho.send('POST', `/api/reports/${r.id}/transition`, { to: 'tra_lai', version: r.version });
    expect(noReason.statusCode).toBe(400);
    const finding = r.findings[0]!;
    const reviewed = await canTho.send('PUT', `/api/reports/${r.id}/findings/${encodeURIComponent(finding.key)}`, { decision: 'dismissed', note: 'Số đúng theo biểu mẫu' });
    expect(reviewed.statusCode).toBe(200);
    expect((reviewed.json() as ReportDetail).findings.find((f) => f.key === finding.key)!.review).toMatchObject({ decision: 'dismissed', actorName: 'Trần Minh Khoa' });
    const returned = await canTho.send('POST', `/api/reports/${r.id}/transition`, { to: 'tra_lai', version: r.version, reason: 'Sửa tỷ lệ hộ nghèo ở mục I.' });
    expect(returned.statusCode).toBe(200);
    r = await reportOf(ngaBay, ngaBayWard);
    expect(r).toMatchObject({ state: 'tra_lai', returnReason: 'Sửa tỷ lệ hộ nghèo ở mục I.', canEdit: true });
    const fixed = await ngaBay.send('PUT', `/api/reports/${r.id}/content`, { version: r.version, content: { sections: { ...r.content.sections, I: text('Toàn phường có 61/119 khu vực đạt chuẩn văn minh đô thị, đạt tỷ lệ 51,26%.') } } });
    const again = await ngaBay.send('POST', `/api/reports/${r.id}/transition`, { to: 'da_nop', version: (fixed.json() as { version: number }).version, confirm: true });
    expect(again.statusCode).toBe(200);
    r = again.json() as ReportDetail;
    expect(r.findings.some((f) => f.category === 'ARITH' && f.sectionKey === 'I')).toBe(false);
    const accepted = await canTho.send('POST', `/api/reports/${r.id}/transition`, { to: 'da_duyet', version: r.version });
    expect(accepted.statusCode).toBe(200);
    r = accepted.json() as ReportDetail;
    expect(r.state).toBe('da_duyet');
    const frozen = await ngaBay.send('PUT', `/api/reports/${r.id}/content`, { version: r.version, content: { sections: {} } });
    expect(frozen.statusCode).toBe(409);
    expect((await canTho.send('POST', `/api/reports/${r.id}/transition`, { to: 'tra_lai', version: r.version })).statusCode).toBe(400);
    expect(r.transitions.map((t) => t.to)).toEqual(['dang_soan', 'da_nop', 'tra_lai', 'da_nop', 'da_duyet']);
    const revisions = (await ngaBay.get(`/api/reports/${r.id}/revisions`)).json() as { items: { kind: string }[] };
    expect(revisions.items.map((x) => x.kind)).toContain('duyet');
    const audit = await database.db.selectFrom('audit_log').select('action').where('entity_id', '=', r.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['report.save', 'report.transition', 'report.finding_review']));
  });

  it('composes the synthesis; a late report re-composes it keeping the specialist edits and flagging the change', async () => {
    const composed = await canTho.send('POST', `/api/campaigns/${campaign.id}/synthesis/compose`);
    expect(composed.statusCode).toBe(200);
    let s = composed.json() as SynthesisView;
    const sec = (key: string) => s.sections.find((x) => x.key === key)!;
    expect(richToPlainText(sec('I').generated)).toContain('- Phường Ngã Bảy: Toàn phường có 61/119 khu vực');
    expect(richToPlainText(s.intro)).toContain('01/02 đơn vị');
    expect(richToPlainText(sec('II.5').generated)).toMatch(/02 tập thể, 1\.234 cá nhân/);
    const edited = await canTho.send('PUT', `/api/campaigns/${campaign.id}/synthesis`, { version: s.version, sections: { I: richFromPlainText('Đoạn chuyên viên đã viết lại.') } });
    expect(edited.statusCode).toBe(200);
    s = edited.json() as SynthesisView;
    // Đại Thành reports late and is accepted.
    let d = await reportOf(daiThanh, daiThanhWard);
    const saved = await daiThanh.send('PUT', `/api/reports/${d.id}/content`, { version: d.version, content: { sections: { I: text('Phường Đại Thành có 5 ấp.') } } });
    const sub = await daiThanh.send('POST', `/api/reports/${d.id}/transition`, { to: 'da_nop', version: (saved.json() as { version: number }).version, confirm: true });
    d = sub.json() as ReportDetail;
    expect((await canTho.send('POST', `/api/reports/${d.id}/transition`, { to: 'da_duyet', version: d.version })).statusCode).toBe(200);
    s = (await canTho.send('POST', `/api/campaigns/${campaign.id}/synthesis/compose`)).json() as SynthesisView;
    expect(richToPlainText(sec('I').edited!)).toBe('Đoạn chuyên viên đã viết lại.');
    expect(sec('I').sourceChanged).toBe(true);
    expect(richToPlainText(sec('I').generated)).toContain('- Phường Đại Thành: Phường Đại Thành có 5 ấp.');
    expect(s.changes.join(' ')).toContain('Bổ sung báo cáo của Phường Đại Thành');
    // Lãnh đạo reads but cannot compose.
    expect((await leader.get(`/api/campaigns/${campaign.id}/synthesis`)).statusCode).toBe(200);
    expect((await leader.send('POST', `/api/campaigns/${campaign.id}/synthesis/compose`)).statusCode).toBe(403);
  });

  it('exports the synthesis as DOCX (NĐ 30 header, footnotes) and its tables as XLSX', async () => {
    const docx = await canTho.get(`/api/campaigns/${campaign.id}/synthesis/export/docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const files = unzipSync(new Uint8Array(docx.rawPayload));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(xml).toContain('ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ');
    expect(xml).toContain('Đoạn chuyên viên đã viết lại.');
    const xlsx = await canTho.get(`/api/campaigns/${campaign.id}/synthesis/export/xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const report = await ngaBay.get(`/api/reports/${(await reportOf(ngaBay, ngaBayWard)).id}/export/docx`);
    expect(strFromU8(unzipSync(new Uint8Array(report.rawPayload))['word/document.xml']!)).toContain('(Chưa báo cáo nội dung này.)');
  });

  it('locks writing after deadline + grace days unless the board grants an exception; reminders reach only those who have not submitted', async () => {
    const body = { title: 'Báo cáo quý III/2026', requesterUnitId: canThoId, outlineVersionId: outline.latest.id, periodKey: '2026-Q3', deadline: '2026-11-10', graceDays: 3, recipientUnitIds: [ngaBayWard, daiThanhWard] };
    const c = (await canTho.send('POST', '/api/campaigns', body)).json() as CampaignDetail;
    const r = (await (await ngaBay.get(`/api/reports/${c.recipients.find((x) => x.unit.id === ngaBayWard)!.reportId}`)).json()) as ReportDetail;
    expect(r.lockedReason).toMatch(/quá hạn nộp/);
    const locked = await ngaBay.send('PUT', `/api/reports/${r.id}/content`, { version: r.version, content: { sections: { I: text('Muộn.') } } });
    expect(locked.statusCode).toBe(409);
    expect(err(locked).code).toBe('PERIOD_LOCKED');
    expect((await canTho.send('PUT', `/api/campaigns/${c.id}/recipients/${ngaBayWard}/exception`, { until: '2026-11-25' })).statusCode).toBe(200);
    const open = await ngaBay.send('PUT', `/api/reports/${r.id}/content`, { version: r.version, content: { sections: { I: text('Muộn.') } } });
    expect(open.statusCode).toBe(200);
    const reminded = (await canTho.send('POST', `/api/campaigns/${c.id}/remind`, { message: 'Đề nghị nộp trước 25/11.' })).json() as { reminded: number };
    expect(reminded.reminded).toBe(2);
    const detail = (await canTho.get(`/api/campaigns/${c.id}`)).json() as CampaignDetail;
    expect(detail.recipients.every((x) => x.lastRemindedAt)).toBe(true);
    expect(detail.recipients.find((x) => x.unit.id === ngaBayWard)!.lockExceptionUntil).toBe('2026-11-25');
  });

  it('the demo: Hậu Giang 2023 on outline 004 and the Tây Nam Bộ 2021 synthesis computed from member data (819 communes, award counts)', async () => {
    const tw = await loginAs(app, 'chuyenvien.tw', undefined, '10.9.0.9');
    const list = (await tw.get('/api/campaigns')).json() as { items: CampaignDetail[] };
    const tnb = list.items.find((c) => c.periodKey === '2021-H1')!;
    expect(tnb.totals).toEqual({ expected: 12, submitted: 12, onTime: 12, accepted: 12 });
    const s = (await tw.get(`/api/campaigns/${tnb.id}/synthesis`)).json() as SynthesisView;
    const all = s.sections.map((x) => richToPlainText(x.generated, { footnotes: 'end' })).join('\n');
    expect(all).toContain('Số xã đạt chuẩn nông thôn mới (lũy kế): 819 xã');
    expect(all).toContain('Tỉnh An Giang 61 xã');
    expect(all).toContain('Bằng khen của Chủ tịch UBND tỉnh: 24.550 trường hợp');
    expect(all).toContain('Cờ thi đua của Chính phủ: 62 trường hợp');
    expect(all).toContain('- Tỉnh Sóc Trăng:');
    const hg = list.items.find((c) => c.periodKey === '2023')!;
    const detail = (await canTho.get(`/api/campaigns/${hg.id}`)).json() as CampaignDetail;
    expect(detail.requestDocument?.citation).toContain('3959');
    const ngaBayCity = detail.recipients.find((r) => r.unit.name === 'Thành phố Ngã Bảy')!;
    expect(ngaBayCity.status).toBe('da_duyet');
    const report = (await canTho.get(`/api/reports/${ngaBayCity.reportId}`)).json() as ReportDetail;
    expect(richToPlainText(report.content.sections['IV.1.a']!.text!)).toContain('Các cấp ủy Đảng');
    expect(report.content.sections['V.1']).toBeUndefined();
    expect(report.indicatorTables['II.3']!.find((c) => c.indicator.code === 'VNN_TIEN_MAT')).toMatchObject({ value: 2_434_000_000, target: 1_400_000_000 });
  });
});
