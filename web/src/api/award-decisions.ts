import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddProposalsBody,
  CandidateProposal,
  CreateDecisionBody,
  DecisionItemInput,
  DecisionItemView,
  DecisionListQuery,
  DecisionSummary,
  DecisionView,
  IssueDecisionBody,
  RevokeDecisionBody,
  UpdateDecisionBody,
} from '../../../src/shared/api/award-decisions';
import { apiDelete, apiGet, apiPatch, apiPost, apiPut } from './client';
import { downloadFile } from './report-editor';

export type { CandidateProposal, DecisionItemInput, DecisionItemView, DecisionSummary, DecisionView };

export function useDecisions(q: DecisionListQuery) {
  return useQuery({ queryKey: ['decisions', 'list', q], queryFn: () => apiGet<{ items: DecisionSummary[] }>('/awards/decisions', { ...q }).then((r) => r.items) });
}

export function useDecision(id: string | undefined) {
  return useQuery({ queryKey: ['decisions', 'detail', id], queryFn: () => apiGet<DecisionView>(`/awards/decisions/${id}`), enabled: !!id });
}

export function useCandidates(unitId: string | null | undefined) {
  return useQuery({ queryKey: ['decisions', 'candidates', unitId], queryFn: () => apiGet<{ items: CandidateProposal[] }>('/awards/decisions/candidates', { unitId: unitId! }).then((r) => r.items), enabled: !!unitId });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: ['decisions'] }), qc.invalidateQueries({ queryKey: ['awards'] }), qc.invalidateQueries({ queryKey: ['certificates'] })]);
}

export function useCreateDecision() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: CreateDecisionBody) => apiPost<DecisionView>('/awards/decisions', b), onSuccess: invalidate });
}

export function useUpdateDecision(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: UpdateDecisionBody) => apiPatch<DecisionView>(`/awards/decisions/${id}`, b), onSuccess: invalidate });
}

export function useSetItems(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: { version: number; items: DecisionItemInput[] }) => apiPut<DecisionView>(`/awards/decisions/${id}/items`, b), onSuccess: invalidate });
}

export function useAddProposals(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: AddProposalsBody) => apiPost<DecisionView>(`/awards/decisions/${id}/proposals`, b), onSuccess: invalidate });
}

export function useIssueDecision(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: IssueDecisionBody) => apiPost<DecisionView>(`/awards/decisions/${id}/issue`, b), onSuccess: invalidate });
}

export function useRevokeDecision(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: RevokeDecisionBody) => apiPost<DecisionView>(`/awards/decisions/${id}/revoke`, b), onSuccess: invalidate });
}

export function useDeleteDecision() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => apiDelete<{ ok: true }>(`/awards/decisions/${id}`), onSuccess: invalidate });
}

export const downloadDecisionDocx = (d: { id: string; number: number | null }) => downloadFile(`/api/awards/decisions/${d.id}/docx`, d.number ? `quyet-dinh-${d.number}.docx` : 'du-thao-quyet-dinh.docx');

/** An item as the list editor sends it back: nominees by their id, typed rows with their fields. */
export function itemInput(i: DecisionItemView): DecisionItemInput {
  if (i.nomineeId) return { nomineeId: i.nomineeId, achievement: i.achievement, positionTitle: i.positionTitle, workplace: i.workplace };
  return {
    subjectId: i.subjectId,
    subjectKind: i.subjectKind,
    fullName: i.fullName,
    positionTitle: i.positionTitle,
    workplace: i.workplace,
    orgUnitId: i.unit.id,
    proposingUnitId: i.proposingUnit.id,
    workerCategory: i.workerCategory,
    awardCode: i.awardCode,
    awardName: i.awardName,
    grade: i.grade,
    level: i.level,
    year: i.year,
    achievement: i.achievement,
  };
}
