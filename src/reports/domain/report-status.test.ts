import { describe, expect, it } from 'vitest';
import type { ReportState } from '../../db/schema';
import { RECIPIENT_STATUS_LABELS, lockReason, onTime, recipientStatus } from './report-status';

describe('onTime', () => {
  it('the deadline day itself is on time; the day after is late', () => {
    expect(onTime('2025-06-30', '2025-06-30')).toBe(true);
    expect(onTime('2025-06-29', '2025-06-30')).toBe(true);
    expect(onTime('2025-07-01', '2025-06-30')).toBe(false);
  });

  it('is unknown before any submission', () => {
    expect(onTime(null, '2025-06-30')).toBeNull();
  });

  it('compares dates across month and year ends', () => {
    expect(onTime('2025-12-31', '2026-01-01')).toBe(true);
    expect(onTime('2026-01-02', '2026-01-01')).toBe(false);
  });
});

describe('recipientStatus', () => {
  it('folds timeliness into a submitted report, judged on the first submission', () => {
    expect(recipientStatus('da_nop', '2025-06-30', '2025-06-30')).toBe('nop_dung_han');
    expect(recipientStatus('da_nop', '2025-07-01', '2025-06-30')).toBe('nop_muon');
    // Returned on 2/7 and resubmitted on 10/7: the first submission on 28/6 met the deadline.
    expect(recipientStatus('da_nop', '2025-06-28', '2025-06-30')).toBe('nop_dung_han');
  });

  it('keeps the other states as they are, even when late', () => {
    const others: ReportState[] = ['chua_mo', 'dang_soan', 'tra_lai', 'da_duyet'];
    for (const s of others) expect(recipientStatus(s, '2025-08-01', '2025-06-30')).toBe(s);
  });

  it('has a Vietnamese label for every status', () => {
    expect(RECIPIENT_STATUS_LABELS.nop_dung_han).toBe('Đã nộp đúng hạn');
    expect(RECIPIENT_STATUS_LABELS.nop_muon).toBe('Nộp muộn');
    expect(Object.keys(RECIPIENT_STATUS_LABELS)).toHaveLength(6);
  });
});

describe('lockReason', () => {
  const base = { state: 'dang_soan' as ReportState, deadline: '2025-06-30', graceDays: 3, exceptionUntil: null, campaignOpen: true };

  it('stays open up to and including deadline + grace days, and locks the day after', () => {
    expect(lockReason({ ...base, today: '2025-06-30' })).toBeNull();
    expect(lockReason({ ...base, today: '2025-07-03' })).toBeNull();
    const r = lockReason({ ...base, today: '2025-07-04' });
    expect(r).toBe('Đã quá hạn nộp (30/6/2025, gia hạn 3 ngày đến 3/7/2025). Liên hệ đơn vị yêu cầu báo cáo để được mở lại.');
  });

  it('without grace days locks the day after the deadline and does not mention a grace period', () => {
    expect(lockReason({ ...base, graceDays: 0, today: '2025-06-30' })).toBeNull();
    const r = lockReason({ ...base, graceDays: 0, today: '2025-07-01' });
    expect(r).toBe('Đã quá hạn nộp (30/6/2025). Liên hệ đơn vị yêu cầu báo cáo để được mở lại.');
  });

  it('grace days cross month and leap-year ends', () => {
    expect(lockReason({ ...base, deadline: '2024-02-27', graceDays: 2, today: '2024-02-29' })).toBeNull();
    expect(lockReason({ ...base, deadline: '2024-02-27', graceDays: 2, today: '2024-03-01' })).toContain('đến 29/2/2024');
    expect(lockReason({ ...base, deadline: '2025-12-30', graceDays: 5, today: '2026-01-04' })).toBeNull();
    expect(lockReason({ ...base, deadline: '2025-12-30', graceDays: 5, today: '2026-01-05' })).toContain('đến 4/1/2026');
  });

  it('a per-unit exception keeps the report open through its last day only', () => {
    const late = { ...base, exceptionUntil: '2025-07-10' };
    expect(lockReason({ ...late, today: '2025-07-05' })).toBeNull();
    expect(lockReason({ ...late, today: '2025-07-10' })).toBeNull();
    expect(lockReason({ ...late, today: '2025-07-11' })).toMatch(/^Đã quá hạn nộp/);
  });

  it('an exception ending before the grace period does not shorten it', () => {
    expect(lockReason({ ...base, exceptionUntil: '2025-06-01', today: '2025-07-03' })).toBeNull();
  });

  it('a returned report is never locked by the deadline', () => {
    expect(lockReason({ ...base, state: 'tra_lai', today: '2025-12-31' })).toBeNull();
    expect(lockReason({ ...base, state: 'tra_lai', graceDays: 0, today: '2026-06-30' })).toBeNull();
  });

  it('a closed campaign locks every report, returned ones and those within the deadline included', () => {
    const closed = { ...base, campaignOpen: false };
    const msg = 'Yêu cầu báo cáo không còn mở nhận báo cáo.';
    expect(lockReason({ ...closed, today: '2025-06-01' })).toBe(msg);
    expect(lockReason({ ...closed, state: 'tra_lai', today: '2025-06-01' })).toBe(msg);
    expect(lockReason({ ...closed, exceptionUntil: '2025-12-31', today: '2025-07-05' })).toBe(msg);
  });
});
