import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import { docxToPdf, libreOfficeAvailable, pdfPageToPng } from '../../src/official-docs/pdf';
import { renderOfficialDocx } from '../../src/official-docs/render-docx';
import { SAMPLE_DATE_LINE, SAMPLE_FOOTNOTES, SAMPLE_TABLE_FOOTNOTE, sampleReport } from '../../src/official-docs/testing/sample-report';

const run = promisify(execFile);

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The visible text of each paragraph of a WordprocessingML part. */
function paragraphs(xml: string): string[] {
  return xml.split('</w:p>').map((p) => unescapeXml([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
}

const sectPrs = (xml: string) => [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

describe('renderOfficialDocx (NĐ 30/2020 layout)', () => {
  let parts: Record<string, string>;
  let docXml: string;

  beforeAll(async () => {
    const docx = await renderOfficialDocx(sampleReport());
    const files = unzipSync(new Uint8Array(docx));
    parts = Object.fromEntries(Object.entries(files).filter(([n]) => n.endsWith('.xml') || n.endsWith('.rels')).map(([n, b]) => [n, strFromU8(b)]));
    docXml = parts['word/document.xml'] ?? '';
    expect(docXml.length).toBeGreaterThan(1000);
  });

  it('uses exact A4 portrait for the report and a landscape section for the 9-column appendix', () => {
    const [main, appendix, ...rest] = sectPrs(docXml);
    expect(rest).toHaveLength(0);
    expect(main).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(appendix).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // Appendices are numbered on their own (NĐ 30), from 1.
    expect(appendix).toMatch(/<w:pgNumType w:start="1"\/>/);
  });

  it('sets margins top/bottom 20 mm, left 30 mm, right 15 mm in twips on every section', () => {
    for (const s of sectPrs(docXml)) {
      expect(s).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    }
  });

  it('shows no page number on page 1: different first page with an empty header, PAGE field top centre otherwise', () => {
    const [main] = sectPrs(docXml);
    expect(main).toContain('<w:titlePg/>');
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const target = (type: 'default' | 'first') => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(main ?? '')?.[1];
      const file = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      return parts[`word/${file}`] ?? '';
    };
    const first = target('first');
    const normal = target('default');
    expect(first).toMatch(/<w:hdr/);
    expect(first).not.toContain('PAGE');
    expect(normal).toMatch(/PAGE/);
    expect(normal).toMatch(/<w:jc w:val="center"\/>/);
    expect(normal).toMatch(/<w:sz w:val="28"\/>/);
  });

  it('sets Times New Roman as the default font of every script, and uses no other font anywhere', () => {
    const styles = parts['word/styles.xml'] ?? '';
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(defaults).not.toMatch(/Theme=/);
    expect(defaults).toContain('<w:sz w:val="28"/>');
    for (const [name, xml] of Object.entries(parts)) {
      if (name.includes('theme') || name.endsWith('fontTable.xml')) continue;
      for (const m of xml.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)) expect(`${name}: ${m[1]}`).toBe(`${name}: Times New Roman`);
      expect(xml, name).not.toMatch(/w:(?:ascii|hAnsi)Theme=/);
    }
    const footnoteStyle = /<w:style w:type="paragraph" w:styleId="FootnoteText">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(footnoteStyle).toContain('w:ascii="Times New Roman"');
  });

  it('writes the header block, title, closing block and Nơi nhận', () => {
    const texts = paragraphs(docXml);
    for (const expected of [
      'UBND THÀNH PHỐ CẦN THƠ',
      'BAN THI ĐUA - KHEN THƯỞNG',
      'Số: 05/BC-BTĐKT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      SAMPLE_DATE_LINE,
      'BÁO CÁO',
      'I. KẾT QUẢ THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2024',
      '1. Công tác tổ chức các phong trào thi đua',
      'a) Các phong trào thi đua thường xuyên',
      'Nơi nhận:',
      '- Ban Thi đua - Khen thưởng Trung ương;',
      '- Lưu: VT, TĐKT.',
      'KT. TRƯỞNG BAN',
      'PHÓ TRƯỞNG BAN',
      'Nguyễn Văn An',
      'Phụ lục',
      'KẾT QUẢ KHEN THƯỞNG NĂM 2024 THEO ĐƠN VỊ',
    ]) {
      expect(texts, expected).toContain(expected);
    }
    // The trích yếu keeps the user's line break.
    expect(docXml).toMatch(/Tổng kết công tác thi đua, khen thưởng năm 2024<\/w:t><\/w:r><w:r><w:rPr>[\s\S]*?<w:br\/><w:t xml:space="preserve">và phương hướng/);
    expect(texts.some((t) => t.startsWith('- Phong trào “Thi đua chung sức xây dựng nông thôn mới”'))).toBe(true);
  });

  it('styles headings: I. bold, a) italic not bold; body justified with a 1 cm first-line indent', () => {
    const para = (start: string) => docXml.split('</w:p>').find((p) => paragraphs(`${p}</w:p>`)[0]?.startsWith(start)) ?? '';
    expect(para('I. KẾT QUẢ')).toMatch(/<w:b\/>/);
    expect(para('a) Các phong trào')).toMatch(/<w:i\/>/);
    expect(para('a) Các phong trào')).not.toMatch(/<w:b\/>/);
    const styles = parts['word/styles.xml'] ?? '';
    const body = /<w:style w:type="paragraph" w:styleId="VanBan">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/<w:ind w:firstLine="567"\/>/);
    expect(body).toMatch(/w:after="120"/);
  });

  it('makes real Word footnotes of the rich-text footnotes and the table footnotes', () => {
    const notes = paragraphs(parts['word/footnotes.xml'] ?? '').map((t) => t.trim());
    for (const text of [...SAMPLE_FOOTNOTES, SAMPLE_TABLE_FOOTNOTE]) expect(notes).toContain(text);
    expect([...docXml.matchAll(/<w:footnoteReference w:id="\d+"\/>/g)]).toHaveLength(4);
    // Separators hold only the separator run; a reference mark there makes Word "repair" the file.
    const separators = [...(parts['word/footnotes.xml'] ?? '').matchAll(/<w:footnote w:type="[^"]+"[^>]*>[\s\S]*?<\/w:footnote>/g)];
    expect(separators).toHaveLength(2);
    for (const s of separators) expect(s[0]).not.toContain('footnoteRef');
  });

  it('formats tables: bordered, repeated bold header row, Vietnamese numbers, bold total', () => {
    expect(docXml).toContain('<w:tblHeader/>');
    const texts = paragraphs(docXml);
    for (const n of ['1.176', '95,15', '1.236', '1.234.567.890', '845.000.000,5', '2.691.867.890,5']) expect(texts).toContain(n);
    expect(docXml).toMatch(/<w:b\/>[\s\S]{0,200}2\.691\.867\.890,5/);
    expect(docXml).toMatch(/<w:tblBorders><w:top w:val="single"/);
  });

  it('keeps merged cells of rich-text tables and writes list numbers as text', () => {
    expect(docXml).toContain('<w:gridSpan w:val="2"/>');
    expect(docXml).toContain('<w:vMerge w:val="restart"/>');
    expect(docXml).toContain('<w:vMerge w:val="continue"/>');
    const texts = paragraphs(docXml);
    expect(texts).toContain('1. Đổi mới nội dung, hình thức tổ chức các phong trào thi đua.');
    expect(texts).toContain('a) khen thưởng kịp thời người lao động trực tiếp;');
    expect(texts).toContain('b) rút ngắn thời gian thẩm định hồ sơ.');
  });

  it('says in Vietnamese that LibreOffice is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      const docx = await renderOfficialDocx({ ...sampleReport(), appendices: [] });
      await expect(docxToPdf(docx)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/chưa cài LibreOffice/) });
      expect(await libreOfficeAvailable()).toBe(false);
    } finally {
      process.env.PATH = path;
    }
  });
});

const hasLibreOffice = await libreOfficeAvailable();
const hasPoppler = await run('pdfinfo', ['-v']).then(
  () => true,
  () => false,
);
if (!hasLibreOffice || !hasPoppler) {
  console.warn(
    '\n\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' +
      `LibreOffice không có: BỎ QUA kiểm tra PDF (soffice: ${hasLibreOffice ? 'có' : 'KHÔNG'}, poppler-utils: ${hasPoppler ? 'có' : 'KHÔNG'}).\n` +
      'Cài: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n',
  );
}

describe.skipIf(!hasLibreOffice || !hasPoppler)('DOCX → PDF through LibreOffice', () => {
  let dir: string;
  let pdfPath: string;
  let pdf: Buffer;
  let pageCount: number;

  const tool = async (cmd: string, args: string[]) => (await run(cmd, args, { maxBuffer: 16 * 1024 * 1024 })).stdout;
  const pageText = async (page: number) => (await tool('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdfPath, '-'])).normalize('NFC');

  beforeAll(async () => {
    const docx = await renderOfficialDocx(sampleReport());
    const started = Date.now();
    pdf = await docxToPdf(docx);
    console.info(`docxToPdf: ${Date.now() - started} ms`);
    dir = await mkdtemp(join(tmpdir(), 'official-docx-test-'));
    pdfPath = join(dir, 'bao-cao.pdf');
    await writeFile(pdfPath, pdf);
    pageCount = Number(/Pages:\s+(\d+)/.exec(await tool('pdfinfo', [pdfPath]))?.[1]);
    return () => rm(dir, { recursive: true, force: true });
  });

  it('prints A4 portrait pages and a landscape appendix page', async () => {
    expect(pageCount).toBeGreaterThanOrEqual(3);
    const info = await tool('pdfinfo', ['-f', '1', '-l', String(pageCount), pdfPath]);
    const size = (page: number) => {
      const m = new RegExp(`Page\\s+${page} size:\\s+([\\d.]+) x ([\\d.]+) pts`).exec(info);
      return [Number(m?.[1]), Number(m?.[2])];
    };
    const [w1, h1] = size(1);
    expect(w1).toBeCloseTo(595.3, 0);
    expect(h1).toBeCloseTo(841.9, 0);
    const [wl, hl] = size(pageCount);
    expect(wl).toBeCloseTo(841.9, 0);
    expect(hl).toBeCloseTo(595.3, 0);
  });

  it('embeds only Liberation Serif (Times New Roman metrics): no DejaVu fallback for Vietnamese letters', async () => {
    const lines = (await tool('pdffonts', [pdfPath])).trim().split('\n').slice(2);
    const names = lines.map((l) => l.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '');
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/^LiberationSerif(-Bold|-Italic|-BoldItalic)?$/);
    expect(names.join(' ')).not.toMatch(/DejaVu/i);
  });

  it('contains the Quốc hiệu, Tiêu ngữ, the exact date line and the footnotes', async () => {
    const all = (await tool('pdftotext', ['-layout', pdfPath, '-'])).normalize('NFC');
    const flat = all.replace(/\s+/g, ' ');
    expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(all).toContain('Độc lập - Tự do - Hạnh phúc');
    // The date line is its own column cell: split the layout line at the column gap.
    const cells = all.split('\n').flatMap((l) => l.trim().split(/\s{2,}/));
    expect(cells).toContain(SAMPLE_DATE_LINE);
    expect(cells).toContain('Số: 05/BC-BTĐKT');
    for (const note of [...SAMPLE_FOOTNOTES, SAMPLE_TABLE_FOOTNOTE]) expect(flat).toContain(note);
    expect(flat).toContain('- Lưu: VT, TĐKT.');
    expect(flat).toContain('1.234.567.890');
  });

  it('numbers page 2 at the top and leaves page 1 without a number', async () => {
    const firstLine = (text: string) => text.split('\n').find((l) => l.trim() !== '')?.trim();
    const page1 = await pageText(1);
    expect(firstLine(page1)).not.toMatch(/^\d+$/);
    expect(firstLine(page1)).toMatch(/UBND THÀNH PHỐ CẦN THƠ/);
    expect(firstLine(await pageText(2))).toBe('2');
  });

  it('renders a page to PNG', async () => {
    const png = await pdfPageToPng(pdf, 1, 40);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR width at 40 dpi: 8.27 in → 331 px.
    expect(png.readUInt32BE(16)).toBeGreaterThan(320);
    expect(png.readUInt32BE(16)).toBeLessThan(340);
  });

  it('converts concurrently, refuses non-DOCX input, and times out cleanly leaving no temp files', async () => {
    const previous = process.env.TMPDIR;
    const scratch = await mkdtemp(join(tmpdir(), 'official-docx-tmp-'));
    process.env.TMPDIR = scratch;
    try {
      const docx = await renderOfficialDocx({ ...sampleReport(), appendices: [] });
      const [a, b] = await Promise.all([docxToPdf(docx), docxToPdf(docx)]);
      for (const p of [a, b]) expect(p.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await expect(docxToPdf(Buffer.from('không phải docx'))).rejects.toMatchObject({ code: 'VALIDATION' });
      const err = await docxToPdf(docx, { timeoutMs: 200 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('INTERNAL');
      expect((err as AppError).message).toMatch(/quá 1 giây/);
      expect(await readdir(scratch)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
