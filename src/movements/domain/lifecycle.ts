import type { Workflow } from '../../shared/workflow';

export const MOVEMENT_STATES = ['soan_thao', 'phat_dong', 'so_ket', 'tong_ket', 'ket_thuc'] as const;
export type MovementState = (typeof MOVEMENT_STATES)[number];

/** Soạn thảo → phát động → sơ kết → tổng kết → kết thúc; a launch can be withdrawn with a reason. */
export const MOVEMENT_WORKFLOW: Workflow<MovementState> = {
  name: 'Phong trào thi đua',
  initial: 'soan_thao',
  states: { soan_thao: 'Soạn thảo', phat_dong: 'Phát động', so_ket: 'Sơ kết', tong_ket: 'Tổng kết', ket_thuc: 'Kết thúc' },
  transitions: [
    { from: 'soan_thao', to: 'phat_dong', label: 'Phát động', requiresReason: false },
    { from: 'phat_dong', to: 'soan_thao', label: 'Thu hồi phát động', requiresReason: true },
    { from: 'phat_dong', to: 'so_ket', label: 'Sơ kết', requiresReason: false },
    { from: 'phat_dong', to: 'tong_ket', label: 'Tổng kết', requiresReason: false },
    { from: 'so_ket', to: 'tong_ket', label: 'Tổng kết', requiresReason: false },
    { from: 'tong_ket', to: 'ket_thuc', label: 'Kết thúc', requiresReason: false },
  ],
};

export const MOVEMENT_KINDS = { thuong_xuyen: 'Thường xuyên', chuyen_de: 'Theo chuyên đề, theo đợt' } as const;
export type MovementKind = keyof typeof MOVEMENT_KINDS;
