import { describe, expect, it } from 'vitest';
import { richFromPlainText } from '../../shared/rich-text';
import type { ReportContent } from '../../shared/api/reports';
import { AWARD_COLUMNS, type OutlineSection, type OutlineTree } from './outline';
import { answerableSections, cleanContent, completeness, sectionAnswered } from './report-content';

function s(key: string, numbering: string, title: string, children: OutlineSection[] = [], extra: Partial<OutlineSection> = {}): OutlineSection {
  return { key, numbering, title, kind: 'narrative', children, ...extra };
}

/** I (1 narrative, 2 list of awards), II indicator table, III narrative. */
const TREE: OutlineTree = {
  title: 'Đề cương báo cáo tổng kết công tác thi đua, khen thưởng năm 2025',
  sections: [
    s('I', 'I.', 'Kết quả thực hiện', [
      s('I.1', '1.', 'Công tác tuyên truyền'),
      s('I.2', '2.', 'Công tác khen thưởng', [], { kind: 'list', columns: AWARD_COLUMNS }),
    ]),
    s('II', 'II.', 'Chỉ tiêu nông thôn mới', [], { kind: 'indicator_table', indicatorSetId: '00000000-0000-4000-8000-000000000001' }),
    s('III', 'III.', 'Phương hướng năm 2026'),
  ],
};

const award = (row: Record<string, string | number | null>) => ({ hinh_thuc: null, cap: null, so_tap_the: null, so_ho_gia_dinh: null, so_ca_nhan: null, ...row });

describe('answerableSections', () => {
  it('is the leaves in outline order; parents only group', () => {
    expect(answerableSections(TREE).map((x) => x.key)).toEqual(['I.1', 'I.2', 'II', 'III']);
  });

  it('an outline without sections has none', () => {
    expect(answerableSections({ title: 'x', sections: [] })).toEqual([]);
  });
});

describe('sectionAnswered and completeness', () => {
  it('a narrative needs non-blank text', () => {
    const sec = TREE.sections[0]!.children[0]!;
    expect(sectionAnswered(sec, undefined, false)).toBe(false);
    expect(sectionAnswered(sec, { text: richFromPlainText('   ') }, false)).toBe(false);
    expect(sectionAnswered(sec, { text: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: ' \u00a0 ' }, { type: 'hardBreak' }] }] } }, false)).toBe(false);
    expect(sectionAnswered(sec, { text: richFromPlainText('Đã tổ chức 12 hội nghị.') }, false)).toBe(true);
    // Figures do not answer a narrative section.
    expect(sectionAnswered(sec, undefined, true)).toBe(false);
  });

  it('a list needs a row with a value, or a note', () => {
    const sec = TREE.sections[0]!.children[1]!;
    expect(sectionAnswered(sec, { rows: [award({})] }, false)).toBe(false);
    expect(sectionAnswered(sec, { rows: [award({ hinh_thuc: '' })] }, false)).toBe(false);
    expect(sectionAnswered(sec, { rows: [award({ so_ca_nhan: 0 })] }, false)).toBe(true);
    expect(sectionAnswered(sec, { rows: [], text: richFromPlainText('Không có khen thưởng trong kỳ.') }, false)).toBe(true);
  });

  it('an indicator table is answered by figures or by text', () => {
    const sec = TREE.sections[1]!;
    expect(sectionAnswered(sec, undefined, false)).toBe(false);
    expect(sectionAnswered(sec, undefined, true)).toBe(true);
    expect(sectionAnswered(sec, { text: richFromPlainText('Chưa có số liệu do sáp nhập.') }, false)).toBe(true);
  });

  it('is the share of answered leaves', () => {
    const content: ReportContent = { sections: { 'I.1': { text: richFromPlainText('Có') }, III: { text: richFromPlainText('  ') } } };
    expect(completeness(TREE, content, new Set())).toBe(1 / 4);
    expect(completeness(TREE, content, new Set(['II']))).toBe(2 / 4);
    // Figures recorded for a narrative section do not count.
    expect(completeness(TREE, content, new Set(['III']))).toBe(1 / 4);
    expect(completeness(TREE, { sections: {} }, new Set())).toBe(0);
  });

  it('an outline with nothing to answer is complete', () => {
    expect(completeness({ title: 'x', sections: [] }, { sections: {} }, new Set())).toBe(1);
  });

  it('answers to parent sections do not count', () => {
    const content: ReportContent = { sections: { I: { text: richFromPlainText('Phần mở đầu') } } };
    expect(completeness(TREE, content, new Set())).toBe(0);
  });
});

describe('cleanContent', () => {
  it('rejects sections the outline does not have, with their path, and drops them', () => {
    const { content, issues } = cleanContent(TREE, {
      sections: { 'I.1': { text: richFromPlainText('Có') }, 'IV.9': { text: richFromPlainText('Lạc đề') } },
    });
    expect(Object.keys(content.sections)).toEqual(['I.1']);
    expect(issues).toEqual([{ path: 'content.sections.IV.9', message: 'Mục "IV.9" không có trong đề cương của báo cáo này.' }]);
  });

  it('sanitises rich text: unknown nodes and marks dropped, NFD made NFC', () => {
    const nfd = 'Phường Ngã Bảy đạt danh hiệu'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const raw = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: nfd, marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'bold' }] }] },
        { type: 'image', attrs: { src: 'http://x/y.png' } },
      ],
    };
    const { content, issues } = cleanContent(TREE, { sections: { 'I.1': { text: raw as never } } });
    expect(issues).toEqual([]);
    expect(content.sections['I.1']!.text).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Phường Ngã Bảy đạt danh hiệu', marks: [{ type: 'bold' }] }] }],
    });
    expect(JSON.stringify(content)).not.toContain('javascript');
  });

  it('reduces list rows to the section columns and reads Vietnamese numbers', () => {
    const { content, issues } = cleanContent(TREE, {
      sections: {
        'I.2': {
          rows: [
            { hinh_thuc: '  Bằng khen của Chủ tịch UBND tỉnh ', cap: 'Tỉnh', so_tap_the: '1.234', so_ca_nhan: '12', extra: 'bỏ', so_ho_gia_dinh: 3 },
            { hinh_thuc: 'Giấy khen', so_tap_the: '1.234,5', so_ca_nhan: '0', cap: '' },
          ],
        },
      },
    });
    expect(issues).toEqual([]);
    expect(content.sections['I.2']!.rows).toEqual([
      { hinh_thuc: 'Bằng khen của Chủ tịch UBND tỉnh', cap: 'Tỉnh', so_tap_the: 1234, so_ho_gia_dinh: 3, so_ca_nhan: 12 },
      { hinh_thuc: 'Giấy khen', cap: null, so_tap_the: 1234.5, so_ho_gia_dinh: null, so_ca_nhan: 0 },
    ]);
  });

  it('normalises NFD text cells to NFC', () => {
    const { content } = cleanContent(TREE, { sections: { 'I.2': { rows: [{ hinh_thuc: 'Chiến sĩ thi đua cơ sở'.normalize('NFD') }] } } });
    expect(content.sections['I.2']!.rows![0]!.hinh_thuc).toBe('Chiến sĩ thi đua cơ sở');
  });

  it('reports a badly typed number with the exact cell path and keeps the cell empty', () => {
    const { content, issues } = cleanContent(TREE, {
      sections: { 'I.2': { rows: [award({ hinh_thuc: 'Giấy khen', so_tap_the: '5' }), award({ hinh_thuc: 'Bằng khen', so_ca_nhan: '1,9 00' })] } },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('content.sections.I.2.rows.1.so_ca_nhan');
    expect(issues[0]!.message).toBe('Mục I.2, dòng 2, cột "Số cá nhân": "1,9 00" có khoảng trắng xen giữa các chữ số.');
    expect(content.sections['I.2']!.rows![1]).toEqual(award({ hinh_thuc: 'Bằng khen', so_ca_nhan: null }));
  });

  it('refuses ambiguous and worded numbers rather than guessing', () => {
    const { issues } = cleanContent(TREE, {
      sections: { 'I.2': { rows: [award({ hinh_thuc: 'a', so_tap_the: '2.5', so_ca_nhan: '3 triệu', so_ho_gia_dinh: '1.23' })] } },
    });
    expect(issues.map((i) => i.path)).toEqual([
      'content.sections.I.2.rows.0.so_tap_the',
      'content.sections.I.2.rows.0.so_ho_gia_dinh',
      'content.sections.I.2.rows.0.so_ca_nhan',
    ]);
    expect(issues[0]!.message).toContain('dùng dấu phẩy cho phần thập phân (ví dụ 2,5)');
  });

  it('keeps the original row index in paths after dropping empty rows', () => {
    const { content, issues } = cleanContent(TREE, {
      sections: { 'I.2': { rows: [award({}), award({ hinh_thuc: '   ' }), award({ hinh_thuc: 'Giấy khen', so_tap_the: 'mười' })] } },
    });
    expect(issues.map((i) => i.path)).toEqual(['content.sections.I.2.rows.2.so_tap_the']);
    expect(issues[0]!.message).toContain('dòng 3');
    // The first two rows carried nothing; the third keeps its text although its number was refused.
    expect(content.sections['I.2']!.rows).toEqual([award({ hinh_thuc: 'Giấy khen' })]);
  });

  it('accepts numbers already typed as numbers and refuses non-finite ones', () => {
    const { content, issues } = cleanContent(TREE, { sections: { 'I.2': { rows: [award({ so_tap_the: 7, so_ca_nhan: Number.POSITIVE_INFINITY })] } } });
    expect(content.sections['I.2']!.rows![0]!.so_tap_the).toBe(7);
    expect(issues.map((i) => i.path)).toEqual(['content.sections.I.2.rows.0.so_ca_nhan']);
  });

  it('refuses rows on a section that is not a list, keeping its text', () => {
    const { content, issues } = cleanContent(TREE, { sections: { III: { text: richFromPlainText('Tiếp tục'), rows: [{ a: '1' }] } } });
    expect(issues).toEqual([{ path: 'content.sections.III.rows', message: 'Mục III không phải là danh sách có cột.' }]);
    expect(content.sections.III).toEqual({ text: richFromPlainText('Tiếp tục') });
  });

  it('an empty rows array is no problem even on a narrative section', () => {
    const { content, issues } = cleanContent(TREE, { sections: { III: { rows: [] } } });
    expect(issues).toEqual([]);
    expect(content.sections.III).toEqual({});
  });

  it('labels list issues with the full citable label of nested sections', () => {
    const tree: OutlineTree = {
      title: 't',
      sections: [s('II', 'II.', 'Khen thưởng', [s('II.a', 'a)', 'Danh sách', [], { kind: 'list', columns: [{ key: 'so', label: 'Số lượng', type: 'number' }] })])],
    };
    const { issues } = cleanContent(tree, { sections: { 'II.a': { rows: [{ so: '12.34' }] } } });
    expect(issues[0]!.message).toMatch(/^Mục II\.a\), dòng 1, cột "Số lượng": /);
  });

  it('does not mutate its input', () => {
    const input: ReportContent = { sections: { 'I.2': { rows: [award({ hinh_thuc: ' x ', so_tap_the: '1.000' })] } } };
    const copy = structuredClone(input);
    cleanContent(TREE, input);
    expect(input).toEqual(copy);
  });

  // A section keyed "__proto__" passes validateOutline; its answer must not be lost to the prototype.
  it('keeps the answer of a section whose key is "__proto__"', () => {
    const tree: OutlineTree = { title: 't', sections: [s('__proto__', '1.', 'Mục')] };
    const content = JSON.parse('{"sections":{"__proto__":{"text":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Có"}]}]}}}}') as ReportContent;
    const out = cleanContent(tree, content);
    expect(Object.keys(out.content.sections)).toEqual(['__proto__']);
  });
});
