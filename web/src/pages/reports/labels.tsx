import { CheckCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { formatViDate } from '../../../../src/shared/vi-date';
import type { CampaignState, OutlineSection, RecipientStatus } from '../../api/reports';

const CAMPAIGN_STATES: Record<CampaignState, { label: string; color: string }> = {
  soan_thao: { label: 'Soạn thảo', color: 'default' },
  dang_mo: { label: 'Đang nhận báo cáo', color: 'green' },
  da_dong: { label: 'Đã đóng', color: 'volcano' },
};

export const CAMPAIGN_STATE_OPTIONS = (Object.keys(CAMPAIGN_STATES) as CampaignState[]).map((s) => ({ value: s, label: CAMPAIGN_STATES[s].label }));

export const isCampaignState = (s: string | null): s is CampaignState => !!s && s in CAMPAIGN_STATES;

/** Label of a campaign state; history rows carry states as plain strings. */
export function campaignStateLabel(s: string): string {
  return (CAMPAIGN_STATES as Record<string, { label: string }>)[s]?.label ?? s;
}

export const campaignStateColor = (s: string) => (CAMPAIGN_STATES as Record<string, { color: string }>)[s]?.color ?? 'default';

/** The server's own label wins (it may word a state more precisely); ours covers history rows. */
export function CampaignStateTag({ state, label }: { state: string; label?: string }) {
  return <Tag color={campaignStateColor(state)}>{label ?? campaignStateLabel(state)}</Tag>;
}

/** Grey until the unit opens it, blue while it writes, green / orange once sent (on time / late), red when sent back, purple once accepted. */
const RECIPIENT_STATUS: Record<RecipientStatus, { label: string; color: string; chart: string }> = {
  chua_mo: { label: 'Chưa mở', color: 'default', chart: '#bfbfbf' },
  dang_soan: { label: 'Đang soạn', color: 'blue', chart: '#1677ff' },
  nop_dung_han: { label: 'Nộp đúng hạn', color: 'green', chart: '#52c41a' },
  nop_muon: { label: 'Nộp muộn', color: 'orange', chart: '#fa8c16' },
  tra_lai: { label: 'Bị trả lại', color: 'red', chart: '#ff4d4f' },
  da_duyet: { label: 'Đã duyệt', color: 'purple', chart: '#722ed1' },
};

export const RECIPIENT_STATUS_OPTIONS = (Object.keys(RECIPIENT_STATUS) as RecipientStatus[]).map((s) => ({ value: s, label: RECIPIENT_STATUS[s].label }));

export function RecipientStatusTag({ status, label }: { status: string; label?: string }) {
  const s = (RECIPIENT_STATUS as Record<string, { label: string; color: string }>)[status];
  return (
    <Tag color={s?.color ?? 'default'} icon={status === 'da_duyet' ? <CheckCircleOutlined /> : undefined}>
      {label ?? s?.label ?? status}
    </Tag>
  );
}

export const SECTION_KINDS: Record<OutlineSection['kind'], string> = {
  narrative: 'Tự luận',
  indicator_table: 'Bảng chỉ tiêu',
  list: 'Danh sách có cột',
};

export const SECTION_KIND_OPTIONS = (Object.keys(SECTION_KINDS) as OutlineSection['kind'][]).map((k) => ({ value: k, label: SECTION_KINDS[k] }));

/** "28/6/2024 (còn 5 ngày)" relative to today; "quá hạn" once past. */
export function daysLeftText(deadline: string, today: string): { text: string; overdue: boolean; soon: boolean } {
  const days = Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days > 0) return { text: `còn ${days} ngày`, overdue: false, soon: days <= 3 };
  if (days === 0) return { text: 'hạn chót hôm nay', overdue: false, soon: true };
  return { text: `quá hạn ${-days} ngày`, overdue: true, soon: false };
}

/** "30/9/2023, gia hạn thêm 5 ngày" */
export function deadlineText(deadline: string, graceDays: number): string {
  return graceDays > 0 ? `${formatViDate(deadline)}, gia hạn thêm ${graceDays} ngày` : formatViDate(deadline);
}

/** "đã nộp 3/12, đúng hạn 2, đã duyệt 1" */
export function progressText(t: { expected: number; submitted: number; onTime: number; accepted: number }): string {
  return `đã nộp ${t.submitted}/${t.expected}, đúng hạn ${t.onTime}, đã duyệt ${t.accepted}`;
}

/** "45,5%" (Vietnamese decimal comma); "—" when nothing is expected. */
export function percentText(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const p = Math.round((part / whole) * 1000) / 10;
  return `${p.toLocaleString('vi-VN')}%`;
}
