import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CampaignDetail,
  CampaignStateName,
  CampaignSummary,
  OutlineDetail,
  OutlineImportResponse,
  OutlineSummary,
  OutlineVersionView,
  RecipientStatus,
  RecipientView,
  ReportSummary,
  createCampaignBody,
  createOutlineBody,
  lockExceptionBody,
  newOutlineVersionBody,
  outlineSectionSchema,
  outlineTreeSchema,
  remindBody,
  remindResponse,
  transitionCampaignBody,
  updateCampaignBody,
} from '../../../src/shared/api/reports';
import { api, apiGet, apiPatch, apiPost, apiPut } from './client';
import { notificationsKey } from './movements';

export type {
  CampaignDetail,
  CampaignSummary,
  OutlineDetail,
  OutlineImportResponse,
  OutlineSummary,
  OutlineVersionView,
  RecipientStatus,
  RecipientView,
  ReportSummary,
};
export type CampaignState = CampaignStateName;
export type OutlineTree = z.infer<typeof outlineTreeSchema>;
export type OutlineSection = z.infer<typeof outlineSectionSchema>;
export type CreateOutlineBody = z.input<typeof createOutlineBody>;
export type NewOutlineVersionBody = z.input<typeof newOutlineVersionBody>;
export type CreateCampaignBody = z.input<typeof createCampaignBody>;
export type UpdateCampaignBody = z.input<typeof updateCampaignBody>;
export type TransitionCampaignBody = z.input<typeof transitionCampaignBody>;
export type RemindBody = z.input<typeof remindBody>;
export type RemindResponse = z.infer<typeof remindResponse>;
export type LockExceptionBody = z.input<typeof lockExceptionBody>;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// ---- Outlines (đề cương) ---------------------------------------------------------------------

export function useOutlines() {
  return useQuery({
    queryKey: ['outlines', 'list'],
    queryFn: () => apiGet<{ items: OutlineSummary[] }>('/outlines').then((r) => r.items),
    placeholderData: keepPreviousData,
  });
}

export function useOutline(id: string | undefined | null) {
  return useQuery({
    queryKey: ['outlines', 'detail', id],
    queryFn: () => apiGet<OutlineDetail>(`/outlines/${id}`),
    enabled: !!id,
  });
}

/** A saved version never changes (edits make a new one), so it is cached for long. */
export function useOutlineVersion(id: string | undefined | null) {
  return useQuery({
    queryKey: ['outline-versions', id],
    queryFn: () => apiGet<OutlineVersionView>(`/outline-versions/${id}`),
    enabled: !!id,
    staleTime: 30 * 60_000,
  });
}

function useOutlineSaved() {
  const qc = useQueryClient();
  return (saved: OutlineDetail) => {
    qc.setQueryData(['outlines', 'detail', saved.id], saved);
    return qc.invalidateQueries({ queryKey: ['outlines', 'list'] });
  };
}

export function useCreateOutline() {
  const saved = useOutlineSaved();
  return useMutation({ mutationFn: (b: CreateOutlineBody) => apiPost<OutlineDetail>('/outlines', b), onSuccess: saved });
}

export function useNewOutlineVersion(id: string) {
  const saved = useOutlineSaved();
  return useMutation({ mutationFn: (b: NewOutlineVersionBody) => apiPost<OutlineDetail>(`/outlines/${id}/versions`, b), onSuccess: saved });
}

/** Parses a pasted outline; nothing is saved until the reviewed tree is sent to POST /outlines. */
export function useImportOutlineText() {
  return useMutation({ mutationFn: (text: string) => apiPost<OutlineImportResponse>('/outlines/import-text', { text }) });
}

export function useImportOutlineDocx() {
  return useMutation({
    mutationFn: (file: Blob) => api<OutlineImportResponse>('/outlines/import-docx', { method: 'POST', rawBody: file, contentType: DOCX_TYPE }),
  });
}

// ---- Campaigns (yêu cầu báo cáo) -------------------------------------------------------------

export interface CampaignListParams {
  state?: CampaignState;
  requesterUnitId?: string;
}

export function useCampaigns(p: CampaignListParams = {}) {
  return useQuery({
    queryKey: ['campaigns', 'list', p.state ?? null, p.requesterUnitId ?? null],
    queryFn: () => apiGet<{ items: CampaignSummary[] }>('/campaigns', { state: p.state, requesterUnitId: p.requesterUnitId }).then((r) => r.items),
    placeholderData: keepPreviousData,
  });
}

export function useCampaign(id: string | undefined) {
  return useQuery({
    queryKey: ['campaigns', 'detail', id],
    queryFn: () => apiGet<CampaignDetail>(`/campaigns/${id}`),
    enabled: !!id,
  });
}

/** A campaign change shows in the lists, in the recipients' reports and (on opening, reminding) in their notifications. */
function useCampaignSaved() {
  const qc = useQueryClient();
  return (saved: CampaignDetail) => {
    qc.setQueryData(['campaigns', 'detail', saved.id], saved);
    return Promise.all([
      qc.invalidateQueries({ queryKey: ['campaigns', 'list'] }),
      qc.invalidateQueries({ queryKey: ['reports'] }),
      qc.invalidateQueries({ queryKey: notificationsKey }),
    ]);
  };
}

export function useCreateCampaign() {
  const saved = useCampaignSaved();
  return useMutation({ mutationFn: (b: CreateCampaignBody) => apiPost<CampaignDetail>('/campaigns', b), onSuccess: saved });
}

export function useUpdateCampaign(id: string) {
  const saved = useCampaignSaved();
  return useMutation({ mutationFn: (b: UpdateCampaignBody) => apiPatch<CampaignDetail>(`/campaigns/${id}`, b), onSuccess: saved });
}

export function useTransitionCampaign(id: string) {
  const saved = useCampaignSaved();
  return useMutation({ mutationFn: (b: TransitionCampaignBody) => apiPost<CampaignDetail>(`/campaigns/${id}/transition`, b), onSuccess: saved });
}

export function useRemind(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: RemindBody) => apiPost<RemindResponse>(`/campaigns/${id}/remind`, b),
    // lastRemindedAt changes on the recipients.
    onSuccess: () => qc.invalidateQueries({ queryKey: ['campaigns', 'detail', id] }),
  });
}

export function useLockException(id: string) {
  const saved = useCampaignSaved();
  return useMutation({
    mutationFn: ({ unitId, until }: { unitId: string; until: string | null }) =>
      apiPut<CampaignDetail>(`/campaigns/${id}/recipients/${unitId}/exception`, { until } satisfies LockExceptionBody),
    onSuccess: saved,
  });
}

// ---- The reports of my units -------------------------------------------------------------------

export function useMyReports() {
  return useQuery({
    queryKey: ['reports', 'mine'],
    queryFn: () => apiGet<{ items: ReportSummary[] }>('/reports', { mine: 'true' }).then((r) => r.items),
    placeholderData: keepPreviousData,
  });
}
