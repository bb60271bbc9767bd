import { describe, expect, it } from 'vitest';
import { councilBlockedByPublication, earliestEnd, needsPublication, publicationCitation, publicationProblem, workingDays } from './publication';

describe('publication', () => {
  it('counts working days, skipping weekends', () => {
    expect(workingDays('2026-11-02', '2026-11-13')).toBe(10); // Mon 2 → Fri 13
    expect(workingDays('2026-11-07', '2026-11-08')).toBe(0); // a weekend
    expect(workingDays('2026-11-13', '2026-11-16')).toBe(2);
    expect(earliestEnd('2026-11-02')).toBe('2026-11-13');
    expect(earliestEnd('2026-11-07')).toBe('2026-11-20'); // starting on a Saturday
  });

  it('requires ten working days for individuals proposed for state awards', () => {
    expect(needsPublication({ subjectKind: 'ca_nhan', awardCode: 'huan_chuong_lao_dong_3', group: 'huan_chuong' })).toBe(true);
    expect(needsPublication({ subjectKind: 'ca_nhan', awardCode: 'cstd_toan_quoc', group: 'danh_hieu_ca_nhan' })).toBe(true);
    expect(needsPublication({ subjectKind: 'tap_the', awardCode: 'huan_chuong_lao_dong_3', group: 'huan_chuong' })).toBe(false);
    expect(needsPublication({ subjectKind: 'ca_nhan', awardCode: 'bang_khen_tinh', group: 'bang_khen' })).toBe(false);
    expect(publicationProblem('2026-11-02', '2026-11-13', '2026-11-02', true)).toBeNull();
    expect(publicationProblem('2026-11-02', '2026-11-12', '2026-10-30', true)).toContain('chỉ có 9 ngày làm việc (sớm nhất đến 13/11/2026)');
    expect(publicationProblem('2026-11-02', '2026-11-03', '2026-11-02', false)).toBeNull();
    expect(publicationProblem('2026-11-05', '2026-11-03', '2026-11-02', false)).toContain('sau ngày bắt đầu');
  });

  it('refuses a publication that starts before today, required or not', () => {
    expect(publicationProblem('2026-11-02', '2026-11-13', '2026-11-21', true)).toBe('Ngày bắt đầu công khai (2/11/2026) không được trước ngày hôm nay (21/11/2026); việc lấy ý kiến, công khai tính từ ngày đăng công khai trở đi.');
    expect(publicationProblem('2026-11-20', '2026-12-31', '2026-11-21', false)).toContain('không được trước ngày hôm nay');
    expect(publicationProblem('2026-11-23', '2026-12-04', '2026-11-21', true)).toBeNull();
    expect(publicationProblem('2026-11-21', '2026-12-04', '2026-11-21', true)).toBeNull();
  });

  it('cites the decree in force', () => {
    expect(publicationCitation('2025-06-30')).toBe('Khoản 2 Điều 46 Nghị định 98/2023/NĐ-CP');
    expect(publicationCitation('2025-07-01')).toBe('Khoản 2 Điều 44 Nghị định 152/2025/NĐ-CP');
  });

  it('keeps the dossier from the council until the publication has run', () => {
    expect(councilBlockedByPublication({ publicFrom: null, publicUntil: null }, '2026-11-21', true)).toContain('cần lấy ý kiến');
    expect(councilBlockedByPublication({ publicFrom: '2026-11-09', publicUntil: '2026-11-21' }, '2026-11-21', true)).toContain('đến hết ngày 21/11/2026');
    expect(councilBlockedByPublication({ publicFrom: '2026-11-02', publicUntil: '2026-11-13' }, '2026-11-21', true)).toBeNull();
    expect(councilBlockedByPublication({ publicFrom: null, publicUntil: null }, '2026-11-21', false)).toBeNull();
  });
});
