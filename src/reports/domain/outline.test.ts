import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { parseOutline } from '../../checker/domain/outline';
import {
  AWARD_COLUMNS,
  MAX_EXPANDED_SECTIONS,
  MAX_OUTLINE_SECTIONS,
  MODEL_COLUMNS,
  expandOutline,
  findRepeatReference,
  flattenOutline,
  keyFromLabel,
  numberingCore,
  outlineToText,
  suggestAnswerKind,
  validateOutline,
  type OutlineSection,
  type OutlineTree,
} from './outline';
import { importOutlineText } from './outline-import';

function s(key: string, numbering: string, title: string, children: OutlineSection[] = [], extra: Partial<OutlineSection> = {}): OutlineSection {
  return { key, numbering, title, kind: 'narrative', children, ...extra };
}

function tree(sections: OutlineSection[]): OutlineTree {
  return { title: 'Đề cương thử', sections };
}

/** I (1, 2 (a, b)), II (repeats I), III. */
function sample(): OutlineTree {
  return tree([
    s('I', 'I.', 'Phong trào thứ nhất', [s('I.1', '1.', 'Chỉ đạo'), s('I.2', '2.', 'Kết quả', [s('I.2.a', 'a)', 'Ưu điểm'), s('I.2.b', 'b)', 'Hạn chế')])]),
    s('II', 'II.', 'Phong trào thứ hai', [], { repeatOf: { sectionKey: 'I' }, guidance: 'Báo cáo tương tự mục I.' }),
    s('III', 'III.', 'Kiến nghị', [s('III.b1', '-', 'Với Trung ương'), s('III.b2', '-', 'Với tỉnh')]),
  ]);
}

function messages(t: OutlineTree): string[] {
  return validateOutline(t).map((i) => `${i.path}: ${i.message}`);
}

describe('constants', () => {
  it('lists the award and model columns', () => {
    expect(AWARD_COLUMNS.map((c) => [c.label, c.type])).toEqual([
      ['Hình thức khen thưởng', 'text'],
      ['Cấp khen thưởng', 'text'],
      ['Số tập thể', 'number'],
      ['Số hộ gia đình', 'number'],
      ['Số cá nhân', 'number'],
    ]);
    expect(MODEL_COLUMNS.map((c) => c.type)).toEqual(['text', 'text', 'text']);
    expect(MODEL_COLUMNS[0]!.label).toMatch(/mô hình/);
    expect(validateOutline(tree([s('a', '1.', 'Khen thưởng', [], { kind: 'list', columns: AWARD_COLUMNS })]))).toEqual([]);
  });
});

describe('flattenOutline', () => {
  it('lists sections depth first with depth, ancestor keys and full labels', () => {
    const flat = flattenOutline(sample());
    expect(flat.map((f) => [f.section.key, f.depth, f.path.join('/'), f.label])).toEqual([
      ['I', 1, '', 'I'],
      ['I.1', 2, 'I', 'I.1'],
      ['I.2', 2, 'I', 'I.2'],
      ['I.2.a', 3, 'I/I.2', 'I.2.a)'],
      ['I.2.b', 3, 'I/I.2', 'I.2.b)'],
      ['II', 1, '', 'II'],
      ['III', 1, '', 'III'],
      ['III.b1', 2, 'III', 'III.b1'],
      ['III.b2', 2, 'III', 'III.b2'],
    ]);
  });

  it('does not repeat the parent number of compound numberings', () => {
    const t = tree([s('III', 'III.', 'Khác', [s('x', 'III.1.', 'Nông thôn mới', [s('y', '2.', 'Điển hình', [s('z', 'a)', 'Mô hình')])]), s('w', 'III.2', 'Hạ tầng')])]);
    expect(flattenOutline(t).map((f) => f.label)).toEqual(['III', 'III.1', 'III.1.2', 'III.1.2.a)', 'III.2']);
    const d = tree([s('a', '1.', 'A', [s('b', '1.1.', 'B', [s('c', '1.1.1.', 'C')])])]);
    expect(flattenOutline(d).map((f) => f.label)).toEqual(['1', '1.1', '1.1.1']);
  });
});

describe('validateOutline', () => {
  it('accepts a sound outline', () => {
    expect(validateOutline(sample())).toEqual([]);
  });

  it('reports an empty tree title and empty section titles with their paths', () => {
    const t = sample();
    t.title = '  ';
    t.sections[0]!.children[1]!.title = '';
    expect(messages(t)).toEqual(['title: Tên đề cương không được để trống.', 'sections.0.children.1.title: Tiêu đề mục không được để trống.']);
  });

  it('reports duplicate and malformed keys', () => {
    const t = sample();
    t.sections[2]!.children[1]!.key = 'I.2.a';
    t.sections[2]!.children[0]!.key = 'III có dấu';
    const m = messages(t);
    expect(m).toContain('sections.2.children.1.key: Mã mục "I.2.a" bị trùng với mục ở sections.0.children.1.children.0.');
    expect(m.some((x) => x.startsWith('sections.2.children.0.key: Mã mục chỉ gồm'))).toBe(true);
    expect(messages(tree([s('x'.repeat(81), '1.', 'Dài')]))[0]).toMatch(/tối đa 80 ký tự/);
  });

  it('requires columns for lists and an indicator set for tables', () => {
    const t = tree([
      s('a', '1.', 'Danh sách', [], { kind: 'list' }),
      s('b', '2.', 'Danh sách rỗng', [], { kind: 'list', columns: [] }),
      s('c', '3.', 'Bảng', [], { kind: 'indicator_table' }),
      s('d', '4.', 'Bảng', [], { kind: 'indicator_table', indicatorSetId: 'set-1' }),
      s('e', '5.', 'Cột lỗi', [], {
        kind: 'list',
        columns: [
          { key: 'ten', label: 'Tên', type: 'text' },
          { key: 'ten', label: '', type: 'text' },
          { key: 'Số', label: 'Số', type: 'date' as 'text' },
        ],
      }),
    ]);
    expect(messages(t)).toEqual([
      'sections.0.columns: Mục dạng danh sách phải có ít nhất một cột.',
      'sections.1.columns: Mục dạng danh sách phải có ít nhất một cột.',
      'sections.2.indicatorSetId: Mục dạng bảng chỉ tiêu phải chọn bộ chỉ tiêu.',
      'sections.4.columns.1.key: Mã cột "ten" bị trùng.',
      'sections.4.columns.1.label: Tên cột không được để trống.',
      'sections.4.columns.2.key: Mã cột chỉ gồm chữ cái không dấu, chữ số, "-" và "_" (tối đa 40 ký tự).',
      'sections.4.columns.2.type: Kiểu cột phải là văn bản hoặc số.',
    ]);
  });

  it('reports references to a missing section, to itself, to an ancestor and to a descendant', () => {
    const missing = sample();
    missing.sections[1]!.repeatOf = { sectionKey: 'VII' };
    expect(messages(missing)).toEqual(['sections.1.repeatOf.sectionKey: Không tìm thấy mục "VII" mà mục II lặp lại nội dung.']);

    const self = sample();
    self.sections[1]!.repeatOf = { sectionKey: 'II' };
    expect(messages(self)).toEqual(['sections.1.repeatOf.sectionKey: Mục II không thể lặp lại nội dung của chính nó.']);

    const ancestor = sample();
    ancestor.sections[0]!.children[1]!.children[0]!.repeatOf = { sectionKey: 'I' };
    expect(messages(ancestor)).toEqual(['sections.0.children.1.children.0.repeatOf.sectionKey: Mục I.2.a) không thể lặp lại nội dung của mục cấp trên I.']);

    const descendant = sample();
    descendant.sections[0]!.children[1]!.repeatOf = { sectionKey: 'I.2.a' };
    const m = messages(descendant);
    expect(m[0]).toBe('sections.0.children.1.repeatOf.sectionKey: Mục I.2 không thể lặp lại nội dung của mục con I.2.a) của chính nó.');
  });

  it('reports cycles through several sections and own children of a repeating section', () => {
    const t = sample();
    t.sections[0]!.children[0]!.repeatOf = { sectionKey: 'II' };
    const m = messages(t);
    expect(m).toHaveLength(1);
    expect(m[0]).toBe('sections.0.repeatOf.sectionKey: Các mục lặp lại nội dung của nhau thành vòng tròn: I → I.1 → II → I.');
    expect(() => expandOutline(t)).toThrow(AppError);

    const mutual = tree([s('a', '1.', 'A', [], { repeatOf: { sectionKey: 'b' } }), s('b', '2.', 'B', [], { repeatOf: { sectionKey: 'a' } })]);
    expect(messages(mutual)).toEqual(['sections.0.repeatOf.sectionKey: Các mục lặp lại nội dung của nhau thành vòng tròn: 1 → 2 → 1.']);
    expect(() => expandOutline(mutual)).toThrow(/vòng tròn/);

    const own = sample();
    own.sections[1]!.children = [s('II.1', '1.', 'Riêng')];
    expect(messages(own)).toEqual(['sections.1.children: Mục II lặp lại nội dung mục I nên không có mục con riêng (các mục con sẽ bị thay thế).']);
  });

  it('never throws on data of the wrong shape', () => {
    const bad = { title: 'Đề cương', sections: [null, { key: 'a', title: 'A', kind: 'x', children: 'no' }] } as unknown as OutlineTree;
    expect(messages(bad)).toEqual([
      'sections.0: Mục không hợp lệ.',
      'sections.1.numbering: Số thứ tự của mục không hợp lệ.',
      'sections.1.kind: Hình thức trả lời phải là văn bản, bảng chỉ tiêu hoặc danh sách.',
      'sections.1.children: Danh sách mục con không hợp lệ.',
    ]);
    expect(messages({ title: 'x' } as unknown as OutlineTree)).toEqual(['sections: Danh sách mục không hợp lệ.']);
  });

  it('reports too many sections, too deep nesting and a runaway expansion', () => {
    const many = tree(Array.from({ length: MAX_OUTLINE_SECTIONS + 1 }, (_, i) => s(`k${i}`, '-', 'Mục')));
    expect(messages(many)[0]).toMatch(/^sections: Đề cương có quá nhiều mục \(2\.001 mục, tối đa 2\.000 mục\)/);

    let deep = s('d7', '-', 'Cấp 7');
    for (let i = 6; i >= 1; i--) deep = s(`d${i}`, '-', `Cấp ${i}`, [deep]);
    expect(messages(tree([deep]))).toEqual(['sections.0.children.0.children.0.children.0.children.0.children.0.children.0: Đề cương có quá nhiều cấp (tối đa 6 cấp).']);

    // 30 items each repeating a section with 30 items, repeated again 30 times: 27.000 sections once spelled out.
    const base = s('base', '1.', 'Gốc', Array.from({ length: 30 }, (_, i) => s(`b${i}`, '-', 'Ý')));
    const mid = s('mid', '2.', 'Giữa', Array.from({ length: 30 }, (_, i) => s(`m${i}`, '-', 'Ý', [], { repeatOf: { sectionKey: 'base' } })));
    const top = s('top', '3.', 'Trên', Array.from({ length: 30 }, (_, i) => s(`t${i}`, '-', 'Ý', [], { repeatOf: { sectionKey: 'mid' } })));
    const big = tree([base, mid, top]);
    expect(messages(big)[0]).toMatch(/vượt quá 20\.000 mục/);
    expect(() => expandOutline(big)).toThrow(new RegExp(`vượt quá ${(MAX_EXPANDED_SECTIONS / 1000).toFixed(0)}\\.000 mục`));
  });
});

describe('expandOutline', () => {
  it('replaces a repeating section by a deep copy of its target children', () => {
    const t = sample();
    const e = expandOutline(t);
    const ii = e.sections[1]!;
    expect(ii.title).toBe('Phong trào thứ hai');
    expect(ii.numbering).toBe('II.');
    expect(ii.repeatOf).toBeNull();
    expect(ii.children.map((c) => [c.key, c.numbering, c.title])).toEqual([
      ['II~I.1', '1.', 'Chỉ đạo'],
      ['II~I.2', '2.', 'Kết quả'],
    ]);
    expect(ii.children[1]!.children.map((c) => c.key)).toEqual(['II~I.2.a', 'II~I.2.b']);
    expect(flattenOutline(e).filter((f) => f.section.repeatOf)).toEqual([]);
    // The copy is deep and the input is untouched.
    ii.children[1]!.children[0]!.title = 'Đã sửa';
    expect(e.sections[0]!.children[1]!.children[0]!.title).toBe('Ưu điểm');
    expect(t.sections[1]!.children).toEqual([]);
    expect(t.sections[1]!.repeatOf).toEqual({ sectionKey: 'I' });
  });

  it('follows chains of repetitions and keeps keys unique', () => {
    const t = sample();
    t.sections.push(s('IV', 'IV.', 'Phong trào thứ ba', [], { repeatOf: { sectionKey: 'II' } }));
    t.sections[0]!.children[0]!.children = [s('I.1.x', '-', 'Ý'), s('I.1.y', '-', 'Ý', [], { repeatOf: { sectionKey: 'I.2' } })];
    expect(validateOutline(t)).toEqual([]);
    const e = expandOutline(t);
    const iv = e.sections[3]!;
    expect(iv.children.map((c) => c.key)).toEqual(['IV~II~I.1', 'IV~II~I.2']);
    expect(iv.children[0]!.children[1]!.children.map((c) => c.title)).toEqual(['Ưu điểm', 'Hạn chế']);
    const keys = flattenOutline(e).map((f) => f.section.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('throws on a reference to a missing section or to an ancestor', () => {
    const missing = sample();
    missing.sections[1]!.repeatOf = { sectionKey: 'VII' };
    expect(() => expandOutline(missing)).toThrow(/Không tìm thấy mục "VII"/);
    const ancestor = sample();
    ancestor.sections[0]!.children[0]!.repeatOf = { sectionKey: 'I' };
    expect(() => expandOutline(ancestor)).toThrow(/vòng tròn/);
  });
});

describe('outlineToText', () => {
  it('prints one line per section with guidance below, readable by the checker and the importer', () => {
    const t = sample();
    t.preamble = 'Kèm theo Kế hoạch số 5/KH-UBND ngày 02/01/2025';
    t.sections[0]!.children[0]!.guidance = 'nêu rõ các văn bản\n1. Ghi theo thứ tự thời gian\n(mẫu kèm theo)';
    const text = outlineToText(t);
    expect(text.split('\n').slice(0, 6)).toEqual([
      'ĐỀ CƯƠNG',
      'Đề cương thử',
      '(Kèm theo Kế hoạch số 5/KH-UBND ngày 02/01/2025)',
      '',
      'I. Phong trào thứ nhất',
      '1. Chỉ đạo',
    ]);
    expect(text).toContain('\nnêu rõ các văn bản\n(1. Ghi theo thứ tự thời gian)\n((mẫu kèm theo))\n');
    // The checker's STRUCT rule sees the sections only.
    expect(parseOutline(text).map((i) => i.label)).toEqual(['I', '1', '2', 'a', 'b', 'II', 'III', '-', '-']);

    const back = importOutlineText(text);
    expect(back.warnings).toEqual([]);
    expect(back.citedDocument).toBe('Kế hoạch số 5/KH-UBND ngày 02/01/2025');
    expect(back.tree.preamble).toBe(t.preamble);
    expect(back.tree.title).toBe(t.title);
    expect(back.tree).toEqual({
      ...t,
      sections: t.sections.map(function normalise(x: OutlineSection): OutlineSection {
        return { ...x, guidance: x.guidance ?? null, columns: null, repeatOf: x.repeatOf ?? null, children: x.children.map(normalise) };
      }),
    });
  });

  it('spells out a repetition the guidance does not mention', () => {
    const t = sample();
    t.sections[1]!.guidance = null;
    const text = outlineToText(t);
    expect(text).toContain('II. Phong trào thứ hai\nBáo cáo lần lượt từng nội dung tương tự mục I.\n');
    expect(importOutlineText(text).tree.sections[1]!.repeatOf).toEqual({ sectionKey: 'I' });
  });
});

describe('helpers', () => {
  it('finds "tương tự mục X" references', () => {
    expect(findRepeatReference('Các cơ quan, đơn vị, địa phương báo cáo lần lượt từng nội dung tương tự mục III.1.')).toBe('III.1');
    expect(findRepeatReference('Báo cáo như mục II.2.a)')).toBe('II.2.a');
    expect(findRepeatReference('(báo cáo tương tự như các nội dung tại phần 2)')).toBe('2');
    expect(findRepeatReference('Báo cáo theo mục tiêu đề ra')).toBeNull();
    expect(findRepeatReference('như hướng dẫn tại mục II')).toBeNull();
  });

  it('derives keys and cores', () => {
    expect(keyFromLabel('II.2.đ')).toBe('II.2.dd');
    expect(keyFromLabel('Phần I.II.1')).toBe('Phan-I.II.1');
    expect(numberingCore('III.1.')).toBe('III.1');
    expect(numberingCore('(2)')).toBe('2');
    expect(numberingCore('a)')).toBe('a');
    expect(numberingCore('+')).toBe('');
  });

  it('suggests kinds from a table of patterns, never for parents', () => {
    const award = suggestAnswerKind('Công tác khen thưởng', 'nêu cụ thể số liệu tập thể, cá nhân được khen thưởng', false);
    expect(award.kind).toBe('list');
    expect(award.columns).toEqual(AWARD_COLUMNS);
    expect(award.columns).not.toBe(AWARD_COLUMNS);
    expect(suggestAnswerKind('Công tác khen thưởng', 'nêu cụ thể số liệu', true).kind).toBe('narrative');
    expect(suggestAnswerKind('Những khó khăn, vướng mắc trong công tác thi đua, khen thưởng', 'nêu cụ thể', false).kind).toBe('narrative');
    expect(suggestAnswerKind('Các gương điển hình tiên tiến tiêu biểu', null, false).columns).toEqual(MODEL_COLUMNS);
    expect(suggestAnswerKind('Các hình thức, giải pháp phát hiện mô hình hay, điển hình tiêu biểu', null, false).kind).toBe('narrative');
    expect(suggestAnswerKind('Đặc điểm, tình hình', null, false)).toEqual({ kind: 'narrative', columns: null, rule: null });
  });
});
