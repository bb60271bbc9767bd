import { describe, expect, it } from 'vitest';
import { cleanRecipient, recipientLines } from './recipients';

describe('recipientLines', () => {
  it('puts a dash before each, ";" after each and "." after the archive line', () => {
    expect(recipientLines(['Ban TĐKT Trung ương', 'UBND các tỉnh trong Cụm', 'Lưu: VT, TĐKT'])).toEqual([
      '- Ban TĐKT Trung ương;',
      '- UBND các tỉnh trong Cụm;',
      '- Lưu: VT, TĐKT.',
    ]);
  });

  it('a single recipient ends with "."', () => {
    expect(recipientLines(['Lưu: VT'])).toEqual(['- Lưu: VT.']);
  });

  it('strips dashes and punctuation users typed themselves, and drops empty lines', () => {
    expect(recipientLines(['- Như trên;', '  ', '– Sở Nội vụ (Ban TĐKT),', '+ CT, các PCT UBND tỉnh', 'Lưu: QT, VT.'])).toEqual([
      '- Như trên;',
      '- Sở Nội vụ (Ban TĐKT);',
      '- CT, các PCT UBND tỉnh;',
      '- Lưu: QT, VT.',
    ]);
  });

  it('keeps inner punctuation and collapses spaces', () => {
    expect(cleanRecipient('  VP.UBND   TP (3AC);  ')).toBe('VP.UBND TP (3AC)');
  });

  it('nothing to send to gives no lines', () => {
    expect(recipientLines([])).toEqual([]);
  });
});
