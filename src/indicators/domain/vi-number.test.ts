import { describe, expect, it } from 'vitest';
import { formatViNumber, parseViNumber, roundTo } from './vi-number';

const ok = (s: string | number, o = {}) => {
  const r = parseViNumber(s, o);
  if (!r.ok) throw new Error(`expected ok for ${s}: ${r.reason}`);
  return r.value;
};
const bad = (s: string, o = {}) => {
  const r = parseViNumber(s, o);
  if (r.ok) throw new Error(`expected refusal for ${s}, got ${r.value}`);
  return r.reason;
};

describe('parseViNumber', () => {
  it('reads Vietnamese grouping and decimals', () => {
    expect(ok('1.234.567,5')).toBe(1234567.5);
    expect(ok('819')).toBe(819);
    expect(ok('0,25')).toBe(0.25);
    expect(ok('-1.200')).toBe(-1200);
    expect(ok('1 234 567')).toBe(1234567);
    expect(ok('6.000.000.000')).toBe(6e9);
    expect(ok(' 42 ')).toBe(42);
  });
  it('accepts the indicator unit written after the number', () => {
    expect(ok('1.234 hộ', { unitOfMeasure: 'hộ' })).toBe(1234);
    expect(ok('12,5 %', { unitOfMeasure: '%' })).toBe(12.5);
    expect(ok('12,5%', { unitOfMeasure: '%' })).toBe(12.5);
  });
  it('refuses malformed numbers from the seeds with a reason', () => {
    expect(bad('6.000.0000.000')).toMatch(/phân nhóm hàng nghìn sai/);
    expect(bad('1,9 00.000')).toMatch(/khoảng trắng/);
    expect(bad('1,2,3')).toMatch(/nhiều dấu phẩy/);
    expect(bad('abc')).toMatch(/không phải là số/);
    expect(bad('')).toMatch(/trống/);
    expect(bad('12.5')).toMatch(/dùng dấu phẩy/);
    expect(bad('1.23,4.5')).toBeTruthy();
  });
  it('refuses a magnitude word that differs from the unit of measure', () => {
    expect(bad('1,45 tỷ đồng', { unitOfMeasure: 'triệu đồng' })).toMatch(/triệu đồng/);
    expect(bad('300 triệu', { unitOfMeasure: 'đồng' })).toMatch(/đơn vị tính/);
    expect(bad('12 người', { unitOfMeasure: 'hộ' })).toMatch(/hộ/);
  });
  it('enforces the decimals of the indicator', () => {
    expect(bad('1,5', { maxDecimals: 0 })).toMatch(/số nguyên/);
    expect(bad('1,555', { maxDecimals: 2 })).toMatch(/tối đa 2/);
    expect(ok('1,55', { maxDecimals: 2 })).toBe(1.55);
    expect(ok(3.25, { maxDecimals: 2 })).toBe(3.25);
    expect(parseViNumber(3.255, { maxDecimals: 2 }).ok).toBe(false);
    expect(ok(0.1 + 0.2, { maxDecimals: 1 })).toBe(0.3);
  });
});

describe('formatViNumber', () => {
  it('writes vi-VN grouping', () => {
    expect(formatViNumber(1234567.5, 1)).toBe('1.234.567,5');
    expect(formatViNumber(819)).toBe('819');
    expect(formatViNumber(51.26, 2)).toBe('51,26');
    expect(formatViNumber(null)).toBe('');
  });
  it('rounds half up without binary drift', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(51.2605, 2)).toBe(51.26);
  });
});
