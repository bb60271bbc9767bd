import { describe, expect, it } from 'vitest';
import { agreesWhenShown, formatMoney, formatViNumber, parseViNumber } from './vi-number';

describe('Vietnamese numbers', () => {
  it('formats with dots for thousands and a comma for decimals', () => {
    expect(formatViNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatViNumber(51.2605, 2)).toBe('51,26');
    expect(formatViNumber(100)).toBe('100');
    expect(formatMoney(1_450_000_000)).toBe('1,45 tỷ đồng');
    expect(formatMoney(510_000_000)).toBe('510 triệu đồng');
  });

  it('parses only well-formed numbers', () => {
    expect(parseViNumber('1.234.567,5')).toBe(1234567.5);
    expect(parseViNumber('24,43')).toBe(24.43);
    expect(parseViNumber('1.23.456')).toBeNull();
    expect(parseViNumber('1,234,567')).toBeNull();
  });

  it('accepts rounding or truncation of the last shown digit, nothing more', () => {
    const exact = (61 / 119) * 100; // 51,2605…
    expect(agreesWhenShown(51.26, exact, exact, 2)).toBe(true);
    expect(agreesWhenShown(51.3, exact, exact, 1)).toBe(true);
    expect(agreesWhenShown(51.2, exact, exact, 1)).toBe(true);
    expect(agreesWhenShown(51, exact, exact, 0)).toBe(true);
    expect(agreesWhenShown(52, exact, exact, 0)).toBe(false);
    expect(agreesWhenShown(51.27, exact, exact, 2)).toBe(false);
    const x = (2434 / 1400) * 100; // 173,857…
    expect(agreesWhenShown(173.8, x, x, 1)).toBe(true); // truncated
    expect(agreesWhenShown(173.9, x, x, 1)).toBe(true); // rounded
    expect(agreesWhenShown(174.1, x, x, 1)).toBe(false);
  });
});
