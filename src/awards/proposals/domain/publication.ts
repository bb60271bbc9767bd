/**
 * Lấy ý kiến, công khai: individuals proposed for the high state awards are published for at least
 * ten working days before the council meets (NĐ 152/2025 Điều 44 khoản 2; before 01/7/2025 NĐ 98/2023
 * Điều 46 khoản 2). Public holidays are not modelled: only weekends are skipped, so a period that
 * spans a holiday should be set a little longer.
 */
import type { AwardGroup, AwardCode } from '../../domain/catalogue';
import { addDays, formatViDate } from '../../../shared/vi-date';

export const PUBLICATION_MIN_WORKING_DAYS = 10;
const PUBLISHED_GROUPS: ReadonlySet<AwardGroup> = new Set(['huan_chuong', 'danh_hieu_vinh_du', 'giai_thuong']);
const PUBLISHED_CODES: ReadonlySet<AwardCode> = new Set(['cstd_toan_quoc']);

export const publicationCitation = (date: string) =>
  date >= '2025-07-01' ? 'Khoản 2 Điều 44 Nghị định 152/2025/NĐ-CP' : 'Khoản 2 Điều 46 Nghị định 98/2023/NĐ-CP';

export function needsPublication(n: { subjectKind: string; awardCode: string; group: AwardGroup | null }): boolean {
  return n.subjectKind === 'ca_nhan' && ((n.group !== null && PUBLISHED_GROUPS.has(n.group)) || PUBLISHED_CODES.has(n.awardCode as AwardCode));
}

const isWeekend = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};

/** Working days from `from` to `until`, both inclusive. */
export function workingDays(from: string, until: string): number {
  let n = 0;
  for (let d = from; d <= until; d = addDays(d, 1)) if (!isWeekend(d)) n++;
  return n;
}

/** The first day on which a publication started on `from` has lasted the minimum. */
export function earliestEnd(from: string, days = PUBLICATION_MIN_WORKING_DAYS): string {
  let d = from;
  let n = isWeekend(d) ? 0 : 1;
  while (n < days) {
    d = addDays(d, 1);
    if (!isWeekend(d)) n++;
  }
  return d;
}

/**
 * Why a publication period is refused, or null. `date` is today: a publication starts today or later,
 * never on a past day (the public could not have commented on days already gone).
 */
export function publicationProblem(from: string, until: string, date: string, required: boolean): string | null {
  if (from < date) return `Ngày bắt đầu công khai (${formatViDate(from)}) không được trước ngày hôm nay (${formatViDate(date)}); việc lấy ý kiến, công khai tính từ ngày đăng công khai trở đi.`;
  if (until < from) return 'Ngày kết thúc công khai phải sau ngày bắt đầu.';
  if (!required) return null;
  const n = workingDays(from, until);
  if (n >= PUBLICATION_MIN_WORKING_DAYS) return null;
  return `${publicationCitation(date)}: danh sách cá nhân đề nghị khen thưởng cấp Nhà nước phải được công khai ít nhất ${PUBLICATION_MIN_WORKING_DAYS} ngày làm việc; từ ${formatViDate(from)} đến ${formatViDate(until)} chỉ có ${n} ngày làm việc (sớm nhất đến ${formatViDate(earliestEnd(from))}).`;
}

/** Why the dossier cannot go to the council yet because of its publication, or null. */
export function councilBlockedByPublication(p: { publicFrom: string | null; publicUntil: string | null }, today: string, required: boolean): string | null {
  if (!required) return null;
  if (!p.publicFrom || !p.publicUntil) {
    return `${publicationCitation(today)}: hồ sơ có cá nhân đề nghị khen thưởng cấp Nhà nước; cần lấy ý kiến, công khai ít nhất ${PUBLICATION_MIN_WORKING_DAYS} ngày làm việc trước khi trình Hội đồng.`;
  }
  if (today <= p.publicUntil) return `Đang trong thời gian công khai (đến hết ngày ${formatViDate(p.publicUntil)}); chỉ trình Hội đồng sau khi kết thúc công khai.`;
  return null;
}
