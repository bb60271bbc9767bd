import { describe, expect, it } from 'vitest';
import { codeFromBytes, groupedCode, normalizeCode, CODE_LENGTH } from './code';
import { defaultLayout } from './defaults';
import { layoutCertificate, wrap, MM } from './layout';
import { fillText, layoutProblems, pageMm, type TemplateLayout } from './template';
import { certificateKindOf, certificateValues, SAMPLE_VALUES } from './values';

/** Every character half the font size wide: enough to check wrapping and alignment by hand. */
const measure = (text: string, size: number) => text.length * size * 0.5;

describe('verification codes', () => {
  it('writes 128 bits as 26 base32 characters and reads them back however typed', () => {
    const code = codeFromBytes(new Uint8Array(16).fill(255));
    expect(code).toHaveLength(CODE_LENGTH);
    expect(code).toBe('77777777777777777777777774');
    expect(codeFromBytes(new Uint8Array(16))).toBe('A'.repeat(26));
    expect(normalizeCode(groupedCode(code).toLowerCase())).toBe(code);
    expect(normalizeCode('ABC')).toBeNull();
    expect(normalizeCode('A'.repeat(25) + '1')).toBeNull();
    expect(() => codeFromBytes(new Uint8Array(8))).toThrow();
  });
});

describe('template texts', () => {
  it('fills placeholders and drops a field whose data is all missing', () => {
    expect(fillText('Quyết định số {soQuyetDinh} ngày {ngayQuyetDinh}', { soQuyetDinh: '05/QĐ-UBND', ngayQuyetDinh: '3/2/2026' })).toBe('Quyết định số 05/QĐ-UBND ngày 3/2/2026');
    expect(fillText('{chucVu}, {donVi}', {})).toBe('');
    expect(fillText('CỘNG HÒA', {})).toBe('CỘNG HÒA');
  });
  it('checks positions against the page and placeholders against the allowed list', () => {
    const layout = defaultLayout('bang_khen');
    expect(layoutProblems(layout, 'A4', 'landscape')).toEqual([]);
    const bad: TemplateLayout = { ...layout, fields: [{ ...layout.fields[0]!, x: 200, width: 120, text: '{ngaySinh}' }] };
    expect(layoutProblems(bad, 'A4', 'landscape').map((p) => p.message)).toEqual([
      expect.stringMatching(/vượt ra ngoài chiều ngang/),
      expect.stringMatching(/"\{ngaySinh\}" không phải trường dữ liệu/),
    ]);
    expect(pageMm('A4', 'landscape')).toEqual({ w: 297, h: 210 });
  });
});

describe('certificate layout', () => {
  it('wraps greedily and keeps over-long words whole', () => {
    expect(wrap('một hai ba bốn', 7, (s) => s.length)).toEqual(['một hai', 'ba bốn']);
    expect(wrap('dàidàidài x', 3, (s) => s.length)).toEqual(['dàidàidài', 'x']);
  });
  it('places centred, left and right lines in PDF points from the bottom-left', () => {
    const layout: TemplateLayout = {
      border: null,
      qr: { x: 10, y: 20, size: 30 },
      fields: [
        { id: 'c', label: 'Giữa', text: '{hoTen}', x: 0, y: 100, width: 200, fontSize: 20, align: 'center' },
        { id: 'r', label: 'Phải', text: 'abcd', x: 0, y: 50, width: 100, fontSize: 10, align: 'right', uppercase: true },
        { id: 'w', label: 'Dài', text: '{thanhTich}', x: 10, y: 150, width: 20, fontSize: 10, align: 'left', lineHeight: 1.5 },
      ],
    };
    const page = layoutCertificate(layout, 'A4', 'portrait', { hoTen: 'Lê Văn A', thanhTich: 'aaaa bbbb cccc dddd eeee ffff' }, measure);
    const c = page.runs.find((r) => r.fieldId === 'c')!;
    expect(c.x).toBeCloseTo((200 * MM - 8 * 10) / 2);
    expect(c.y).toBeCloseTo(297 * MM - 100 * MM);
    const r = page.runs.find((x) => x.fieldId === 'r')!;
    expect(r.text).toBe('ABCD');
    expect(r.x).toBeCloseTo(100 * MM - 20);
    const w = page.runs.filter((x) => x.fieldId === 'w');
    expect(w.length).toBeGreaterThan(1);
    expect(w[0]!.y - w[1]!.y).toBeCloseTo(15);
    expect(page.qr).toEqual({ x: 10 * MM, y: 297 * MM - 50 * MM, size: 30 * MM });
    expect(page.printed.map((p) => [p.fieldId, p.dynamic])).toEqual([['c', true], ['r', false], ['w', true]]);
  });
  it('fills the default templates with nothing beyond what the award shows', () => {
    const values = certificateValues(
      { recipientName: 'Lâm Thị Mới', positionTitle: null, workplace: null, unitName: 'Phường Ngã Bảy', awardCode: 'bang_khen_tinh', awardName: 'Bằng khen', year: 2025, achievement: 'Thành tích', decisionNumber: '07/QĐ-UBND', decisionDate: '2026-11-20', decidingAuthority: 'Chủ tịch', authorityLine: 'CHỦ TỊCH UBND', place: 'Cần Thơ', signer: { prefix: 'KT.', authority: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Văn Ký' } },
      'A'.repeat(26),
    );
    expect(values).toMatchObject({ donVi: 'Phường Ngã Bảy', diaDanhNgay: 'Cần Thơ, ngày 20 tháng 11 năm 2026', chucVuKy: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', ngayQuyetDinh: '20/11/2026' });
    const page = layoutCertificate(defaultLayout('giay_khen'), 'A4', 'landscape', values, measure);
    expect(page.printed.find((p) => p.fieldId === 'hinh-thuc')!.text).toBe('GIẤY KHEN');
    expect(page.runs.filter((r) => r.fieldId === 'chuc-vu-ky').map((r) => r.text)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(layoutCertificate(defaultLayout('danh_hieu'), 'A4', 'landscape', SAMPLE_VALUES, measure).runs.length).toBeGreaterThan(10);
    expect(certificateKindOf('giay_khen')).toBe('giay_khen');
    expect(certificateKindOf('bang_khen_thu_tuong')).toBe('bang_khen');
    expect(certificateKindOf('tap_the_ldxs')).toBe('danh_hieu');
  });
});
