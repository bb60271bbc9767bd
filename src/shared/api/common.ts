import { z } from 'zod';
import { isIsoDate } from '../vi-date';

export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'Ngày không hợp lệ (định dạng YYYY-MM-DD, ví dụ 2024-06-28).' });
export const optionalDate = isoDate.nullable().optional();
export const uuid = z.uuid({ message: 'Mã định danh không hợp lệ.' });
export const nonEmpty = (label: string, max = 500) =>
  z
    .string({ message: `${label} là bắt buộc.` })
    .trim()
    .min(1, { message: `${label} không được để trống.` })
    .max(max, { message: `${label} dài quá ${max} ký tự.` });

export const ref = z.object({ id: z.string(), name: z.string() });
export type Ref = z.infer<typeof ref>;

export const okResponse = z.object({ ok: z.literal(true) });

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export const idParams = z.object({ id: uuid });

/** A flag in a query string: "true"/"1" or "false"/"0" (z.coerce.boolean would read "false" as true). */
export const queryFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'Giá trị phải là true hoặc false.' })
  .transform((v) => v === 'true' || v === '1');
