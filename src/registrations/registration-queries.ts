import type { Db } from '../app/context';
import type { RegistrationSummary } from '../shared/api/registrations';
import { REGISTRATION_WORKFLOW } from './domain/registration-workflow';

export function summaries(db: Db) {
  return db
    .selectFrom('registration as r')
    .innerJoin('movement as m', 'm.id', 'r.movement_id')
    .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
    .innerJoin('org_unit as ru', 'ru.id', 'r.reviewer_unit_id')
    .leftJoin('registration as c', 'c.id', 'r.combined_into_id')
    .leftJoin('org_unit as cu', 'cu.id', 'c.unit_id')
    .selectAll('r')
    .select((eb) => [
      'm.name as movement_name', 'u.name as unit_name', 'ru.name as reviewer_name', 'cu.name as combined_unit_name',
      eb.selectFrom('registration_commitment as k').whereRef('k.registration_id', '=', 'r.id').select(eb.fn.countAll<string>().as('n')).as('commitment_count'),
    ]);
}
export type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

export function toSummary(r: SummaryRow): RegistrationSummary {
  return {
    id: r.id,
    movement: { id: r.movement_id, name: r.movement_name },
    unit: { id: r.unit_id, name: r.unit_name },
    reviewerUnit: { id: r.reviewer_unit_id, name: r.reviewer_name },
    year: r.year,
    titles: r.titles,
    state: r.state,
    stateLabel: REGISTRATION_WORKFLOW.states[r.state],
    commitmentCount: Number(r.commitment_count ?? 0),
    combinedInto: r.combined_into_id ? { id: r.combined_into_id, name: `Đăng ký của ${r.combined_unit_name ?? ''}` } : null,
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    version: r.version,
  };
}
