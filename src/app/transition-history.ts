import type { Db } from './context';
import type { Workflow } from '../shared/workflow';

export interface TransitionView {
  from: string;
  to: string;
  label: string;
  actorName: string | null;
  reason: string | null;
  at: string;
}

/** The recorded moves of one entity through its workflow, oldest first, labelled with the workflow's verbs. */
export async function transitionHistory<S extends string>(db: Db, entity: string, id: string, wf: Workflow<S>): Promise<TransitionView[]> {
  const rows = await db.selectFrom('workflow_transition').select(['from_state', 'to_state', 'actor_name', 'reason', 'at']).where('entity', '=', entity).where('entity_id', '=', id).orderBy('at').orderBy('id').execute();
  return rows.map((t) => ({
    from: t.from_state,
    to: t.to_state,
    label: wf.transitions.find((x) => x.from === t.from_state && x.to === t.to_state)?.label ?? t.to_state,
    actorName: t.actor_name,
    reason: t.reason,
    at: new Date(t.at).toISOString(),
  }));
}
