import { describe, expect, it } from 'vitest';
import { emptyRichDoc, richFromPlainText, richToPlainText } from '../../shared/rich-text';
import type { RichDoc, RichFootnote } from '../../shared/rich-text-types';
import type { ReportContent } from '../../shared/api/reports';
import { AWARD_COLUMNS, MODEL_COLUMNS, type OutlineSection, type OutlineTree } from './outline';
import { composeSynthesis, type ComposeInput, type ComposedIndicator } from './compose-synthesis';

function s(key: string, numbering: string, title: string, children: OutlineSection[] = [], extra: Partial<OutlineSection> = {}): OutlineSection {
  return { key, numbering, title, kind: 'narrative', children, ...extra };
}

const TREE: OutlineTree = {
  title: 'Đề cương báo cáo sơ kết',
  sections: [
    s('I', 'I.', 'Kết quả thực hiện', [
      s('I.1', '1.', 'Công tác tuyên truyền'),
      s('I.2', '2.', 'Công tác khen thưởng', [], { kind: 'list', columns: AWARD_COLUMNS }),
      s('I.3', '3.', 'Mô hình, điển hình tiên tiến', [], { kind: 'list', columns: MODEL_COLUMNS }),
    ]),
    s('II', 'II.', 'Chỉ tiêu nông thôn mới', [], { kind: 'indicator_table', indicatorSetId: '00000000-0000-4000-8000-000000000001' }),
    s('III', 'III.', 'Phương hướng'),
  ],
};

const COUNTS = { expected: 8, submitted: 2, onTime: 1, accepted: 2, missing: ['Tỉnh Cà Mau', 'Tỉnh Sóc Trăng'] };

function input(reports: { unitName: string; content: ReportContent }[], extra: Partial<ComposeInput> = {}): ComposeInput {
  return { tree: TREE, periodLabel: '6 tháng đầu năm 2025', reports, counts: COUNTS, indicatorSections: {}, ...extra };
}

const award = (row: Record<string, string | number | null>) => ({ hinh_thuc: null, cap: null, so_tap_the: null, so_ho_gia_dinh: null, so_ca_nhan: null, ...row });
const plain = (doc: RichDoc | undefined) => (doc ? richToPlainText(doc, { footnotes: 'end' }) : '');
const footnotes = (doc: RichDoc): string[] => {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const o = n as { type?: string; content?: unknown[] };
    if (o.type === 'footnote') out.push((n as RichFootnote).attrs.text);
    for (const c of o.content ?? []) walk(c);
  };
  walk(doc);
  return out;
};

function indicator(p: Partial<ComposedIndicator> & { name: string }): ComposedIndicator {
  return { unitOfMeasure: 'xã', decimals: 0, value: null, target: null, percentOfTarget: null, previous: null, changePercent: null, meeting: null, completeness: null, breakdown: [], ...p };
}

describe('composeSynthesis: intro', () => {
  it('counts units the way reports write them ("02/08 đơn vị") and lists who is missing', () => {
    const { intro } = composeSynthesis(input([]));
    expect(plain(intro)).toBe(
      'Tổng hợp từ báo cáo 6 tháng đầu năm 2025 của 02/08 đơn vị đã gửi báo cáo (đúng hạn: 01; nộp muộn: 01), trong đó 02 báo cáo đã được duyệt và được đưa vào tổng hợp.\n' +
        'Đơn vị chưa gửi báo cáo: Tỉnh Cà Mau, Tỉnh Sóc Trăng.',
    );
  });

  it('pads only below ten, groups thousands, and leaves out the missing line when all reported', () => {
    const { intro } = composeSynthesis(input([], { periodLabel: 'Năm 2025', counts: { expected: 1230, submitted: 10, onTime: 9, accepted: 0, missing: [] } }));
    expect(plain(intro)).toBe(
      'Tổng hợp từ báo cáo năm 2025 của 10/1.230 đơn vị đã gửi báo cáo (đúng hạn: 09; nộp muộn: 01), trong đó 0 báo cáo đã được duyệt và được đưa vào tổng hợp.',
    );
    expect(intro.content).toHaveLength(1);
  });
});

describe('composeSynthesis: zero reports and empty sections', () => {
  it('with no report, leaves say nobody reported and parents stay empty', () => {
    const out = composeSynthesis(input([]));
    const placeholder = '(Chưa có đơn vị nào báo cáo nội dung này.)';
    for (const key of ['I.1', 'I.2', 'I.3', 'II', 'III']) expect(plain(out.sections[key])).toBe(placeholder);
    expect(out.sections.I).toEqual(emptyRichDoc());
    expect(out.sections['I.1']!.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: placeholder, marks: [{ type: 'italic' }] }] });
    // Lists without rows make no table; an indicator section always has its (possibly empty) table.
    expect(out.tables.map((t) => [t.sectionKey, t.rows.length])).toEqual([['II', 0]]);
  });

  it('reports that leave a section empty or blank are skipped, not printed as empty lines', () => {
    const out = composeSynthesis(
      input([
        { unitName: 'Tỉnh An Giang', content: { sections: { 'I.1': { text: richFromPlainText('   ') }, 'I.2': { rows: [] } } } },
        { unitName: 'Tỉnh Bạc Liêu', content: { sections: { 'I.1': { text: emptyRichDoc() } } } },
      ]),
    );
    expect(plain(out.sections['I.1'])).toBe('(Chưa có đơn vị nào báo cáo nội dung này.)');
    expect(plain(out.sections['I.2'])).toBe('(Chưa có đơn vị nào báo cáo nội dung này.)');
    expect(out.tables.some((t) => t.sectionKey === 'I.2')).toBe(false);
  });
});

describe('composeSynthesis: narrative answers', () => {
  it('gathers each unit\'s answer as "- <unit>: …", its later paragraphs following', () => {
    const out = composeSynthesis(
      input([
        { unitName: 'Tỉnh An Giang', content: { sections: { 'I.1': { text: richFromPlainText('Tổ chức 12 hội nghị.\nPhát hành 3.000 tờ rơi.') } } } },
        { unitName: 'Tỉnh Bạc Liêu', content: { sections: {} } },
        { unitName: 'Thành phố Cần Thơ', content: { sections: { 'I.1': { text: richFromPlainText('Đăng 40 tin bài.') } } } },
      ]),
    );
    const doc = out.sections['I.1']!;
    expect(plain(doc)).toBe('- Tỉnh An Giang: Tổ chức 12 hội nghị.\nPhát hành 3.000 tờ rơi.\n- Thành phố Cần Thơ: Đăng 40 tin bài.');
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: '- ' }, { type: 'text', text: 'Tỉnh An Giang:', marks: [{ type: 'bold' }] }, { type: 'text', text: ' ' }, { type: 'text', text: 'Tổ chức 12 hội nghị.' }],
    });
  });

  it('keeps the marks of the first paragraph and puts a lead line before an answer that starts with a list', () => {
    const bold: RichDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quan trọng', marks: [{ type: 'bold' }] }] }] };
    const list: RichDoc = { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ý một' }] }] }] }] };
    const out = composeSynthesis(
      input([
        { unitName: 'A', content: { sections: { III: { text: bold } } } },
        { unitName: 'B', content: { sections: { III: { text: list } } } },
      ]),
    );
    const doc = out.sections.III!;
    expect(doc.content[0]).toMatchObject({ type: 'paragraph', content: [{}, {}, {}, { type: 'text', text: 'Quan trọng', marks: [{ type: 'bold' }] }] });
    expect(doc.content[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: '- ' }, { type: 'text', text: 'B:', marks: [{ type: 'bold' }] }] });
    expect(doc.content[2]).toEqual(list.content[0]);
  });

  it('does not modify the reports it reads', () => {
    const content: ReportContent = { sections: { 'I.1': { text: richFromPlainText('Một\nHai') } } };
    const copy = structuredClone(content);
    composeSynthesis(input([{ unitName: 'A', content }]));
    expect(content).toEqual(copy);
  });
});

describe('composeSynthesis: list answers', () => {
  const reports = [
    {
      unitName: 'Tỉnh An Giang',
      content: {
        sections: {
          'I.2': {
            rows: [
              award({ hinh_thuc: 'Bằng khen của Chủ tịch UBND tỉnh', so_tap_the: 5, so_ca_nhan: 20 }),
              award({ hinh_thuc: 'Giấy khen', so_tap_the: 24000 }),
              award({ hinh_thuc: 'Bằng khen', cap: 'Thủ tướng Chính phủ', so_ca_nhan: 1 }),
            ],
          },
        },
      },
    },
    {
      unitName: 'Tỉnh Bạc Liêu',
      content: {
        sections: {
          'I.2': {
            rows: [
              award({ hinh_thuc: 'bằng khen của chủ tịch UBND tỉnh', so_tap_the: 8, so_ca_nhan: 15 }),
              award({ hinh_thuc: 'Giấy khen', so_tap_the: 537, so_ho_gia_dinh: 0 }),
              award({ so_ca_nhan: 4 }),
            ],
          },
        },
      },
    },
  ];

  it('totals awards by form across units, case-insensitively, in Vietnamese number style', () => {
    const out = composeSynthesis(input(reports));
    expect(plain(out.sections['I.2'])).toBe(
      'Kết quả tổng hợp: Bằng khen của Chủ tịch UBND tỉnh: 13 tập thể, 35 cá nhân; Giấy khen: 24.537 tập thể; Bằng khen - Thủ tướng Chính phủ: 01 cá nhân; (không ghi): 04 cá nhân.\n' +
        'Tổng cộng: 24.550 tập thể, 0 hộ gia đình, 40 cá nhân (chi tiết từng đơn vị tại bảng kèm theo).',
    );
    expect(out.sections['I.2']!.content[0]).toMatchObject({ content: [{ text: 'Kết quả tổng hợp: ', marks: [{ type: 'bold' }] }, {}] });
    expect(out.sections['I.2']!.content[1]).toMatchObject({ content: [{ marks: [{ type: 'italic' }] }] });
  });

  it("leads with the award registry's figures for the scope, then what the units wrote", () => {
    const registry = [
      { hinh_thuc: 'Huân chương Lao động các hạng', cap: 'Cấp Nhà nước', so_tap_the: 1, so_ho_gia_dinh: 0, so_ca_nhan: 6 },
      { hinh_thuc: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', cap: 'Cấp bộ, ngành, tỉnh', so_tap_the: 901, so_ho_gia_dinh: 0, so_ca_nhan: 1376 },
    ];
    const out = composeSynthesis(input(reports, { registryLists: { 'I.2': registry } }));
    const lines = plain(out.sections['I.2']).split('\n');
    expect(lines[0]).toBe('Theo sổ khen thưởng: Huân chương Lao động các hạng: 01 tập thể, 06 cá nhân; Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 901 tập thể, 1.376 cá nhân.');
    expect(lines[1]).toBe('Tổng cộng: 902 tập thể, 0 hộ gia đình, 1.382 cá nhân.');
    expect(lines[2]).toMatch(/^Các đơn vị báo cáo: Bằng khen của Chủ tịch UBND tỉnh: 13 tập thể, 35 cá nhân;/);
    // Without registry figures the section reads as before.
    expect(plain(composeSynthesis(input(reports, { registryLists: { 'I.2': [] } })).sections['I.2'])).toMatch(/^Kết quả tổng hợp: /);
  });

  it('attaches every row to its unit in a table for the appendix', () => {
    const t = composeSynthesis(input(reports)).tables.find((x) => x.sectionKey === 'I.2')!;
    expect(t.title).toBe('I.2 Công tác khen thưởng');
    expect(t.columns).toEqual([
      { label: 'Đơn vị', align: 'left' },
      { label: 'Hình thức khen thưởng', align: 'left' },
      { label: 'Cấp khen thưởng', align: 'left' },
      { label: 'Số tập thể', align: 'right' },
      { label: 'Số hộ gia đình', align: 'right' },
      { label: 'Số cá nhân', align: 'right' },
    ]);
    expect(t.rows).toHaveLength(6);
    expect(t.rows[0]).toEqual(['Tỉnh An Giang', 'Bằng khen của Chủ tịch UBND tỉnh', null, 5, null, 20]);
    expect(t.rows[5]).toEqual(['Tỉnh Bạc Liêu', null, null, null, null, 4]);
  });

  it('a category whose counts are all zero still appears, as 0', () => {
    const out = composeSynthesis(input([{ unitName: 'A', content: { sections: { 'I.2': { rows: [award({ hinh_thuc: 'Huân chương Lao động', so_tap_the: 0 })] } } } }]));
    expect(plain(out.sections['I.2'])).toContain('Kết quả tổng hợp: Huân chương Lao động: 0.');
    expect(plain(out.sections['I.2'])).toContain('Tổng cộng: 0 tập thể, 0 hộ gia đình, 0 cá nhân');
  });

  it('decimal sums are not zero-padded like counts', () => {
    const tree: OutlineTree = {
      title: 't',
      sections: [s('m', '1.', 'Tiền thưởng', [], { kind: 'list', columns: [{ key: 'noi_dung', label: 'Nội dung', type: 'text' }, { key: 'so_tien', label: 'Số tiền (triệu đồng)', type: 'number' }] })],
    };
    const out = composeSynthesis({
      ...input([
        { unitName: 'A', content: { sections: { m: { rows: [{ noi_dung: 'Thưởng', so_tien: 1.5 }] } } } },
        { unitName: 'B', content: { sections: { m: { rows: [{ noi_dung: 'Thưởng', so_tien: 1 }, { noi_dung: 'Khác', so_tien: 0.1 }] } } } },
        { unitName: 'C', content: { sections: { m: { rows: [{ noi_dung: 'Khác', so_tien: 0.2 }] } } } },
      ]),
      tree,
    });
    expect(plain(out.sections.m)).toBe('Kết quả tổng hợp: Thưởng: 2,5 tiền (triệu đồng); Khác: 0,3 tiền (triệu đồng).\nTổng cộng: 2,8 tiền (triệu đồng) (chi tiết từng đơn vị tại bảng kèm theo).');
  });

  it('a list without number columns becomes a table of the rows, empty cells blank', () => {
    const out = composeSynthesis(
      input([
        { unitName: 'Phường Ngã Bảy', content: { sections: { 'I.3': { rows: [{ ten: 'Dân vận khéo', don_vi: 'Hội Nông dân', mo_ta: null }] } } } },
        { unitName: 'Phường Đại Thành', content: { sections: { 'I.3': { rows: [{ ten: 'Tuyến đường hoa', don_vi: null, mo_ta: 'Trồng 2 km' }], text: richFromPlainText('Ghi chú thêm.') } } } },
      ]),
    );
    const doc = out.sections['I.3']!;
    expect(doc.content[0]!.type).toBe('table');
    expect(plain(doc)).toBe(
      'Đơn vị\tTên mô hình, điển hình\tĐơn vị, cá nhân\tMô tả, hiệu quả\n' +
        'Phường Ngã Bảy\tDân vận khéo\tHội Nông dân\t\n' +
        'Phường Đại Thành\tTuyến đường hoa\t\tTrồng 2 km\n' +
        '- Phường Đại Thành: Ghi chú thêm.',
    );
    expect(out.tables.find((t) => t.sectionKey === 'I.3')!.rows).toHaveLength(2);
  });
});

describe('composeSynthesis: indicator tables', () => {
  const inds: ComposedIndicator[] = [
    indicator({
      name: 'Số xã đạt chuẩn nông thôn mới',
      value: 819,
      target: 800,
      percentOfTarget: 102.375,
      previous: 700,
      changePercent: 17,
      completeness: { reported: 12, expected: 13 },
      breakdown: [
        { unitName: 'Tỉnh An Giang', value: 61 },
        { unitName: 'Tỉnh Cà Mau', value: null },
        { unitName: 'Tỉnh Bạc Liêu', value: 1049 },
      ],
    }),
    indicator({ name: 'Tỷ lệ xã đạt chuẩn', unitOfMeasure: '%', decimals: 2, value: 66.59, changePercent: -3.25, breakdown: [{ unitName: 'Tỉnh An Giang', value: 51.26 }, { unitName: 'Tỉnh Bạc Liêu', value: null }] }),
    indicator({ name: 'Tỷ lệ hộ nghèo', unitOfMeasure: '%', decimals: 1, value: 2.5, breakdown: [{ unitName: 'Tỉnh An Giang', value: 2.5 }, { unitName: 'Tỉnh Bạc Liêu', value: 3 }] }),
    indicator({ name: 'Chưa có số liệu', breakdown: [] }),
  ];
  const out = composeSynthesis(input([], { indicatorSections: { II: inds } }));
  const doc = out.sections.II!;

  it('sums up the figures in a sentence: percentages without a space, one decimal, "giảm" for a fall', () => {
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'Số xã đạt chuẩn nông thôn mới: 819 xã, đạt 102,4% kế hoạch, tăng 17% so với cùng kỳ; Tỷ lệ xã đạt chuẩn: 66,59%, giảm 3,3% so với cùng kỳ; Tỷ lệ hộ nghèo: 2,5%.',
        },
      ],
    });
  });

  it('adds the per-unit breakdown as a footnote only when more than one unit reported', () => {
    expect(footnotes(doc)).toEqual(['Trong đó: Tỉnh An Giang 61 xã; Tỉnh Bạc Liêu 1.049 xã.', 'Trong đó: Tỉnh An Giang 2,5%; Tỉnh Bạc Liêu 3,0%.']);
  });

  it('prints a table with a header row and one row per indicator', () => {
    const table = doc.content[1]!;
    expect(table.type).toBe('table');
    expect(plain({ type: 'doc', content: [table] }).split('\n')).toEqual([
      'Chỉ tiêu\tĐơn vị tính\tKết quả\tKế hoạch\t% kế hoạch\tTăng/giảm so với cùng kỳ',
      'Số xã đạt chuẩn nông thôn mới\txã\t819[1]\t800\t102,4%\ttăng 17%',
      'Tỷ lệ xã đạt chuẩn\t%\t66,59\t\t\tgiảm 3,3%',
      'Tỷ lệ hộ nghèo\t%\t2,5[2]\t\t\t',
      'Chưa có số liệu\txã\t\t\t\t',
      '[1] Trong đó: Tỉnh An Giang 61 xã; Tỉnh Bạc Liêu 1.049 xã.',
      '[2] Trong đó: Tỉnh An Giang 2,5%; Tỉnh Bạc Liêu 3,0%.',
    ]);
  });

  it('hands the raw figures to the appendix table', () => {
    const t = out.tables.find((x) => x.sectionKey === 'II')!;
    expect(t.title).toBe('II Chỉ tiêu nông thôn mới');
    expect(t.columns).toHaveLength(8);
    expect(t.rows[0]).toEqual(['Số xã đạt chuẩn nông thôn mới', 'xã', 819, 800, 102.375, 700, 17, '12/13']);
    expect(t.rows[3]).toEqual(['Chưa có số liệu', 'xã', null, null, null, null, null, null]);
  });

  it('no sentence when no indicator has a value, but the table is still printed', () => {
    const o = composeSynthesis(input([], { indicatorSections: { II: [indicator({ name: 'X' })] } }));
    expect(o.sections.II!.content.map((b) => b.type)).toEqual(['table']);
  });

  it('unit answers in an indicator section follow the table', () => {
    const o = composeSynthesis(input([{ unitName: 'Tỉnh An Giang', content: { sections: { II: { text: richFromPlainText('Số liệu ước đến 30/6.') } } } }], { indicatorSections: { II: inds } }));
    expect(o.sections.II!.content.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(plain({ type: 'doc', content: [o.sections.II!.content[2]!] })).toBe('- Tỉnh An Giang: Số liệu ước đến 30/6.');
  });
});
