import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import {
  AWARD_COLUMNS,
  MAX_OUTLINE_DEPTH,
  MAX_OUTLINE_SECTIONS,
  MAX_OUTLINE_TEXT_CHARS,
  MODEL_COLUMNS,
  expandOutline,
  flattenOutline,
  outlineToText,
  validateOutline,
  type OutlineSection,
  type OutlineTree,
} from './outline';
import { importOutlineText } from './outline-import';

const REPO_ROOT = new URL('../../../', import.meta.url);
// A verbatim copy of seed 004 is kept with the demo data, so the test runs without ../shared.
const SEED_004 = readFileSync(new URL('src/demo/data/outline-004.txt', REPO_ROOT), 'utf8');

function byLabel(tree: OutlineTree): Map<string, OutlineSection> {
  return new Map(flattenOutline(tree).map((f) => [f.label.replace(/\)$/, ''), f.section]));
}

function get(tree: OutlineTree, label: string): OutlineSection {
  const s = byLabel(tree).get(label);
  if (!s) throw new Error(`no section ${label}`);
  return s;
}

/** Structure without the suggestions, to compare shapes. */
function shape(sections: OutlineSection[]): unknown[] {
  return sections.map((s) => ({ n: s.numbering, t: s.title, c: shape(s.children) }));
}

describe('importOutlineText: the real outline 004 (Công văn 3959/UBND-VXNV)', () => {
  const { tree, warnings, citedDocument } = importOutlineText(SEED_004);

  it('reads the title block: title, preamble, cited document', () => {
    expect(tree.title).toContain('Vì người nghèo');
    expect(tree.title).not.toMatch(/ĐỀ CƯƠNG/);
    expect(tree.preamble).toMatch(/^Kèm theo Công văn số 3959/);
    expect(citedDocument).toContain('3959');
    expect(citedDocument).toMatch(/^Công văn số 3959 \/UBND-VXNV ngày 22 tháng 9 năm 2023/);
  });

  it('finds the five parts and their items, with no warnings', () => {
    expect(warnings).toEqual([]);
    expect(tree.sections.map((s) => s.numbering)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
    expect(tree.sections.map((s) => s.key)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    const ii = get(tree, 'II');
    expect(ii.children.map((s) => s.numbering)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(get(tree, 'II.2').children.map((s) => s.numbering)).toEqual(['a)', 'b)', 'c)', 'd)']);
    expect(get(tree, 'II.2').children.map((s) => s.key)).toEqual(['II.2.a', 'II.2.b', 'II.2.c', 'II.2.d']);
    expect(get(tree, 'II.4').children.map((s) => s.numbering)).toEqual(['a)', 'b)']);
    expect(get(tree, 'III').children.map((s) => s.numbering)).toEqual(['III.1.', 'III.2.', 'III.3.']);
    expect(get(tree, 'III').children.map((s) => s.key)).toEqual(['III.1', 'III.2', 'III.3']);
    expect(get(tree, 'III.1').children).toHaveLength(4);
    expect(get(tree, 'III.1.2').children.map((s) => s.numbering)).toEqual(['a)', 'b)']);
    expect(get(tree, 'IV.1').children.map((s) => s.title)).toEqual(['Ưu điểm', 'Hạn chế']);
    expect(get(tree, 'V').children).toHaveLength(3);
    expect(get(tree, 'V.3').title).toBe('Với Ban Thi đua - Khen thưởng Trung ương');
    expect(get(tree, 'III').title).toBe('KẾT QUẢ TRIỂN KHAI THỰC HIỆN CÁC PHONG TRÀO THI ĐUA KHÁC DO THỦ TƯỚNG CHÍNH PHỦ PHÁT ĐỘNG');
  });

  it('splits instruction tails into guidance but keeps definitions in the title', () => {
    const ii5 = get(tree, 'II.5');
    expect(ii5.title).toMatch(/khen thưởng$/);
    expect(ii5.guidance).toMatch(/^nêu cụ thể số liệu tập thể/);
    const iii13 = get(tree, 'III.1.3');
    expect(iii13.guidance).toMatch(/^nêu cụ thể số liệu/);
    expect(iii13.guidance).not.toContain('*');
    expect(get(tree, 'II.2.d').guidance).toBe('số lượng, tên phong trào, mục đích, tiêu chí thi đua');
    expect(get(tree, 'II.1').title).toContain('(gọi tắt là Phong trào thi đua)');
    expect(get(tree, 'II.1').guidance).toBeNull();
  });

  it('links III.2 and III.3 to III.1 and expands them', () => {
    for (const label of ['III.2', 'III.3']) {
      const s = get(tree, label);
      expect(s.repeatOf).toEqual({ sectionKey: 'III.1' });
      expect(s.guidance).toContain('tương tự mục III.1');
      expect(s.children).toEqual([]);
    }
    const expanded = expandOutline(tree);
    const iii1 = get(expanded, 'III.1');
    for (const label of ['III.2', 'III.3']) {
      const s = get(expanded, label);
      expect(s.repeatOf).toBeNull();
      expect(s.title).toBe(get(tree, label).title);
      expect(s.children.map((c) => c.title)).toEqual(iii1.children.map((c) => c.title));
      expect(s.children[1]!.children.map((c) => c.numbering)).toEqual(['a)', 'b)']);
      expect(s.children[0]!.key).toBe(`${label}~III.1.1`);
    }
    const keys = flattenOutline(expanded).map((f) => f.section.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(validateOutline(tree)).toEqual([]);
  });

  it('suggests list answers for award figures and model listings only', () => {
    for (const label of ['II.5', 'III.1.3']) {
      expect(get(tree, label).kind).toBe('list');
      expect(get(tree, label).columns).toEqual(AWARD_COLUMNS);
    }
    for (const label of ['II.4.b', 'III.1.2.b']) {
      expect(get(tree, label).kind).toBe('list');
      expect(get(tree, label).columns).toEqual(MODEL_COLUMNS);
    }
    const lists = flattenOutline(tree).filter((f) => f.section.kind === 'list').map((f) => f.label);
    expect(lists.sort()).toEqual(['II.4.b)', 'II.5', 'III.1.2.b)', 'III.1.3']);
    expect(get(tree, 'II.4').kind).toBe('narrative');
    expect(get(tree, 'II.4.a').kind).toBe('narrative');
  });

  it('survives outlineToText → importOutlineText unchanged', () => {
    const again = importOutlineText(outlineToText(tree));
    expect(again.warnings).toEqual([]);
    expect(again.tree).toEqual(tree);
    expect(again.citedDocument).toBe(citedDocument);
  });

  it('reads the same from NFD text with CRLF, tabs and NBSP', () => {
    const messy = SEED_004.normalize('NFD').replace(/\n/g, '\r\n').replace(/^(\S+) /gm, '$1\t').replace(/ và /g, '\u00a0và\u00a0');
    const r = importOutlineText(messy);
    expect(shape(r.tree.sections)).toEqual(shape(tree.sections));
    expect(r.tree.title).toBe(tree.title);
  });
});

const SYNTHETIC = `# **ĐỀ CƯƠNG BÁO CÁO**
\tTổng kết công tác thi đua, khen thưởng năm 2024
(Ban hành kèm theo Kế hoạch số 12/KH-BTĐKT ngày 05/01/2025 của Ban Thi đua - Khen thưởng tỉnh)

I: TÌNH HÌNH CHUNG
*Nêu khái quát đặc điểm của đơn vị.*
II- KẾT QUẢ
1) Công tác tổ chức phong trào
1.1. Phong trào thường xuyên
a. Thi đua lao động giỏi
b. Thi đua sáng tạo
c. Thi đua đảm bảo an toàn
đ. Thi đua ở cơ sở
1.2 Phong trào theo đợt
  - Phong trào thi đua đợt 1
  -Phong trào thi đua đợt 2
    + Hội thi cấp huyện
    + Hội thi cấp xã
2) Công tác khen thưởng (nêu cụ thể số lượng tập thể, cá nhân được khen thưởng theo từng hình thức)
III. PHƯƠNG HƯỚNG
• Nhiệm vụ trọng tâm
• Giải pháp
IV. KIẾN NGHỊ
Báo cáo tương tự mục VII.
`;

describe('importOutlineText: other numbering styles', () => {
  const { tree, warnings, citedDocument } = importOutlineText(SYNTHETIC);

  it('reads "I:", "II-", "1)", decimal "1.1." / "1.2", "a." letters and bullets by context', () => {
    expect(tree.title).toBe('Tổng kết công tác thi đua, khen thưởng năm 2024');
    expect(citedDocument).toBe('Kế hoạch số 12/KH-BTĐKT ngày 05/01/2025 của Ban Thi đua - Khen thưởng tỉnh');
    expect(tree.sections.map((s) => s.numbering)).toEqual(['I:', 'II-', 'III.', 'IV.']);
    expect(get(tree, 'I').guidance).toBe('Nêu khái quát đặc điểm của đơn vị.');
    const ii1 = get(tree, 'II.1');
    expect(ii1.numbering).toBe('1)');
    expect(ii1.children.map((s) => [s.numbering, s.key])).toEqual([
      ['1.1.', 'II.1.1'],
      ['1.2', 'II.1.2'],
    ]);
    expect(get(tree, 'II.1.1').children.map((s) => s.numbering)).toEqual(['a.', 'b.', 'c.', 'đ.']);
    expect(get(tree, 'II.1.1').children.map((s) => s.key)).toEqual(['II.1.1.a', 'II.1.1.b', 'II.1.1.c', 'II.1.1.dd']);
    const waves = get(tree, 'II.1.2').children;
    expect(waves.map((s) => [s.numbering, s.key, s.title])).toEqual([
      ['-', 'II.1.2.b1', 'Phong trào thi đua đợt 1'],
      ['-', 'II.1.2.b2', 'Phong trào thi đua đợt 2'],
    ]);
    expect(waves[1]!.children.map((s) => [s.numbering, s.key])).toEqual([
      ['+', 'II.1.2.b2.b1'],
      ['+', 'II.1.2.b2.b2'],
    ]);
    expect(get(tree, 'III').children.map((s) => s.numbering)).toEqual(['•', '•']);
    const awards = get(tree, 'II.2');
    expect(awards.kind).toBe('list');
    expect(awards.columns).toEqual(AWARD_COLUMNS);
    expect(awards.guidance).toMatch(/^nêu cụ thể số lượng/);
    expect(validateOutline(tree)).toEqual([]);
  });

  it('warns about the letter that skips "đ" after "c" and the unresolved "tương tự mục VII"', () => {
    const messages = warnings.map((w) => `${w.line}: ${w.message}`);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^13: Mục "đ\." đứng sau mục "c\."/);
    expect(messages[1]).toMatch(/^24: .*tương tự mục VII.*không tìm thấy/);
    expect(get(tree, 'IV').repeatOf).toBeNull();
    expect(get(tree, 'IV').guidance).toBe('Báo cáo tương tự mục VII.');
  });

  it('round-trips through outlineToText', () => {
    const again = importOutlineText(outlineToText(tree));
    expect(again.tree).toEqual(tree);
  });

  it('accepts a misplaced letter under a Roman numeral with a warning', () => {
    const r = importOutlineText('ĐỀ CƯƠNG\nBáo cáo thử\nI. Mở đầu\na) Nội dung thứ nhất\nb) Nội dung thứ hai\nII. Kết luận\n');
    expect(get(r.tree, 'I').children.map((s) => s.numbering)).toEqual(['a)', 'b)']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ line: 4 });
    expect(r.warnings[0]!.message).toContain('"a)" nằm ngay dưới mục "I."');
  });

  it('resolves a relative reference and compound Roman numbers without a trailing dot', () => {
    const text = [
      'ĐỀ CƯƠNG',
      'Báo cáo sơ kết',
      'A. PHẦN KẾT QUẢ',
      'I. Phong trào thứ nhất',
      '1. Chỉ đạo',
      '2. Kết quả',
      'II. Phong trào thứ hai',
      '1. Chỉ đạo',
      '2. Kết quả',
      '3. Khen thưởng',
      '_Báo cáo tương tự như mục 2._',
      'B. PHƯƠNG HƯỚNG',
      'III.1 Nhiệm vụ',
    ].join('\n');
    const r = importOutlineText(text);
    expect(r.tree.sections.map((s) => s.numbering)).toEqual(['A.', 'B.']);
    const third = get(r.tree, 'A.II.3');
    // "mục 2" inside II is II.2, not I.2.
    expect(third.repeatOf).toEqual({ sectionKey: 'A.II.2' });
    expect(third.guidance).toBe('Báo cáo tương tự như mục 2.');
    expect(get(r.tree, 'B').children.map((s) => s.numbering)).toEqual(['III.1']);
    expect(r.warnings.map((w) => w.line)).toEqual([13]);
  });

  it('reads nested "(1)" under letters, "1)" under "1.", "I.Đ" without a space and lower-case Roman numerals', () => {
    const text = [
      'Đề cương báo cáo chuyên đề',
      'I.ĐÁNH GIÁ',
      '1. Kết quả',
      '1) Về số lượng',
      '2) Về chất lượng',
      'a) Ưu điểm',
      '(1) Ý thứ nhất',
      '(2) Ý thứ hai',
      'b) Hạn chế',
      'i) Khách quan',
      'ii) Chủ quan',
      '2. Bài học',
    ].join('\n');
    const r = importOutlineText(text);
    // The header word on the title line itself is not part of the title.
    expect(r.tree.title).toBe('Báo cáo chuyên đề');
    const i1 = get(r.tree, 'I.1');
    expect(i1.children.map((s) => s.numbering)).toEqual(['1)', '2)']);
    expect(get(r.tree, 'I.1.2').children.map((s) => s.numbering)).toEqual(['a)', 'b)']);
    expect(get(r.tree, 'I.1.2.a').children.map((s) => s.numbering)).toEqual(['(1)', '(2)']);
    expect(get(r.tree, 'I.1.2.b').children.map((s) => s.numbering)).toEqual(['i)', 'ii)']);
    expect(get(r.tree, 'I').children.map((s) => s.numbering)).toEqual(['1.', '2.']);
    expect(r.warnings).toEqual([]);
  });

  it('reads parts ("PHẦN THỨ NHẤT" with the title on the next line) under a letterhead, and "I/", "1/", "a/"', () => {
    const text = [
      'UBND TỈNH SÓC TRĂNG',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'ĐỀ CƯƠNG BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2024',
      'VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025',
      'Kèm theo Hướng dẫn số 45/HD-HĐTĐKT ngày 10/11/2024 của Hội đồng Thi đua - Khen thưởng tỉnh',
      'PHẦN THỨ NHẤT',
      'KẾT QUẢ NĂM 2024',
      'I/ CÔNG TÁC THI ĐUA',
      '1/ Công tác chỉ đạo',
      '2/ Hoạt động của cụm, khối thi đua',
      'a/ Ký kết giao ước',
      'b/ Chấm điểm, bình xét',
      'II/ CÔNG TÁC KHEN THƯỞNG',
      '1/ Kết quả khen thưởng: thống kê số lượng theo từng hình thức',
      '2/ Khối thi đua: báo cáo tương tự như mục I.2',
      'PHẦN THỨ HAI',
      'PHƯƠNG HƯỚNG NĂM 2025',
      'I/ Nhiệm vụ',
    ].join('\n');
    const r = importOutlineText(text);
    expect(r.warnings).toEqual([]);
    expect(r.tree.title).toBe('BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2024 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025');
    expect(r.citedDocument).toBe('Hướng dẫn số 45/HD-HĐTĐKT ngày 10/11/2024 của Hội đồng Thi đua - Khen thưởng tỉnh');
    expect(r.tree.sections.map((x) => [x.numbering, x.title, x.key])).toEqual([
      ['PHẦN THỨ NHẤT', 'KẾT QUẢ NĂM 2024', 'PHAN-THU-NHAT'],
      ['PHẦN THỨ HAI', 'PHƯƠNG HƯỚNG NĂM 2025', 'PHAN-THU-HAI'],
    ]);
    const first = r.tree.sections[0]!;
    expect(first.children.map((x) => x.numbering)).toEqual(['I/', 'II/']);
    expect(first.children[0]!.children[1]!.children.map((x) => x.key)).toEqual(['PHAN-THU-NHAT.I.2.a', 'PHAN-THU-NHAT.I.2.b']);
    const [awards, blocks] = first.children[1]!.children;
    expect([awards!.title, awards!.guidance, awards!.kind]).toEqual(['Kết quả khen thưởng', 'thống kê số lượng theo từng hình thức', 'list']);
    expect([blocks!.title, blocks!.repeatOf]).toEqual(['Khối thi đua', { sectionKey: 'PHAN-THU-NHAT.I.2' }]);
    expect(validateOutline(r.tree)).toEqual([]);
    expect(expandOutline(r.tree).sections[0]!.children[1]!.children[1]!.children.map((x) => x.title)).toEqual(['Ký kết giao ước', 'Chấm điểm, bình xét']);
  });

  it('keeps parentless decimal items together with one warning', () => {
    const r = importOutlineText('Đề cương\nBáo cáo\nI. Kết quả\n1.1. Việc thứ nhất\n1.2. Việc thứ hai\na) Chi tiết\n1.3. Việc thứ ba\nII. Kiến nghị');
    expect(get(r.tree, 'I').children.map((x) => x.numbering)).toEqual(['1.1.', '1.2.', '1.3.']);
    expect(get(r.tree, 'I').children.map((x) => x.key)).toEqual(['I.1.1', 'I.1.2', 'I.1.3']);
    expect(get(r.tree, 'I.1.2').children.map((x) => x.numbering)).toEqual(['a)']);
    expect(r.warnings.map((w) => w.line)).toEqual([4]);
    expect(r.warnings[0]!.message).toContain('"1.1." không nằm dưới mục "1"');
  });

  it('takes the title from the next line when a number stands alone, and stops at "Nơi nhận"', () => {
    const r = importOutlineText('ĐỀ CƯƠNG\nBáo cáo năm\nI.\nKẾT QUẢ\n1. Việc đã làm\nNơi nhận:\n- Như trên;\n- Lưu: VT.');
    expect(get(r.tree, 'I').title).toBe('KẾT QUẢ');
    expect(get(r.tree, 'I').children).toHaveLength(1);
    expect(flattenOutline(r.tree)).toHaveLength(2);
  });

  it('does not read prose that starts with figures or words as items', () => {
    const r = importOutlineText('ĐỀ CƯƠNG\nBáo cáo\nI. Kết quả\n1.000 hộ được hỗ trợ.\n2021 - 2025 là giai đoạn.\nVới sự quyết tâm.\n-5% so với cùng kỳ.');
    expect(flattenOutline(r.tree)).toHaveLength(1);
    expect(get(r.tree, 'I').guidance!.split('\n')).toHaveLength(4);
  });

  it('warns when there is no numbered item and no title', () => {
    const r = importOutlineText('(Kèm theo Công văn số 1/UBND)\nChỉ có lời dẫn.');
    expect(r.tree.sections).toEqual([]);
    expect(r.tree.title).toBe('Đề cương báo cáo');
    expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/tên đề cương.*|Không tìm thấy mục nào/);
    expect(r.warnings).toHaveLength(2);
  });
});

describe('importOutlineText: limits', () => {
  it('refuses text over 200.000 characters', () => {
    expect(() => importOutlineText('a'.repeat(MAX_OUTLINE_TEXT_CHARS + 1))).toThrow(AppError);
    expect(() => importOutlineText('a'.repeat(MAX_OUTLINE_TEXT_CHARS + 1))).toThrow(/quá dài/);
    expect(() => importOutlineText(`ĐỀ CƯƠNG\nX\n${'I. Mục\n'.repeat(10)}`)).not.toThrow();
  });

  it('refuses more than 2.000 sections', () => {
    const ok = `Đề cương\n${Array.from({ length: MAX_OUTLINE_SECTIONS }, () => '- Mục').join('\n')}`;
    expect(flattenOutline(importOutlineText(ok).tree)).toHaveLength(MAX_OUTLINE_SECTIONS);
    expect(() => importOutlineText(`${ok}\n- Mục thừa`)).toThrow(/quá nhiều mục/);
  });

  it('stays linear on walls of punctuation, markers and references', () => {
    const walls = [
      `I. ${'. '.repeat(99_000)}x`,
      `${'. '.repeat(99_000)}x`,
      `I. Mục\n(${'*a '.repeat(60_000)}`,
      `I. Mục\n1. ${'mô hình '.repeat(24_000)}`,
      `I. ${'('.repeat(99_000)}${')'.repeat(99_000)}`,
      `I. Mục\n${'tương tự mục '.repeat(15_000)}`,
      `${'I'.repeat(199_000)}.`,
    ];
    for (const text of walls) {
      const started = performance.now();
      const r = importOutlineText(text);
      outlineToText(r.tree);
      validateOutline(r.tree);
      // Quadratic code takes minutes here.
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });

  it('keeps the depth at most 6, with a warning', () => {
    const text = ['Đề cương', 'Thử độ sâu', 'I. Một', '1. Hai', '1.1. Ba', 'a) Bốn', '- Năm', '+ Sáu', '• Bảy', '▪ Tám'].join('\n');
    const r = importOutlineText(text);
    const flat = flattenOutline(r.tree);
    expect(Math.max(...flat.map((f) => f.depth))).toBe(MAX_OUTLINE_DEPTH);
    expect(flat.map((f) => f.section.title)).toEqual(['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám']);
    expect(r.warnings.map((w) => w.line)).toEqual([9, 10]);
    expect(validateOutline(r.tree)).toEqual([]);
  });
});
