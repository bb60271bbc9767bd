import { describe, expect, it } from 'vitest';
import { validateColumn, type CrossRule, type RangeRule } from './validate-cells';

const range = (id: string, extra: Partial<RangeRule> = {}): RangeRule => ({ indicatorId: id, name: id, decimals: 0, min: null, max: null, severity: 'error', required: false, ...extra });
const poorLeTotal: CrossRule = { left: { id: 'poor', name: 'Số hộ nghèo' }, op: '<=', right: { id: 'total', name: 'Tổng số hộ' }, severity: 'error', message: null };

describe('validateColumn', () => {
  it('flags ranges with the severity of the indicator', () => {
    const issues = validateColumn('U', new Map([['rate', 120], ['n', -1]]), [range('rate', { min: 0, max: 100 }), range('n', { min: 0, severity: 'warning' })], []);
    expect(issues).toEqual([
      { indicatorId: 'rate', column: 'U', severity: 'error', message: '"rate" = 120 vượt mức tối đa 100.', involves: ['rate'] },
      { indicatorId: 'n', column: 'U', severity: 'warning', message: '"n" = -1 nhỏ hơn mức tối thiểu 0.', involves: ['n'] },
    ]);
  });
  it('warns on missing required figures only', () => {
    const issues = validateColumn('U', new Map([['a', 1]]), [range('a', { required: true }), range('b', { required: true }), range('c')], []);
    expect(issues.map((i) => [i.indicatorId, i.severity])).toEqual([['b', 'warning']]);
  });
  it('checks cross-indicator rules when both sides are known', () => {
    expect(validateColumn('U', new Map([['poor', 1.2e3], ['total', 1e3]]), [], [poorLeTotal])[0]?.message).toBe('"Số hộ nghèo" (1.200) phải ≤ "Tổng số hộ" (1.000).');
    expect(validateColumn('U', new Map([['poor', 900], ['total', 1000]]), [], [poorLeTotal])).toEqual([]);
    expect(validateColumn('U', new Map([['poor', 900]]), [], [poorLeTotal])).toEqual([]);
  });
});
