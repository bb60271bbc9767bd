import { AppError } from './errors';

/**
 * A workflow written as data: which state may follow which, under what name, and whether a
 * reason must be given. Every use-case that moves an entity through a workflow asks it first.
 */
export interface TransitionRule<S extends string> {
  from: S;
  to: S;
  /** The verb shown on the button and in the history ("Phát động", "Trả lại"). */
  label: string;
  requiresReason: boolean;
}

export interface Workflow<S extends string> {
  name: string;
  initial: S;
  states: Record<S, string>;
  transitions: readonly TransitionRule<S>[];
}

export function allowedTransitions<S extends string>(wf: Workflow<S>, from: S): TransitionRule<S>[] {
  return wf.transitions.filter((t) => t.from === from);
}

/** The rule for from → to, or a Vietnamese error naming the states and what is possible instead. */
export function checkTransition<S extends string>(wf: Workflow<S>, from: S, to: S, reason?: string | null): TransitionRule<S> {
  const rule = wf.transitions.find((t) => t.from === from && t.to === to);
  if (!rule) {
    const next = allowedTransitions(wf, from).map((t) => `"${wf.states[t.to]}"`);
    throw new AppError(
      'CONFLICT',
      `${wf.name} đang ở trạng thái "${wf.states[from]}", không thể chuyển sang "${wf.states[to]}".` +
        (next.length ? ` Có thể chuyển sang: ${next.join(', ')}.` : ' Đây là trạng thái cuối.'),
    );
  }
  if (rule.requiresReason && !reason?.trim()) {
    throw new AppError('VALIDATION', `Cần ghi rõ lý do khi ${rule.label.toLowerCase()}.`, [{ path: 'reason', message: 'Nhập lý do.' }]);
  }
  return rule;
}
