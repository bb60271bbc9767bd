import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const PARTS = ['word/footnotes.xml', 'word/endnotes.xml'];
const SEPARATOR = /<w:(footnote|endnote) w:type="(?:separator|continuationSeparator)"[^>]*>[\s\S]*?<\/w:\1>/g;
const NOTE_MARK = /<w:r><w:rPr><w:rStyle w:val="(?:Footnote|Endnote)Reference"\/><\/w:rPr><w:(?:footnote|endnote)Ref\/><\/w:r>/g;

/**
 * docx 9 puts a note reference mark into the separator and continuation-separator notes, and Word
 * then reports unreadable content and offers to repair the file. Those notes must hold only the
 * separator run, so the mark is taken out of them (real footnotes keep theirs).
 */
export function repairNoteSeparators(docx: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(docx.buffer, docx.byteOffset, docx.byteLength));
  let changed = false;
  for (const name of PARTS) {
    const part = files[name];
    if (!part) continue;
    const xml = strFromU8(part);
    const fixed = xml.replace(SEPARATOR, (note) => note.replace(NOTE_MARK, ''));
    if (fixed !== xml) {
      files[name] = strToU8(fixed);
      changed = true;
    }
  }
  return changed ? Buffer.from(zipSync(files, { level: 6 })) : docx;
}
