import { describe, expect, it } from 'vitest';
import { cleanFileName, inspectFile, MAX_ATTACHMENT_BYTES } from './attachment-file';

const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n');

describe('attachment files', () => {
  it('accepts a real PDF and keeps only the base name', () => {
    expect(inspectFile('C:\\Users\\x\\Tờ trình 12.pdf', pdf)).toEqual({ ok: true, mime: 'application/pdf', fileName: 'Tờ trình 12.pdf' });
    expect(inspectFile('anh.PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toMatchObject({ ok: true, mime: 'image/png' });
  });

  it('refuses renamed, empty, oversized and unknown files with the reason', () => {
    expect(inspectFile('bien-ban.pdf', Buffer.from('MZ\x90\x00'))).toMatchObject({ ok: false, message: expect.stringContaining('không đúng định dạng .pdf') });
    expect(inspectFile('a.pdf', Buffer.alloc(0))).toMatchObject({ ok: false, message: 'Tệp "a.pdf" rỗng.' });
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    pdf.copy(big);
    expect(inspectFile('a.pdf', big)).toMatchObject({ ok: false, tooLarge: true, message: expect.stringContaining('vượt giới hạn 10 MB') });
    expect(inspectFile('virus.exe', pdf)).toMatchObject({ ok: false, message: expect.stringContaining('Chỉ nhận tệp .pdf') });
    expect(inspectFile('noext', pdf)).toMatchObject({ ok: false });
  });

  it('strips control characters and paths from names', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b.pdf')).toBe('ab.pdf');
  });
});
