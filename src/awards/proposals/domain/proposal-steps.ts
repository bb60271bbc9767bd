/**
 * Who takes each step of a dossier, and what must hold before it: the proposing unit sends; the
 * receiving body takes in, appraises, returns, publishes, puts to its council and forwards; the
 * council and decision modules move the rest through `moveProposal` themselves.
 */
import { allowedTransitions, type TransitionRule } from '../../../shared/workflow';
import { PROPOSAL_WORKFLOW, type ProposalState } from './proposal-workflow';

export type StepActor = 'proposer' | 'reviewer' | 'council' | 'decision';

const ACTOR_OF: Record<ProposalState, StepActor> = {
  soan: 'proposer',
  gui: 'proposer',
  tiep_nhan: 'reviewer',
  tham_dinh: 'reviewer',
  tra_lai: 'reviewer',
  lay_y_kien: 'reviewer',
  trinh_hoi_dong: 'reviewer',
  chuyen_cap_tren: 'reviewer',
  bieu_quyet: 'council',
  trinh_ky: 'council',
  quyet_dinh: 'decision',
};

export const stepActor = (to: ProposalState): StepActor => ACTOR_OF[to];

/** The proposing unit edits its dossier only while it holds it. */
export const EDITABLE_STATES: ReadonlySet<ProposalState> = new Set(['soan', 'tra_lai']);
/** States in which the dossier still competes for an award (for duplicates across dossiers). */
export const OPEN_STATES: readonly ProposalState[] = ['soan', 'gui', 'tiep_nhan', 'tham_dinh', 'tra_lai', 'lay_y_kien', 'trinh_hoi_dong', 'bieu_quyet', 'trinh_ky'];

/** The steps this actor may take now, given which side of the dossier they are on. */
export function stepsFor(state: ProposalState, may: { edit: boolean; review: boolean }): TransitionRule<ProposalState>[] {
  return allowedTransitions(PROPOSAL_WORKFLOW, state).filter((t) => {
    const who = stepActor(t.to);
    return (who === 'proposer' && may.edit) || (who === 'reviewer' && may.review);
  });
}

export interface ForwardPlan {
  /** Nominees sent on to the level above. */
  forward: string[];
  /** Whether nothing is left for the receiving body to decide, so the dossier itself ends as forwarded. */
  closesDossier: boolean;
}

/**
 * Which nominees go up: those still considered whose award is above the receiving body. A nominee
 * the council refused stays behind.
 */
export function planForward(nominees: { id: string; active: boolean; routing: string; councilRefused: boolean }[]): ForwardPlan {
  const live = nominees.filter((n) => n.active && !n.councilRefused);
  const forward = live.filter((n) => n.routing === 'forward').map((n) => n.id);
  return { forward, closesDossier: forward.length > 0 && forward.length === live.length };
}
