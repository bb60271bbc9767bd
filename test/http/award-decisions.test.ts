import type { FastifyInstance } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { CandidateProposal, DecisionView } from '../../src/shared/api/award-decisions';
import type { SubjectProfile } from '../../src/shared/api/awards-registry';
import { insertProposalAtSignature } from '../../src/awards/decisions/testing/proposal-fixtures';
import { insertSubjects } from '../../src/awards/registry/registry-writes';
import { BACKENDS, openTestDb } from '../support/databases';
import { ctxFor, seedDemoRegion, unitId } from '../support/fixtures';
import type { Ctx } from '../../src/app/context';
import { revokeDecision } from '../../src/awards/decisions/use-cases/revoke-decision';
import { loginAs, testApp, type Session } from '../support/http';

/** Counts and a hash of what issuing writes, to prove that a failed issue wrote nothing. */
async function state(database: Database) {
  const out: Record<string, string> = {};
  for (const t of ['award_subject', 'award_record', 'audit_log', 'award_proposal', 'award_proposal_nominee', 'award_decision', 'award_decision_item', 'workflow_transition']) {
    const r = await sql<{ h: string }>`select count(*)::text || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as h from ${sql.table(t)} x`.execute(database.db);
    out[t] = r.rows[0]!.h;
  }
  return out;
}

describe.each(BACKENDS)('award decisions on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let specialist: Session;
  let leader: Session;
  let ngaBay: Session;
  let canTho: string;
  let ward: string;
  let p1: { id: string; nomineeIds: string[] };
  let p2: { id: string; nomineeIds: string[] };
  let known: string;
  let draft: DecisionView;

  const ok = (r: { statusCode: number; body: string }) => {
    expect(r.statusCode, r.body).toBe(200);
    return JSON.parse(r.body) as DecisionView;
  };

  beforeAll(async () => {
    database = await openTestDb(kind);
    await seedDemoRegion(database);
    app = await testApp(database);
    [specialist, leader, ngaBay] = await Promise.all([
      loginAs(app, 'chuyenvien.cantho', undefined, '10.8.0.1'),
      loginAs(app, 'lanhdao.cantho', undefined, '10.8.0.2'),
      loginAs(app, 'canbo.ngabay', undefined, '10.8.0.3'),
    ]);
    canTho = await unitId(database, '2025', '92');
    ward = await unitId(database, '2025', '31340');
    known = (await insertSubjects(database.db, [{ kind: 'ca_nhan', fullName: 'Trịnh Văn Có Sẵn', orgUnitId: ward, birthYear: 1975 }]))[0]!;
    p1 = await insertProposalAtSignature(database.db, {
      proposingUnitId: ward, receivingUnitId: canTho, title: 'Đề nghị tặng Bằng khen năm 2025 (Phường Ngã Bảy)', year: 2025,
      nominees: [
        { name: 'Trịnh Văn Có Sẵn', council: 'dong_y', subjectId: known! },
        { name: 'Lâm Thị Mới', council: 'dong_y', birthYear: 1988, idNumber: '093188000111' },
        { name: 'Hồ Văn Không Đạt', council: 'khong_dong_y' },
      ],
    });
    p2 = await insertProposalAtSignature(database.db, {
      proposingUnitId: ward, receivingUnitId: canTho, title: 'Đề nghị tặng Bằng khen tập thể 2025', year: 2025,
      nominees: [{ name: 'Trường THCS Ngã Bảy', kind: 'tap_the' }, { name: 'Tổ dân phố 3', kind: 'tap_the', state: 'tra_lai' }],
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('lists dossiers at "trình ký" and drafts a decision from them plus typed awardees', async () => {
    const cands = (await specialist.get(`/api/awards/decisions/candidates?unitId=${canTho}`)).json() as { items: CandidateProposal[] };
    expect(cands.items.map((c) => [c.title, c.awardableCount])).toEqual([[expect.stringContaining('Phường Ngã Bảy'), 2], ['Đề nghị tặng Bằng khen tập thể 2025', 1]]);
    expect((await ngaBay.send('POST', '/api/awards/decisions', { decidingUnitId: canTho, proposalIds: [p1.id] })).statusCode).toBe(403);
    draft = ok(await specialist.send('POST', '/api/awards/decisions', {
      decidingUnitId: canTho, year: 2025, proposalIds: [p1.id, p2.id], achievement: 'Đã có thành tích xuất sắc trong công tác năm 2025',
      items: [{ subjectKind: 'ca_nhan', fullName: 'Phan Văn Nhập Tay', orgUnitId: ward, awardName: 'Bằng khen cấp tỉnh', positionTitle: 'Tổ trưởng' }],
    }));
    expect(draft).toMatchObject({ state: 'du_thao', symbol: 'QĐ-UBND', issuingBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ', place: 'Cần Thơ', canEdit: true, suggestedNumber: 1 });
    expect(draft.items.map((i) => [i.fullName, i.awardCode, i.year])).toEqual([
      ['Trịnh Văn Có Sẵn', 'bang_khen_tinh', 2025], ['Lâm Thị Mới', 'bang_khen_tinh', 2025], ['Trường THCS Ngã Bảy', 'bang_khen_tinh', 2025], ['Phan Văn Nhập Tay', 'bang_khen_tinh', 2025],
    ]);
    expect(draft.article1Default).toBe('Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể và 03 cá nhân (có danh sách kèm theo).');
    // A dossier on a draft goes on no other draft: issuing one would leave the other stuck.
    const again = await specialist.send('POST', '/api/awards/decisions', { decidingUnitId: canTho, proposalIds: [p1.id] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain(`đang nằm trong dự thảo quyết định "${draft.title}"`);
    const picked = await specialist.send('POST', '/api/awards/decisions', { decidingUnitId: canTho, items: [{ nomineeId: p1.nomineeIds[1] }] });
    expect(picked.statusCode).toBe(409);
    const empty = ok(await specialist.send('POST', '/api/awards/decisions', { decidingUnitId: canTho, year: 2025, items: [{ subjectKind: 'ca_nhan', fullName: 'Đặng Văn Thử', orgUnitId: ward, awardName: 'Giấy khen' }] }));
    const added = await specialist.send('POST', `/api/awards/decisions/${empty.id}/proposals`, { version: empty.version, proposalIds: [p2.id] });
    expect(added.statusCode).toBe(409);
    expect(added.json().error.message).toMatch(/tập thể 2025" đang nằm trong dự thảo quyết định/);
    expect((await specialist.send('DELETE', `/api/awards/decisions/${empty.id}`)).statusCode).toBe(200);
    // Drafts are not shown outside those who decide or manage awards for the unit.
    expect((await ngaBay.get(`/api/awards/decisions/${draft.id}`)).statusCode).toBe(404);
    expect((await leader.get(`/api/awards/decisions/${draft.id}`)).statusCode).toBe(200);
  });

  it('refuses awardees, proposing units and registry subjects outside the deciding unit', async () => {
    const haNoi = await unitId(database, '2025', '01');
    const outsider = (await insertSubjects(database.db, [{ kind: 'ca_nhan', fullName: 'Ngô Văn Hà Nội', orgUnitId: haNoi, birthYear: 1980 }]))[0]!;
    const typed = { subjectKind: 'ca_nhan', fullName: 'Phan Văn Ngoài', awardName: 'Giấy khen' };
    for (const item of [{ ...typed, orgUnitId: haNoi }, { ...typed, orgUnitId: ward, proposingUnitId: haNoi }, { subjectId: outsider, awardName: 'Giấy khen' }]) {
      const r = await specialist.send('POST', '/api/awards/decisions', { decidingUnitId: canTho, year: 2025, items: [item] });
      expect(r.statusCode, JSON.stringify(item)).toBe(403);
      expect(r.json().error.message).toMatch(/không thuộc phạm vi của đơn vị ra quyết định/);
    }
    // The old province carried on by Cần Thơ since the 2025 merger is within its reach.
    const hauGiang = await unitId(database, 'pre2025', '93');
    const merged = ok(await specialist.send('POST', '/api/awards/decisions', { decidingUnitId: canTho, year: 2025, items: [{ ...typed, orgUnitId: hauGiang }], signerName: 'Nguyễn Văn Ký' }));
    // A row slipped into the draft behind the service's back is refused again when issuing.
    await sql`update award_decision_item set org_unit_id = ${haNoi}, proposing_unit_id = ${haNoi} where decision_id = ${merged.id}`.execute(database.db);
    const issue = await specialist.send('POST', `/api/awards/decisions/${merged.id}/issue`, { version: merged.version, number: 90, decisionDate: '2026-11-20' });
    expect(issue.statusCode).toBe(403);
    expect(issue.json().error.message).toMatch(/Dòng 1 \(Phan Văn Ngoài\): đơn vị của người được khen không thuộc phạm vi/);
    expect(await database.db.selectFrom('award_record').select('id').where('org_unit_id', '=', haNoi).execute()).toEqual([]);
    expect((await specialist.send('DELETE', `/api/awards/decisions/${merged.id}`)).statusCode).toBe(200);
  });

  it('edits the draft with optimistic locking and renders the DOCX in the Decree 30 format', async () => {
    const stale = await specialist.send('PATCH', `/api/awards/decisions/${draft.id}`, { version: draft.version - 1, signerName: 'X' });
    expect(stale.statusCode).toBe(409);
    draft = ok(await specialist.send('PATCH', `/api/awards/decisions/${draft.id}`, { version: draft.version, signerName: 'Nguyễn Văn Ký', title: 'Về việc tặng Bằng khen cho các tập thể, cá nhân năm 2025' }));
    const docx = await specialist.get(`/api/awards/decisions/${draft.id}/docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']!);
    for (const text of ['QUYẾT ĐỊNH', 'Về việc tặng Bằng khen cho các tập thể, cá nhân năm 2025', 'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ', 'Căn cứ Luật Thi đua, khen thưởng', 'Điều 1.', 'Lâm Thị Mới', 'Trường THCS Ngã Bảy', 'Nơi nhận:', 'Nguyễn Văn Ký']) {
      expect(xml, text).toContain(text);
    }
  });

  it('writes nothing when issuing fails half-way', async () => {
    const before = await state(database);
    // Fails after subjects and records are written, when the nominees are linked to their records.
    await sql`create function test_fail_nominee() returns trigger language plpgsql as $$ begin raise exception 'lỗi giữa chừng'; end $$`.execute(database.db);
    await sql`create trigger test_fail_nominee_trg before update on award_proposal_nominee for each row execute function test_fail_nominee()`.execute(database.db);
    try {
      const r = await specialist.send('POST', `/api/awards/decisions/${draft.id}/issue`, { version: draft.version, number: 7, decisionDate: '2026-11-20' });
      expect(r.statusCode).toBe(500);
    } finally {
      await sql`drop trigger test_fail_nominee_trg on award_proposal_nominee`.execute(database.db);
      await sql`drop function test_fail_nominee()`.execute(database.db);
    }
    expect(await state(database)).toEqual(before);
  });

  it('refuses to issue with problems, then issues into the registry in one step', async () => {
    const bad = await specialist.send('POST', `/api/awards/decisions/${draft.id}/issue`, { version: draft.version, number: 7, decisionDate: '2026-12-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/ở sau ngày hôm nay/);
    expect((await ngaBay.send('POST', `/api/awards/decisions/${draft.id}/issue`, { version: draft.version, number: 7, decisionDate: '2026-11-20' })).statusCode).toBe(403);
    const subjectsBefore = Number((await sql<{ n: string }>`select count(*) as n from award_subject`.execute(database.db)).rows[0]!.n);
    draft = ok(await leader.send('POST', `/api/awards/decisions/${draft.id}/issue`, { version: draft.version, number: 7, decisionDate: '2026-11-20' }));
    expect(draft).toMatchObject({ state: 'ban_hanh', decisionNumber: '07/QĐ-UBND', decisionDate: '2026-11-20', canEdit: false });
    expect(draft.items.every((i) => i.recordId && i.subjectId)).toBe(true);
    expect(draft.items[0]!.subjectId).toBe(known);
    // Three new subjects: the matched nominee keeps its registry entry.
    expect(Number((await sql<{ n: string }>`select count(*) as n from award_subject`.execute(database.db)).rows[0]!.n)).toBe(subjectsBefore + 3);
    const records = await database.db.selectFrom('award_record').selectAll().where('decision_number', '=', '07/QĐ-UBND').orderBy('award_name').execute();
    expect(records).toHaveLength(4);
    expect(records.every((r) => r.source === 'decision' && r.decision_date === '2026-11-20' && r.deciding_authority === 'Chủ tịch Ủy ban nhân dân thành phố Cần Thơ' && r.org_unit_id === ward && r.year === 2025)).toBe(true);
    const proposals = await database.db.selectFrom('award_proposal').select(['id', 'state']).where('id', 'in', [p1.id, p2.id]).execute();
    expect(proposals.map((p) => p.state)).toEqual(['quyet_dinh', 'quyet_dinh']);
    const nominees = await database.db.selectFrom('award_proposal_nominee').select(['full_name', 'award_record_id']).where('proposal_id', '=', p1.id).orderBy('position').execute();
    expect(nominees.map((n) => !!n.award_record_id)).toEqual([true, true, false]);
    const person = await database.db.selectFrom('award_subject').select(['birth_year', 'id_number']).where('full_name', '=', 'Lâm Thị Mới').executeTakeFirstOrThrow();
    expect(person).toEqual({ birth_year: 1988, id_number: '093188000111' });
    // The number is taken for the year.
    const other = ok(await specialist.send('POST', '/api/awards/decisions', { decidingUnitId: canTho, year: 2025, items: [{ subjectKind: 'ca_nhan', fullName: 'Võ Văn Sau', orgUnitId: ward, awardName: 'Giấy khen' }], signerName: 'Nguyễn Văn Ký' }));
    const taken = await specialist.send('POST', `/api/awards/decisions/${other.id}/issue`, { version: other.version, number: 7, decisionDate: '2026-11-21' });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.message).toMatch(/đã được dùng/);
  });

  it('cannot be edited after issue, by the service or in the database', async () => {
    const patch = await specialist.send('PATCH', `/api/awards/decisions/${draft.id}`, { version: draft.version, title: 'Sửa' });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error.message).toMatch(/đã ban hành nên không được sửa/);
    expect((await specialist.send('PUT', `/api/awards/decisions/${draft.id}/items`, { version: draft.version, items: [] })).statusCode).toBe(409);
    expect((await specialist.send('DELETE', `/api/awards/decisions/${draft.id}`)).statusCode).toBe(409);
    await expect(sql`update award_decision set title = 'x' where id = ${draft.id}`.execute(database.db)).rejects.toThrow(/không được sửa/);
    await expect(sql`update award_decision_item set full_name = 'x' where decision_id = ${draft.id}`.execute(database.db)).rejects.toThrow(/không được sửa/);
    await expect(sql`delete from award_decision_item where decision_id = ${draft.id}`.execute(database.db)).rejects.toThrow(/không được sửa/);
    // Issued decisions are public to signed-in users.
    expect((await ngaBay.get(`/api/awards/decisions/${draft.id}`)).statusCode).toBe(200);
  });

  it('revokes one awardee, then the whole decision, keeping them visible as revoked', async () => {
    const one = draft.items.find((i) => i.fullName === 'Lâm Thị Mới')!;
    expect((await specialist.send('POST', `/api/awards/decisions/${draft.id}/revoke`, { reason: 'Khai man thành tích', itemIds: [one.id] })).statusCode).toBe(400);
    draft = ok(await specialist.send('POST', `/api/awards/decisions/${draft.id}/revoke`, { reason: 'Khai man thành tích', basis: 'Luật Thi đua, khen thưởng Điều 93 khoản 2 điểm a', itemIds: [one.id] }));
    expect(draft.state).toBe('ban_hanh');
    expect(draft.items.find((i) => i.id === one.id)!.revoked).toMatchObject({ reason: 'Khai man thành tích' });
    const rec = await database.db.selectFrom('award_record').select(['revoked_at', 'revoke_basis']).where('id', '=', one.recordId!).executeTakeFirstOrThrow();
    expect(rec.revoked_at).not.toBeNull();
    expect(rec.revoke_basis).toMatch(/Điều 93/);
    expect((await specialist.send('POST', `/api/awards/decisions/${draft.id}/revoke`, { reason: 'Lại', basis: 'Điều 93', itemIds: [one.id] })).statusCode).toBe(409);
    draft = ok(await specialist.send('POST', `/api/awards/decisions/${draft.id}/revoke`, { reason: 'Thẩm định sai quy định', basis: 'Luật Thi đua, khen thưởng Điều 93 khoản 2 điểm c' }));
    expect(draft).toMatchObject({ state: 'thu_hoi', revokeReason: 'Thẩm định sai quy định', revokedCount: 4 });
    const live = await database.db.selectFrom('award_record').select('id').where('decision_number', '=', '07/QĐ-UBND').where('revoked_at', 'is', null).execute();
    expect(live).toEqual([]);
    const profile = (await specialist.get(`/api/awards/subjects/${known}`)).json() as SubjectProfile;
    expect(profile.records.some((r) => r.decisionNumber === '07/QĐ-UBND')).toBe(true);
    expect((await specialist.send('POST', `/api/awards/decisions/${draft.id}/revoke`, { reason: 'Lại', basis: 'Điều 93' })).statusCode).toBe(409);
    const list = (await specialist.get('/api/awards/decisions')).json() as { items: { id: string; stateLabel: string }[] };
    expect(list.items.find((d) => d.id === draft.id)?.stateLabel).toBe('Đã thu hồi');
  });

  it('keeps a revocation final: no second revocation races through, and the database refuses changes', async () => {
    let d = ok(await specialist.send('POST', '/api/awards/decisions', { decidingUnitId: canTho, year: 2025, items: [{ subjectKind: 'ca_nhan', fullName: 'Tạ Văn Thu Hồi', orgUnitId: ward, awardName: 'Giấy khen' }], signerName: 'Nguyễn Văn Ký' }));
    d = ok(await specialist.send('POST', `/api/awards/decisions/${d.id}/issue`, { version: d.version, number: 31, decisionDate: '2026-11-20' }));
    const [a, b] = await Promise.all([
      specialist.send('POST', `/api/awards/decisions/${d.id}/revoke`, { reason: 'Lần một', basis: 'Điều 93' }),
      leader.send('POST', `/api/awards/decisions/${d.id}/revoke`, { reason: 'Lần hai', basis: 'Điều 93' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const first = a.statusCode === 200 ? 'Lần một' : 'Lần hai';
    expect((await specialist.send('POST', `/api/awards/decisions/${d.id}/revoke`, { reason: 'Lần ba', basis: 'Điều 93' })).json().error.message).toMatch(/đã bị thu hồi trước đó/);
    // A revocation committed between the first look and the lock: the first look still saw it issued.
    const base = await ctxFor(database, 'chuyenvien.cantho');
    let stale = true;
    const late: Ctx = {
      ...base,
      db: base.db.withPlugin({
        transformQuery: (a) => a.node,
        transformResult: async (a) => {
          const r = a.result.rows[0] as { state?: string } | undefined;
          if (!stale || r?.state !== 'thu_hoi') return a.result;
          stale = false;
          return { ...a.result, rows: [{ ...r, state: 'ban_hanh', revoked_at: null }] as typeof a.result.rows };
        },
      }),
    };
    await expect(revokeDecision(late, d.id, { reason: 'Lần bốn', basis: 'Điều 93' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/đã bị thu hồi trước đó/) });
    expect(stale).toBe(false);
    const row = await database.db.selectFrom('award_decision').select(['state', 'revoke_reason']).where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'thu_hoi', revoke_reason: first });
    const items = await database.db.selectFrom('award_decision_item').select('revoke_reason').where('decision_id', '=', d.id).execute();
    expect(items).toEqual([{ revoke_reason: first }]);
    await expect(sql`update award_decision set revoke_reason = 'Ghi đè' where id = ${d.id}`.execute(database.db)).rejects.toThrow(/không được sửa thông tin thu hồi/);
    await expect(sql`update award_decision set state = 'ban_hanh', revoked_at = null, revoke_reason = null, revoke_basis = null where id = ${d.id}`.execute(database.db)).rejects.toThrow(/không thể trở lại ban hành/);
    await expect(sql`update award_decision_item set revoked_at = null, revoke_reason = null where decision_id = ${d.id}`.execute(database.db)).rejects.toThrow(/không được sửa hay hủy việc thu hồi/);
    await expect(sql`update award_decision_item set revoke_reason = 'Ghi đè' where decision_id = ${d.id}`.execute(database.db)).rejects.toThrow(/không được sửa hay hủy việc thu hồi/);
  });

  it('searches decisions in the database, without diacritics, beyond the newest 500', async () => {
    await sql`
      insert into award_decision (deciding_unit_id, symbol, issuing_body, place, deciding_authority, authority_line, title, signer_title, year, updated_at)
      select ${canTho}, 'QĐ-UBND', 'UBND', 'Cần Thơ', 'Chủ tịch', 'CHỦ TỊCH', 'Dự thảo số ' || g, 'CHỦ TỊCH', 2025, now() + interval '1 day'
      from generate_series(1, 501) g`.execute(database.db);
    try {
      const found = (await specialist.get(`/api/awards/decisions?q=${encodeURIComponent('khen cho cac TAP THE')}`)).json() as { items: { id: string }[] };
      expect(found.items.map((d) => d.id)).toEqual([draft.id]);
      const byNumber = (await specialist.get(`/api/awards/decisions?q=${encodeURIComponent('07/qđ-ubnd')}`)).json() as { items: { id: string }[] };
      expect(byNumber.items.map((d) => d.id)).toEqual([draft.id]);
    } finally {
      await sql`delete from award_decision where title like 'Dự thảo số %'`.execute(database.db);
    }
  });
});
