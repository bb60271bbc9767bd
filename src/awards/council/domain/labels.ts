import type { BallotChoice, CouncilRole, CouncilSessionState } from '../../../db/schema-council';
import type { Fraction, VoteRule } from './vote-rule';

export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chu_tich: 'Chủ tịch',
  pho_chu_tich: 'Phó Chủ tịch',
  uy_vien_thuong_truc: 'Ủy viên thường trực',
  uy_vien: 'Ủy viên',
  thu_ky: 'Thư ký',
};

/** Order in which the minutes and member lists name people. */
export const COUNCIL_ROLE_ORDER: readonly CouncilRole[] = ['chu_tich', 'pho_chu_tich', 'uy_vien_thuong_truc', 'uy_vien', 'thu_ky'];

export const SESSION_STATE_LABELS: Record<CouncilSessionState, string> = {
  du_thao: 'Dự thảo',
  dang_bieu_quyet: 'Đang biểu quyết',
  da_dong: 'Đã kết thúc',
};

export const CHOICE_LABELS: Record<BallotChoice, string> = { dong_y: 'Đồng ý', khong_dong_y: 'Không đồng ý' };

/** 14/15 → "93,33%"; a share of nothing is printed as a dash. */
export function formatRatio(value: number, of: number): string {
  if (of <= 0) return '—';
  const pct = Math.round((value * 10000) / of) / 100;
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(pct)}%`;
}

/** 2/3 stays a fraction; a hundredth is printed as a percentage (90/100 → "90%"), 1/2 as "1/2". */
export function fractionText(f: Fraction): string {
  if (f.den === 100) return `${new Intl.NumberFormat('vi-VN').format(f.num)}%`;
  return `${f.num}/${f.den}`;
}

export function ruleThresholdText(rule: Pick<VoteRule, 'threshold' | 'strict' | 'base'>): string {
  const of = rule.base === 'tong_so' ? 'tổng số thành viên' : 'số thành viên tham gia biểu quyết';
  if (rule.strict && rule.threshold.num * 2 === rule.threshold.den) return `quá bán (trên 1/2) ${of}`;
  return `${rule.strict ? 'trên' : 'từ'} ${fractionText(rule.threshold)} ${of}${rule.strict ? '' : ' trở lên'}`;
}

export function ruleText(rule: VoteRule): string {
  return `Có mặt từ ${fractionText(rule.quorum)} thành viên; đồng ý ${ruleThresholdText(rule)}; ${rule.secret ? 'bỏ phiếu kín' : 'biểu quyết công khai'}.`;
}
