import { describe, expect, it } from 'vitest';
import { formatNumberSymbol } from './number-symbol';

const blank = '\u00a0'.repeat(6);

describe('formatNumberSymbol', () => {
  it.each([
    [{ number: 5, typeAbbrev: 'BC', bodyAbbrev: 'UBND' }, 'Số: 05/BC-UBND'],
    [{ number: 123, typeAbbrev: 'KH', bodyAbbrev: 'UBND' }, 'Số: 123/KH-UBND'],
    [{ number: 9, typeAbbrev: 'QĐ', bodyAbbrev: 'UBND' }, 'Số: 09/QĐ-UBND'],
    [{ number: 10, typeAbbrev: 'TTr', bodyAbbrev: 'SNV' }, 'Số: 10/TTr-SNV'],
    [{ number: 45, bodyAbbrev: 'UBND', unitAbbrev: 'VP' }, 'Số: 45/UBND-VP'],
    [{ number: 45, typeAbbrev: null, bodyAbbrev: 'UBND', unitAbbrev: 'VP' }, 'Số: 45/UBND-VP'],
    [{ number: 2694, typeAbbrev: 'HD', bodyAbbrev: 'BTĐKT' }, 'Số: 2694/HD-BTĐKT'],
    [{ number: 7, typeAbbrev: 'BC', bodyAbbrev: 'UBND', unitAbbrev: 'TĐKT' }, 'Số: 07/BC-UBND-TĐKT'],
    [{ number: 1, typeAbbrev: ' BC ', bodyAbbrev: ' UBND ', unitAbbrev: '' }, 'Số: 01/BC-UBND'],
  ])('%j → %s', (input, expected) => {
    expect(formatNumberSymbol(input)).toBe(expected);
  });

  it('leaves room for the number on a draft', () => {
    expect(formatNumberSymbol({ number: null, typeAbbrev: 'BC', bodyAbbrev: 'UBND' })).toBe(`Số: ${blank}/BC-UBND`);
    expect(formatNumberSymbol({ number: null, bodyAbbrev: 'UBND', unitAbbrev: 'VP' })).toBe(`Số: ${blank}/UBND-VP`);
  });

  it.each([0, -3, 2.5, Number.NaN])('refuses number %s', (number) => {
    expect(() => formatNumberSymbol({ number, typeAbbrev: 'BC', bodyAbbrev: 'UBND' })).toThrow(/Số văn bản/);
  });

  it('needs the issuing body', () => {
    expect(() => formatNumberSymbol({ number: 1, typeAbbrev: 'BC', bodyAbbrev: '  ' })).toThrow(/cơ quan ban hành/);
  });
});
