import { describe, expect, it } from 'vitest';
import { splitClauses, splitLines, splitSentences } from './segments';

describe('sentence and item splitter', () => {
  it('splits at full stops before capitals, not in numbers, abbreviations or slogans', () => {
    const text = 'Đạt 1.234 hộ. Tại TP. Hồ Chí Minh có “Vì người nghèo; không ai bị bỏ lại”. Năm 2023 tốt.';
    const s = splitSentences(text, { start: 0, end: text.length }).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['Đạt 1.234 hộ.', 'Tại TP. Hồ Chí Minh có “Vì người nghèo; không ai bị bỏ lại”.', 'Năm 2023 tốt.']);
    const c = splitClauses(text, { start: 14, end: text.length }).map((x) => text.slice(x.start, x.end));
    expect(c).toHaveLength(1);
  });

  it('recognises headings, items and footnotes', () => {
    const text = 'I. KẾT QUẢ\n1. Công tác chỉ đạo\n- Ban hành kế hoạch.\na) Ưu điểm\n¹ Ủy ban nhân dân.';
    const lines = splitLines(text);
    expect(lines.map((l) => l.heading)).toEqual([true, true, false, true, false]);
    expect(lines[4]!.footnote).toBe(true);
    expect(text.slice(lines[2]!.contentStart, lines[2]!.end)).toBe('Ban hành kế hoạch.');
  });
});
