import { describe, expect, it } from 'vitest';
import { checkReport } from '../../checker/domain/check';
import { richFromPlainText } from '../../shared/rich-text';
import type { RichDoc } from '../../shared/rich-text-types';
import type { ReportContent } from '../../shared/api/reports';
import type { OutlineSection, OutlineTree } from './outline';
import { missingSectionFindings, placeFindings, reportText } from './report-text';

function s(key: string, numbering: string, title: string, children: OutlineSection[] = []): OutlineSection {
  return { key, numbering, title, kind: 'narrative', children };
}

const TREE: OutlineTree = {
  title: 'Đề cương',
  sections: [s('I', 'I.', 'Kết quả', [s('I.1', '1.', 'Tuyên truyền'), s('I.2', '2.', 'Khen thưởng')]), s('II', 'II.', 'Phương hướng')],
};

/** A doc holding `text` exactly (no NFC, unlike richFromPlainText), one paragraph per line. */
const raw = (text: string): RichDoc => ({ type: 'doc', content: text.split('\n').map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })) });

const cps = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

type Finding = Parameters<typeof placeFindings>[2][number];
const finding = (start: number, end: number, category = 'TYPO', message = 'Lỗi chính tả'): Finding => ({ start, end, category, severity: 'low', message, suggestion: null });

/** A finding covering the first occurrence of `needle` in the text, counted in code points. */
function findingOn(text: string, needle: string, category = 'TYPO', from = 0): Finding {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not found`);
  const start = [...text.slice(0, at)].length;
  return finding(start, start + [...needle].length, category);
}

describe('reportText', () => {
  it('writes headings and bodies in outline order with spans around each body', () => {
    const content: ReportContent = { sections: { 'I.1': { text: richFromPlainText('Đã tổ chức 12 hội nghị.') }, II: { text: richFromPlainText('Tiếp tục\nđẩy mạnh') } } };
    const { text, spans } = reportText(TREE, content);
    expect(text).toBe('I. Kết quả\n\n\n1. Tuyên truyền\nĐã tổ chức 12 hội nghị.\n\n2. Khen thưởng\n\n\nII. Phương hướng\nTiếp tục\nđẩy mạnh\n\n');
    expect(spans.map((x) => [x.key, x.label])).toEqual([
      ['I', 'I'],
      ['I.1', 'I.1'],
      ['I.2', 'I.2'],
      ['II', 'II'],
    ]);
    for (const sp of spans) {
      const body = content.sections[sp.key]?.text;
      expect(cps(text, sp.start, sp.end)).toBe(body ? body.content.map((p) => (p.type === 'paragraph' ? p.content?.map((n) => (n.type === 'text' ? n.text : '')).join('') : '')).join('\n') : '');
    }
    expect(spans[0]!.start).toBe(spans[0]!.end);
  });

  it('measures spans in code points, with emoji and NFD diacritics', () => {
    const body = '😀 Xã Tân Thành 𝟙 đạt'.normalize('NFD');
    const content: ReportContent = { sections: { 'I.1': { text: raw('👍🏽 Ngã Bảy'.normalize('NFD')) }, 'I.2': { text: raw(body) } } };
    const { text, spans } = reportText(TREE, content);
    const i2 = spans.find((x) => x.key === 'I.2')!;
    expect(cps(text, i2.start, i2.end)).toBe(body);
    expect(i2.end - i2.start).toBe([...body].length);
    expect(i2.end - i2.start).toBeLessThan(body.length);
    const ii = spans.find((x) => x.key === 'II')!;
    expect(cps(text, ii.start - 'II. Phương hướng\n'.length, ii.start)).toBe('II. Phương hướng\n');
  });

  it('sections without numbering get a heading without a leading space', () => {
    const tree: OutlineTree = { title: 't', sections: [s('a', '', 'Mở đầu')] };
    expect(reportText(tree, { sections: { a: { text: richFromPlainText('x') } } }).text).toBe('Mở đầu\nx\n\n');
  });
});

describe('placeFindings', () => {
  const content: ReportContent = {
    sections: {
      'I.1': { text: raw('🎉 Phường Ngã Bảy tổ chức hổ trợ người dân.'.normalize('NFD')) },
      'I.2': { text: raw('Xã Đại Thành hổ trợ 𝟚𝟘 hộ, tiếp tục hổ trợ.') },
      II: { text: raw('Năm 2026 tiếp tục.') },
    },
  };
  const { text, spans } = reportText(TREE, content);

  it('maps code-point offsets to section-relative ones across emoji, astral digits and NFD text', () => {
    const f1 = findingOn(text, 'hổ trợ'.normalize('NFD'));
    const f2 = findingOn(text, 'hổ trợ', 'TYPO', text.indexOf('Xã Đại'));
    const placed = placeFindings(text, spans, [f1, f2]);
    expect(placed.map((p) => p.sectionKey)).toEqual(['I.1', 'I.2']);
    const body1 = [...'🎉 Phường Ngã Bảy tổ chức '.normalize('NFD')].length;
    expect(placed[0]).toMatchObject({ start: body1, end: body1 + [...'hổ trợ'.normalize('NFD')].length, category: 'TYPO', severity: 'low', message: 'Lỗi chính tả', suggestion: null });
    expect(placed[1]).toMatchObject({ start: [...'Xã Đại Thành '].length, end: [...'Xã Đại Thành hổ trợ'].length });
    // The offsets select the quoted words inside the section's own text.
    const sectionText = (key: string) => {
      const sp = spans.find((x) => x.key === key)!;
      return cps(text, sp.start, sp.end);
    };
    expect(cps(sectionText('I.1'), placed[0]!.start, placed[0]!.end)).toBe('hổ trợ'.normalize('NFD'));
    expect(cps(sectionText('I.2'), placed[1]!.start, placed[1]!.end)).toBe('hổ trợ');
  });

  it('drops findings on headings and on the blank lines between sections', () => {
    const onHeading = findingOn(text, 'Tuyên truyền', 'TYPO');
    const sp = spans.find((x) => x.key === 'I.1')!;
    const onGap = finding(sp.end, sp.end + 1);
    const onEmptySection = finding(spans[0]!.start, spans[0]!.start + 1);
    expect(placeFindings(text, spans, [onHeading, onGap, onEmptySection])).toEqual([]);
  });

  it('clips a finding that runs past its section at the section end', () => {
    const sp = spans.find((x) => x.key === 'I.2')!;
    const [p] = placeFindings(text, spans, [finding(sp.end - 3, sp.end + 10, 'DUP')]);
    expect(p).toMatchObject({ sectionKey: 'I.2', start: sp.end - 3 - sp.start, end: sp.end - sp.start });
  });

  it('a finding on the first and last code point of a body is placed', () => {
    const sp = spans.find((x) => x.key === 'II')!;
    const placed = placeFindings(text, spans, [finding(sp.start, sp.start + 1), finding(sp.end - 1, sp.end)]);
    expect(placed.map((p) => [p.sectionKey, p.start, p.end])).toEqual([
      ['II', 0, 1],
      ['II', sp.end - sp.start - 1, sp.end - sp.start],
    ]);
  });

  it('keys stay the same when unrelated text before the finding changes', () => {
    const keyOf = (c: ReportContent) => {
      const r = reportText(TREE, c);
      const [p] = placeFindings(r.text, r.spans, [findingOn(r.text, 'hổ trợ', 'TYPO', r.text.indexOf('Xã Đại'))]);
      return p!;
    };
    const before = keyOf(content);
    const edited = keyOf({
      sections: {
        ...content.sections,
        'I.1': { text: raw('Một đoạn hoàn toàn khác 🚀🚀, dài hơn nhiều.\nThêm dòng.') },
        'I.2': { text: raw('Mở đầu mới. Xã Đại Thành hổ trợ 𝟚𝟘 hộ, tiếp tục hổ trợ.') },
      },
    });
    expect(edited.key).toBe(before.key);
    expect(edited.start).not.toBe(before.start);
    expect(before.key).toMatch(/^I\.2:TYPO:[0-9a-z]+:0$/);
  });

  it('keys differ by section, category and quoted text', () => {
    const a = findingOn(text, 'hổ trợ', 'TYPO', text.indexOf('Xã Đại'));
    const keys = placeFindings(text, spans, [a, { ...a, category: 'DUP' }, { ...a, end: a.end + 1 }, findingOn(text, 'hổ trợ'.normalize('NFD'))]).map((p) => p.key);
    expect(new Set(keys).size).toBe(4);
  });

  it('repeated identical findings get distinct keys, numbered in order', () => {
    const first = findingOn(text, 'hổ trợ', 'TYPO', text.indexOf('Xã Đại'));
    const second = findingOn(text, 'hổ trợ', 'TYPO', text.indexOf('tiếp tục hổ'));
    const placed = placeFindings(text, spans, [first, second]);
    expect(placed[0]!.key).not.toBe(placed[1]!.key);
    expect(placed[0]!.key.replace(/:0$/, ':1')).toBe(placed[1]!.key);
    // Placing them again gives the same keys.
    expect(placeFindings(text, spans, [first, second]).map((p) => p.key)).toEqual(placed.map((p) => p.key));
  });

  it('places what the real checker finds in NFD text with emoji', () => {
    const body = '😀 Xã Tân Thành đạt 15/19 tiêu chí, còn 05 tiêu chí chưa đạt.'.normalize('NFD');
    const r = reportText(TREE, { sections: { 'I.1': { text: raw('Có 👍') }, II: { text: raw(body) } } });
    const result = checkReport(r.text);
    const placed = placeFindings(r.text, r.spans, result.findings.filter((f) => f.category !== 'STRUCT'));
    const arith = placed.find((p) => p.category === 'ARITH');
    expect(arith).toBeDefined();
    expect(arith!.sectionKey).toBe('II');
    expect(cps(body, arith!.start, arith!.end)).toBe('05');
  });
});

describe('missingSectionFindings', () => {
  it('one STRUCT finding per unanswered item, with a stable key', () => {
    expect(missingSectionFindings([{ key: 'I.2', label: 'I.2', title: 'Công tác khen thưởng' }])).toEqual([
      {
        key: 'I.2:STRUCT:missing:0',
        sectionKey: 'I.2',
        start: 0,
        end: 0,
        category: 'STRUCT',
        severity: 'medium',
        message: 'Mục I.2 "Công tác khen thưởng" của đề cương chưa được trả lời.',
        suggestion: null,
      },
    ]);
    expect(missingSectionFindings([])).toEqual([]);
  });
});
