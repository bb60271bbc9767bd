import { describe, expect, it } from 'vitest';
import { cleanText, escapeLike, searchKey } from './vi-text';

describe('searchKey', () => {
  it('folds precomposed Vietnamese to plain lower-case ASCII, đ/Đ → d', () => {
    expect(searchKey('Đại Thành')).toBe('dai thanh');
    expect(searchKey('đường Nguyễn Trãi')).toBe('duong nguyen trai');
    expect(searchKey('Ủy ban nhân dân Phường Bến Nghé')).toBe('uy ban nhan dan phuong ben nghe');
  });

  it('folds decomposed (NFD) input to the same key as precomposed input', () => {
    const nfd = '\u0110a\u0323i Tha\u0300nh'; // Đ + a + dot below + i, T h a + grave + n h
    expect(nfd).not.toBe('Đại Thành');
    expect(nfd.normalize('NFC')).toBe('Đại Thành');
    expect(searchKey(nfd)).toBe('dai thanh');
    expect(searchKey('Nguye\u0302\u0303n')).toBe('nguyen');
  });

  it('folds old- and new-style tone placement ("Hoà"/"Hòa") to the same key', () => {
    expect(searchKey('Hoà')).toBe('hoa');
    expect(searchKey('Hòa')).toBe('hoa');
    expect(searchKey('Thuỷ')).toBe(searchKey('Thủy'));
    expect(searchKey('Khánh Hoà')).toBe(searchKey('Khánh Hòa'));
  });

  it('collapses runs of whitespace (tabs, newlines, NBSP) and trims', () => {
    expect(searchKey('  Sở \t Tư   pháp\n')).toBe('so tu phap');
    expect(searchKey('Sở\u00a0Y\u00a0tế')).toBe('so y te');
    expect(searchKey('   ')).toBe('');
  });

  it('lower-cases fully upper-case input including Đ and accented capitals', () => {
    expect(searchKey('ĐẢNG ỦY KHỐI')).toBe('dang uy khoi');
    expect(searchKey('SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toBe('so giao duc va dao tao');
  });

  it('keeps digits and punctuation', () => {
    expect(searchKey('Cụm thi đua số 3 - 2024')).toBe('cum thi dua so 3 - 2024');
  });
});

describe('cleanText', () => {
  it('recomposes NFD text to NFC', () => {
    const nfd = '\u0110a\u0323i Tha\u0300nh';
    const out = cleanText(nfd);
    expect(out).toBe('Đại Thành');
    expect(out).toBe(out.normalize('NFC'));
    expect(out.length).toBe(9);
  });

  it('collapses whitespace and trims but keeps case and diacritics', () => {
    expect(cleanText('  Sở   Nội\tvụ \n')).toBe('Sở Nội vụ');
    expect(cleanText('Hoà')).toBe('Hoà');
  });
});

describe('escapeLike', () => {
  it('escapes %, _ and backslash', () => {
    expect(escapeLike('100%')).toBe('100\\%');
    expect(escapeLike('a_b')).toBe('a\\_b');
    expect(escapeLike('a\\b')).toBe('a\\\\b');
  });

  it('escapes every occurrence and leaves other text untouched', () => {
    expect(escapeLike('%_%\\_')).toBe('\\%\\_\\%\\\\\\_');
    expect(escapeLike('dai thanh')).toBe('dai thanh');
    expect(escapeLike('')).toBe('');
  });
});
