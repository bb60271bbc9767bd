import type { ProposalDetail } from '../../shared/api/award-proposals';
import { awardName, isAwardCode, resolveCatalogue, type CatalogueOverrides } from '../domain/catalogue';
import { ROUND_LABELS } from '../registry/award-forms';
import type { TransitionView } from '../../app/transition-history';
import { templateFor } from './domain/achievement-templates';
import { uncoveredBlocking } from './domain/findings';
import type { DossierCheck } from './domain/dossier-check';
import { PROPOSAL_WORKFLOW } from './domain/proposal-workflow';
import { stepsFor } from './domain/proposal-steps';
import type { LoadedProposal } from './proposal-access';
import type { NomineeRow, attachmentsOf } from './proposal-queries';

export const BASIS_LABELS = { phong_trao: 'Theo phong trào thi đua', nam: 'Tổng kết năm', dot_xuat: 'Đột xuất' } as const;
export const NOMINEE_STATE_LABELS = { dang_xet: 'Đang xét', tra_lai: 'Bị trả lại', dat: 'Được đề nghị', khong_dat: 'Không được đề nghị', chuyen_cap_tren: 'Đã trình cấp trên' } as const;
export const ATTACHMENT_LABELS = { to_trinh: 'Tờ trình', bien_ban_hoi_dong: 'Biên bản họp Hội đồng TĐKT', bao_cao_thanh_tich: 'Báo cáo thành tích', xac_nhan: 'Văn bản xác nhận, hiệp y', khac: 'Tài liệu khác' } as const;

const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function nomineeView(n: NomineeRow, p: Pick<LoadedProposal, 'round_kind' | 'may'>): ProposalDetail['nominees'][number] {
  return {
    id: n.id,
    position: n.position,
    subjectId: n.subject_id,
    subjectKind: n.subject_kind,
    fullName: n.full_name,
    gender: n.gender,
    positionTitle: n.position_title,
    workplace: n.workplace,
    orgUnit: { id: n.org_unit_id, name: n.unit_name },
    workerCategory: n.worker_category,
    isDirectWorker: n.is_direct_worker,
    awardCode: n.award_code,
    awardName: isAwardCode(n.award_code) ? awardName(n.award_code) : n.award_code,
    grade: n.grade,
    achievement: n.achievement ?? { sections: {} },
    history: n.history ?? null,
    state: n.state,
    stateLabel: NOMINEE_STATE_LABELS[n.state],
    returnReason: n.return_reason,
    councilResult: n.council_result,
    awardRecordId: n.award_record_id,
    personal: p.may.seePersonal ? { birthYear: n.birth_year, birthDate: n.birth_date, idNumber: n.id_number } : null,
    template: templateFor(n.subject_kind, p.round_kind),
    version: n.version,
  };
}

export function checkView(check: DossierCheck | null, overridden: string[] | null): ProposalDetail['check'] {
  if (!check) return null;
  return { ...check, uncovered: uncoveredBlocking(check.findings, overridden).length };
}

export function proposalDetailView(
  p: LoadedProposal,
  parts: {
    nominees: NomineeRow[];
    attachments: Awaited<ReturnType<typeof attachmentsOf>>;
    history: TransitionView[];
    forwardedFrom: { id: string; name: string } | null;
    forwardedTo: { id: string; name: string }[];
    /** The receiving body's settings: the quotas shown are the ones the check applied. */
    overrides?: CatalogueOverrides[];
  },
): ProposalDetail {
  const check = p.check_result as DossierCheck | null;
  const overridden = (p.override_findings as string[] | null) ?? null;
  const catalogue = resolveCatalogue(check?.date ?? new Date().toISOString().slice(0, 10), parts.overrides?.length ? parts.overrides : undefined);
  return {
    id: p.id,
    title: p.title,
    basis: p.basis,
    basisLabel: BASIS_LABELS[p.basis],
    year: p.year,
    roundKind: p.round_kind,
    roundLabel: ROUND_LABELS[p.round_kind],
    state: p.state,
    stateLabel: PROPOSAL_WORKFLOW.states[p.state],
    proposingUnit: { id: p.proposing_unit_id, name: p.proposing_name },
    receivingUnit: { id: p.receiving_unit_id, name: p.receiving_name },
    movement: p.movement_id ? { id: p.movement_id, name: p.movement_name ?? '' } : null,
    nomineeCount: parts.nominees.length,
    blocking: check ? uncoveredBlocking(check.findings, overridden).length : 0,
    submittedAt: iso(p.submitted_at),
    updatedAt: iso(p.updated_at)!,
    createdAt: iso(p.created_at)!,
    documentNumber: p.document_number,
    documentDate: p.document_date,
    publicFrom: p.public_from,
    publicUntil: p.public_until,
    quotaBases: (p.quota_bases as Record<string, number> | null) ?? {},
    quotas: catalogue.quotas.map((q) => ({ code: q.code, label: q.label, base: q.base, maxPercent: q.maxPercent.value, localSetting: q.maxPercent.localSetting, citation: q.citation })),
    forwardedFrom: parts.forwardedFrom,
    forwardedTo: parts.forwardedTo,
    override: p.override_reason && p.override_at ? { reason: p.override_reason, by: p.override_by_name ?? null, at: iso(p.override_at)! } : null,
    check: checkView(check, overridden),
    checkedAt: iso(p.checked_at),
    nominees: parts.nominees.map((n) => nomineeView(n, p)),
    attachments: parts.attachments.map((a) => ({
      id: a.id,
      kind: a.kind,
      kindLabel: ATTACHMENT_LABELS[a.kind],
      nomineeId: a.nominee_id,
      fileName: a.file_name,
      mime: a.mime,
      size: a.size,
      sha256: a.sha256,
      uploadedAt: iso(a.uploaded_at)!,
    })),
    history: parts.history,
    may: p.may,
    actions: stepsFor(p.state, p.may).map((t) => ({ to: t.to, label: t.label, requiresReason: t.requiresReason })),
    version: p.version,
  };
}
