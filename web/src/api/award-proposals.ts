import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateProposalBody,
  FindingView,
  NomineeBody,
  NomineeView,
  ProposalDetail,
  ProposalSummary,
  TransitionBody,
  UpdateNomineeBody,
  UpdateProposalBody,
} from '../../../src/shared/api/award-proposals';
import { api, apiGet, apiPatch, apiPost } from './client';

export type { CreateProposalBody, FindingView, NomineeBody, NomineeView, ProposalDetail, ProposalSummary, TransitionBody, UpdateNomineeBody, UpdateProposalBody };
export type AchievementTemplate = NomineeView['template'];

const BASE = '/award-proposals';

export function useProposals(p: { box: 'gui' | 'nhan'; state?: string; year?: number }) {
  return useQuery({
    queryKey: ['award-proposals', 'list', p],
    queryFn: () => apiGet<{ items: ProposalSummary[] }>(BASE, { ...p }).then((r) => r.items),
    placeholderData: keepPreviousData,
  });
}

export function useProposal(id: string | undefined) {
  return useQuery({ queryKey: ['award-proposals', 'one', id], queryFn: () => apiGet<ProposalDetail>(`${BASE}/${id}`), enabled: !!id });
}

/** Awards of the catalogue in force today, for the nominee's award picker. */
export function useCatalogueAwards() {
  return useQuery({
    queryKey: ['awards', 'catalogue-awards'],
    queryFn: () => apiGet<{ awards: { code: string; name: string; subjects: string[]; level: string }[] }>('/awards/catalogue').then((r) => r.awards),
    staleTime: Infinity,
  });
}

/** Every mutation answers with the whole dossier as the server now sees it (with the new check). */
function useDossierMutation<V>(id: string, fn: (v: V) => Promise<ProposalDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (d) => {
      qc.setQueryData(['award-proposals', 'one', id], d);
      void qc.invalidateQueries({ queryKey: ['award-proposals', 'list'] });
    },
  });
}

export function useCreateProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: CreateProposalBody) => apiPost<ProposalDetail>(BASE, b),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['award-proposals', 'list'] }),
  });
}

export const useUpdateProposal = (id: string) => useDossierMutation(id, (b: UpdateProposalBody) => apiPatch<ProposalDetail>(`${BASE}/${id}`, b));
export const useAddNominee = (id: string) => useDossierMutation(id, (b: NomineeBody) => apiPost<ProposalDetail>(`${BASE}/${id}/nominees`, b));
export const useUpdateNominee = (id: string) =>
  useDossierMutation(id, (v: { nomineeId: string; body: UpdateNomineeBody }) => apiPatch<ProposalDetail>(`${BASE}/${id}/nominees/${v.nomineeId}`, v.body));
export const useRemoveNominee = (id: string) =>
  useDossierMutation(id, (v: { nomineeId: string; version: number }) => api<ProposalDetail>(`${BASE}/${id}/nominees/${v.nomineeId}`, { method: 'DELETE', body: { version: v.version } }));
export const useTransitionProposal = (id: string) => useDossierMutation(id, (b: TransitionBody) => apiPost<ProposalDetail>(`${BASE}/${id}/transition`, b));
export const useOverrideProposal = (id: string) => useDossierMutation(id, (b: { version: number; reason: string }) => apiPost<ProposalDetail>(`${BASE}/${id}/override`, b));
export const useUploadAttachment = (id: string) =>
  useDossierMutation(id, (v: { kind: string; nomineeId?: string; file: File }) =>
    api<ProposalDetail>(`${BASE}/${id}/attachments`, { method: 'POST', rawBody: v.file, contentType: 'application/octet-stream', query: { kind: v.kind, fileName: v.file.name, nomineeId: v.nomineeId } }),
  );
export const useRemoveAttachment = (id: string) => useDossierMutation(id, (attachmentId: string) => api<ProposalDetail>(`${BASE}/${id}/attachments/${attachmentId}`, { method: 'DELETE' }));

export const attachmentUrl = (id: string, attachmentId: string) => `/api${BASE}/${id}/attachments/${attachmentId}`;
