import { describe, expect, it } from 'vitest';
import { DEFAULT_VOTE_RULES, codeMatches, resolveVoteRule, voteSettingProblems, type LocalVoteSetting } from './vote-rule';

const local = (x: Partial<LocalVoteSetting>): LocalVoteSetting => ({
  id: 'x', awardCode: null, validFrom: '2025-07-01', validTo: null, note: null,
  quorum: { num: 3, den: 4 }, threshold: { num: 70, den: 100 }, strict: false, base: 'tong_so', secret: false, tieBreakByChair: false, ...x,
});

describe('resolveVoteRule', () => {
  it('uses the legacy NĐ 91/2017 rule (secret, 90% of all members, confirmed) for CSTĐ before 2024', () => {
    const r = resolveVoteRule('cstd_bo_tinh', '2023-06-01', []);
    expect(r).toMatchObject({ secret: true, threshold: { num: 90, den: 100 }, base: 'tong_so', confirmed: true, origin: 'default' });
    expect(r.source).toContain('Nghị định 91/2017/NĐ-CP');
  });

  it('marks the same values from 2024 as an unconfirmed local setting with a default', () => {
    const r = resolveVoteRule('cstd_toan_quoc', '2025-12-01', []);
    expect(r).toMatchObject({ secret: true, threshold: { num: 90, den: 100 }, confirmed: false });
    expect(r.source).toMatch(/^Cài đặt địa phương/);
  });

  it('falls back to the general default (2/3 present, more than half of all members, open)', () => {
    const r = resolveVoteRule('lao_dong_tien_tien', '2025-12-01', []);
    expect(r).toMatchObject({ quorum: { num: 2, den: 3 }, threshold: { num: 1, den: 2 }, strict: true, secret: false, tieBreakByChair: true, confirmed: false });
  });

  it('matches graded codes to their family', () => {
    expect(codeMatches('huan_chuong_lao_dong', 'huan_chuong_lao_dong_3')).toBe(true);
    expect(codeMatches('huan_chuong_lao_dong', 'huan_chuong_lao_dong')).toBe(true);
    expect(codeMatches('cstd_co_so', 'cstd_bo_tinh')).toBe(false);
    const r = resolveVoteRule('huan_chuong_lao_dong_3', '2025-12-01', [local({ id: 'hcld', awardCode: 'huan_chuong_lao_dong', secret: true })]);
    expect(r.settingId).toBe('hcld');
  });

  it('prefers the council’s setting for the award, then its setting for all awards, then the defaults', () => {
    const all = local({ id: 'all' });
    const own = local({ id: 'own', awardCode: 'bang_khen_tinh', threshold: { num: 3, den: 4 } });
    expect(resolveVoteRule('bang_khen_tinh', '2025-12-01', [all, own]).settingId).toBe('own');
    expect(resolveVoteRule('cstd_co_so', '2025-12-01', [all, own])).toMatchObject({ settingId: 'all', origin: 'local', confirmed: false });
    // Before the settings start, the built-in rule for Bằng khen (80%) applies.
    expect(resolveVoteRule('bang_khen_tinh', '2025-06-30', [all, own])).toMatchObject({ origin: 'default', threshold: { num: 80, den: 100 } });
  });

  it('lets a later dated setting supersede an open-ended older one, and respects end dates', () => {
    const old = local({ id: 'old', validFrom: '2024-01-01' });
    const next = local({ id: 'next', validFrom: '2026-01-01' });
    expect(resolveVoteRule('x', '2025-12-31', [old, next]).settingId).toBe('old');
    expect(resolveVoteRule('x', '2026-01-01', [old, next]).settingId).toBe('next');
    expect(resolveVoteRule('x', '2026-02-01', [local({ id: 'ended', validTo: '2026-01-31' })]).origin).toBe('default');
  });

  it('has a general default on every day', () => {
    for (const day of ['1990-01-01', '2023-12-31', '2024-01-01', '2025-07-01', '2099-12-31']) expect(() => resolveVoteRule('khong_co', day, [])).not.toThrow();
    expect(DEFAULT_VOTE_RULES.filter((r) => r.confirmed).every((r) => r.validTo !== null && r.validTo < '2024-01-01')).toBe(true);
  });
});

describe('voteSettingProblems', () => {
  it('accepts fractions between 0 and 1 and ordered dates', () => {
    expect(voteSettingProblems({ quorum: { num: 2, den: 3 }, threshold: { num: 90, den: 100 }, validFrom: '2025-07-01', validTo: null })).toEqual([]);
  });
  it('refuses shares above one, zero denominators and reversed dates, in Vietnamese', () => {
    const p = voteSettingProblems({ quorum: { num: 4, den: 3 }, threshold: { num: 1, den: 0 }, validFrom: '2025-07-01', validTo: '2025-06-30' });
    expect(p).toHaveLength(3);
    expect(p[0]).toContain('Tỷ lệ có mặt');
  });
});
