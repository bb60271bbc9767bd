import { zipSync, strToU8 } from 'fflate';

/** A minimal DOCX for tests: paragraphs (with optional footnote references) and one table. */
export function makeDocx(opts: { paragraphs: string[]; table?: string[][]; footnotes?: Record<string, string>; level?: number }): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const para = (p: string) =>
    `<w:p>${p
      .split(/(\[\^\d+\])/)
      .map((part) => {
        const ref = /^\[\^(\d+)\]$/.exec(part);
        return ref ? `<w:r><w:footnoteReference w:id="${ref[1]}"/></w:r>` : `<w:r><w:t xml:space="preserve">${esc(part)}</w:t></w:r>`;
      })
      .join('')}</w:p>`;
  const table = opts.table ? `<w:tbl>${opts.table.map((row) => `<w:tr>${row.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>` : '';
  const doc = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${opts.paragraphs.map(para).join('')}${table}</w:body></w:document>`;
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(doc) };
  if (opts.footnotes) {
    files['word/footnotes.xml'] = strToU8(
      `<?xml version="1.0"?><w:footnotes xmlns:w="x"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote>${Object.entries(opts.footnotes)
        .map(([id, t]) => `<w:footnote w:id="${id}">${para(t)}</w:footnote>`)
        .join('')}</w:footnotes>`,
    );
  }
  return zipSync(files, { level: (opts.level ?? 6) as 6 });
}
