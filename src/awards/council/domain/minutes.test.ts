import { describe, expect, it } from 'vitest';
import { minutesDocument, type MinutesInput } from './minutes';
import type { VoteRule } from './vote-rule';

const open: VoteRule = { quorum: { num: 2, den: 3 }, threshold: { num: 1, den: 2 }, strict: true, base: 'tong_so', secret: false, tieBreakByChair: true };
const secret: VoteRule = { ...open, threshold: { num: 90, den: 100 }, strict: false, secret: true, tieBreakByChair: false };

const input: MinutesInput = {
  body: { name: 'Thành phố Cần Thơ', kind: 'province' },
  session: { title: 'Xét khen thưởng tổng kết năm 2025', meetingDate: '2026-01-08', location: 'Phòng họp số 1, Ủy ban nhân dân thành phố', closedAt: '2026-01-08T09:30:00.000Z' },
  voters: [
    { fullName: 'Nguyễn Văn Chủ', role: 'chu_tich', positionTitle: 'Chủ tịch UBND thành phố', voted: true },
    { fullName: 'Trần Thị Phó', role: 'pho_chu_tich', positionTitle: 'Giám đốc Sở Nội vụ', voted: true },
    { fullName: 'Lê Văn Vắng', role: 'uy_vien', positionTitle: null, voted: false },
  ],
  secretary: { fullName: 'Phạm Thư Ký' },
  items: [
    { nomineeName: 'Quách Văn An', unitName: 'Phường Đại Thành', awardName: 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh', rule: secret, eligible: 3, yes: 2, no: 0, result: 'khong_dong_y', reason: 'Đạt 2/3 phiếu đồng ý (66,67%), chưa đủ tỷ lệ từ 90% tổng số thành viên trở lên.' },
    { nomineeName: 'Trường Tiểu học Đại Thành', unitName: 'Phường Đại Thành', awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', rule: open, eligible: 3, yes: 2, no: 0, result: 'dong_y', reason: '' },
  ],
};

const texts = (doc: ReturnType<typeof minutesDocument>) => doc.body.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text : ''));

describe('minutesDocument', () => {
  const doc = minutesDocument(input, 2026);

  it('has the NĐ 30/2020 head of a council biên bản', () => {
    expect(doc).toMatchObject({
      parentBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
      issuingBody: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      place: 'Cần Thơ',
      date: '2026-01-08',
      docTypeName: 'BIÊN BẢN',
      title: 'Họp Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ',
      signature: { prefix: 'TM.', authority: 'HỘI ĐỒNG', title: 'CHỦ TỊCH', signerName: 'Nguyễn Văn Chủ' },
    });
    expect(doc.numberSymbol).toMatch(/^Số: \s+\/BB-HĐTĐKT$/u);
  });

  it('lists attendance and participation', () => {
    const t = texts(doc);
    expect(t).toContain('Thư ký: Phạm Thư Ký.');
    expect(t).toContain('Tổng số thành viên Hội đồng có quyền biểu quyết: 3; số thành viên tham gia biểu quyết: 2 (66,67%); vắng: 1.');
    expect(t).toContain('Số thành viên tham gia biểu quyết bảo đảm tỉ lệ có mặt tối thiểu theo quy định (2/3 tổng số thành viên).');
    expect(minutesDocument({ ...input, voters: input.voters.map((v, i) => ({ ...v, voted: i === 0 })) }, 2026).body.some((b) => b.kind === 'paragraph' && b.text.includes('không bảo đảm tỉ lệ có mặt'))).toBe(true);
    expect(t[0]).toMatch(/^Vào ngày 8 tháng 1 năm 2026, Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ họp tại Phòng họp số 1/);
    const attendance = doc.body.find((b) => b.kind === 'table');
    expect(attendance?.kind === 'table' && attendance.table.rows.map((r) => r[4])).toEqual(['Có', 'Có', 'Vắng']);
  });

  it('tallies each nominee with đồng ý / không đồng ý / tỉ lệ and the result', () => {
    const tables = doc.body.filter((b) => b.kind === 'table');
    const results = tables[1]!.kind === 'table' ? tables[1]!.table : null;
    expect(results?.columns.map((c) => c.label)).toEqual(['STT', 'Cá nhân, tập thể được đề nghị', 'Hình thức đề nghị', 'Đồng ý', 'Không đồng ý', 'Tỉ lệ đồng ý', 'Kết quả']);
    expect(results?.rows).toEqual([
      [1, 'Quách Văn An (Phường Đại Thành)', 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh (bỏ phiếu kín)', 2, 0, '66,67%', 'Không đạt'],
      [2, 'Trường Tiểu học Đại Thành (Phường Đại Thành)', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 2, 0, '66,67%', 'Đạt'],
    ]);
  });

  it('concludes with who is proposed and who is not, and says secret ballots carry no names', () => {
    const t = texts(doc).join('\n');
    expect(t).toContain('Hội đồng thống nhất đề nghị khen thưởng 1/2 trường hợp');
    expect(t).toContain('- Trường Tiểu học Đại Thành (Phường Đại Thành): Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(t).toContain('Không đề nghị khen thưởng 1 trường hợp:');
    expect(t).toContain('không ghi tên người bỏ phiếu');
    expect(t).toContain('kết thúc lúc 16 giờ 30 phút, ngày 8/1/2026');
    expect(t).not.toContain('Lê Văn Vắng: ');
  });
});
