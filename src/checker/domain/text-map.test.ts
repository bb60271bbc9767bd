import { describe, expect, it } from 'vitest';
import { codePointIndexer, normalizeWithMap, utf16Indexer } from './text-map';

describe('offsets into the original text', () => {
  it('maps NFC positions back to the decomposed original', () => {
    const original = 'Xã Tân Thành đạt 15/19'.normalize('NFD');
    const { text, toOriginal } = normalizeWithMap(original);
    expect(text).toBe('Xã Tân Thành đạt 15/19');
    const at = text.indexOf('15/19');
    expect(original.slice(toOriginal![at]!, toOriginal![at + 5]!)).toBe('15/19');
    const word = text.indexOf('Thành');
    expect(original.slice(toOriginal![word]!, toOriginal![word + 5]!).normalize('NFC')).toBe('Thành');
  });

  it('leaves NFC text untouched and counts code points, not UTF-16 units', () => {
    expect(normalizeWithMap('Báo cáo').toOriginal).toBeNull();
    const s = '📊 đạt 52%';
    const cp = codePointIndexer(s);
    expect(cp(s.indexOf('52%'))).toBe(Array.from(s).indexOf('5'));
    expect(utf16Indexer(s)(Array.from(s).indexOf('5'))).toBe(s.indexOf('52%'));
  });
});
