import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { allowedTransitions, checkTransition } from '../../shared/workflow';
import { MOVEMENT_STATES, MOVEMENT_WORKFLOW } from './lifecycle';
import { assertLaunchable, assertPeriod, assertWithinParent, launchProblems } from './movement-rules';

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
};

describe('movement lifecycle as data', () => {
  it('runs soạn thảo → phát động → sơ kết → tổng kết → kết thúc', () => {
    const path = ['soan_thao', 'phat_dong', 'so_ket', 'tong_ket', 'ket_thuc'] as const;
    for (let i = 0; i + 1 < path.length; i++) expect(checkTransition(MOVEMENT_WORKFLOW, path[i]!, path[i + 1]!).to).toBe(path[i + 1]);
  });

  it('names every state and reaches every state from the initial one', () => {
    for (const s of MOVEMENT_STATES) expect(MOVEMENT_WORKFLOW.states[s]).toMatch(/[À-ỹ]/u);
    const seen = new Set([MOVEMENT_WORKFLOW.initial]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of MOVEMENT_WORKFLOW.transitions) if (seen.has(t.from) && !seen.has(t.to)) (seen.add(t.to), (changed = true));
    }
    expect([...seen].sort()).toEqual([...MOVEMENT_STATES].sort());
  });

  it('refuses skipping and leaving the final state, listing what is possible', () => {
    const e = errorOf(() => checkTransition(MOVEMENT_WORKFLOW, 'phat_dong', 'ket_thuc'));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain('"Phát động"');
    expect(e.message).toContain('"Sơ kết"');
    expect(errorOf(() => checkTransition(MOVEMENT_WORKFLOW, 'ket_thuc', 'soan_thao')).message).toContain('trạng thái cuối');
    expect(allowedTransitions(MOVEMENT_WORKFLOW, 'ket_thuc')).toEqual([]);
  });

  it('requires a reason to withdraw a launch', () => {
    expect(errorOf(() => checkTransition(MOVEMENT_WORKFLOW, 'phat_dong', 'soan_thao', '  ')).code).toBe('VALIDATION');
    expect(checkTransition(MOVEMENT_WORKFLOW, 'phat_dong', 'soan_thao', 'Sửa tiêu chí').requiresReason).toBe(true);
  });
});

describe('movement rules', () => {
  it('checks the period and the parent period with inclusive ends', () => {
    expect(() => assertPeriod({ periodFrom: '2025-01-02', periodTo: '2025-01-01' })).toThrow(AppError);
    expect(() => assertPeriod({ periodFrom: '2025-01-01', periodTo: '2025-01-01' })).not.toThrow();
    const parent = { name: 'Cả nước chung sức xây dựng nông thôn mới', periodFrom: '2021-01-01', periodTo: '2025-12-31' };
    expect(() => assertWithinParent({ periodFrom: '2021-01-01', periodTo: '2025-12-31' }, parent)).not.toThrow();
    expect(errorOf(() => assertWithinParent({ periodFrom: '2022-10-25', periodTo: '2026-01-01' }, parent)).message).toContain('1/1/2021–31/12/2025');
  });

  it('lists everything missing before a launch', () => {
    expect(launchProblems({ name: 'X', periodFrom: '2026-01-01', periodTo: '2026-12-31', criteria: [], scopeCount: 0 })).toHaveLength(2);
    expect(launchProblems({ name: 'X', periodFrom: '2026-01-01', periodTo: '2026-12-31', criteria: [{ text: ' ', mandatory: true }], scopeCount: 1 })).toEqual(['có tiêu chí để trống nội dung']);
    expect(() => assertLaunchable({ name: 'X', periodFrom: '2026-01-01', periodTo: '2026-12-31', criteria: [{ text: 'A', mandatory: false }], scopeCount: 1 })).not.toThrow();
  });
});
