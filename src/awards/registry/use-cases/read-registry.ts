import { eligibilityOutlook } from '../eligibility-outlook';
import type { Ctx } from '../../../app/context';
import { authorize, scopeRoots } from '../../../access/authorize';
import { notFound } from '../../../shared/errors';
import type { SearchSubjectsQuery, SubjectProfile } from '../../../shared/api/awards-registry';
import { SUBJECT_KIND_LABELS, WORKER_LABELS } from '../award-forms';
import { mayOnUnit, registryUnits, unitDay } from '../registry-scope';
import { findSubject, findSubjects, recordsOf } from '../subject-queries';
import { personalOf, recordView, subjectSummaryView } from '../views';

/** Units whose registry the actor manages today (null = the whole country), to decide who sees personal data. */
export async function manageScope(ctx: Ctx): Promise<Set<string> | null> {
  const roots = scopeRoots(ctx, 'award.manage');
  if (roots.length === 0) return new Set();
  const units = await registryUnits(ctx.db, roots.map((id) => ({ id, day: ctx.today })));
  return units.national ? null : new Set(units.branchOf.keys());
}

export async function searchRegistry(ctx: Ctx, q: SearchSubjectsQuery) {
  await authorize(ctx, 'award.read', { unitId: null, mode: 'read' });
  let unitIds: string[] | null = null;
  if (q.unitId) {
    const root = await unitDay(ctx.db, q.unitId, ctx.today);
    if (!root) throw notFound('Đơn vị');
    const units = await registryUnits(ctx.db, [root]);
    unitIds = units.national ? null : [...units.branchOf.keys()];
  }
  const found = await findSubjects(ctx.db, { ...q, unitIds });
  // Personal data never appears in a list for someone who does not manage that unit's registry.
  const managed = found.rows.length ? await manageScope(ctx) : new Set<string>();
  return {
    items: found.rows.map((r) => subjectSummaryView(r, managed === null || managed.has(r.org_unit_id))),
    total: found.total,
    totalCapped: found.capped,
  };
}

export async function getSubjectProfile(ctx: Ctx, id: string): Promise<SubjectProfile> {
  await authorize(ctx, 'award.read', { unitId: null, mode: 'read', what: 'Đối tượng khen thưởng' });
  const s = await findSubject(ctx.db, id);
  if (!s) throw notFound('Đối tượng khen thưởng');
  const canManage = await mayOnUnit(ctx, 'award.manage', s.org_unit_id);
  const records = (await recordsOf(ctx.db, [id])).map(recordView);
  const active = records.filter((r) => !r.revoked);
  const latest = active[active.length - 1];
  return {
    id: s.id,
    kind: s.kind,
    kindLabel: SUBJECT_KIND_LABELS[s.kind],
    fullName: s.full_name,
    position: s.position,
    workplace: s.workplace,
    unit: { id: s.org_unit_id, name: s.unit_name },
    awardCount: active.length,
    latestAward: latest ? { name: latest.awardName, year: latest.year } : null,
    personal: personalOf(s, canManage),
    gender: s.gender,
    workerCategory: s.worker_category,
    workerLabel: s.worker_category ? WORKER_LABELS[s.worker_category] : null,
    isDirectWorker: s.is_direct_worker,
    note: s.note,
    canManage,
    version: s.version,
    records,
    outlook: eligibilityOutlook({ kind: s.kind, fullName: s.full_name }, records, ctx.today).map((r) => ({
      award: r.award,
      awardName: r.awardName,
      eligible: r.eligible,
      needsManualReview: r.needsManualReview,
      nextEligibleYear: r.nextEligibleYear ?? null,
      reasons: r.reasons.map((x) => ({ ok: x.ok, message: x.message, verify: !!x.verify, localSetting: !!x.localSetting })),
    })),
  };
}
