import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { CouncilDetail, SessionDetail, VoteSettingsResponse, WaitingProposal } from '../../src/shared/api/award-council';
import { docxToText } from '../../src/checker/docx-text';
import { createUser } from '../../src/accounts/use-cases/manage-users';
import { addAssignment } from '../../src/accounts/use-cases/manage-assignments';
import { DEMO_PASSWORD } from '../../src/demo/seed-demo';
import { seedCouncil } from '../../src/demo/seed-council';
import { searchKey } from '../../src/shared/vi-text';
import { BACKENDS, openTestDb } from '../support/databases';
import { TODAY, actorWith, ctxFor, seedDemoRegion, unitByName, unitId } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

async function proposal(database: Database, a: { proposingUnitId: string; receivingUnitId: string; title: string; nominees: [string, string][] }): Promise<{ id: string; nominees: string[] }> {
  const p = await database.db
    .insertInto('award_proposal')
    .values({ proposing_unit_id: a.proposingUnitId, receiving_unit_id: a.receivingUnitId, title: a.title, basis: 'nam', year: 2025, state: 'trinh_hoi_dong' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const nominees: string[] = [];
  for (const [i, [name, code]] of a.nominees.entries()) {
    const n = await database.db
      .insertInto('award_proposal_nominee')
      .values({ proposal_id: p.id, position: i + 1, subject_kind: 'ca_nhan', full_name: name, search_key: searchKey(name), org_unit_id: a.proposingUnitId, award_code: code })
      .returning('id')
      .executeTakeFirstOrThrow();
    nominees.push(n.id);
  }
  return { id: p.id, nominees };
}

describe.each(BACKENDS)('council (Hội đồng TĐKT) on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let specialist: Session;
  let chair: Session;
  let member: Session;
  let third: Session;
  let former: Session;
  let outsider: Session;
  let council: CouncilDetail;
  let session: SessionDetail;
  let p1: { id: string; nominees: string[] };
  let p2: { id: string; nominees: string[] };
  let elsewhere: { id: string; nominees: string[] };
  const users: Record<string, string> = {};

  const ok = <T>(r: { statusCode: number; body: string; json: () => unknown }): T => {
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as T;
  };
  const vote = (s: Session, nomineeId: string, choice: 'dong_y' | 'khong_dong_y') => s.send('POST', `/api/council-sessions/${session.id}/ballots`, { nomineeId, choice });

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    const canTho = await unitId(database, '2025', '92');
    const daiThanh = await unitId(database, '2025', '31411');
    const councilUnit = await unitByName(database, 'Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ');
    const admin = await ctxFor(database, 'admin');
    for (const [username, fullName, validTo] of [['uyvien.cantho', 'Đặng Thị Hồng', null], ['cuu.uyvien.cantho', 'Bùi Văn Cũ', null]] as const) {
      const u = await createUser(admin, { username, fullName, homeUnitId: councilUnit, password: DEMO_PASSWORD });
      await addAssignment(admin, u.id, { role: 'council_member', orgUnitId: councilUnit, validTo });
      users[username] = u.id;
    }
    await database.db.updateTable('app_user').set({ must_change_password: false }).execute();
    for (const username of ['hoidong.cantho', 'lanhdao.cantho']) users[username] = (await database.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    p1 = await proposal(database, { proposingUnitId: daiThanh, receivingUnitId: canTho, title: 'Tờ trình đề nghị khen thưởng năm 2025 của Phường Đại Thành', nominees: [['Quách Văn An', 'cstd_bo_tinh'], ['Lê Thị Bình', 'bang_khen_tinh']] });
    p2 = await proposal(database, { proposingUnitId: daiThanh, receivingUnitId: canTho, title: 'Tờ trình đề nghị danh hiệu năm 2025', nominees: [['Phạm Văn Cường', 'lao_dong_tien_tien']] });
    // A nominee given back to the unit is not put to the vote.
    await database.db.insertInto('award_proposal_nominee').values({ proposal_id: p2.id, position: 2, subject_kind: 'ca_nhan', full_name: 'Đỗ Thị Trả', search_key: searchKey('Đỗ Thị Trả'), org_unit_id: daiThanh, award_code: 'lao_dong_tien_tien', state: 'tra_lai', return_reason: 'Thiếu báo cáo thành tích' }).execute();
    elsewhere = await proposal(database, { proposingUnitId: daiThanh, receivingUnitId: await unitId(database, '2025', '31340'), title: 'Hồ sơ gửi nơi khác', nominees: [['Ngô Văn Dũng', 'giay_khen']] });
    app = await testApp(database);
    [specialist, chair, member, third, former, outsider] = await Promise.all([
      loginAs(app, 'chuyenvien.cantho', undefined, '10.8.0.1'),
      loginAs(app, 'lanhdao.cantho', undefined, '10.8.0.2'),
      loginAs(app, 'hoidong.cantho', undefined, '10.8.0.3'),
      loginAs(app, 'uyvien.cantho', undefined, '10.8.0.4'),
      loginAs(app, 'cuu.uyvien.cantho', undefined, '10.8.0.5'),
      loginAs(app, 'canbo.daithanh', undefined, '10.8.0.6'),
    ]);
    council = ok(await specialist.send('POST', '/api/councils', { orgUnitId: canTho, councilUnitId: councilUnit, name: 'Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ' }));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('lets only the board manage the council, and hides it from units outside', async () => {
    expect((await chair.send('POST', '/api/councils', { orgUnitId: council.unit.id, name: 'Hội đồng khác' })).statusCode).toBe(403);
    expect((await specialist.send('POST', '/api/councils', { orgUnitId: council.unit.id, name: 'Hội đồng thứ hai' })).statusCode).toBe(409);
    expect((await outsider.get(`/api/councils/${council.id}`)).statusCode).toBe(404);
    expect(ok<{ items: unknown[] }>(await outsider.get('/api/councils')).items).toEqual([]);
    expect(ok<{ items: { id: string; canManage: boolean }[] }>(await member.get('/api/councils')).items).toEqual([expect.objectContaining({ id: council.id, canManage: false })]);
    expect((await member.send('POST', `/api/councils/${council.id}/members`, { userId: users['hoidong.cantho'], role: 'uy_vien', validFrom: '2025-07-01' })).statusCode).toBe(403);
  });

  it('keeps members with terms: one seat per person, one Chủ tịch at a time, optimistic locking', async () => {
    const add = (userId: string, role: string, validFrom: string, validTo?: string) => specialist.send('POST', `/api/councils/${council.id}/members`, { userId, role, validFrom, validTo, positionTitle: role === 'chu_tich' ? 'Chủ tịch Ủy ban nhân dân thành phố' : null });
    ok(await add(users['lanhdao.cantho']!, 'chu_tich', '2025-07-01'));
    ok(await add(users['hoidong.cantho']!, 'uy_vien_thuong_truc', '2025-07-01'));
    ok(await add(users['uyvien.cantho']!, 'uy_vien', '2025-07-01'));
    council = ok(await add(users['cuu.uyvien.cantho']!, 'uy_vien', '2025-07-01', '2026-06-30'));
    const second = await add(users['uyvien.cantho']!, 'chu_tich', '2026-01-01');
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain('Người này đã là thành viên Hội đồng');
    expect(second.json().error.message).toContain('Hội đồng đã có Chủ tịch trong thời gian 1/7/2025 – nay.');
    expect(council.members.map((m) => [m.fullName, m.roleLabel, m.inTermToday, m.hasVoteRole])).toEqual([
      ['Huỳnh Văn Lâm', 'Chủ tịch', true, true],
      ['Võ Thanh Tùng', 'Ủy viên thường trực', true, true],
      ['Đặng Thị Hồng', 'Ủy viên', true, true],
      ['Bùi Văn Cũ', 'Ủy viên', false, true],
    ]);
    const m = council.members.find((x) => x.fullName === 'Võ Thanh Tùng')!;
    ok(await specialist.send('PATCH', `/api/council-members/${m.id}`, { positionTitle: 'Giám đốc Sở Nội vụ', version: m.version }));
    const stale = await specialist.send('PATCH', `/api/council-members/${m.id}`, { positionTitle: 'Khác', version: m.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', message: expect.stringContaining('đã được người khác thay đổi') });
    const audit = await database.db.selectFrom('audit_log').select('action').where('entity', '=', 'council_member').execute();
    expect(audit.filter((a) => a.action === 'council.member.add')).toHaveLength(4);
  });

  it('shows the vote rules with their source and whether they are local settings', async () => {
    const s = ok<VoteSettingsResponse>(await member.get(`/api/councils/${council.id}/vote-settings`));
    expect(s.defaults.some((d) => !d.confirmed && d.source.startsWith('Cài đặt địa phương'))).toBe(true);
    expect((await member.send('POST', `/api/councils/${council.id}/vote-settings`, { validFrom: '2025-07-01', quorum: { num: 2, den: 3 }, threshold: { num: 1, den: 2 }, base: 'tong_so', secret: false })).statusCode).toBe(403);
    const bad = await specialist.send('POST', `/api/councils/${council.id}/vote-settings`, { validFrom: '2025-07-01', quorum: { num: 4, den: 3 }, threshold: { num: 1, den: 2 }, base: 'tong_so', secret: false });
    expect(bad.statusCode).toBe(400);
    // The council's own rule for Lao động tiên tiến: more than half of those who voted.
    const saved = ok<VoteSettingsResponse>(await specialist.send('POST', `/api/councils/${council.id}/vote-settings`, { awardCode: 'lao_dong_tien_tien', validFrom: '2025-07-01', quorum: { num: 2, den: 3 }, threshold: { num: 1, den: 2 }, strict: true, base: 'tham_gia', secret: false, note: 'Quy chế hoạt động của Hội đồng năm 2025' }));
    expect(saved.local).toEqual([expect.objectContaining({ awardName: 'Lao động tiên tiến', text: 'Có mặt từ 2/3 thành viên; đồng ý quá bán (trên 1/2) số thành viên tham gia biểu quyết; biểu quyết công khai.' })]);
  });

  it('builds a session from the dossiers waiting for this council', async () => {
    const waiting = ok<{ items: WaitingProposal[] }>(await specialist.get(`/api/councils/${council.id}/waiting-proposals`));
    expect(waiting.items.map((w) => w.id).sort()).toEqual([p1.id, p2.id].sort());
    expect(waiting.items.find((w) => w.id === p2.id)?.nomineeCount).toBe(1);
    expect((await specialist.send('POST', `/api/councils/${council.id}/sessions`, { title: 'Sai', meetingDate: '2026-11-20', proposalIds: [elsewhere.id] })).statusCode).toBe(409);
    // A draft can be dropped, which gives its dossiers back to the waiting list.
    const draft = ok<SessionDetail>(await specialist.send('POST', `/api/councils/${council.id}/sessions`, { title: 'Nháp', meetingDate: '2026-11-20', proposalIds: [p2.id] }));
    expect(ok<{ items: WaitingProposal[] }>(await specialist.get(`/api/councils/${council.id}/waiting-proposals`)).items.map((w) => w.id)).toEqual([p1.id]);
    expect((await specialist.send('DELETE', `/api/council-sessions/${draft.id}?version=${draft.version + 1}`)).statusCode).toBe(409);
    expect((await member.send('DELETE', `/api/council-sessions/${draft.id}?version=${draft.version}`)).statusCode).toBe(403);
    ok(await specialist.send('DELETE', `/api/council-sessions/${draft.id}?version=${draft.version}`));
    session = ok(await specialist.send('POST', `/api/councils/${council.id}/sessions`, { title: 'Xét khen thưởng tổng kết năm 2025', meetingDate: '2026-11-20', location: 'Phòng họp số 1', proposalIds: [p1.id, p2.id] }));
    expect(session).toMatchObject({ state: 'du_thao', stateLabel: 'Dự thảo', itemCount: 3, voters: null });
    expect(session.items.map((i) => [i.nominee.fullName, i.awardName, i.rule.secret, i.rule.origin])).toEqual([
      ['Quách Văn An', 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh', true, 'default'],
      ['Lê Thị Bình', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', false, 'default'],
      ['Phạm Văn Cường', 'Lao động tiên tiến', false, 'local'],
    ]);
    expect(ok<{ items: unknown[] }>(await specialist.get(`/api/councils/${council.id}/waiting-proposals`)).items).toEqual([]);
    expect((await vote(member, p1.nominees[0]!, 'dong_y')).statusCode).toBe(409);
  });

  it('opens the vote: voters fixed by term, dossiers moved to biểu quyết, stale versions refused', async () => {
    const stale = await specialist.send('POST', `/api/council-sessions/${session.id}/open`, { version: session.version + 1 });
    expect(stale.statusCode).toBe(409);
    expect((await chair.send('POST', `/api/council-sessions/${session.id}/open`, { version: session.version })).statusCode).toBe(403);
    session = ok(await specialist.send('POST', `/api/council-sessions/${session.id}/open`, { version: session.version }));
    expect(session.state).toBe('dang_bieu_quyet');
    expect(session.voters?.map((v) => v.fullName)).toEqual(['Huỳnh Văn Lâm', 'Võ Thanh Tùng', 'Đặng Thị Hồng']);
    const states = await database.db.selectFrom('award_proposal').select('state').where('id', 'in', [p1.id, p2.id]).execute();
    expect(states.map((s) => s.state)).toEqual(['bieu_quyet', 'bieu_quyet']);
  });

  it('takes one final ballot per member and nominee, only from members in term', async () => {
    const [an, binh, cuong] = [p1.nominees[0]!, p1.nominees[1]!, p2.nominees[0]!];
    const after = ok<SessionDetail>(await vote(member, an, 'dong_y'));
    expect(after.items[0]).toMatchObject({ myBallot: 'dong_y', castCount: 1, tally: null, choicesByMember: null });
    const again = await vote(member, an, 'khong_dong_y');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Bạn đã biểu quyết trường hợp này; phiếu đã bỏ không thể thay đổi.');
    // A member whose term ended before the meeting day is not seated; the board's staff cannot vote.
    expect((await vote(former, an, 'dong_y')).statusCode).toBe(403);
    expect((await vote(specialist, an, 'dong_y')).statusCode).toBe(403);
    expect((await vote(outsider, an, 'dong_y')).statusCode).toBe(404);
    expect((await vote(member, elsewhere.nominees[0]!, 'dong_y')).statusCode).toBe(404);
    // Others see that a ballot was cast, never its content, while the vote runs.
    const seen = ok<SessionDetail>(await chair.get(`/api/council-sessions/${session.id}`));
    expect(seen.items[0]).toMatchObject({ myBallot: null, castCount: 1, tally: null });
    ok(await vote(chair, an, 'dong_y'));
    ok(await vote(third, an, 'dong_y'));
    ok(await vote(chair, binh, 'dong_y'));
    ok(await vote(member, binh, 'khong_dong_y'));
    ok(await vote(chair, cuong, 'dong_y'));
    ok(await vote(third, cuong, 'khong_dong_y'));
    ok(await vote(member, cuong, 'dong_y'));
    const audit = await database.db.selectFrom('audit_log').select(['after']).where('action', '=', 'council.ballot.cast').execute();
    expect(audit).toHaveLength(8);
    expect(JSON.stringify(audit)).not.toMatch(/dong_y/);
    const mine = ok<{ items: { id: string }[] }>(await member.get('/api/council-sessions/mine'));
    expect(mine.items.map((s) => s.id)).toEqual([session.id]);
  });

  it('closes: results per nominee, written to the dossiers, which go for signature; ballots frozen', async () => {
    session = ok(await specialist.send('POST', `/api/council-sessions/${session.id}/close`, { version: session.version }));
    expect(session.state).toBe('da_dong');
    expect(session.items.map((i) => [i.nominee.fullName, i.tally?.yes, i.tally?.no, i.tally?.ratioText, i.tally?.result])).toEqual([
      ['Quách Văn An', 3, 0, '100%', 'dong_y'],
      ['Lê Thị Bình', 1, 1, '33,33%', 'khong_dong_y'],
      ['Phạm Văn Cường', 2, 1, '66,67%', 'dong_y'],
    ]);
    expect(session.items[1]!.tally!.reason).toBe('Đạt 1/3 phiếu đồng ý (33,33%), chưa đủ tỷ lệ từ 80% tổng số thành viên trở lên.');
    // Open votes show who voted what to the board; a secret one never does.
    expect(session.items[0]!.choicesByMember).toBeNull();
    expect(session.items[1]!.choicesByMember?.map((c) => [c.fullName, c.choice])).toEqual(expect.arrayContaining([['Huỳnh Văn Lâm', 'dong_y'], ['Võ Thanh Tùng', 'khong_dong_y']]));
    const asMember = ok<SessionDetail>(await member.get(`/api/council-sessions/${session.id}`));
    expect(asMember.items.map((i) => i.choicesByMember)).toEqual([null, null, null]);
    expect(asMember.items[0]).toMatchObject({ myBallot: 'dong_y', tally: { yes: 3 } });

    const nominees = await database.db.selectFrom('award_proposal_nominee').select(['id', 'council_result', 'council_session_id']).where('proposal_id', 'in', [p1.id, p2.id]).where('state', '<>', 'tra_lai').execute();
    expect(Object.fromEntries(nominees.map((n) => [n.id, [n.council_result, n.council_session_id]]))).toEqual({
      [p1.nominees[0]!]: ['dong_y', session.id], [p1.nominees[1]!]: ['khong_dong_y', session.id], [p2.nominees[0]!]: ['dong_y', session.id],
    });
    const states = await database.db.selectFrom('award_proposal').select('state').where('id', 'in', [p1.id, p2.id]).execute();
    expect(states.map((s) => s.state)).toEqual(['trinh_ky', 'trinh_ky']);

    const late = await vote(third, p1.nominees[1]!, 'dong_y');
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('đã kết thúc biểu quyết');
    await expect(sql`update council_ballot set choice = 'khong_dong_y'`.execute(database.db)).rejects.toThrow();
    expect((await specialist.send('POST', `/api/council-sessions/${session.id}/close`, { version: session.version })).statusCode).toBe(409);
    expect((await specialist.send('DELETE', `/api/council-sessions/${session.id}?version=${session.version}`)).statusCode).toBe(409);
  });

  it('prints the minutes as an official DOCX, for readers of the council only', async () => {
    expect((await outsider.get(`/api/council-sessions/${session.id}/minutes.docx`)).statusCode).toBe(404);
    const r = await member.get(`/api/council-sessions/${session.id}/minutes.docx`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml');
    const text = docxToText(new Uint8Array(r.rawPayload));
    for (const s of ['HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'BIÊN BẢN', 'Cần Thơ, ngày 20 tháng 11 năm 2026', 'Huỳnh Văn Lâm', 'Quách Văn An', '33,33%', 'Hội đồng thống nhất đề nghị khen thưởng 2/3 trường hợp', 'bỏ phiếu kín']) {
      expect(text, s).toContain(s);
    }
  });
});

describe('demo council seed (pglite)', () => {
  it('seats Cần Thơ’s council and closes one session with results and minutes', async () => {
    const database = await openTestDb('pglite');
    try {
      // A minimal tree instead of the whole demo region: the seed only needs the city, its council unit and a ward.
      const db = database.db;
      const unit = async (values: { kind: 'national' | 'province' | 'commune' | 'agency'; unit_type: string; name: string; code?: string }, parentId?: string) => {
        const u = await db.insertInto('org_unit').values({ ...values, tree_version: values.code ? '2025' : null, code: values.code ?? null, valid_from: values.kind === 'national' ? null : '2025-07-01', valid_to: null, short_name: null, note: null }).returning('id').executeTakeFirstOrThrow();
        if (parentId) await db.insertInto('org_parent').values({ child_id: u.id, parent_id: parentId, valid_from: '2025-07-01', valid_to: null }).execute();
        return u.id;
      };
      const root = await unit({ kind: 'national', unit_type: 'Quốc gia', name: 'Việt Nam' });
      const canTho = await unit({ kind: 'province', unit_type: 'Thành phố', name: 'Thành phố Cần Thơ', code: '92' }, root);
      const councilUnit = await unit({ kind: 'agency', unit_type: 'Hội đồng Thi đua - Khen thưởng', name: 'Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ' }, canTho);
      const ward = await unit({ kind: 'commune', unit_type: 'Phường', name: 'Phường Đại Thành', code: '31411' }, canTho);
      const p = await proposal(database, { proposingUnitId: ward, receivingUnitId: canTho, title: 'Tờ trình đề nghị khen thưởng năm 2025', nominees: [['Quách Văn An', 'cstd_bo_tinh'], ['Lê Thị Bình', 'bang_khen_tinh'], ['Phạm Văn Cường', 'lao_dong_tien_tien']] });
      const admin = { db, actor: actorWith('admin', root), meta: { ip: null, userAgent: 'vitest' }, today: TODAY };
      const r = await seedCouncil(admin, { canThoId: canTho, councilUnitId: councilUnit, proposalIds: [p.id], meetingDate: '2026-11-20', password: DEMO_PASSWORD });
      const items = await db.selectFrom('council_session_item').select(['yes_count', 'no_count', 'eligible_count', 'result']).where('session_id', '=', r.sessionId!).orderBy('position').execute();
      expect(items.map((i) => [i.yes_count, i.no_count, i.eligible_count, i.result])).toEqual([[4, 0, 5, 'khong_dong_y'], [3, 1, 5, 'khong_dong_y'], [4, 0, 5, 'dong_y']]);
      expect((await db.selectFrom('award_proposal').select('state').where('id', '=', p.id).executeTakeFirstOrThrow()).state).toBe('trinh_ky');
      const app = await testApp(database);
      const member = await loginAs(app, 'uyvien1.cantho', undefined, '10.8.1.2');
      expect((await member.get(`/api/council-sessions/${r.sessionId}/minutes.docx`)).statusCode).toBe(200);
      await app.close();
    } finally {
      await database.close();
    }
  }, 120_000);
});
