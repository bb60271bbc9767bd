import { z } from 'zod';
import { CATEGORIES } from '../../checker/domain/types';
import { MAX_OUTLINE_CHARS, MAX_TEXT_CHARS } from '../../checker/domain/limits';
import { isoDate } from './common';

export const checkCategory = z.enum(CATEGORIES);
export const checkSeverity = z.enum(['high', 'medium', 'low']);

/** One slip found in a report; start/end are code-point offsets into the text exactly as sent. */
export const checkFinding = z.object({
  start: z.number().int(),
  end: z.number().int(),
  category: checkCategory,
  severity: checkSeverity,
  message: z.string(),
  suggestion: z.string().nullable(),
});
export type CheckFinding = z.infer<typeof checkFinding>;

export const checkTextBody = z.object({
  text: z
    .string({ message: 'Hãy dán nội dung báo cáo.' })
    .min(1, { message: 'Hãy dán nội dung báo cáo.' })
    .max(MAX_TEXT_CHARS, { message: `Văn bản quá dài (tối đa ${MAX_TEXT_CHARS.toLocaleString('vi-VN')} ký tự, khoảng 500 trang).` }),
  outline: z.string().max(MAX_OUTLINE_CHARS, { message: `Đề cương quá dài (tối đa ${MAX_OUTLINE_CHARS.toLocaleString('vi-VN')} ký tự).` }).optional(),
  date: isoDate.optional(),
});
export type CheckTextBody = z.infer<typeof checkTextBody>;

export const checkDocxQuery = z.object({
  date: isoDate.optional(),
  outline: z.string().max(8000, { message: 'Đề cương gửi kèm tệp quá dài; hãy dùng chức năng kiểm tra văn bản.' }).optional(),
});

export const checkResponse = z.object({
  findings: z.array(checkFinding),
  /** Remarks about the run (encoding converted, time limit reached). */
  notices: z.array(z.string()),
  /** The text the offsets refer to: the extracted text of a DOCX, or a legacy-encoded text converted to Unicode. */
  text: z.string().optional(),
});
export type CheckResponse = z.infer<typeof checkResponse>;
