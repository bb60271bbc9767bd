import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { AppError } from '../shared/errors';
import { docxToText } from './docx-text';
import { makeDocx } from './testing/make-docx';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('DOCX text extraction', () => {
  it('reads paragraphs, tables and footnotes with their markers', () => {
    const bytes = makeDocx({
      paragraphs: ['BÁO CÁO', 'UBND[^1] thành phố đạt 61/119 xã.'],
      table: [['Hình thức', 'Số lượng'], ['Bằng khen', '1.234']],
      footnotes: { '1': 'Ủy ban nhân dân.' },
    });
    const text = docxToText(bytes);
    expect(text).toContain('BÁO CÁO\nUBND¹ thành phố đạt 61/119 xã.\n');
    expect(text).toContain('Hình thức\tSố lượng\nBằng khen\t1.234\n');
    expect(text).toMatch(/\n\n¹ Ủy ban nhân dân\.\n$/);
    expect(text).not.toContain('---');
  });

  it('refuses a file that is not a document', () => {
    expect(errorOf(() => docxToText(strToU8('chỉ là văn bản thường'))).message).toContain('không phải văn bản Word');
  });

  it('refuses password-protected or old .doc files (OLE container)', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(errorOf(() => docxToText(ole)).message).toContain('mật khẩu');
  });

  it('refuses a corrupted archive without crashing', () => {
    const good = makeDocx({ paragraphs: ['Nội dung báo cáo đủ dài để nén.'.repeat(50)] });
    const broken = good.slice(0, Math.floor(good.length / 2));
    expect(errorOf(() => docxToText(broken)).code).toBe('VALIDATION');
    const garbled = good.slice();
    for (let i = 60; i < 200; i++) garbled[i] = 0x55;
    expect(['VALIDATION', 'PAYLOAD_TOO_LARGE']).toContain(errorOf(() => docxToText(garbled)).code);
  });

  it('refuses a zip without word/document.xml', () => {
    const zip = zipSync({ 'a.txt': strToU8('x') });
    expect(errorOf(() => docxToText(zip)).message).toContain('word/document.xml');
  });

  it('stops a zip bomb early, even when its header lies about the size', () => {
    const huge = new Uint8Array(30 * 1024 * 1024); // 30 MB of zeros compress to ~30 KB
    const bomb = zipSync({ 'word/document.xml': huge }, { level: 9 });
    const t0 = Date.now();
    expect(errorOf(() => docxToText(bomb)).code).toBe('PAYLOAD_TOO_LARGE');
    // Lie in the central directory: claim 1 KB uncompressed.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = bomb.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 1024, true);
        break;
      }
    }
    expect(errorOf(() => docxToText(bomb)).code).toBe('PAYLOAD_TOO_LARGE');
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
