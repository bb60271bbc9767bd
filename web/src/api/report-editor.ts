import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CampaignDetail,
  FindingView,
  IndicatorCellView,
  ReportContent,
  ReportDetail,
  SectionAnswer,
  SynthesisMeta,
  SynthesisSectionView,
  SynthesisView,
  checkReportResponse,
  findingReviewBody,
  revisionDetail,
  revisionSummary,
  saveReportBody,
  saveReportResponse,
  saveSynthesisBody,
  transitionReportBody,
} from '../../../src/shared/api/reports';
import { ApiError, apiGet, apiPost, apiPut } from './client';
import { notificationsKey } from './movements';

export type { CampaignDetail, FindingView, IndicatorCellView, ReportContent, ReportDetail, SectionAnswer, SynthesisMeta, SynthesisSectionView, SynthesisView };
export type SaveReportBody = z.input<typeof saveReportBody>;
export type SaveReportResponse = z.infer<typeof saveReportResponse>;
export type TransitionReportBody = z.infer<typeof transitionReportBody>;
export type RevisionSummary = z.infer<typeof revisionSummary>;
export type RevisionDetail = z.infer<typeof revisionDetail>;
export type FindingReviewBody = z.infer<typeof findingReviewBody>;
export type SaveSynthesisBody = z.infer<typeof saveSynthesisBody>;
export type ExportFormat = 'docx' | 'pdf' | 'xlsx';

// ---- Unit reports ------------------------------------------------------------------------------

export const reportKey = (id: string | undefined) => ['reports', 'detail', id] as const;

export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: reportKey(id),
    queryFn: () => apiGet<ReportDetail>(`/reports/${id}`),
    enabled: !!id,
    // The editor keeps its own draft; a refetch on focus would only move the figures under the user's cursor.
    refetchOnWindowFocus: false,
  });
}

/** Lists, the campaign's recipient table and notifications all show a report's state. */
function useInvalidateAround() {
  const qc = useQueryClient();
  return (id: string) =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['reports'], predicate: (q) => !(q.queryKey[1] === 'detail' && q.queryKey[2] === id) }),
      qc.invalidateQueries({ queryKey: ['campaigns'] }),
      qc.invalidateQueries({ queryKey: notificationsKey }),
    ]);
}

/** Saves the draft; the page keeps the version itself, so the cached detail is left alone here. */
export function saveReportContent(id: string, body: SaveReportBody): Promise<SaveReportResponse> {
  return apiPut<SaveReportResponse>(`/reports/${id}/content`, body);
}

export function checkReport(id: string): Promise<FindingView[]> {
  return apiPost<z.infer<typeof checkReportResponse>>(`/reports/${id}/check`).then((r) => r.findings);
}

export function useTransitionReport(id: string) {
  const qc = useQueryClient();
  const around = useInvalidateAround();
  return useMutation({
    mutationFn: (b: TransitionReportBody) => apiPost<ReportDetail>(`/reports/${id}/transition`, b),
    onSuccess: (saved) => {
      qc.setQueryData(reportKey(id), saved);
      return around(id);
    },
  });
}

export function useReviewFinding(id: string) {
  const qc = useQueryClient();
  const around = useInvalidateAround();
  return useMutation({
    mutationFn: ({ key, ...body }: FindingReviewBody & { key: string }) => apiPut<ReportDetail>(`/reports/${id}/findings/${encodeURIComponent(key)}`, body),
    onSuccess: (saved) => {
      qc.setQueryData(reportKey(id), saved);
      return around(id);
    },
  });
}

export function useReportRevisions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['reports', 'revisions', id],
    queryFn: () => apiGet<{ items: RevisionSummary[] }>(`/reports/${id}/revisions`).then((r) => r.items),
    enabled,
  });
}

export function useReportRevision(id: string, revision: number | null) {
  return useQuery({
    queryKey: ['reports', 'revision', id, revision],
    queryFn: () => apiGet<RevisionDetail>(`/reports/${id}/revisions/${revision}`),
    enabled: revision !== null,
    staleTime: Infinity, // a revision never changes
  });
}

export const reportExportPath = (id: string, format: ExportFormat) => `/api/reports/${id}/export/${format}`;

// ---- Synthesis ---------------------------------------------------------------------------------

export const synthesisKey = (campaignId: string | undefined) => ['campaigns', 'synthesis', campaignId] as const;

/** The campaign's synthesis, or null before the first composition (the API answers 404). */
export function useSynthesis(campaignId: string | undefined) {
  return useQuery({
    queryKey: synthesisKey(campaignId),
    queryFn: () =>
      apiGet<SynthesisView>(`/campaigns/${campaignId}/synthesis`).catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 404 && err.code === 'NOT_FOUND') return null;
        throw err;
      }),
    enabled: !!campaignId,
    refetchOnWindowFocus: false,
  });
}

export function useComposeSynthesis(campaignId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<SynthesisView>(`/campaigns/${campaignId}/synthesis/compose`),
    onSuccess: (s) => {
      qc.setQueryData(synthesisKey(campaignId), s);
      return qc.invalidateQueries({ queryKey: ['campaigns', 'detail', campaignId] });
    },
  });
}

export function useSaveSynthesis(campaignId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: SaveSynthesisBody) => apiPut<SynthesisView>(`/campaigns/${campaignId}/synthesis`, b),
    onSuccess: (s) => qc.setQueryData(synthesisKey(campaignId), s),
  });
}

export const synthesisExportPath = (campaignId: string, format: ExportFormat) => `/api/campaigns/${campaignId}/synthesis/export/${format}`;

// ---- Downloads ---------------------------------------------------------------------------------

function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1]!.trim() : fallback;
}

/**
 * Downloads an export with the session cookie. Fetching (rather than a bare link) lets a refusal —
 * no PDF converter on the server, a report outside the user's scope — be shown as the server's
 * Vietnamese message instead of a browser error page.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  }
  if (!res.ok) {
    const data = (await res.json().catch(() => undefined)) as { error?: { code: string; message: string } } | undefined;
    if (data?.error) throw new ApiError(res.status, data.error.code, data.error.message);
    throw new ApiError(res.status, 'HTTP', `Không tải được tệp (mã ${res.status}). Vui lòng thử lại sau.`);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameFrom(res.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
