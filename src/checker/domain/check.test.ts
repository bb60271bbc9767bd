import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { checkReport } from './check';
import { MAX_TEXT_CHARS } from './limits';

describe('checkReport', () => {
  it('answers code-point offsets into NFD input with emoji', () => {
    const text = '😀 Xã Tân Thành đạt 15/19 tiêu chí, còn 05 tiêu chí chưa đạt.'.normalize('NFD');
    const [f] = checkReport(text).findings;
    expect(Array.from(text).slice(f!.start, f!.end).join('')).toBe('05');
  });

  it('converts TCVN3 in place and refuses VNI with instructions', () => {
    const r = checkReport('B¸o c¸o n¨m 2023. X· T©n Thµnh ®¹t 15/19 tiªu chÝ, cßn 05 tiªu chÝ ch\u00ada ®¹t.');
    expect(r.notices[0]).toContain('TCVN3');
    expect(r.convertedText).toContain('Xã Tân Thành đạt 15/19 tiêu chí');
    expect(r.findings.map((f) => f.category)).toContain('ARITH');
    expect(() => checkReport('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam, ñoäc laäp töï do haïnh phuùc, baùo caùo keát quaû thi ñua')).toThrow(/VNI/);
  });

  it('refuses oversized input and bad dates, and stops at the time limit', () => {
    expect(() => checkReport('a'.repeat(MAX_TEXT_CHARS + 1))).toThrow(AppError);
    expect(() => checkReport('x', { date: '2024-02-30' })).toThrow(/Ngày báo cáo/);
    const r = checkReport('Có 61/119 xã, đạt tỷ lệ 52%.\n'.repeat(2000), { timeLimitMs: 0 });
    expect(r.notices.join(' ')).toContain('hết thời gian');
  });

  it('keeps TYPO from drowning the rest', () => {
    const r = checkReport('Hổ trợ sản suất. '.repeat(100));
    expect(r.findings.filter((f) => f.category === 'TYPO').length).toBeLessThanOrEqual(30);
  });
});
