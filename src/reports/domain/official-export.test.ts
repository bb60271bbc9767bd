import { describe, expect, it } from 'vitest';
import { richFromPlainText } from '../../shared/rich-text';
import type { RichDoc } from '../../shared/rich-text-types';
import type { IndicatorCellView } from '../../shared/api/reports';
import type { OfficialDocument } from '../../official-docs/domain/model';
import { AWARD_COLUMNS, type OutlineSection, type OutlineTree } from './outline';
import { composeSynthesis, type ComposedTable } from './compose-synthesis';
import { defaultMeta, documentTables, indicatorOfficialTable, issuingBodyOf, placeName, reportDocument, subjectOf, synthesisDocument } from './official-export';

function s(key: string, numbering: string, title: string, children: OutlineSection[] = [], extra: Partial<OutlineSection> = {}): OutlineSection {
  return { key, numbering, title, kind: 'narrative', children, ...extra };
}

/** Six levels deep under I, a list and an indicator section under II. */
const TREE: OutlineTree = {
  title: 'Báo cáo kết quả công tác thi đua, khen thưởng năm 2025',
  sections: [
    s('I', 'I.', 'Kết quả', [
      s('I.1', '1.', 'Tuyên truyền', [s('I.1.a', 'a)', 'Hội nghị', [s('I.1.a.1', '-', 'Cấp tỉnh', [s('I.1.a.1.x', '+', 'Quý I', [s('I.1.a.1.x.y', '*', 'Tháng 1')])])])]),
    ]),
    s('II', 'II.', 'Số liệu', [
      s('II.1', '1.', 'Khen thưởng', [], { kind: 'list', columns: AWARD_COLUMNS }),
      s('II.2', '2.', 'Chỉ tiêu', [], { kind: 'indicator_table', indicatorSetId: '00000000-0000-4000-8000-000000000001' }),
    ]),
  ],
};

const META = defaultMeta({ name: 'Thành phố Cần Thơ', kind: 'province' }, null, TREE);

const cellView = (name: string, value: number | null, extra: Partial<IndicatorCellView> = {}): IndicatorCellView => ({
  indicator: { id: name, code: name, name, unitOfMeasure: 'xã', decimals: 0 },
  value,
  target: null,
  percentOfTarget: null,
  version: null,
  ...extra,
});

const composedTable = (key: string, columns: number, rows: number): ComposedTable => ({
  sectionKey: key,
  title: `Bảng ${key}`,
  columns: Array.from({ length: columns }, (_, i) => ({ label: `C${i}`, align: 'left' as const })),
  rows: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => `${r}.${c}`)),
});

describe('placeName', () => {
  it('drops the administrative prefix', () => {
    expect(placeName('Tỉnh Hậu Giang')).toBe('Hậu Giang');
    expect(placeName('Phường Ngã Bảy')).toBe('Ngã Bảy');
    expect(placeName('Thành phố Cần Thơ')).toBe('Cần Thơ');
    expect(placeName('Thị xã Long Mỹ')).toBe('Long Mỹ');
    expect(placeName('Thị trấn Cái Tắc')).toBe('Cái Tắc');
    expect(placeName('Xã Tân Thành')).toBe('Tân Thành');
    expect(placeName('Đặc khu Phú Quốc')).toBe('Phú Quốc');
    expect(placeName('Huyện Châu Thành A')).toBe('Châu Thành A');
  });

  it('ignores case and extra spaces after the prefix, and drops only one prefix', () => {
    expect(placeName('THÀNH PHỐ CẦN THƠ')).toBe('CẦN THƠ');
    expect(placeName('tỉnh  Hậu Giang ')).toBe('Hậu Giang');
    expect(placeName('Thành phố Thành phố mới')).toBe('Thành phố mới');
  });

  it('leaves names without an administrative prefix as they are', () => {
    expect(placeName('Ban Thi đua - Khen thưởng')).toBe('Ban Thi đua - Khen thưởng');
    expect(placeName('Cần Thơ')).toBe('Cần Thơ');
    expect(placeName('Phườngx Lạ')).toBe('Phườngx Lạ');
  });

  it('keeps the full name of a unit named by a number (NĐ 30/2020: "Quận 1, ngày …")', () => {
    expect(placeName('Quận 1')).toBe('Quận 1');
    expect(placeName('Phường 7')).toBe('Phường 7');
  });
});

describe('issuingBodyOf, subjectOf and defaultMeta', () => {
  it('an administrative unit issues as its People\'s Committee; an agency under its own name', () => {
    expect(issuingBodyOf({ name: 'Thành phố Cần Thơ', kind: 'province' })).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ');
    expect(issuingBodyOf({ name: 'Phường Ngã Bảy', kind: 'commune' })).toBe('ỦY BAN NHÂN DÂN PHƯỜNG NGÃ BẢY');
    expect(issuingBodyOf({ name: 'Ban Thi đua - Khen thưởng', kind: 'agency' })).toBe('BAN THI ĐUA - KHEN THƯỞNG');
  });

  it('the subject drops "(Đề cương) báo cáo" and capitalises', () => {
    expect(subjectOf('Báo cáo kết quả công tác thi đua')).toBe('Kết quả công tác thi đua');
    expect(subjectOf('ĐỀ CƯƠNG BÁO CÁO tổng kết phong trào')).toBe('Tổng kết phong trào');
    expect(subjectOf('đề cương báo cáo đánh giá 5 năm')).toBe('Đánh giá 5 năm');
    expect(subjectOf('Tình hình thực hiện')).toBe('Tình hình thực hiện');
    expect(subjectOf('Báo cáo')).toBe('Báo cáo');
    expect(subjectOf('Báo cáo   ')).toBe('Báo cáo   ');
  });

  it('a People\'s Committee signs TM. as chairman, from its own place', () => {
    expect(META).toEqual({
      parentBody: null,
      issuingBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
      numberSymbol: 'Số:      /BC-UBND',
      place: 'Cần Thơ',
      date: null,
      docTypeName: 'BÁO CÁO',
      title: 'Tổng hợp kết quả công tác thi đua, khen thưởng năm 2025',
      recipients: ['Như trên', 'Lưu: VT'],
      signature: { prefix: 'TM.', authority: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', signerName: '' },
    });
  });

  it('an agency prints its parent above, dates from the parent\'s place and signs KT.', () => {
    const m = defaultMeta({ name: 'Ban Thi đua - Khen thưởng', kind: 'agency' }, { name: 'Ủy ban nhân dân tỉnh Hậu Giang' }, { title: 'Đề cương báo cáo Sơ kết 6 tháng', sections: [] });
    expect(m.parentBody).toBe('ỦY BAN NHÂN DÂN TỈNH HẬU GIANG');
    expect(m.issuingBody).toBe('BAN THI ĐUA - KHEN THƯỞNG');
    expect(m.numberSymbol).toBe('Số:      /BC-BTĐKT');
    expect(m.title).toBe('Tổng hợp sơ kết 6 tháng');
    expect(m.signature).toEqual({ prefix: 'KT.', authority: 'TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', signerName: '' });
  });

  it('the agency place comes from a parent named with its prefix', () => {
    expect(defaultMeta({ name: 'Sở Nội vụ', kind: 'agency' }, { name: 'Tỉnh Hậu Giang' }, TREE).place).toBe('Hậu Giang');
    // Without a parent, an agency falls back to its own name and prints no parent body.
    const alone = defaultMeta({ name: 'Ban Thi đua - Khen thưởng Trung ương', kind: 'agency' }, null, TREE);
    expect(alone.parentBody).toBeNull();
    expect(alone.place).toBe('Ban Thi đua - Khen thưởng Trung ương');
  });
});

describe('synthesisDocument', () => {
  const intro = richFromPlainText('Tổng hợp từ báo cáo của 02/08 đơn vị.');

  it('prints the intro, then every section heading with levels capped at 4, and non-empty texts', () => {
    const doc = synthesisDocument({ meta: META, tree: TREE, intro, sections: { 'I.1.a': richFromPlainText('Nội dung a'), 'II.1': richFromPlainText('  ') }, tables: [], draftYear: 2025 });
    expect(doc.body[0]).toEqual({ kind: 'rich', doc: intro });
    const headings = doc.body.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? [b.numbering, b.level] : null));
    expect(headings).toEqual([
      ['I.', 1],
      ['1.', 2],
      ['a)', 3],
      ['-', 4],
      ['+', 4],
      ['*', 4],
      ['II.', 1],
      ['1.', 2],
      ['2.', 2],
    ]);
    const rich = doc.body.filter((b) => b.kind === 'rich');
    expect(rich).toHaveLength(2);
    expect(doc.body[4]).toEqual({ kind: 'rich', doc: richFromPlainText('Nội dung a') });
    expect(doc).toMatchObject({ issuingBody: META.issuingBody, place: 'Cần Thơ', date: null, draftYear: 2025, docTypeName: 'BÁO CÁO', recipients: META.recipients });
  });

  it('leaves out an empty intro', () => {
    const doc = synthesisDocument({ meta: META, tree: TREE, intro: richFromPlainText(''), sections: {}, tables: [], draftYear: 2025 });
    expect(doc.body[0]).toMatchObject({ kind: 'heading', numbering: 'I.' });
  });

  it('makes appendices only of tables with rows and more than two columns, numbered in Roman', () => {
    const tables = [composedTable('a', 3, 1), composedTable('b', 2, 5), composedTable('c', 8, 0), composedTable('d', 6, 2)];
    const doc = synthesisDocument({ meta: META, tree: TREE, intro, sections: {}, tables, draftYear: 2025 });
    expect(doc.appendices!.map((a) => [a.title, a.subtitle])).toEqual([
      ['Phụ lục I', 'Bảng a'],
      ['Phụ lục II', 'Bảng d'],
    ]);
    expect(doc.appendices![1]!.table).toEqual({ caption: 'Bảng d', columns: tables[3]!.columns, rows: tables[3]!.rows });
  });

  it('numbers many appendices correctly in Roman numerals', () => {
    const tables = Array.from({ length: 49 }, (_, i) => composedTable(String(i), 3, 1));
    const titles = synthesisDocument({ meta: META, tree: TREE, intro, sections: {}, tables, draftYear: 2025 }).appendices!.map((a) => a.title);
    expect(titles[3]).toBe('Phụ lục IV');
    expect(titles[8]).toBe('Phụ lục IX');
    expect(titles[13]).toBe('Phụ lục XIV');
    expect(titles[38]).toBe('Phụ lục XXXIX');
    expect(titles[39]).toBe('Phụ lục XL');
    expect(titles[43]).toBe('Phụ lục XLIV');
    expect(titles[48]).toBe('Phụ lục XLIX');
    expect(new Set(titles).size).toBe(49);
  });
});

describe('reportDocument', () => {
  it('prints "(Chưa báo cáo nội dung này.)" in empty leaves only', () => {
    const doc = reportDocument({ meta: META, tree: TREE, content: { sections: { 'II.1': { text: richFromPlainText(' '), rows: [] } } }, indicatorTables: { 'II.2': [cellView('A', null)] }, draftYear: 2025 });
    const placeholders = doc.body.map((b, i) => (b.kind === 'paragraph' ? [i, b.text, b.italic] : null)).filter(Boolean);
    // Leaves: I.1.a.1.x.y, II.1, II.2 — the parents above them get none.
    expect(placeholders).toHaveLength(3);
    for (const p of placeholders) expect(p!.slice(1)).toEqual(['(Chưa báo cáo nội dung này.)', true]);
    expect(doc.body[6]).toMatchObject({ kind: 'paragraph' });
    expect(doc.appendices).toEqual([]);
  });

  it('prints list rows as a table with the outline columns, text after it', () => {
    const note = richFromPlainText('Ghi chú');
    const doc = reportDocument({
      meta: META,
      tree: TREE,
      content: { sections: { 'II.1': { rows: [{ hinh_thuc: 'Giấy khen', cap: null, so_tap_the: 12, so_ca_nhan: 3, bo: 'x' }], text: note } } },
      indicatorTables: {},
      draftYear: 2025,
    });
    const at = doc.body.findIndex((b) => b.kind === 'heading' && b.text === 'Khen thưởng');
    expect(doc.body[at + 1]).toEqual({
      kind: 'table',
      table: {
        columns: [
          { label: 'Hình thức khen thưởng', align: 'left' },
          { label: 'Cấp khen thưởng', align: 'left' },
          { label: 'Số tập thể', align: 'right' },
          { label: 'Số hộ gia đình', align: 'right' },
          { label: 'Số cá nhân', align: 'right' },
        ],
        rows: [['Giấy khen', null, 12, null, 3]],
      },
    });
    expect(doc.body[at + 2]).toEqual({ kind: 'rich', doc: note });
    expect(doc.body[at + 3]).toMatchObject({ kind: 'heading', text: 'Chỉ tiêu' });
  });

  it('prints the indicator table once a figure is entered, with the percentage to one decimal', () => {
    const cells = [cellView('Số xã đạt chuẩn', 61, { target: 60, percentOfTarget: 101.666 }), cellView('Số hộ', null)];
    const doc = reportDocument({ meta: META, tree: TREE, content: { sections: {} }, indicatorTables: { 'II.2': cells }, draftYear: 2025 });
    const last = doc.body[doc.body.length - 1]!;
    expect(last).toEqual({ kind: 'table', table: indicatorOfficialTable(cells) });
    expect(indicatorOfficialTable(cells).rows).toEqual([
      ['Số xã đạt chuẩn', 'xã', 60, 61, '101,7%'],
      ['Số hộ', 'xã', null, null, null],
    ]);
  });

  it('figures on a non-indicator section are ignored', () => {
    const doc = reportDocument({ meta: META, tree: TREE, content: { sections: {} }, indicatorTables: { 'II.1': [cellView('A', 5)] }, draftYear: 2025 });
    expect(doc.body.some((b) => b.kind === 'table')).toBe(false);
  });
});

describe('documentTables', () => {
  const table = (rows: string[][]): RichDoc => ({
    type: 'doc',
    content: [{ type: 'table', content: rows.map((r, i) => ({ type: 'tableRow' as const, content: r.map((c) => ({ type: i === 0 ? ('tableHeader' as const) : ('tableCell' as const), content: [{ type: 'paragraph' as const, content: c ? [{ type: 'text' as const, text: c }] : [] }] })) })) }],
  });

  it('turns Vietnamese-formatted cells of text tables into numbers', () => {
    const doc = { body: [{ kind: 'heading', level: 1, numbering: 'II.', text: 'Số liệu' }, { kind: 'rich', doc: table([['Chỉ tiêu', 'A', 'B', 'C', 'D', 'E', 'F', 'G'], ['x', '1.234,5', '12', '-3', '0,25', '1.234.567', '12.34', '104%'], ['y', '', ' 7 ', '1234,5', '0', '1,2,3', '1.23', 'tăng 5%']]) }], appendices: [] } as unknown as OfficialDocument;
    const [t] = documentTables(doc);
    expect(t!.name).toBe('II. Số liệu');
    expect(t!.table.columns.map((c) => c.label)).toEqual(['Chỉ tiêu', 'A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(t!.table.rows).toEqual([
      ['x', 1234.5, 12, -3, 0.25, 1234567, '12.34', '104%'],
      ['y', '', 7, 1234.5, 0, '1,2,3', '1.23', 'tăng 5%'],
    ]);
  });

  it('takes composed indicator tables without their footnote markers', () => {
    const composed = composeSynthesis({
      tree: TREE,
      periodLabel: 'Năm 2025',
      reports: [],
      counts: { expected: 2, submitted: 2, onTime: 2, accepted: 2, missing: [] },
      indicatorSections: {
        'II.2': [
          {
            name: 'Số xã',
            unitOfMeasure: 'xã',
            decimals: 0,
            value: 1234,
            target: null,
            percentOfTarget: 104,
            previous: null,
            changePercent: null,
            meeting: null,
            completeness: null,
            breakdown: [
              { unitName: 'A', value: 1000 },
              { unitName: 'B', value: 234 },
            ],
          },
        ],
      },
    });
    const doc = synthesisDocument({ meta: META, tree: TREE, intro: composed.intro, sections: composed.sections, tables: composed.tables, draftYear: 2025 });
    const tables = documentTables(doc);
    expect(tables.map((t) => t.name)).toEqual(['2. Chỉ tiêu', 'Phụ lục I']);
    expect(tables[0]!.table.rows).toEqual([['Số xã', 'xã', 1234, '104%']]);
    expect(tables[1]!.title).toBe('Phụ lục I - II.2 Chỉ tiêu');
    expect(tables[1]!.table.rows[0]![2]).toBe(1234);
  });

  it('names tables before any heading by their number, and keeps body tables', () => {
    const doc = {
      body: [
        { kind: 'rich', doc: table([['A'], ['1']]) },
        { kind: 'table', table: { columns: [{ label: 'X' }], rows: [[1]] } },
        { kind: 'heading', level: 2, numbering: '', text: 'Phụ chú' },
        { kind: 'table', table: { columns: [{ label: 'Y' }], rows: [['1.000']] } },
      ],
    } as unknown as OfficialDocument;
    const out = documentTables(doc);
    expect(out.map((t) => [t.name, t.title])).toEqual([
      ['Bảng 1', ''],
      ['Bảng 2', ''],
      ['Phụ chú', 'Phụ chú'],
    ]);
    // Body tables are passed as they are: their cells are already typed.
    expect(out[2]!.table.rows).toEqual([['1.000']]);
    expect(out[0]!.table.rows).toEqual([[1]]);
  });
});
