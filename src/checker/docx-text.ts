import { Inflate } from 'fflate';
import { SaxesParser } from 'saxes';
import { AppError } from '../shared/errors';
import { MAX_TEXT_CHARS } from './domain/limits';

/** A DOCX is at most this big when uploaded, and its XML parts at most this big once inflated. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
const MAX_XML_BYTES = 64 * 1024 * 1024;
/** Beyond this inflation ratio a part is a zip bomb, whatever its header claims. */
const MAX_RATIO = 200;

const PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'] as const;

const bad = (message: string) => new AppError('VALIDATION', message);

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The central directory of a ZIP archive: names, sizes and where each file's data starts. */
function readDirectory(zip: Uint8Array): Map<string, Entry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('Tệp DOCX bị hỏng (không đọc được mục lục của tệp nén). Hãy mở bằng Word và lưu lại.');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries = new Map<string, Entry>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || view.getUint32(p, true) !== 0x02014b50) throw bad('Tệp DOCX bị hỏng (mục lục tệp nén không hợp lệ). Hãy mở bằng Word và lưu lại.');
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const name = decoder.decode(zip.subarray(p + 46, p + 46 + nameLen));
    entries.set(name, {
      name,
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflates one part in small steps, stopping as soon as the output passes its budget. */
function inflatePart(zip: Uint8Array, e: Entry, budget: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const h = e.localOffset;
  if (h + 30 > zip.length || view.getUint32(h, true) !== 0x04034b50) throw bad('Tệp DOCX bị hỏng (dữ liệu bên trong không hợp lệ). Hãy mở bằng Word và lưu lại.');
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const data = zip.subarray(start, start + e.compressedSize);
  if (data.length < e.compressedSize) throw bad('Tệp DOCX bị cắt cụt hoặc bị hỏng. Hãy tải lại tệp đầy đủ.');
  if (e.method === 0) {
    if (data.length > budget) throw tooBig();
    return data;
  }
  if (e.method !== 8) throw bad('Tệp DOCX dùng kiểu nén không được hỗ trợ. Hãy mở bằng Word và lưu lại dưới dạng .docx.');
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > budget || total > MAX_RATIO * Math.max(1, e.compressedSize) + 1_000_000) throw tooBig();
    chunks.push(chunk);
  });
  try {
    const STEP = 16 * 1024;
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, Math.min(data.length, i + STEP)), i + STEP >= data.length);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw bad('Tệp DOCX bị hỏng (không giải nén được). Hãy mở bằng Word và lưu lại.');
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

const tooBig = () =>
  new AppError('PAYLOAD_TOO_LARGE', 'Tệp DOCX giải nén ra quá lớn hoặc có dấu hiệu là "bom nén" (zip bomb); hệ thống từ chối xử lý.');

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: string) => n.replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);

interface Extracted {
  body: string;
  notes: Map<string, string>;
}

/** Paragraphs become lines, table cells are separated by tabs, note references become superscript numbers. */
function extractXml(xml: string, kind: 'body' | 'notes'): Extracted {
  const parser = new SaxesParser({ xmlns: false });
  const notes = new Map<string, string>();
  let out = '';
  let inText = false;
  let skipDepth = 0;
  let noteId: string | null = null;
  let noteText = '';
  let cellDepth = 0;
  const emit = (s: string) => {
    if (kind === 'notes') noteText += s;
    else out += s;
    if (out.length > MAX_TEXT_CHARS || noteText.length > MAX_TEXT_CHARS) throw new AppError('PAYLOAD_TOO_LARGE', 'Văn bản trong tệp DOCX quá dài để kiểm tra (tối đa khoảng 500 trang).');
  };
  parser.on('opentag', (tag) => {
    const name = tag.name;
    if (skipDepth) {
      skipDepth++;
      return;
    }
    if (name === 'w:del' || name === 'w:instrText' || name === 'w:delText') {
      skipDepth = 1;
      return;
    }
    if (name === 'w:t') inText = true;
    else if (name === 'w:tc') cellDepth++;
    else if (name === 'w:tab') emit('\t');
    else if (name === 'w:br' || name === 'w:cr') emit('\n');
    else if (name === 'w:footnoteReference' || name === 'w:endnoteReference') emit(superscript(String(tag.attributes['w:id'] ?? '')));
    else if ((name === 'w:footnote' || name === 'w:endnote') && kind === 'notes') {
      const id = String(tag.attributes['w:id'] ?? '');
      const type = String(tag.attributes['w:type'] ?? '');
      noteId = type ? null : id;
      noteText = '';
    }
  });
  parser.on('text', (t) => {
    if (inText && !skipDepth) emit(t);
  });
  parser.on('closetag', (tag) => {
    if (skipDepth) {
      skipDepth--;
      return;
    }
    const name = tag.name;
    if (name === 'w:t') inText = false;
    // Paragraphs inside a cell stay on the row's line.
    else if (name === 'w:p') emit(cellDepth ? ' ' : '\n');
    else if (name === 'w:tc') {
      cellDepth--;
      emit('\t');
    }
    else if (name === 'w:tr') emit('\n');
    else if ((name === 'w:footnote' || name === 'w:endnote') && kind === 'notes') {
      if (noteId !== null) notes.set(noteId, noteText.trim());
      noteId = null;
      noteText = '';
    }
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw bad('Tệp DOCX bị hỏng (nội dung XML không hợp lệ). Hãy mở bằng Word và lưu lại.');
  }
  // Cells end with a tab before their row's line break; the tab is noise there.
  return { body: out.replace(/ \t/g, '\t').replace(/\t\n/g, '\n'), notes };
}

/**
 * The text of a DOCX: body paragraphs and tables, then footnotes and endnotes after a blank line,
 * each starting with its superscript number as in the body ("¹ Ủy ban nhân dân.").
 */
export function docxToText(bytes: Uint8Array): string {
  if (bytes.length > MAX_DOCX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `Tệp quá lớn (tối đa ${MAX_DOCX_BYTES / 1024 / 1024} MB).`);
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw bad('Tệp được đặt mật khẩu hoặc là định dạng Word cũ (.doc). Hãy gỡ mật khẩu và lưu lại dưới dạng .docx rồi thử lại.');
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw bad('Tệp không phải văn bản Word (.docx). Hãy chọn tệp .docx, hoặc dán nội dung văn bản.');
  }
  const entries = readDirectory(bytes);
  const doc = entries.get('word/document.xml');
  if (!doc) throw bad('Tệp nén không chứa văn bản Word (thiếu word/document.xml). Hãy chọn tệp .docx.');
  let budget = MAX_XML_BYTES;
  const parts = PARTS.map((name) => {
    const e = entries.get(name);
    if (!e) return null;
    if (e.size > budget || e.size > MAX_RATIO * Math.max(1, e.compressedSize) + 1_000_000) throw tooBig();
    const data = inflatePart(bytes, e, budget);
    budget -= data.length;
    return new TextDecoder('utf-8', { fatal: false }).decode(data);
  });
  const body = extractXml(parts[0]!, 'body').body;
  const notes = new Map<string, string>();
  for (const xml of parts.slice(1)) if (xml) for (const [id, t] of extractXml(xml, 'notes').notes) if (t) notes.set(id, t);
  const noteLines = [...notes.entries()].map(([id, t]) => `${superscript(id)} ${t}`);
  const text = (noteLines.length ? `${body.trimEnd()}\n\n${noteLines.join('\n')}\n` : body).replace(/\n{3,}/g, '\n\n');
  if (text.length > MAX_TEXT_CHARS) throw new AppError('PAYLOAD_TOO_LARGE', 'Văn bản trong tệp DOCX quá dài để kiểm tra (tối đa khoảng 500 trang).');
  return text;
}
