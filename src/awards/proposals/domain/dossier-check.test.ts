import { describe, expect, it } from 'vitest';
import { checkDossier, type CheckNominee, type DossierInput } from './dossier-check';
import { uncoveredBlocking } from './findings';

const DATE = '2026-11-21';
const cstdcs = (...ys: number[]) => ys.flatMap((year) => [{ year, award: 'cstd_co_so' as const }, { year, award: 'lao_dong_tien_tien' as const }]);
const htxs = (...ys: number[]) => ys.map((year) => ({ year, rating: 'htxs' as const }));

function person(id: string, over: Partial<CheckNominee> = {}): CheckNominee {
  return {
    id,
    position: Number(id.replace(/\D/g, '')) || 1,
    subjectKind: 'ca_nhan',
    fullName: `Người ${id}`,
    searchKey: `nguoi ${id}`,
    birthYear: 1980,
    subjectId: `s-${id}`,
    awardCode: 'cstd_bo_tinh',
    state: 'dang_xet',
    filledSections: ['so_luoc', 'thanh_tich'],
    registry: { titles: cstdcs(2023, 2024), awards: [] },
    history: { titles: cstdcs(2025), ratings: htxs(2023, 2024, 2025), initiatives: [{ year: 2024, scope: 'bo_tinh' }] },
    ...over,
  };
}

function dossier(over: Partial<DossierInput> = {}): DossierInput {
  return {
    date: DATE,
    year: 2025,
    roundKind: 'thuong_xuyen',
    receiving: { name: 'Thành phố Cần Thơ', kind: 'province' },
    proposingUnitName: 'Phường Ngã Bảy',
    nominees: [person('n1')],
    attachments: [{ kind: 'to_trinh', nomineeId: null }, { kind: 'bien_ban_hoi_dong', nomineeId: null }],
    others: [],
    quotaBases: { cstd_co_so_tren_ldtt: 100 },
    ...over,
  };
}

const codes = (d: DossierInput, severity?: string) => checkDossier(d).findings.filter((f) => !severity || f.severity === severity).map((f) => f.code);

describe('dossier check', () => {
  it('passes an eligible nominee with every document, deciding at the province', () => {
    const r = checkDossier(dossier());
    expect(r.findings.filter((f) => f.severity === 'block')).toEqual([]);
    expect(r.nominees[0]).toMatchObject({ eligible: true, routing: 'decide_here', awardName: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', needsPublication: false });
  });

  it('blocks an ineligible nominee with the engine reasons citing the article', () => {
    const r = checkDossier(dossier({ nominees: [person('n1', { history: { titles: [{ year: 2025, award: 'lao_dong_tien_tien' }], ratings: htxs(2025) } })] }));
    const block = r.findings.filter((f) => f.severity === 'block');
    expect(block.map((f) => f.code)).toContain('DIEU_KIEN_CSTD_TINH_LIEN_TUC');
    expect(block.find((f) => f.code === 'DIEU_KIEN_CSTD_TINH_LIEN_TUC')!.message).toMatch(/^Người n1 chưa đủ điều kiện Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh: Điều 22 Luật TĐKT 2022/);
    expect(block.every((f) => f.nomineeId === 'n1')).toBe(true);
  });

  it('blocks a nominee under discipline (NĐ 152/2025 Điều 4)', () => {
    const n = person('n1', { awardCode: 'bang_khen_tinh', history: { titles: cstdcs(2025), ratings: htxs(2024, 2025), disciplines: [{ from: '2026-03-12', to: null, kind: 'ky_luat', level: 'khien_trach' }] } });
    const f = checkDossier(dossier({ nominees: [n] })).findings.filter((x) => x.severity === 'block');
    expect(f.some((x) => /kỷ luật/.test(x.message))).toBe(true);
  });

  it('blocks the same achievement rewarded twice (already in the registry for that year)', () => {
    const n = person('n1', { awardCode: 'cstd_co_so', registry: { titles: cstdcs(2024, 2025), awards: [] }, history: { ratings: htxs(2025) } });
    const f = checkDossier(dossier({ receiving: { name: 'Phường Ngã Bảy', kind: 'commune' }, nominees: [n] })).findings;
    expect(f.find((x) => x.code === 'DIEU_KIEN_TRUNG_THANH_TICH')?.severity).toBe('block');
  });

  it('finds the same person twice in the dossier, by registry entry or by name and year of birth', () => {
    const a = person('n1');
    const b = person('n2', { subjectId: null, fullName: 'Người n1', searchKey: 'nguoi n1', awardCode: 'bang_khen_tinh' });
    const c = person('n3', { subjectId: 's-n1', fullName: 'Khác' });
    const f = checkDossier(dossier({ nominees: [a, b, c] })).findings.filter((x) => x.code === 'TRUNG_TRONG_HO_SO');
    expect(f.map((x) => x.nomineeId)).toEqual(['n2', 'n3']);
    expect(f[0]!.message).toContain('trùng với dòng 1');
    // Same name, another year of birth: two people.
    const d = person('n4', { subjectId: null, fullName: 'Người n1', searchKey: 'nguoi n1', birthYear: 1990 });
    expect(codes(dossier({ nominees: [a, d] }))).not.toContain('TRUNG_TRONG_HO_SO');
  });

  it('ignores returned and forwarded nominees', () => {
    const f = codes(dossier({ nominees: [person('n1'), person('n2', { subjectId: 's-n1', state: 'tra_lai' }), person('n3', { subjectId: 's-n1', state: 'chuyen_cap_tren' })] }));
    expect(f).not.toContain('TRUNG_TRONG_HO_SO');
  });

  it('blocks the same award in another open dossier of the year and warns on another award', () => {
    const other = { proposalId: 'p2', proposalTitle: 'Đề nghị của Sở Y tế', proposingUnitName: 'Sở Y tế', stateLabel: 'Đã gửi', subjectKind: 'ca_nhan' as const, searchKey: 'nguoi n1', birthYear: 1980, subjectId: 's-n1', awardCode: 'cstd_bo_tinh', sameUnitAs: [] };
    const f = checkDossier(dossier({ others: [other, { ...other, proposalId: 'p3', awardCode: 'bang_khen_tinh' }] })).findings;
    expect(f.find((x) => x.code === 'TRUNG_HO_SO_KHAC')).toMatchObject({ severity: 'block', nomineeId: 'n1' });
    expect(f.find((x) => x.code === 'TRUNG_HO_SO_KHAC')!.message).toContain('"Đề nghị của Sở Y tế" của Sở Y tế (Đã gửi)');
    expect(f.find((x) => x.code === 'CO_TRONG_HO_SO_KHAC')?.severity).toBe('warning');
  });

  it('takes namesakes in other units for other people, unless they share a registry entry', () => {
    // Two schools of one name in one dossier: the same only within one unit.
    const a = person('n1', { subjectKind: 'tap_the', subjectId: null, fullName: 'Trường THCS Lê Lợi', searchKey: 'truong thcs le loi', birthYear: null, awardCode: 'bang_khen_tinh', orgUnitId: 'u-a' });
    const b = { ...a, id: 'n2', position: 2, orgUnitId: 'u-b' };
    expect(codes(dossier({ nominees: [a, b] }))).not.toContain('TRUNG_TRONG_HO_SO');
    expect(codes(dossier({ nominees: [a, { ...b, orgUnitId: 'u-a' }] }))).toContain('TRUNG_TRONG_HO_SO');
    expect(codes(dossier({ nominees: [a, { ...b, subjectId: 's-x' }] }))).not.toContain('TRUNG_TRONG_HO_SO');
    // Another dossier: a namesake counts only when it lies in this nominee's unit or registry branch.
    const other = { proposalId: 'p2', proposalTitle: 'Đề nghị của tỉnh khác', proposingUnitName: 'Xã Khác', stateLabel: 'Đã gửi', subjectKind: 'tap_the' as const, searchKey: 'truong thcs le loi', birthYear: null, subjectId: null, awardCode: 'bang_khen_tinh', sameUnitAs: [] as string[] };
    expect(codes(dossier({ nominees: [a], others: [other] }))).not.toContain('TRUNG_HO_SO_KHAC');
    expect(codes(dossier({ nominees: [{ ...a, subjectId: 's-a' }], others: [other] }))).not.toContain('TRUNG_HO_SO_KHAC');
    expect(codes(dossier({ nominees: [a], others: [{ ...other, sameUnitAs: ['n1'] }] }))).toContain('TRUNG_HO_SO_KHAC');
    // The same registry entry is the same collective wherever it is proposed.
    expect(codes(dossier({ nominees: [{ ...a, subjectId: 's-a' }], others: [{ ...other, subjectId: 's-a' }] }))).toContain('TRUNG_HO_SO_KHAC');
  });

  it('applies quotas over the declared base, and asks for the base when missing', () => {
    const many = Array.from({ length: 4 }, (_, i) => person(`n${i + 1}`, { awardCode: 'cstd_co_so', subjectId: `s${i}`, searchKey: `k${i}`, registry: { titles: cstdcs(2024), awards: [] }, history: { titles: [{ year: 2025, award: 'lao_dong_tien_tien' }], ratings: htxs(2025) } }));
    const commune = { receiving: { name: 'Phường Ngã Bảy', kind: 'commune' as const }, nominees: many };
    // 15% of 20 = 3 < 4.
    const over = checkDossier(dossier({ ...commune, quotaBases: { cstd_co_so_tren_ldtt: 20 } })).findings.find((f) => f.code === 'VUOT_TY_LE')!;
    expect(over.severity).toBe('block');
    expect(over.message).toContain('đề nghị 4, tối đa 3 (15% của 20');
    expect(over.message).toContain('thiết lập địa phương');
    expect(codes(dossier({ ...commune, quotaBases: { cstd_co_so_tren_ldtt: 27 } }))).not.toContain('VUOT_TY_LE');
    expect(checkDossier(dossier({ ...commune, quotaBases: {} })).findings.find((f) => f.code === 'THIEU_CO_SO_TY_LE')?.severity).toBe('warning');
  });

  it('applies a province quota for thematic rounds only to that round and subject', () => {
    const overrides = { quotas: [{ code: 'chuyen_de_ca_nhan', maxPercent: 5 }] };
    const n = [person('n1', { awardCode: 'bang_khen_tinh', filledSections: ['so_luoc', 'thanh_tich'] }), person('n2', { awardCode: 'bang_khen_tinh', subjectId: 'x', searchKey: 'x' })];
    expect(codes(dossier({ roundKind: 'chuyen_de', nominees: n, overrides, quotaBases: { chuyen_de_ca_nhan: 30 } }))).toContain('VUOT_TY_LE');
    expect(codes(dossier({ roundKind: 'chuyen_de', nominees: n, overrides, quotaBases: { chuyen_de_ca_nhan: 40 } }))).not.toContain('VUOT_TY_LE');
    expect(codes(dossier({ roundKind: 'thuong_xuyen', nominees: n, overrides, quotaBases: { chuyen_de_ca_nhan: 1 } }))).not.toContain('VUOT_TY_LE');
  });

  it('requires the tờ trình, the council minutes and each achievement report', () => {
    const f = checkDossier(dossier({ attachments: [], nominees: [person('n1', { filledSections: ['so_luoc'] })] })).findings.filter((x) => x.severity === 'block');
    expect(f.map((x) => x.code)).toEqual(expect.arrayContaining(['THIEU_TO_TRINH', 'THIEU_BIEN_BAN', 'THIEU_BAO_CAO']));
    expect(f.find((x) => x.code === 'THIEU_BAO_CAO')!.message).toContain('"II. Thành tích đạt được"');
    // A scanned report attached for the nominee stands in for the typed one.
    expect(codes(dossier({ nominees: [person('n1', { filledSections: [] })], attachments: [{ kind: 'to_trinh', nomineeId: null }, { kind: 'bien_ban_hoi_dong', nomineeId: null }, { kind: 'bao_cao_thanh_tich', nomineeId: 'n1' }] }))).not.toContain('THIEU_BAO_CAO');
    // Ad hoc: tờ trình and a short report only (Điều 85).
    const adhoc = checkDossier(dossier({ roundKind: 'dot_xuat', attachments: [{ kind: 'to_trinh', nomineeId: null }], nominees: [person('n1', { awardCode: 'bang_khen_tinh', filledSections: ['tom_tat'] })] }));
    expect(adhoc.findings.map((x) => x.code)).not.toContain('THIEU_BIEN_BAN');
    expect(adhoc.findings.map((x) => x.code)).not.toContain('THIEU_BAO_CAO');
  });

  it('does not commend a collective of a unit dissolved or merged before the decision', () => {
    const school = person('n1', { subjectKind: 'tap_the', awardCode: 'tap_the_ldtt', filledSections: ['dac_diem', 'thanh_tich'], unitEndedOn: '2025-06-30' });
    const f = checkDossier(dossier({ nominees: [school] })).findings.find((x) => x.code === 'DON_VI_DA_KET_THUC')!;
    expect(f).toMatchObject({ severity: 'block', message: expect.stringContaining('Thông tư 15/2025/TT-BNV') });
    expect(f.message).toContain('30/6/2025');
    expect(codes(dossier({ nominees: [{ ...school, unitEndedOn: null }] }))).not.toContain('DON_VI_DA_KET_THUC');
    // A person keeps their achievements when their unit merges.
    expect(codes(dossier({ nominees: [person('n1', { unitEndedOn: '2025-06-30' })] }))).not.toContain('DON_VI_DA_KET_THUC');
  });

  it('refuses an empty dossier', () => {
    expect(codes(dossier({ nominees: [] }), 'block')).toEqual(['CHUA_CO_DOI_TUONG']);
  });

  it('routes awards above the receiving body upward and notes those below it', () => {
    const r = checkDossier(dossier({ nominees: [person('n1', { awardCode: 'bang_khen_thu_tuong' }), person('n2', { subjectKind: 'ho_gia_dinh', awardCode: 'gia_dinh_van_hoa', subjectId: 'b', searchKey: 'b', filledSections: ['dac_diem', 'thanh_tich'] })] }));
    expect(r.nominees.map((n) => n.routing)).toEqual(['forward', 'lower_level']);
    expect(r.forwardCount).toBe(1);
    expect(r.findings.find((f) => f.code === 'TRINH_CAP_TREN')!.message).toContain('do Thủ tướng Chính phủ quyết định, vượt thẩm quyền của Thành phố Cần Thơ');
    expect(r.findings.find((f) => f.code === 'THAM_QUYEN_CAP_DUOI')?.severity).toBe('warning');
    expect(r.findings.find((f) => f.code === 'BO_PHIEU_KIN')?.severity).toBe('info');
  });

  it('asks for publication for individuals proposed for state awards', () => {
    const r = checkDossier(dossier({ nominees: [person('n1', { awardCode: 'huan_chuong_lao_dong_3' })] }));
    expect(r.needsPublication).toBe(true);
    expect(r.findings.find((f) => f.code === 'CONG_KHAI')!.message).toContain('Khoản 2 Điều 44 Nghị định 152/2025/NĐ-CP');
    expect(checkDossier(dossier()).needsPublication).toBe(false);
  });

  it('warns instead of blocking where the engine has no criteria', () => {
    const r = checkDossier(dossier({ nominees: [person('n1', { subjectKind: 'tap_the', awardCode: 'bang_khen_thu_tuong', filledSections: ['dac_diem', 'thanh_tich'] })] }));
    const manual = r.findings.filter((f) => f.code.startsWith('THU_CONG_'));
    expect(manual.length).toBeGreaterThan(0);
    expect(manual.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('blocks an award that does not fit the subject', () => {
    expect(codes(dossier({ nominees: [person('n1', { subjectKind: 'tap_the', awardCode: 'cstd_bo_tinh', filledSections: ['dac_diem', 'thanh_tich'] })] }), 'block').some((c) => c.startsWith('DIEU_KIEN_'))).toBe(true);
  });

  it('keys findings stably so that an override covers exactly what it saw', () => {
    const d = dossier({ attachments: [] });
    const first = checkDossier(d).findings;
    const keys = first.filter((f) => f.severity === 'block').map((f) => f.key);
    expect(uncoveredBlocking(checkDossier(d).findings, keys)).toEqual([]);
    const worse = checkDossier({ ...d, nominees: [...d.nominees, person('n2', { subjectId: 's-n1' })] }).findings;
    expect(uncoveredBlocking(worse, keys).map((f) => f.code)).toContain('TRUNG_TRONG_HO_SO');
    expect(uncoveredBlocking(first, null).length).toBe(keys.length);
  });
});
