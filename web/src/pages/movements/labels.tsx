import { Tag } from 'antd';
import { formatViDate } from '../../../../src/shared/vi-date';
import { MOVEMENT_KINDS, MOVEMENT_STATES, MOVEMENT_WORKFLOW } from '../../../../src/movements/domain/lifecycle';
import type { MovementKind, MovementState } from '../../api/movements';

// Colours follow the life of a movement: grey while drafting, live while running, calm once closed.
const STATE_COLORS: Record<MovementState, string> = {
  soan_thao: 'default',
  phat_dong: 'green',
  so_ket: 'blue',
  tong_ket: 'purple',
  ket_thuc: 'volcano',
};

/** Name of a state as the workflow calls it; history rows may carry states as plain strings. */
export function stateLabel(s: string): string {
  return (MOVEMENT_WORKFLOW.states as Record<string, string>)[s] ?? s;
}

export function MovementStateTag({ state }: { state: string }) {
  const color = (STATE_COLORS as Record<string, string>)[state] ?? 'default';
  return <Tag color={color}>{stateLabel(state)}</Tag>;
}

export const STATE_OPTIONS = MOVEMENT_STATES.map((s) => ({ value: s, label: stateLabel(s) }));

export const KIND_OPTIONS = (Object.keys(MOVEMENT_KINDS) as MovementKind[]).map((k) => ({ value: k, label: MOVEMENT_KINDS[k] }));

/** "1/1/2021 – 31/12/2025" */
export const periodText = (from: string, to: string) => `${formatViDate(from)} – ${formatViDate(to)}`;
