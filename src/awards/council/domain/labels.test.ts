import { describe, expect, it } from 'vitest';
import { formatRatio, fractionText, ruleText, ruleThresholdText } from './labels';

describe('labels', () => {
  it('prints ratios the Vietnamese way', () => {
    expect(formatRatio(14, 15)).toBe('93,33%');
    expect(formatRatio(2, 3)).toBe('66,67%');
    expect(formatRatio(9, 10)).toBe('90%');
    expect(formatRatio(1, 0)).toBe('—');
  });
  it('names fractions and thresholds', () => {
    expect(fractionText({ num: 2, den: 3 })).toBe('2/3');
    expect(fractionText({ num: 90, den: 100 })).toBe('90%');
    expect(ruleThresholdText({ threshold: { num: 1, den: 2 }, strict: true, base: 'tong_so' })).toBe('quá bán (trên 1/2) tổng số thành viên');
    expect(ruleThresholdText({ threshold: { num: 80, den: 100 }, strict: false, base: 'tham_gia' })).toBe('từ 80% số thành viên tham gia biểu quyết trở lên');
    expect(ruleText({ quorum: { num: 2, den: 3 }, threshold: { num: 90, den: 100 }, strict: false, base: 'tong_so', secret: true, tieBreakByChair: false })).toBe(
      'Có mặt từ 2/3 thành viên; đồng ý từ 90% tổng số thành viên trở lên; bỏ phiếu kín.',
    );
  });
});
