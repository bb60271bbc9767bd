import type { RecordView, SubjectSummary } from '../../shared/api/awards-registry';
import { formOfCode, LEVEL_LABELS, ROUND_LABELS, SUBJECT_KIND_LABELS } from './award-forms';
import type { RecordRow, SubjectRow } from './subject-queries';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function personalOf(r: { birth_year: number | null; birth_date: string | null; id_number: string | null }, visible: boolean): SubjectSummary['personal'] {
  return visible ? { birthYear: r.birth_year, birthDate: r.birth_date, idNumber: r.id_number } : null;
}

export function subjectSummaryView(r: SubjectRow, showPersonal: boolean): SubjectSummary {
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: SUBJECT_KIND_LABELS[r.kind],
    fullName: r.full_name,
    position: r.position,
    workplace: r.workplace,
    unit: { id: r.org_unit_id, name: r.unit_name },
    awardCount: r.award_count,
    latestAward: r.latest_name !== null && r.latest_year !== null ? { name: r.latest_name, year: r.latest_year } : null,
    personal: personalOf(r, showPersonal),
  };
}

export function recordView(r: RecordRow): RecordView {
  return {
    id: r.id,
    subjectId: r.subject_id,
    awardCode: r.award_code,
    awardName: r.award_name,
    category: formOfCode(r.award_code)?.category ?? null,
    grade: r.grade,
    level: r.level,
    levelLabel: LEVEL_LABELS[r.level],
    year: r.year,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    decidingAuthority: r.deciding_authority,
    movement: r.movement_id && r.movement_name ? { id: r.movement_id, name: r.movement_name } : null,
    roundKind: r.round_kind,
    roundLabel: ROUND_LABELS[r.round_kind],
    unit: { id: r.org_unit_id, name: r.unit_name },
    source: r.source,
    note: r.note,
    createdAt: iso(r.created_at),
    revoked: r.revoked_at ? { at: iso(r.revoked_at), reason: r.revoke_reason ?? '', basis: r.revoke_basis } : null,
  };
}
