import { describe, expect, it } from 'vitest';
import { article1Text, countsText, decisionDefaults, defaultTitle, initials, placeOf } from './decision-text';
import { countText, formatDecisionNumber, nextNumber, normalizeSymbol, symbolProblem } from './numbering';
import { issueProblems, type IssueCheckInput } from './validate-issue';
import { decisionDocument, INLINE_LIST_MAX } from './decision-document';

describe('decision numbering', () => {
  it('formats the number with a leading zero below 10 and checks the ký hiệu', () => {
    expect(formatDecisionNumber(5, 'QĐ-UBND')).toBe('05/QĐ-UBND');
    expect(formatDecisionNumber(123, 'QĐ-UBND')).toBe('123/QĐ-UBND');
    expect(() => formatDecisionNumber(0, 'QĐ-UBND')).toThrow(/số nguyên dương/);
    expect(normalizeSymbol(' qđ-ubnd ')).toBe('QĐ-UBND');
    expect(symbolProblem('QĐ-UBND')).toBeNull();
    expect(symbolProblem('QĐ-SNV-TĐKT')).toBeNull();
    expect(symbolProblem('UBND')).toMatch(/không đúng dạng/);
    expect(symbolProblem('')).toMatch(/Thiếu/);
  });
  it('suggests one past the largest number used in the year', () => {
    expect(nextNumber([])).toBe(1);
    expect(nextNumber([3, 12, 7])).toBe(13);
  });
  it('counts awardees the way decisions write them', () => {
    expect(countText(1)).toBe('01');
    expect(countText(12)).toBe('12');
    expect(countText(2277)).toBe('2.277');
  });
});

describe('decision wording', () => {
  const items = [
    { subjectKind: 'tap_the' as const, awardCode: 'bang_khen_tinh', awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' },
    { subjectKind: 'ca_nhan' as const, awardCode: 'bang_khen_tinh', awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' },
    { subjectKind: 'ca_nhan' as const, awardCode: 'bang_khen_tinh', awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' },
    { subjectKind: 'tap_the' as const, awardCode: 'tap_the_ldxs', awardName: 'Tập thể lao động xuất sắc' },
  ];
  it('writes Điều 1 per award: "tặng" a form, "công nhận danh hiệu" a title', () => {
    expect(countsText(items.slice(0, 3))).toBe('01 tập thể và 02 cá nhân');
    expect(article1Text(items)).toBe(
      'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể và 02 cá nhân; công nhận danh hiệu "Tập thể lao động xuất sắc" cho 01 tập thể (có danh sách kèm theo).',
    );
    expect(article1Text([])).toBe('');
  });
  it('starts a draft with the unit as issuing body, place and authority', () => {
    const d = decisionDefaults({ name: 'Thành phố Cần Thơ', kind: 'province' });
    expect(d).toMatchObject({ symbol: 'QĐ-UBND', issuingBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ', place: 'Cần Thơ', decidingAuthority: 'Chủ tịch Ủy ban nhân dân thành phố Cần Thơ', authorityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ', signerPrefix: 'KT.' });
    expect(decisionDefaults({ name: 'Sở Nội vụ', kind: 'agency' }).symbol).toBe('QĐ-SNV');
    expect(initials('Ban Thi đua - Khen thưởng')).toBe('BTĐKT');
    expect(placeOf('Quận 1')).toBe('Quận 1');
    expect(defaultTitle(['Giấy khen', 'Giấy khen'])).toBe('Về việc tặng Giấy khen');
    expect(defaultTitle(['Giấy khen', 'Bằng khen'])).toBe('Về việc khen thưởng');
  });
});

describe('issue checks', () => {
  const base: IssueCheckInput = {
    number: 12,
    symbol: 'QĐ-UBND',
    decisionDate: '2026-11-20',
    today: '2026-11-21',
    signerName: 'Nguyễn Văn A',
    usedNumbers: [1, 2],
    items: [{ position: 1, fullName: 'Lê Văn Bình', orgUnitId: 'u1', subjectId: null, awardCode: 'giay_khen', year: 2026 }],
  };
  it('passes a complete decision', () => expect(issueProblems(base)).toEqual([]));
  it('reports every problem at once', () => {
    const p = issueProblems({
      ...base,
      number: 2,
      decisionDate: '2026-12-01',
      signerName: ' ',
      items: [
        { position: 1, fullName: 'Lê Văn Bình', orgUnitId: 'u1', subjectId: null, awardCode: 'giay_khen', year: 2027 },
        { position: 2, fullName: 'Lê văn  Bình', orgUnitId: 'u1', subjectId: null, awardCode: 'giay_khen', year: 2027 },
      ],
    });
    expect(p.map((x) => x.path)).toEqual(['number', 'decisionDate', 'signerName', 'items.1', 'items.2', 'items.2']);
    expect(p[3]!.message).toMatch(/năm 2027/);
    expect(p[5]!.message).toMatch(/hai lần/);
    expect(issueProblems({ ...base, items: [] })[0]!.message).toMatch(/chưa có ai/);
  });
});

describe('decision document', () => {
  const input = {
    symbol: 'QĐ-UBND', number: 5, decisionDate: '2026-02-03', draftYear: 2026, parentBody: null, issuingBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ', place: 'Cần Thơ',
    authorityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ', title: 'Về việc tặng Giấy khen', legalBases: ['Căn cứ …;'], article1: null, article2: 'Điều hai', article3: 'Điều ba',
    recipients: ['Như Điều 3', 'Lưu: VT'], signature: { prefix: 'KT.' as const, authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signerName: 'Trần B' }, decidingAuthority: 'Chủ tịch UBND thành phố Cần Thơ',
    items: [
      { subjectKind: 'ca_nhan' as const, fullName: 'Lê C', positionTitle: 'Giáo viên', workplace: 'Trường X', awardCode: 'giay_khen', awardName: 'Giấy khen', revoked: false },
      { subjectKind: 'tap_the' as const, fullName: 'Trường X', positionTitle: null, workplace: null, awardCode: 'giay_khen', awardName: 'Giấy khen', revoked: true },
    ],
  };
  it('puts collectives first, marks revoked rows and fills Điều 1 from the list', () => {
    const d = decisionDocument(input);
    expect(d.frame.numberSymbol).toBe('Số: 05/QĐ-UBND');
    expect(d.frame.docTypeName).toBe('QUYẾT ĐỊNH');
    expect(d.articles.map((a) => a.label)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    expect(d.articles[0]!.text).toBe('Tặng Giấy khen cho 01 tập thể và 01 cá nhân, gồm:');
    expect(d.list.table.rows).toEqual([[1, 'Trường X (đã thu hồi)', null], [2, 'Lê C', 'Giáo viên, Trường X']]);
    expect(d.list.inline).toBe(true);
    expect(d.list.subtitle).toBe('(Kèm theo Quyết định số 05/QĐ-UBND ngày 3/2/2026 của Chủ tịch UBND thành phố Cần Thơ)');
  });
  it('attaches a long list instead of printing it in Điều 1, with a column for the award when they differ', () => {
    const many = Array.from({ length: INLINE_LIST_MAX + 1 }, (_, i) => ({ ...input.items[0]!, fullName: `Người ${i}`, awardName: i % 2 ? 'Giấy khen' : 'Bằng khen' }));
    const d = decisionDocument({ ...input, items: many });
    expect(d.list.inline).toBe(false);
    expect(d.articles[0]!.text).toMatch(/\(có danh sách kèm theo\)\.$/);
    expect(d.list.table.columns.map((c) => c.label)).toContain('Hình thức khen thưởng');
  });
});
