import { useRegistrationOverview, useRegistrations, type RegistrationListParams, type RegistrationOverview, type RegistrationSummary } from '../../api/registrations';
import { STATES, stateLabel } from './labels';

/** The /overview answer computed from a list, for filters the endpoint does not take. */
function tally(items: RegistrationSummary[]): RegistrationOverview {
  const byReviewer = new Map<string, RegistrationOverview['byReviewer'][number]>();
  for (const i of items) {
    const e = byReviewer.get(i.reviewerUnit.id) ?? { reviewerUnit: i.reviewerUnit, counts: {} };
    e.counts[i.state] = (e.counts[i.state] ?? 0) + 1;
    byReviewer.set(i.reviewerUnit.id, e);
  }
  return {
    byState: STATES.map((s) => ({ state: s, label: stateLabel(s), count: items.filter((i) => i.state === s).length })),
    byReviewer: [...byReviewer.values()],
  };
}

/**
 * /overview filters by movement and year only; with a unit or "cần tôi duyệt" filter the counts come from
 * the list (without the state filter, which the card shows as a highlight instead).
 */
export function useOverview(f: RegistrationListParams) {
  const narrowed = !!f.unitId || !!f.toReview;
  const server = useRegistrationOverview({ movementId: f.movementId, year: f.year }, !narrowed);
  const list = useRegistrations({ ...f, state: undefined }, narrowed);
  if (!narrowed) return { data: server.data, isPending: server.isPending, error: server.error };
  return { data: list.data && tally(list.data), isPending: list.isPending, error: list.error };
}
