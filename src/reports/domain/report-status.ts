import type { ReportState } from '../../db/schema';
import { addDays, formatViDate } from '../../shared/vi-date';

export type RecipientStatus = 'chua_mo' | 'dang_soan' | 'nop_dung_han' | 'nop_muon' | 'tra_lai' | 'da_duyet';

export const RECIPIENT_STATUS_LABELS: Record<RecipientStatus, string> = {
  chua_mo: 'Chưa mở',
  dang_soan: 'Đang soạn',
  nop_dung_han: 'Đã nộp đúng hạn',
  nop_muon: 'Nộp muộn',
  tra_lai: 'Bị trả lại',
  da_duyet: 'Đã duyệt',
};

/**
 * Timeliness is judged on the first submission: a report returned for fixes and resubmitted after
 * the deadline was still on time, because the unit met the deadline.
 */
export function onTime(firstSubmittedDay: string | null, deadline: string): boolean | null {
  return firstSubmittedDay === null ? null : firstSubmittedDay <= deadline;
}

export function recipientStatus(state: ReportState, firstSubmittedDay: string | null, deadline: string): RecipientStatus {
  if (state === 'da_nop') return onTime(firstSubmittedDay, deadline) ? 'nop_dung_han' : 'nop_muon';
  return state;
}

/**
 * Writing closes the day after deadline + grace days, unless the board granted this unit an
 * exception; a returned report stays open, because the board asked for the fix.
 */
export function lockReason(a: { state: ReportState; today: string; deadline: string; graceDays: number; exceptionUntil: string | null; campaignOpen: boolean }): string | null {
  if (!a.campaignOpen) return 'Yêu cầu báo cáo không còn mở nhận báo cáo.';
  if (a.state === 'tra_lai') return null;
  const closes = addDays(a.deadline, a.graceDays);
  if (a.today <= closes) return null;
  if (a.exceptionUntil && a.today <= a.exceptionUntil) return null;
  return `Đã quá hạn nộp (${formatViDate(a.deadline)}${a.graceDays ? `, gia hạn ${a.graceDays} ngày đến ${formatViDate(closes)}` : ''}). Liên hệ đơn vị yêu cầu báo cáo để được mở lại.`;
}

