import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { ProposalDetail, ProposalSummary } from '../../src/shared/api/award-proposals';
import { insertRecords, insertSubjects } from '../../src/awards/registry/registry-writes';
import { seedProposals } from '../../src/demo/seed-proposals';
import { BACKENDS, openTestDb } from '../support/databases';
import { ctxFor, seedDemoRegion, unitId } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

const PDF = Buffer.from('%PDF-1.4\n%test\n');
const BASE = '/api/award-proposals';

/** The demo people of seed-awards.ts (HISTORIES) that the proposal seed looks up, with their registry records. */
async function registryPeople(database: Database, wardId: string, cityId: string) {
  const people: [string, number, [number, string, ('chuyen_de' | undefined)?][]][] = [
    ['Đoàn Minh Triết', 1979, [[2021, 'cstd_co_so'], [2022, 'cstd_co_so'], [2023, 'cstd_co_so'], [2024, 'lao_dong_tien_tien']]],
    ['Trịnh Thị Mỹ Duyên', 1986, [[2022, 'lao_dong_tien_tien'], [2023, 'cstd_co_so'], [2024, 'cstd_co_so']]],
    ['Mai Văn Thành', 1975, [[2018, 'bang_khen_tinh'], [2019, 'cstd_co_so'], [2021, 'cstd_co_so'], [2023, 'cstd_co_so']]],
    ['Tạ Quang Hiếu', 1982, [[2021, 'cstd_co_so'], [2022, 'cstd_co_so'], [2023, 'cstd_co_so']]],
    ['Lưu Thị Kim Ngân', 1990, [[2022, 'bang_khen_tinh', 'chuyen_de'], [2023, 'cstd_co_so'], [2024, 'cstd_co_so']]],
  ];
  const ids = await insertSubjects(database.db, people.map(([fullName, birthYear]) => ({ kind: 'ca_nhan', fullName, birthYear, idNumber: `0930${birthYear}00123`.slice(0, 12), orgUnitId: wardId })));
  await insertRecords(
    database.db,
    people.flatMap(([, , history], i) =>
      history.map(([year, code, round]) => ({
        subjectId: ids[i]!, subjectKind: 'ca_nhan' as const, workerCategory: null, awardCode: code, awardName: code, grade: null, level: code === 'bang_khen_tinh' ? ('bo_tinh' as const) : ('co_so' as const), year,
        decisionNumber: `${300 + year - 2000}/QĐ-UBND`, decisionDate: `${year}-12-15`, decidingAuthority: null, movementId: null, roundKind: round ?? ('thuong_xuyen' as const), orgUnitId: cityId, source: 'decision' as const, note: null, createdBy: null,
      })),
    ),
  );
  return Object.fromEntries(people.map(([name], i) => [name, ids[i]!]));
}

describe.each(BACKENDS)('award proposals on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let ngaBay: Session;
  let daiThanh: Session;
  let specialist: Session;
  let central: Session;
  let leader: Session;
  let ward: string;
  let people: Record<string, string>;
  let demo: string;
  let sentDemo: string;

  const detail = async (s: Session, id: string) => {
    const r = await s.get(`${BASE}/${id}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as ProposalDetail;
  };
  const ok = async (p: Promise<{ statusCode: number; body: string; json: () => unknown }>) => {
    const r = await p;
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as ProposalDetail;
  };
  const upload = (s: Session, id: string, query: string, body: Buffer) =>
    app.inject({ method: 'POST', url: `${BASE}/${id}/attachments?${query}`, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/octet-stream' }, body });
  const move = (s: Session, p: ProposalDetail, to: string, extra: object = {}) => s.send('POST', `${BASE}/${p.id}/transition`, { to, version: p.version, ...extra });
  const codesOf = (p: ProposalDetail, name?: string) => {
    const id = name ? p.nominees.find((n) => n.fullName === name)!.id : null;
    return p.check!.findings.filter((f) => !name || f.nomineeId === id).map((f) => f.code);
  };

  /** A clean dossier of the ward: one eligible nominee with report, tờ trình and council minutes. */
  async function cleanDossier(title: string, nominee: object): Promise<ProposalDetail> {
    let p = await ok(ngaBay.send('POST', BASE, { proposingUnitId: ward, title, basis: 'nam', year: 2025 }));
    p = await ok(ngaBay.send('POST', `${BASE}/${p.id}/nominees`, nominee));
    await ok(upload(ngaBay, p.id, 'kind=to_trinh&fileName=to-trinh.pdf', PDF));
    return ok(upload(ngaBay, p.id, `kind=bien_ban_hoi_dong&fileName=${encodeURIComponent('Biên bản họp.pdf')}`, PDF));
  }
  const duyen = () => ({
    subjectId: people['Trịnh Thị Mỹ Duyên'],
    subjectKind: 'ca_nhan',
    fullName: 'Trịnh Thị Mỹ Duyên',
    birthYear: 1986,
    idNumber: '093186001234',
    awardCode: 'cstd_bo_tinh',
    achievement: { sections: { so_luoc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Giáo viên.' }] }] }, thanh_tich: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ba năm liền CSTĐ cơ sở.' }] }] } } },
    history: { titles: [{ year: 2025, award: 'cstd_co_so' }, { year: 2025, award: 'lao_dong_tien_tien' }], ratings: [2023, 2024, 2025].map((year) => ({ year, rating: 'htxs' })), initiatives: [{ year: 2024, scope: 'bo_tinh' }] },
  });

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    ward = await unitId(database, '2025', '31340');
    people = await registryPeople(database, ward, await unitId(database, 'pre2025', '931'));
    ({ proposalId: demo, sentId: sentDemo } = await seedProposals(await ctxFor(database, 'admin'), { ngaBayWardId: ward }));
    app = await testApp(database);
    [ngaBay, daiThanh, specialist, central, leader] = await Promise.all([
      loginAs(app, 'canbo.ngabay', undefined, '10.9.2.1'),
      loginAs(app, 'canbo.daithanh', undefined, '10.9.2.2'),
      loginAs(app, 'chuyenvien.cantho', undefined, '10.9.2.3'),
      loginAs(app, 'chuyenvien.tw', undefined, '10.9.2.4'),
      loginAs(app, 'lanhdao.cantho', undefined, '10.9.2.5'),
    ]);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('checks the demo dossier: eligibility with articles, discipline, forwarding, duplicates, missing documents', async () => {
    const p = await detail(ngaBay, demo);
    expect(p).toMatchObject({ state: 'soan', proposingUnit: { id: ward, name: 'Phường Ngã Bảy' }, receivingUnit: { name: 'Thành phố Cần Thơ' }, year: 2025, may: { edit: true, review: false } });
    expect(p.nominees.map((n) => [n.fullName, n.awardName, !!n.subjectId])).toEqual([
      ['Trịnh Thị Mỹ Duyên', 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', true],
      ['Đoàn Minh Triết', 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', true],
      ['Tạ Quang Hiếu', 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', true],
      ['Mai Văn Thành', 'Bằng khen của Thủ tướng Chính phủ', true],
      ['Lưu Thị Kim Ngân', 'Bằng khen của Thủ tướng Chính phủ', true],
      ['Trịnh Thị Mỹ Duyên', 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', true],
    ]);
    const byName = (name: string, i = 0) => p.check!.nominees.filter((c) => p.nominees.find((n) => n.id === c.nomineeId)!.fullName === name)[i]!;
    expect(byName('Trịnh Thị Mỹ Duyên').eligible).toBe(true);
    expect(codesOf(p, 'Đoàn Minh Triết')).toContain('DIEU_KIEN_CSTD_TINH_LIEN_TUC');
    const triet = p.check!.findings.find((f) => f.code === 'DIEU_KIEN_CSTD_TINH_LIEN_TUC')!;
    expect(triet).toMatchObject({ severity: 'block', message: expect.stringContaining('Điều 22 Luật TĐKT 2022') });
    expect(p.check!.findings.some((f) => f.nomineeId === p.nominees[2]!.id && f.severity === 'block' && /kỷ luật/.test(f.message))).toBe(true);
    expect(byName('Mai Văn Thành')).toMatchObject({ eligible: true, routing: 'forward', deciders: ['Thủ tướng Chính phủ'] });
    expect(byName('Lưu Thị Kim Ngân').eligible).toBe(false);
    expect(codesOf(p, 'Lưu Thị Kim Ngân')).toContain('THIEU_BAO_CAO');
    expect(p.check!.findings.find((f) => f.code === 'TRUNG_TRONG_HO_SO')).toMatchObject({ nomineeId: p.nominees[5]!.id, severity: 'block' });
    expect(codesOf(p)).toContain('THIEU_BIEN_BAN');
    expect(codesOf(p)).not.toContain('THIEU_TO_TRINH');
    expect(p.blocking).toBeGreaterThan(4);
    expect(p.nominees[0]!.personal?.idNumber).toBe(null);
    expect(p.nominees[0]!.template.sections.map((s) => s.key)).toEqual(['so_luoc', 'thanh_tich', 'sang_kien', 'khen_thuong']);
    expect(p.actions.map((a) => a.to)).toEqual(['gui']);
  });

  it('scopes reads and writes: other wards see nothing, the province reviews but does not write, leaders read without personal data', async () => {
    expect((await daiThanh.get(`${BASE}/${demo}`)).statusCode).toBe(404);
    expect((await daiThanh.send('PATCH', `${BASE}/${demo}`, { title: 'X', version: 1 })).statusCode).toBe(404);
    const asBoard = await detail(specialist, demo);
    expect(asBoard.may).toEqual({ edit: false, review: true, override: true, seePersonal: true });
    expect(asBoard.actions).toEqual([]);
    const p = await detail(ngaBay, demo);
    expect((await specialist.send('PATCH', `${BASE}/${demo}`, { title: 'Sửa hộ', version: p.version })).statusCode).toBe(403);
    expect((await specialist.send('POST', `${BASE}/${demo}/transition`, { to: 'gui', version: p.version })).statusCode).toBe(403);
    const lead = await detail(leader, demo);
    expect(lead.nominees.every((n) => n.personal === null)).toBe(true);
    expect((await leader.send('POST', `${BASE}/${demo}/override`, { version: p.version, reason: 'Lãnh đạo cho phép gửi' })).statusCode).toBe(403);
    const sent = (await ngaBay.get(`${BASE}?box=gui`)).json() as { items: ProposalSummary[] };
    expect(sent.items.map((i) => i.id)).toContain(demo);
    expect(((await daiThanh.get(`${BASE}?box=gui`)).json() as { items: ProposalSummary[] }).items).toEqual([]);
    // Drafts have not reached the province yet; the demo's ad-hoc dossier has.
    const received = ((await specialist.get(`${BASE}?box=nhan`)).json() as { items: ProposalSummary[] }).items;
    expect(received.map((i) => i.id)).not.toContain(demo);
    expect(received.find((i) => i.id === sentDemo)).toMatchObject({ state: 'gui', blocking: 0, nomineeCount: 1, proposingUnit: { name: 'Phường Ngã Bảy' } });
  });

  it('refuses to send a dossier with blocking findings, until the receiving body overrides with a reason', async () => {
    let p = await detail(ngaBay, demo);
    const refused = await move(ngaBay, p, 'gui');
    expect(refused.statusCode).toBe(409);
    const body = refused.json() as { error: { message: string; details: { message: string }[] } };
    expect(body.error.message).toMatch(/^Hồ sơ chưa gửi được: còn \d+ vấn đề phải khắc phục/);
    expect(body.error.details.map((d) => d.message).join('\n')).toContain('Điều 22 Luật TĐKT 2022');
    expect((await detail(ngaBay, demo)).state).toBe('soan');

    expect((await ngaBay.send('POST', `${BASE}/${demo}/override`, { version: p.version, reason: 'Tự cho phép mình gửi' })).statusCode).toBe(403);
    expect((await specialist.send('POST', `${BASE}/${demo}/override`, { version: p.version, reason: 'ngắn' })).statusCode).toBe(400);
    p = await ok(specialist.send('POST', `${BASE}/${demo}/override`, { version: p.version, reason: 'Cho gửi để Hội đồng thành phố xem xét các trường hợp còn vướng.' }));
    expect(p.override).toMatchObject({ reason: 'Cho gửi để Hội đồng thành phố xem xét các trường hợp còn vướng.', by: 'Trần Minh Khoa' });
    expect(p.blocking).toBe(0);
    // Stale version: the Vietnamese 409.
    const stale = await ngaBay.send('POST', `${BASE}/${demo}/transition`, { to: 'gui', version: p.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { error: { code: string; message: string } }).error).toMatchObject({ code: 'VERSION_CONFLICT', message: expect.stringContaining('đã được người khác thay đổi') });
    p = await ok(move(ngaBay, p, 'gui'));
    expect(p.state).toBe('gui');
    expect(p.submittedAt).not.toBeNull();
    const audit = await database.db.selectFrom('audit_log').select(['action', 'after']).where('entity_id', '=', demo).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['award_proposal.create', 'award_proposal.nominee_add', 'award_proposal.attach', 'award_proposal.override', 'award_proposal.transition']));
    expect(((await specialist.get(`${BASE}?box=nhan`)).json() as { items: ProposalSummary[] }).items.map((i) => i.id)).toContain(demo);
  });

  it('takes the dossier in, returns nominees with reasons, and forwards what is above the province', async () => {
    let p = await detail(specialist, demo);
    expect(p.actions.map((a) => a.to)).toEqual(['tiep_nhan', 'tra_lai']);
    p = await ok(move(specialist, p, 'tiep_nhan'));
    p = await ok(move(specialist, p, 'tham_dinh'));
    expect((await move(specialist, p, 'tra_lai')).statusCode).toBe(400);
    const [, triet, hieu, , ngan, dup] = p.nominees;
    p = await ok(move(specialist, p, 'tra_lai', { returns: [{ nomineeId: triet!.id, reason: 'Năm 2024 không đạt Chiến sĩ thi đua cơ sở.' }, { nomineeId: dup!.id, reason: 'Trùng với dòng 1.' }] }));
    expect(p.state).toBe('tra_lai');
    expect(p.nominees.filter((n) => n.state === 'tra_lai').map((n) => n.returnReason)).toEqual(['Năm 2024 không đạt Chiến sĩ thi đua cơ sở.', 'Trùng với dòng 1.']);
    expect(p.history.at(-1)).toMatchObject({ label: 'Trả lại', reason: 'Trả lại 2 đối tượng.', actorName: 'Trần Minh Khoa' });

    // The ward drops the duplicate and the ineligible ones, then sends again; what was returned is checked again meanwhile.
    p = await detail(ngaBay, demo);
    expect(codesOf(p, 'Đoàn Minh Triết')).toContain('DIEU_KIEN_CSTD_TINH_LIEN_TUC');
    for (const n of [dup!, triet!, ngan!, hieu!]) {
      const cur = p.nominees.find((x) => x.id === n.id)!;
      p = await ok(ngaBay.send('DELETE', `${BASE}/${demo}/nominees/${n.id}`, { version: cur.version }));
    }
    expect(p.nominees.map((n) => n.fullName)).toEqual(['Trịnh Thị Mỹ Duyên', 'Mai Văn Thành']);
    p = await ok(move(ngaBay, p, 'gui'));
    p = await ok(move(specialist, p, 'tiep_nhan'));
    p = await ok(move(specialist, p, 'tham_dinh'));
    expect((await move(specialist, p, 'bieu_quyet')).statusCode).toBe(409);
    p = await ok(move(specialist, p, 'chuyen_cap_tren'));
    // Mai Văn Thành goes up; Duyên stays for the city's own council.
    expect(p.state).toBe('tham_dinh');
    expect(p.nominees.map((n) => n.state)).toEqual(['dang_xet', 'chuyen_cap_tren']);
    expect(p.forwardedTo).toHaveLength(1);
    const up = await detail(specialist, p.forwardedTo[0]!.id);
    expect(up).toMatchObject({ state: 'soan', proposingUnit: { name: 'Thành phố Cần Thơ' }, forwardedFrom: { id: demo }, may: { edit: true, review: false } });
    expect(up.receivingUnit.name).toBe((await database.db.selectFrom('org_unit').select('name').where('kind', '=', 'national').executeTakeFirstOrThrow()).name);
    expect(up.nominees.map((n) => [n.fullName, n.awardCode])).toEqual([['Mai Văn Thành', 'bang_khen_thu_tuong']]);
    expect(up.check!.nominees[0]).toMatchObject({ routing: 'decide_here' });
    expect(((await central.get(`${BASE}/${up.id}`)).json() as ProposalDetail).may.review).toBe(true);
    p = await ok(move(specialist, p, 'trinh_hoi_dong'));
    expect(p.state).toBe('trinh_hoi_dong');
    expect(p.actions).toEqual([]);
  });

  it('needs ten working days of publication before the council for state awards', async () => {
    let p = await cleanDossier('Đề nghị Huân chương Lao động', { ...duyen(), awardCode: 'huan_chuong_lao_dong_3', fullName: 'Trịnh Thị Mỹ Duyên' });
    expect(p.check!.needsPublication).toBe(true);
    if (p.blocking) p = await ok(specialist.send('POST', `${BASE}/${p.id}/override`, { version: p.version, reason: 'Tiêu chuẩn Huân chương do Hội đồng xét.' }));
    p = await ok(move(ngaBay, p, 'gui'));
    // Duyên is also proposed in the demo dossier for 2025, now at the council.
    expect(codesOf(p)).toContain('CO_TRONG_HO_SO_KHAC');
    p = await ok(move(specialist, p, 'tiep_nhan'));
    p = await ok(move(specialist, p, 'tham_dinh'));
    const early = await move(specialist, p, 'trinh_hoi_dong');
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('ít nhất 10 ngày làm việc');
    const short = await move(specialist, p, 'lay_y_kien', { publicFrom: '2026-11-23', publicUntil: '2026-12-03' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('chỉ có 9 ngày làm việc');
    // Ten working days already gone by today (21/11/2026): a publication cannot be backdated.
    const backdated = await move(specialist, p, 'lay_y_kien', { publicFrom: '2026-11-09', publicUntil: '2026-11-20' });
    expect(backdated.statusCode).toBe(400);
    expect(backdated.body).toContain('Ngày bắt đầu công khai (9/11/2026) không được trước ngày hôm nay (21/11/2026)');
    expect((await detail(specialist, p.id)).state).toBe('tham_dinh');
    p = await ok(move(specialist, p, 'lay_y_kien', { publicFrom: '2026-11-23', publicUntil: '2026-12-04' }));
    expect(p).toMatchObject({ state: 'lay_y_kien', publicFrom: '2026-11-23', publicUntil: '2026-12-04' });
    const running = await move(specialist, p, 'trinh_hoi_dong');
    expect(running.statusCode).toBe(409);
    expect(running.body).toContain('đến hết ngày 4/12/2026');
  });

  it('blocks the same award for the same person in another open dossier of the year', async () => {
    const p = await cleanDossier('Đề nghị lần hai', duyen());
    const f = p.check!.findings.find((x) => x.code === 'TRUNG_HO_SO_KHAC')!;
    expect(f).toMatchObject({ severity: 'block', message: expect.stringContaining('"Đề nghị khen thưởng tổng kết công tác năm 2025" của Phường Ngã Bảy') });
    expect((await move(ngaBay, p, 'gui')).statusCode).toBe(409);
  });

  it('accepts real files only, within the size limit, and serves them back to those who may read', async () => {
    const p = await detail(ngaBay, (await cleanDossier('Đề nghị có tệp', { ...duyen(), awardCode: 'bang_khen_tinh' })).id);
    const exe = await upload(ngaBay, p.id, 'kind=khac&fileName=bao-cao.pdf', Buffer.from('MZ\x90\x00binary'));
    expect(exe.statusCode).toBe(400);
    expect(exe.body).toContain('không đúng định dạng .pdf');
    const big = Buffer.alloc(10 * 1024 * 1024 + 10);
    PDF.copy(big);
    const tooBig = await upload(ngaBay, p.id, 'kind=khac&fileName=lon.pdf', big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.body).toContain('vượt giới hạn 10 MB');
    expect((await upload(daiThanh, p.id, 'kind=khac&fileName=a.pdf', PDF)).statusCode).toBe(404);
    const file = p.attachments.find((a) => a.kind === 'bien_ban_hoi_dong')!;
    expect(file).toMatchObject({ fileName: 'Biên bản họp.pdf', mime: 'application/pdf', size: PDF.length });
    const got = await app.inject({ method: 'GET', url: `${BASE}/${p.id}/attachments/${file.id}`, headers: { cookie: specialist.cookie } });
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(PDF)).toBe(true);
    expect(got.headers['content-disposition']).toContain("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp.pdf");
    expect((await daiThanh.get(`${BASE}/${p.id}/attachments/${file.id}`)).statusCode).toBe(404);
    // Personal data: the ward and the board see the ID number, the audit log does not keep it.
    expect(p.nominees[0]!.personal).toEqual({ birthYear: 1986, birthDate: null, idNumber: '093186001234' });
    const audit = await database.db.selectFrom('audit_log').select('after').where('entity_id', '=', p.id).execute();
    expect(JSON.stringify(audit.map((a) => a.after))).not.toContain('093186001234');
  });

  it('refuses bad input with Vietnamese reasons', async () => {
    const bad = await ngaBay.send('POST', BASE, { proposingUnitId: ward, title: 'X', basis: 'nam' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('cần ghi năm thành tích');
    const p = await ok(ngaBay.send('POST', BASE, { proposingUnitId: ward, title: 'Hồ sơ thử', basis: 'dot_xuat' }));
    expect(p.roundKind).toBe('dot_xuat');
    const wrong = await ngaBay.send('POST', `${BASE}/${p.id}/nominees`, { subjectKind: 'tap_the', fullName: 'Tổ dân phố 3', awardCode: 'cstd_bo_tinh' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('không dùng cho đối tượng này');
    const badId = await ngaBay.send('POST', `${BASE}/${p.id}/nominees`, { subjectKind: 'ca_nhan', fullName: 'A', awardCode: 'bang_khen_tinh', idNumber: '12ab' });
    expect(badId.statusCode).toBe(400);
    expect(badId.body).toContain('12 chữ số');
    const daiThanhWard = await unitId(database, '2025', '31411');
    expect((await ngaBay.send('POST', `${BASE}/${p.id}/nominees`, { subjectKind: 'ca_nhan', fullName: 'B', awardCode: 'bang_khen_tinh', orgUnitId: daiThanhWard })).statusCode).toBe(403);
    expect((await daiThanh.send('POST', BASE, { proposingUnitId: ward, title: 'Hộ', basis: 'dot_xuat' })).statusCode).toBe(403);
    // Two people editing the same nominee: the second save is refused, nothing of it is kept.
    let q = await ok(ngaBay.send('POST', `${BASE}/${p.id}/nominees`, { subjectKind: 'tap_the', fullName: 'Tổ dân phố 3', awardCode: 'bang_khen_tinh' }));
    const n = q.nominees[0]!;
    q = await ok(ngaBay.send('PATCH', `${BASE}/${p.id}/nominees/${n.id}`, { version: n.version, workplace: 'Khu vực 3' }));
    const late = await ngaBay.send('PATCH', `${BASE}/${p.id}/nominees/${n.id}`, { version: n.version, workplace: 'Khu vực 4' });
    expect(late.statusCode).toBe(409);
    expect((late.json() as { error: { code: string } }).error.code).toBe('VERSION_CONFLICT');
    expect((await detail(ngaBay, p.id)).nominees[0]!.workplace).toBe('Khu vực 3');
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/award-proposals/{id}/transition'] ?? {})).toEqual(['post']);
    expect(doc.paths['/api/award-proposals/{id}/attachments']?.post).toBeDefined();
    expect((await ngaBay.send('DELETE', `${BASE}/${p.id}`, { version: q.version })).statusCode).toBe(200);
    expect((await ngaBay.get(`${BASE}/${p.id}`)).statusCode).toBe(404);
  });

  it('links a nominee to a registry entry only inside the registry of the nominee\'s unit, an individual only with the same year of birth', async () => {
    const elsewhere = await unitId(database, '2025', '01');
    // The ward carries on the registry of a unit that ended in the 2025 merger.
    const before = await database.db
      .selectFrom('org_lineage as l')
      .innerJoin('org_unit as u', 'u.id', 'l.from_unit_id')
      .select('l.from_unit_id')
      .where('l.to_unit_id', '=', ward)
      .where('u.valid_to', 'is not', null)
      .where((eb) => eb.or([eb('l.is_primary', '=', true), eb('l.kind', '=', 'full')]))
      .executeTakeFirstOrThrow();
    const [, , near, , oldSchool] = await insertSubjects(database.db, [
      { kind: 'ca_nhan', fullName: 'Hồ Văn Xa', birthYear: 1970, orgUnitId: elsewhere },
      { kind: 'tap_the', fullName: 'Trường Tiểu học Sao Mai', orgUnitId: elsewhere },
      { kind: 'ca_nhan', fullName: 'Lý Thị Gần', birthYear: 1980, orgUnitId: ward },
      { kind: 'ca_nhan', fullName: 'Cao Văn Năm', birthYear: 1966, orgUnitId: ward },
      { kind: 'tap_the', fullName: 'Trường Mầm non Hoa Sen', orgUnitId: before.from_unit_id },
    ]);
    let p = await ok(ngaBay.send('POST', BASE, { proposingUnitId: ward, title: 'Đề nghị thử ghép sổ khen thưởng', basis: 'nam', year: 2024 }));
    for (const n of [
      { subjectKind: 'ca_nhan', fullName: 'Hồ Văn Xa', birthYear: 1970 },
      { subjectKind: 'tap_the', fullName: 'Trường Tiểu học Sao Mai' },
      { subjectKind: 'ca_nhan', fullName: 'Lý Thị Gần', birthYear: 1980 },
      { subjectKind: 'ca_nhan', fullName: 'Cao Văn Năm' },
      { subjectKind: 'tap_the', fullName: 'Trường Mầm non Hoa Sen' },
    ]) p = await ok(ngaBay.send('POST', `${BASE}/${p.id}/nominees`, { ...n, awardCode: 'bang_khen_tinh' }));
    // Strangers of the same name elsewhere in the country, or without the year of birth the registry holds, stay unlinked.
    expect(p.nominees.map((n) => [n.fullName, n.subjectId])).toEqual([
      ['Hồ Văn Xa', null],
      ['Trường Tiểu học Sao Mai', null],
      ['Lý Thị Gần', near],
      ['Cao Văn Năm', null],
      ['Trường Mầm non Hoa Sen', oldSchool],
    ]);
    // Naming the year later links inside the ward; a year that differs does not.
    const nam = p.nominees[3]!;
    p = await ok(ngaBay.send('PATCH', `${BASE}/${p.id}/nominees/${nam.id}`, { version: nam.version, birthYear: 1967 }));
    expect(p.nominees[3]!.subjectId).toBeNull();
    const xa = p.nominees[0]!;
    p = await ok(ngaBay.send('PATCH', `${BASE}/${p.id}/nominees/${xa.id}`, { version: xa.version, fullName: 'Hồ Văn  Xa' }));
    expect(p.nominees[0]!.subjectId).toBeNull();
    const nam2 = p.nominees[3]!;
    p = await ok(ngaBay.send('PATCH', `${BASE}/${p.id}/nominees/${nam2.id}`, { version: nam2.version, birthYear: 1966 }));
    expect(p.nominees[3]!.subjectId).not.toBeNull();
  });

  it('tells namesakes in other units apart and keeps dossiers of other provinces out of the check', async () => {
    const daiThanhWard = await unitId(database, '2025', '31411');
    const hanoi = await unitId(database, '2025', '01');
    const school = { subjectKind: 'tap_the', fullName: 'Trường THCS Lê Lợi', awardCode: 'bang_khen_tinh' };
    // Đại Thành's school of the same name, in its own dossier to the city.
    const other = await ok(daiThanh.send('POST', BASE, { proposingUnitId: daiThanhWard, title: 'Đề nghị của phường Đại Thành', basis: 'nam', year: 2025 }));
    await ok(daiThanh.send('POST', `${BASE}/${other.id}/nominees`, school));
    // A dossier of Hà Nội, received there: the same school name, and Duyên's registry entry.
    const far = await database.db
      .insertInto('award_proposal')
      .values({ proposing_unit_id: hanoi, receiving_unit_id: hanoi, title: 'Đề nghị của thành phố Hà Nội', basis: 'nam', year: 2025, state: 'gui', check_result: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('award_proposal_nominee')
      .values([
        { proposal_id: far.id, position: 1, subject_id: null, subject_kind: 'tap_the', full_name: 'Trường THCS Lê Lợi', search_key: 'truong thcs le loi', org_unit_id: hanoi, award_code: 'bang_khen_tinh', achievement: null, history: null },
        { proposal_id: far.id, position: 2, subject_id: people['Trịnh Thị Mỹ Duyên']!, subject_kind: 'ca_nhan', full_name: 'Trịnh Thị Mỹ Duyên', search_key: 'trinh thi my duyen', birth_year: 1986, org_unit_id: hanoi, award_code: 'bang_khen_tinh', achievement: null, history: null },
      ])
      .execute();

    let p = await cleanDossier('Đề nghị tập thể trường', school);
    const mine = p.nominees[0]!.id;
    expect(p.check!.findings.filter((f) => f.nomineeId === mine && f.code.includes('HO_SO_KHAC'))).toEqual([]);
    p = await ok(ngaBay.send('POST', `${BASE}/${p.id}/nominees`, { ...duyen(), awardCode: 'bang_khen_tinh' }));
    const messages = p.check!.findings.map((f) => f.message).join('\n');
    expect(messages).not.toContain('Hà Nội');
    expect(messages).not.toContain('Đại Thành');
    // The same school of the same ward in another dossier is still the same collective.
    const again = await cleanDossier('Đề nghị tập thể trường lần hai', school);
    expect(again.check!.findings.find((f) => f.code === 'TRUNG_HO_SO_KHAC')).toMatchObject({ severity: 'block', message: expect.stringContaining('"Đề nghị tập thể trường" của Phường Ngã Bảy') });
  });

  it('clears the publication when the dossier is returned, so the dossier sent again is published again', async () => {
    let p = await cleanDossier('Đề nghị Huân chương sau khi trả lại', { subjectKind: 'ca_nhan', fullName: 'Võ Văn Công', birthYear: 1975, awardCode: 'huan_chuong_lao_dong_3' });
    expect(p.check!.needsPublication).toBe(true);
    if (p.blocking) p = await ok(specialist.send('POST', `${BASE}/${p.id}/override`, { version: p.version, reason: 'Tiêu chuẩn Huân chương do Hội đồng xét.' }));
    p = await ok(move(ngaBay, p, 'gui'));
    p = await ok(move(specialist, p, 'tiep_nhan'));
    p = await ok(move(specialist, p, 'tham_dinh'));
    // A publication held earlier for this dossier, already over.
    await database.db.updateTable('award_proposal').set({ public_from: '2026-11-02', public_until: '2026-11-13' }).where('id', '=', p.id).execute();
    p = await detail(specialist, p.id);
    expect(p).toMatchObject({ publicFrom: '2026-11-02', publicUntil: '2026-11-13' });
    p = await ok(move(specialist, p, 'tra_lai', { reason: 'Bổ sung báo cáo thành tích.' }));
    expect(p).toMatchObject({ state: 'tra_lai', publicFrom: null, publicUntil: null });
    p = await detail(ngaBay, p.id);
    if (p.blocking) p = await ok(specialist.send('POST', `${BASE}/${p.id}/override`, { version: p.version, reason: 'Tiêu chuẩn Huân chương do Hội đồng xét.' }));
    p = await ok(move(ngaBay, p, 'gui'));
    p = await ok(move(specialist, p, 'tiep_nhan'));
    p = await ok(move(specialist, p, 'tham_dinh'));
    const early = await move(specialist, p, 'trinh_hoi_dong');
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('ít nhất 10 ngày làm việc');
  });
});
