import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CertificateView, IssueCertificatesBody, ReissueBody, TemplateBody, TemplateLayoutBody, TemplateView, UpdateTemplateBody, VerifyResponse, templateListResponse } from '../../../src/shared/api/award-certificates';
import { ApiError, apiDelete, apiGet, apiPost, apiPut } from './client';
import { downloadFile } from './report-editor';

export type { CertificateView, TemplateLayoutBody, TemplateView, VerifyResponse };
export type TemplateList = z.infer<typeof templateListResponse>;

export function useTemplates() {
  return useQuery({ queryKey: ['certificates', 'templates'], queryFn: () => apiGet<TemplateList>('/awards/certificate-templates') });
}

export function useCertificates(q: { recordId?: string; decisionId?: string }, enabled = true) {
  return useQuery({ queryKey: ['certificates', 'list', q], queryFn: () => apiGet<{ items: CertificateView[] }>('/awards/certificates', q).then((r) => r.items), enabled });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['certificates'] });
}

export function useSaveTemplate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (p: { id?: string; body: TemplateBody | UpdateTemplateBody }) => (p.id ? apiPut<TemplateView>(`/awards/certificate-templates/${p.id}`, p.body) : apiPost<TemplateView>('/awards/certificate-templates', p.body)),
    onSuccess: invalidate,
  });
}

export function useArchiveTemplate() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => apiDelete<{ ok: true }>(`/awards/certificate-templates/${id}`), onSuccess: invalidate });
}

export function useIssueCertificates() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: IssueCertificatesBody) => apiPost<{ items: CertificateView[] }>('/awards/certificates', b), onSuccess: invalidate });
}

export function useReissue() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (p: { id: string; body: ReissueBody }) => apiPost<CertificateView>(`/awards/certificates/${p.id}/reissue`, p.body), onSuccess: invalidate });
}

/** Opens a PDF the server renders, with the session cookie; errors come back as the server's message. */
async function openPdf(path: string, init?: RequestInit): Promise<void> {
  const res = await fetch(path, { credentials: 'same-origin', ...init });
  if (!res.ok) {
    const data = (await res.json().catch(() => undefined)) as { error?: { code: string; message: string } } | undefined;
    throw new ApiError(res.status, data?.error?.code ?? 'HTTP', data?.error?.message ?? `Không tạo được tệp PDF (mã ${res.status}).`);
  }
  const url = URL.createObjectURL(await res.blob());
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 120_000);
}

export const openCertificatePdf = (id: string) => openPdf(`/api/awards/certificates/${id}/pdf`);
export const downloadDecisionCertificates = (decisionId: string) => downloadFile(`/api/awards/decisions/${decisionId}/certificates.pdf`, 'giay-chung-nhan.pdf');

export async function previewTemplate(body: { pageSize: string; orientation: string; layout: TemplateLayoutBody }): Promise<void> {
  // The preview answers a PDF, not JSON, so it is fetched directly with the session's CSRF token.
  const { csrfToken } = await apiGet<{ csrfToken: string }>('/auth/me');
  return openPdf('/api/awards/certificate-templates/preview', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(body) });
}

/** The public check: no session needed. */
export function useVerify(code: string | undefined) {
  return useQuery({
    queryKey: ['verify', code],
    queryFn: () => apiGet<VerifyResponse>(`/public/xac-minh/${encodeURIComponent(code!)}`),
    enabled: !!code,
    retry: false,
  });
}
