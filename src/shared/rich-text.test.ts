import { describe, expect, it } from 'vitest';
import {
  RICH_TEXT_LIMITS,
  RichTextTooLarge,
  emptyRichDoc,
  isRichEmpty,
  richDocSchema,
  richFromPlainText,
  richTextDiff,
  richTextLayout,
  richToPlainText,
  sanitizeRichDoc,
  type DiffOp,
} from './rich-text';
import type { RichBlock, RichDoc, RichInline, RichParagraph } from './rich-text-types';

const t = (text: string, ...marks: ('bold' | 'italic' | 'underline')[]): RichInline =>
  marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text };
const p = (...content: RichInline[]): RichParagraph => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const doc = (...content: RichBlock[]): RichDoc => ({ type: 'doc', content });
const fn = (text: string): RichInline => ({ type: 'footnote', attrs: { text } });
const li = (...content: RichBlock[]) => ({ type: 'listItem' as const, content: content as never });
const cell = (text: string, type: 'tableCell' | 'tableHeader' = 'tableCell') => ({ type, content: [p(t(text))] });

/** Applies the ops to `before` and checks they rebuild `after`. */
function replay(ops: DiffOp[]) {
  return {
    before: ops.filter((o) => o.op !== 'insert').map((o) => o.text).join(''),
    after: ops.filter((o) => o.op !== 'delete').map((o) => o.text).join(''),
  };
}

describe('sanitizeRichDoc', () => {
  it('keeps a valid document as it is', () => {
    const d = doc(
      p(t('Năm '), t('2024', 'bold', 'italic'), { type: 'hardBreak' }, t('đơn vị'), fn('Theo Kế hoạch số 194/KH-UBND')),
      { type: 'orderedList', attrs: { start: 3 }, content: [li(p(t('Một')), { type: 'bulletList', content: [li(p(t('Hai')))] })] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 2 }, content: [p(t('A'))] }] }] },
    );
    expect(sanitizeRichDoc(d)).toEqual(d);
    expect(richDocSchema.parse(d)).toEqual(d);
  });

  it('never throws on junk and returns an empty document', () => {
    for (const junk of [null, undefined, 42, true, {}, [], { type: 'doc' }, { type: 'doc', content: 'x' }, { content: [null, 1, 'a', []] }]) {
      expect(sanitizeRichDoc(junk)).toEqual(emptyRichDoc());
    }
  });

  it('reads a string as plain text', () => {
    expect(sanitizeRichDoc('Dòng 1\nDòng 2')).toEqual(doc(p(t('Dòng 1')), p(t('Dòng 2'))));
  });

  it('drops script-like nodes, unknown marks and every attribute outside the format', () => {
    const out = sanitizeRichDoc({
      type: 'doc',
      attrs: { onload: 'alert(1)' },
      content: [
        { type: 'script', attrs: { src: 'javascript:alert(1)' } },
        { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'x' } },
        {
          type: 'paragraph',
          attrs: { style: 'color:red', onclick: 'alert(1)', textAlign: 'center' },
          content: [
            { type: 'text', text: 'Xem ', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'bold', attrs: { onmouseover: 'x' } }] },
            { type: 'text', text: 'thêm', marks: [{ type: 'strike' }, { type: 'textStyle', attrs: { color: 'red' } }, 'italic', null] },
            { type: 'footnote', attrs: { text: 'javascript:alert(1)', href: 'javascript:alert(1)', onclick: 'x' } },
          ],
        },
        { type: 'table', attrs: { style: 'x' }, content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 999, rowspan: -3, colwidth: [100], style: 'x' }, content: [p(t('ô'))] }] }] },
      ],
    });
    expect(out).toEqual(
      doc(
        p(t('Xem ', 'bold'), t('thêm'), fn('javascript:alert(1)')),
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 50 }, content: [p(t('ô'))] }] }] },
      ),
    );
    expect(JSON.stringify(out)).not.toMatch(/"(href|src|style|onclick|onload|onmouseover|colwidth|textAlign)"|"type":"(script|image|link|strike|textStyle)"/);
  });

  it('unwraps headings, quotes and code blocks into paragraphs and keeps the text of unknown inline nodes', () => {
    const out = sanitizeRichDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [t('I. KẾT QUẢ', 'bold')] },
        { type: 'blockquote', content: [p(t('Trích dẫn')), { type: 'horizontalRule' }] },
        { type: 'codeBlock', attrs: { language: 'js' }, content: [t('dòng 1\ndòng 2')] },
        { type: 'paragraph', content: [t('Gửi '), { type: 'mention', attrs: { id: 7, label: 'Ban TĐKT' } }, { type: 'emoji', attrs: { name: 'x' } }, { type: 'span', content: [t('!', 'underline')] }] },
        t('rời'),
      ],
    });
    expect(out).toEqual(doc(p(t('I. KẾT QUẢ', 'bold')), p(t('Trích dẫn')), p(t('dòng 1')), p(t('dòng 2')), p(t('Gửi Ban TĐKT'), t('!', 'underline')), p(t('rời'))));
  });

  it('normalises text: NFC, control and invisible characters, newlines as hard breaks, merged runs', () => {
    const nfd = 'Hà Nội'.normalize('NFD');
    const out = sanitizeRichDoc(
      doc({
        type: 'paragraph',
        content: [t(''), t(nfd), t('\u0000\u0007a\u200B\u202Eb\uFEFF\tc'), t('\ud800x'), t('d\r\ne', 'bold'), t('', 'bold'), { type: 'text' } as never, fn('  a\n b  ')],
      }),
    );
    expect(out).toEqual(doc(p(t('Hà Nội'.normalize('NFC') + 'ab c\uFFFDx'), t('d', 'bold'), { type: 'hardBreak' }, t('e', 'bold'), fn('a b'))));
    expect((out.content[0] as { content: { text?: string }[] }).content[0]!.text).toBe('Hà Nội'.normalize('NFC') + 'ab c\uFFFDx');
  });

  it('normalises text split between nodes once merged', () => {
    expect(sanitizeRichDoc(doc(p(t('Ngã Ba'), t('\u0309y'))))).toEqual(doc(p(t('Ngã Bảy'))));
  });

  it('orders and de-duplicates marks and maps HTML-style names', () => {
    expect(sanitizeRichDoc(doc(p({ type: 'text', text: 'x', marks: [{ type: 'underline' }, { type: 'em' }, { type: 'strong' }, { type: 'bold' }] } as never)))).toEqual(
      doc(p(t('x', 'bold', 'italic', 'underline'))),
    );
  });

  it('drops empty footnotes and cuts long ones', () => {
    const out = sanitizeRichDoc(doc(p(t('a'), fn('   '), fn('ê'.repeat(3000)))));
    const para = out.content[0] as { content: RichInline[] };
    expect(para.content).toHaveLength(2);
    expect(para.content[1]).toEqual(fn('ê'.repeat(RICH_TEXT_LIMITS.maxFootnoteChars)));
  });

  it('repairs list and table structure', () => {
    const out = sanitizeRichDoc({
      type: 'doc',
      content: [
        { type: 'bulletList', content: [] },
        { type: 'bulletList', content: [t('rời'), { type: 'listItem', content: [{ type: 'bulletList', content: [li(p(t('con')))] }] }] },
        { type: 'orderedList', attrs: { start: '7' }, content: [{ type: 'listItem', content: [p(t('a')), { type: 'table', content: [{ type: 'tableRow', content: [cell('x'), cell('y')] }] }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [] }, cell('lẻ'), { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'bulletList', content: [li(p(t('d')))] }, { type: 'table', content: [{ type: 'tableRow', content: [cell('e')] }] }] }] }] },
        { type: 'table', content: [] },
        { type: 'listItem', content: [p(t('lạc'))] },
      ],
    });
    expect(out).toEqual(
      doc(
        { type: 'bulletList', content: [li(p(t('rời'))), li(p(), { type: 'bulletList', content: [li(p(t('con')))] })] },
        { type: 'orderedList', attrs: { start: 7 }, content: [li(p(t('a')), p(t('x')), p(t('y')))] },
        { type: 'table', content: [{ type: 'tableRow', content: [cell('lẻ')] }, { type: 'tableRow', content: [{ type: 'tableCell', content: [p(t('d')), p(t('e'))] }] }] },
        p(t('lạc')),
      ),
    );
  });

  it('flattens lists nested deeper than the limit and refuses absurd nesting', () => {
    const nest = (levels: number): RichBlock => {
      let node: RichBlock = { type: 'bulletList', content: [li(p(t(`cấp ${levels}`)))] };
      for (let i = levels - 1; i >= 1; i--) node = { type: 'bulletList', content: [li(p(t(`cấp ${i}`)), node)] };
      return node;
    };
    let depth = 0;
    let lists = 0;
    const walk = (b: unknown, d: number) => {
      const n = b as { type: string; content?: unknown[] };
      if (n.type === 'bulletList') {
        depth = Math.max(depth, d + 1);
        lists++;
      }
      for (const c of n.content ?? []) walk(c, n.type === 'bulletList' ? d + 1 : d);
    };
    const out = sanitizeRichDoc(doc(nest(30)));
    walk(out.content[0], 0);
    expect(depth).toBe(RICH_TEXT_LIMITS.maxListDepth);
    expect(lists).toBe(RICH_TEXT_LIMITS.maxListDepth);
    expect(richToPlainText(out)).toContain('cấp 30');
    expect(richToPlainText(out).split('\n')).toHaveLength(30);

    let hostile: unknown = t('sâu');
    for (let i = 0; i < 5000; i++) hostile = { type: 'blockquote', content: [hostile] };
    expect(() => sanitizeRichDoc(doc(hostile as RichBlock))).toThrow(RichTextTooLarge);
    // Refused before zod walks it (its recursion would overflow the stack), and thrown rather than reported as a validation issue.
    expect(() => richDocSchema.safeParse(doc(hostile as RichBlock))).toThrow(/lồng nhau quá nhiều cấp/);
  });

  it('repairs hostile nesting in linear time', () => {
    // Tables and lists whose children are all stray, 60 levels deep: converting a child twice per level would never finish.
    let n: unknown = t('lõi');
    for (let i = 0; i < 60; i++) n = i % 2 ? { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'div', content: [n] }] }] } : { type: 'bulletList', content: [{ type: 'div', content: [n] }] };
    const started = Date.now();
    expect(richToPlainText(sanitizeRichDoc({ type: 'doc', content: [n] }))).toContain('lõi');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses documents over the size limits with a Vietnamese message', () => {
    const big = doc(p(t('a'.repeat(RICH_TEXT_LIMITS.maxChars + 1))));
    expect(() => sanitizeRichDoc(big)).toThrow(/Nội dung quá dài \(200\.001 ký tự\): tối đa 200\.000 ký tự/);
    expect(() => sanitizeRichDoc(doc(p(t('a'.repeat(RICH_TEXT_LIMITS.maxChars)))))).not.toThrow();
    const many = doc(...Array.from({ length: RICH_TEXT_LIMITS.maxNodes }, () => p(t('x'))));
    try {
      sanitizeRichDoc(many);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RichTextTooLarge);
      expect((e as RichTextTooLarge).reason).toBe('nodes');
      expect((e as RichTextTooLarge).code).toBe('PAYLOAD_TOO_LARGE');
      expect((e as Error).message).toMatch(/quá nhiều thành phần/);
    }
    const huge = { type: 'doc', content: Array.from({ length: 200_000 }, () => ({ type: 'junk' })) };
    expect(() => sanitizeRichDoc(huge)).toThrow(RichTextTooLarge);
    expect(() => richDocSchema.parse(big)).toThrow(RichTextTooLarge);
  });

  it('rejects nodes outside the format at the API schema and sanitises what it accepts', () => {
    expect(richDocSchema.safeParse({ type: 'doc', content: [{ type: 'heading', content: [] }] }).success).toBe(false);
    expect(richDocSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'link' }] }] }] }).success).toBe(false);
    const parsed = richDocSchema.parse({
      type: 'doc',
      content: [{ type: 'paragraph', content: [t('e\u0301'), t('')] }, { type: 'orderedList', attrs: { start: 1, type: null }, content: [li(p(t('x')))] }],
    });
    expect(parsed).toEqual(doc(p(t('é')), { type: 'orderedList', content: [li(p(t('x')))] }));
  });
});

describe('emptiness and plain text', () => {
  it('tells empty documents', () => {
    expect(isRichEmpty(emptyRichDoc())).toBe(true);
    expect(isRichEmpty(doc(p(), p(t('  \u00A0')), { type: 'table', content: [{ type: 'tableRow', content: [cell(' ')] }] }))).toBe(true);
    expect(isRichEmpty(doc(p(fn('chỉ có chú thích'))))).toBe(false);
    expect(isRichEmpty(doc({ type: 'bulletList', content: [li(p(t('x')))] }))).toBe(false);
  });

  it('renders every node type', () => {
    const d = doc(
      p(t('Mở '), t('đầu', 'bold'), { type: 'hardBreak' }, t('dòng hai')),
      p(),
      { type: 'bulletList', content: [li(p(t('a')), p(t('a tiếp')), { type: 'orderedList', attrs: { start: 9 }, content: [li(p(t('b'))), li(p(t('c')))] }), li(p(t('d')))] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('Chỉ tiêu', 'tableHeader'), cell('Kết quả', 'tableHeader')] },
          { type: 'tableRow', content: [{ type: 'tableCell', content: [p(t('x'), { type: 'hardBreak' }, t('y')), p(t('z'))] }, cell('')] },
        ],
      },
      p(t('Hết')),
    );
    expect(richToPlainText(d)).toBe(['Mở đầu', 'dòng hai', '', '- a', '  a tiếp', '  9. b', '  10. c', '- d', 'Chỉ tiêu\tKết quả', 'x y z\t', 'Hết'].join('\n'));
  });

  it('renders footnotes in each mode', () => {
    const d = doc(p(t('Đạt 95%'), fn('Số liệu của Cục Thống kê'), t('.')), { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(t('ô'), fn('Chú thích trong bảng'))] }] }] });
    expect(richToPlainText(d)).toBe('Đạt 95%[1].\nô[2]');
    expect(richToPlainText(d, { footnotes: 'marker' })).toBe('Đạt 95%[1].\nô[2]');
    expect(richToPlainText(d, { footnotes: 'omit' })).toBe('Đạt 95%.\nô');
    expect(richToPlainText(d, { footnotes: 'end' })).toBe('Đạt 95%[1].\nô[2]\n[1] Số liệu của Cục Thống kê\n[2] Chú thích trong bảng');
  });

  it('skips nodes outside the format instead of failing on an unsanitised document', () => {
    const odd = { type: 'doc', content: [p(t('a')), { type: 'heading', content: [t('h')] }, { type: 'bulletList' }, { type: 'paragraph', content: [{ type: 'mention' }, t('b')] }] } as unknown as RichDoc;
    const layout = richTextLayout(odd);
    expect(layout.text).toBe('a\nb');
    expect(layout.inlines.get('3.1')).toEqual({ start: 2, end: 3 });
  });

  it('locates every inline node by code point', () => {
    const d = doc(p(t('𝐀ấ'), fn('x'), t('b', 'bold')), { type: 'bulletList', content: [li(p(t('c')))] });
    const layout = richTextLayout(d);
    expect(layout.text).toBe('𝐀ấ[1]b\n- c');
    expect(layout.inlines.get('0.0')).toEqual({ start: 0, end: 2 });
    expect(layout.inlines.get('0.1')).toEqual({ start: 2, end: 5 });
    expect(layout.inlines.get('0.2')).toEqual({ start: 5, end: 6 });
    expect(layout.inlines.get('1.0.0.0')).toEqual({ start: 9, end: 10 });
    expect(layout.footnotes).toEqual([{ n: 1, text: 'x', path: '0.1' }]);
  });

  it('builds paragraphs from plain text without interpreting markers', () => {
    expect(richFromPlainText('  I. Kết quả \r\n\r\n- Phong trào thi đua\n+ Khen thưởng\n\n[1] Theo báo cáo số 12\n')).toEqual(
      doc(p(t('I. Kết quả')), p(t('- Phong trào thi đua')), p(t('+ Khen thưởng')), p(t('[1] Theo báo cáo số 12'))),
    );
    expect(richFromPlainText('\n \n')).toEqual(emptyRichDoc());
    const text = 'Dòng một\nDòng hai';
    expect(richToPlainText(richFromPlainText(text))).toBe(text);
  });
});

describe('richTextDiff', () => {
  const para = (s: string) => doc(...s.split('\n').map((line) => (line ? p(t(line)) : p())));

  it('reports identical documents as one equal run', () => {
    expect(richTextDiff(para('Không đổi'), para('Không đổi'))).toEqual([{ op: 'equal', text: 'Không đổi' }]);
    expect(richTextDiff(emptyRichDoc(), emptyRichDoc())).toEqual([]);
  });

  it('finds an inserted word', () => {
    expect(richTextDiff(para('Đơn vị hoàn thành kế hoạch'), para('Đơn vị đã hoàn thành kế hoạch'))).toEqual([
      { op: 'equal', text: 'Đơn vị ' },
      { op: 'insert', text: 'đã ' },
      { op: 'equal', text: 'hoàn thành kế hoạch' },
    ]);
  });

  it('finds a deleted word', () => {
    expect(richTextDiff(para('Tổng số 12 xã đạt chuẩn'), para('Tổng số xã đạt chuẩn'))).toEqual([
      { op: 'equal', text: 'Tổng số ' },
      { op: 'delete', text: '12 ' },
      { op: 'equal', text: 'xã đạt chuẩn' },
    ]);
  });

  it('shows a replacement as delete then insert, keeping numbers whole', () => {
    expect(richTextDiff(para('Đạt 1.234,5 triệu đồng'), para('Đạt 1.240,0 triệu đồng'))).toEqual([
      { op: 'equal', text: 'Đạt ' },
      { op: 'delete', text: '1.234,5' },
      { op: 'insert', text: '1.240,0' },
      { op: 'equal', text: ' triệu đồng' },
    ]);
    expect(richTextDiff(para('con mèo đen'), para('chú chó vàng'))).toEqual([
      { op: 'delete', text: 'con mèo đen' },
      { op: 'insert', text: 'chú chó vàng' },
    ]);
  });

  it('compares Vietnamese words whole, by their diacritics', () => {
    expect(richTextDiff(para('Phường Ngã Bảy'), para('Phường Ngã Bẩy'))).toEqual([
      { op: 'equal', text: 'Phường Ngã ' },
      { op: 'delete', text: 'Bảy' },
      { op: 'insert', text: 'Bẩy' },
    ]);
  });

  it('treats decomposed and precomposed text as equal', () => {
    const nfc = 'Thành phố Cần Thơ, tỉnh Hậu Giang';
    const raw = (s: string): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: s }] }] });
    expect(richTextDiff(raw(nfc.normalize('NFD')), raw(nfc))).toEqual([{ op: 'equal', text: nfc }]);
    const ops = richTextDiff(raw(nfc.normalize('NFD')), raw(nfc.replace('Hậu Giang', 'Sóc Trăng')));
    expect(ops.filter((o) => o.op !== 'equal').map((o) => o.text)).toEqual(['Hậu Giang', 'Sóc Trăng']);
  });

  it('shows footnote edits and paragraph changes', () => {
    const ops = richTextDiff(doc(p(t('Số liệu'), fn('Nguồn: Sở Tài chính'))), doc(p(t('Số liệu'), fn('Nguồn: Cục Thống kê')), p(t('Mới'))));
    expect(replay(ops)).toEqual({ before: 'Số liệu[1]\n[1] Nguồn: Sở Tài chính', after: 'Số liệu[1]\nMới\n[1] Nguồn: Cục Thống kê' });
    expect(ops).toContainEqual({ op: 'insert', text: 'Mới\n' });
    expect(ops).toContainEqual({ op: 'delete', text: 'Sở Tài chính' });
  });

  it('always rebuilds both texts, also for large and very different documents', () => {
    const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `từ${(i * seed) % 997}`).join(' ');
    const big = (s: number) => para(Array.from({ length: 40 }, (_, i) => words(300, s + i)).join('\n'));
    const a = big(3);
    const b = big(7);
    const started = Date.now();
    const ops = richTextDiff(a, b);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(replay(ops)).toEqual({ before: richToPlainText(a, { footnotes: 'end' }), after: richToPlainText(b, { footnotes: 'end' }) });
    for (let i = 1; i < ops.length; i++) expect(ops[i]!.op === ops[i - 1]!.op).toBe(false);

    // Under the token cap but too many edits for the word diff: paragraphs are compared instead.
    const mid = (s: number) => para(Array.from({ length: 10 }, (_, i) => words(300, s + i)).join('\n'));
    const midOps = richTextDiff(mid(3), mid(7));
    expect(replay(midOps)).toEqual({ before: richToPlainText(mid(3)), after: richToPlainText(mid(7)) });

    const edited = para(Array.from({ length: 40 }, (_, i) => words(300, 3 + i) + (i === 20 ? ' thêm' : '')).join('\n'));
    expect(richTextDiff(a, edited).filter((o) => o.op !== 'equal')).toEqual([{ op: 'insert', text: ' thêm' }]);
  });
});
