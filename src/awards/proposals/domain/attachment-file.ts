/**
 * What an uploaded file really is, from its first bytes: the name alone is not trusted, so a renamed
 * executable or a truncated upload is refused with a Vietnamese message. Pure.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

interface FileType {
  mime: string;
  extensions: string[];
  magic: (b: Uint8Array) => boolean;
}

const starts = (b: Uint8Array, bytes: number[]) => bytes.every((x, i) => b[i] === x);

const TYPES: FileType[] = [
  { mime: 'application/pdf', extensions: ['pdf'], magic: (b) => starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], magic: (b) => starts(b, [0x50, 0x4b, 0x03, 0x04]) },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], magic: (b) => starts(b, [0x50, 0x4b, 0x03, 0x04]) },
  { mime: 'application/msword', extensions: ['doc'], magic: (b) => starts(b, [0xd0, 0xcf, 0x11, 0xe0]) },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  { mime: 'image/png', extensions: ['png'], magic: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
];

export const ACCEPTED_EXTENSIONS = TYPES.flatMap((t) => t.extensions);

export type FileVerdict = { ok: true; mime: string; fileName: string } | { ok: false; tooLarge: boolean; message: string };

/** Keeps the base name only, without control characters or path separators. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
}

export function inspectFile(name: string, bytes: Uint8Array): FileVerdict {
  const fileName = cleanFileName(name);
  if (!fileName) return { ok: false, tooLarge: false, message: 'Tên tệp không hợp lệ.' };
  if (bytes.length === 0) return { ok: false, tooLarge: false, message: `Tệp "${fileName}" rỗng.` };
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    return { ok: false, tooLarge: true, message: `Tệp "${fileName}" có dung lượng ${(bytes.length / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB, vượt giới hạn ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.` };
  }
  const ext = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  const type = TYPES.find((t) => t.extensions.includes(ext));
  if (!type) return { ok: false, tooLarge: false, message: `Chỉ nhận tệp ${ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(', ')}; "${fileName}" không thuộc các loại này.` };
  if (!type.magic(bytes)) return { ok: false, tooLarge: false, message: `Tệp "${fileName}" không đúng định dạng .${ext} (nội dung bị hỏng hoặc đã đổi đuôi tệp).` };
  return { ok: true, mime: type.mime, fileName };
}
