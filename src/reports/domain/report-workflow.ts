import type { Workflow } from '../../shared/workflow';
import type { CampaignState, ReportState } from '../../db/schema';

/** Soạn thảo → đang mở (recipients notified, reports open) → đã đóng; a closed campaign may reopen with a reason. */
export const CAMPAIGN_WORKFLOW: Workflow<CampaignState> = {
  name: 'Yêu cầu báo cáo',
  initial: 'soan_thao',
  states: { soan_thao: 'Soạn thảo', dang_mo: 'Đang nhận báo cáo', da_dong: 'Đã đóng' },
  transitions: [
    { from: 'soan_thao', to: 'dang_mo', label: 'Gửi yêu cầu', requiresReason: false },
    { from: 'dang_mo', to: 'da_dong', label: 'Đóng yêu cầu', requiresReason: false },
    { from: 'da_dong', to: 'dang_mo', label: 'Mở lại', requiresReason: true },
  ],
};

/**
 * A unit's report: it opens on the first save, is submitted (locked), and the requesting body
 * returns it with a reason or accepts it. Accepted content is frozen; un-accepting needs a reason.
 */
export const REPORT_WORKFLOW: Workflow<ReportState> = {
  name: 'Báo cáo',
  initial: 'chua_mo',
  states: { chua_mo: 'Chưa mở', dang_soan: 'Đang soạn', da_nop: 'Đã nộp', tra_lai: 'Bị trả lại', da_duyet: 'Đã duyệt' },
  transitions: [
    { from: 'chua_mo', to: 'dang_soan', label: 'Bắt đầu soạn', requiresReason: false },
    { from: 'dang_soan', to: 'da_nop', label: 'Nộp báo cáo', requiresReason: false },
    { from: 'da_nop', to: 'dang_soan', label: 'Rút lại để sửa', requiresReason: false },
    { from: 'da_nop', to: 'tra_lai', label: 'Trả lại', requiresReason: true },
    { from: 'da_nop', to: 'da_duyet', label: 'Duyệt', requiresReason: false },
    { from: 'tra_lai', to: 'da_nop', label: 'Nộp lại', requiresReason: false },
    { from: 'da_duyet', to: 'tra_lai', label: 'Hủy duyệt', requiresReason: true },
  ],
};

/** Who moves a report: the unit writes and submits; the requesting body decides. */
export function reportActor(to: ReportState): 'unit' | 'reviewer' {
  return to === 'tra_lai' || to === 'da_duyet' ? 'reviewer' : 'unit';
}

/** Content changes only while the unit holds the report. */
export const reportEditable = (s: ReportState) => s === 'chua_mo' || s === 'dang_soan' || s === 'tra_lai';
