import type { Db } from '../../../app/context';
import type { VerifyResponse } from '../../../shared/api/award-certificates';
import { AppError } from '../../../shared/errors';
import { formatViDate } from '../../../shared/vi-date';
import { normalizeCode } from '../domain/code';
import { KIND_LABELS } from '../domain/defaults';

/** One answer for a malformed code and for a well-formed one that does not exist, so guessing learns nothing. */
export const notFoundAnswer = () => new AppError('NOT_FOUND', 'Không tìm thấy giấy chứng nhận với mã này. Vui lòng kiểm tra lại mã in trên giấy chứng nhận.');

const day = (t: Date | string) => formatViDate(new Date(new Date(t).getTime() + 7 * 3600_000).toISOString().slice(0, 10));

/**
 * The public check of a certificate: whether it is genuine and in force, and the texts it prints that
 * come from the award (name, award, achievement, decision); never anything the paper does not show.
 */
export async function verifyCertificate(db: Db, raw: string): Promise<VerifyResponse> {
  const code = normalizeCode(raw);
  if (!code) throw notFoundAnswer();
  const c = await db
    .selectFrom('certificate as c')
    .innerJoin('award_record as r', 'r.id', 'c.record_id')
    .select(['c.kind', 'c.content', 'c.issued_at', 'c.replaced_at', 'r.revoked_at'])
    .where('c.code', '=', code)
    .executeTakeFirst();
  if (!c) throw notFoundAnswer();
  const content = c.content as { printed: { label: string; text: string; dynamic: boolean }[] };
  const lines = content.printed.filter((p) => p.dynamic).map((p) => ({ label: p.label, text: p.text }));
  const base = { kindLabel: KIND_LABELS[c.kind], lines, issuedOn: day(c.issued_at), replacedOn: c.replaced_at ? day(c.replaced_at) : null };
  if (c.replaced_at) return { ...base, status: 'da_thay_the', message: `Giấy chứng nhận này đã được cấp đổi, cấp lại ngày ${day(c.replaced_at)}; bản này không còn giá trị. Bản đang có hiệu lực mang mã khác.` };
  if (c.revoked_at) return { ...base, status: 'da_thu_hoi', message: 'Khen thưởng ghi trên giấy chứng nhận này đã bị thu hồi; giấy chứng nhận không còn giá trị.' };
  return { ...base, status: 'hieu_luc', message: 'Giấy chứng nhận hợp lệ: khen thưởng có trong sổ khen thưởng và còn hiệu lực.' };
}
