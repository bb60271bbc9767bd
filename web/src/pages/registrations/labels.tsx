import { Tag } from 'antd';
import { REGISTRATION_STATES, REGISTRATION_WORKFLOW } from '../../../../src/registrations/domain/registration-workflow';
import { formatViNumber } from '../../../../src/indicators/domain/vi-number';
import type { RegistrationState } from '../../api/registrations';

/** Tag colours and the matching chart colours: grey while the unit holds it, amber while waiting, red when sent back, green once approved. */
const STATE_STYLE: Record<RegistrationState, { tag: string; chart: string }> = {
  chua_gui: { tag: 'default', chart: '#bfbfbf' },
  cho_duyet: { tag: 'gold', chart: '#faad14' },
  tra_lai: { tag: 'red', chart: '#ff4d4f' },
  da_duyet: { tag: 'green', chart: '#52c41a' },
};

export const STATES = REGISTRATION_STATES;

/** Label of a state as the workflow names it; history rows carry states as plain strings. */
export function stateLabel(s: string): string {
  return (REGISTRATION_WORKFLOW.states as Record<string, string>)[s] ?? s;
}

export const stateChartColor = (s: RegistrationState) => STATE_STYLE[s].chart;

export function RegistrationStateTag({ state }: { state: string }) {
  const color = (STATE_STYLE as Record<string, { tag: string }>)[state]?.tag ?? 'default';
  return <Tag color={color}>{stateLabel(state)}</Tag>;
}

export const STATE_OPTIONS = STATES.map((s) => ({ value: s, label: stateLabel(s) }));

/** Titles units most often register for, offered as suggestions; any other title can be typed. */
export const TITLE_SUGGESTIONS = [
  'Cờ thi đua của Chính phủ',
  'Bằng khen của Thủ tướng Chính phủ',
  'Cờ thi đua của Ủy ban nhân dân tỉnh',
  'Cờ thi đua của Ủy ban nhân dân thành phố',
  'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  'Bằng khen của Chủ tịch Ủy ban nhân dân thành phố',
  'Tập thể lao động xuất sắc',
  'Tập thể lao động tiên tiến',
  'Huân chương Lao động hạng Ba',
];

/** "1.400.000.000 đồng"; "—" when the commitment has no figure. */
export function targetText(target: number | null, unitOfMeasure?: string | null): string {
  if (target === null) return '—';
  return unitOfMeasure ? `${formatViNumber(target)} ${unitOfMeasure}` : formatViNumber(target);
}
