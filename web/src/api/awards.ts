import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateRecordBody,
  ImportConfirm,
  ImportPreview,
  RecordView,
  RevokeRecordBody,
  StatDimension,
  StatsResponse,
  StatTable,
  SubjectProfile,
  SubjectSummary,
  registryFormsResponse,
} from '../../../src/shared/api/awards-registry';
import { ApiError, api, apiGet, apiPost } from './client';

export type { CreateRecordBody, ImportConfirm, ImportPreview, RecordView, RevokeRecordBody, StatDimension, StatsResponse, StatTable, SubjectProfile, SubjectSummary };
export type RegistryForm = z.infer<typeof registryFormsResponse>['items'][number];

export interface SubjectSearchParams {
  q?: string;
  unitId?: string;
  kind?: SubjectSummary['kind'];
  awardCode?: string;
  year?: number;
  page: number;
  pageSize: number;
}

/** Award forms the registry recognises; they never change while the app runs. */
export function useRegistryForms() {
  return useQuery({
    queryKey: ['awards', 'forms'],
    queryFn: () => apiGet<{ items: RegistryForm[] }>('/awards/forms').then((r) => r.items),
    staleTime: Infinity,
  });
}

export function useSubjects(p: SubjectSearchParams, enabled = true) {
  return useQuery({
    queryKey: ['awards', 'subjects', p],
    queryFn: () => apiGet<{ items: SubjectSummary[]; total: number; totalCapped: boolean }>('/awards/subjects', { ...p }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSubjectProfile(id: string | undefined) {
  return useQuery({
    queryKey: ['awards', 'subject', id],
    queryFn: () => apiGet<SubjectProfile>(`/awards/subjects/${id}`),
    enabled: !!id,
  });
}

function useInvalidateAwards() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['awards'] });
}

export function useCreateRecord() {
  const invalidate = useInvalidateAwards();
  return useMutation({ mutationFn: (b: CreateRecordBody) => apiPost<RecordView>('/awards/records', b), onSuccess: invalidate });
}

export function useRevokeRecord() {
  const invalidate = useInvalidateAwards();
  return useMutation({ mutationFn: (p: { id: string; body: RevokeRecordBody }) => apiPost<RecordView>(`/awards/records/${p.id}/revoke`, p.body), onSuccess: invalidate });
}

export interface StatsParams {
  unitId?: string;
  groupId?: string;
  from?: string;
  to?: string;
  by?: StatDimension[];
}

const statsQuery = (p: StatsParams) => ({ unitId: p.unitId, groupId: p.groupId, from: p.from, to: p.to, by: p.by?.length ? p.by.join(',') : undefined });

export function useAwardStats(p: StatsParams | null) {
  return useQuery({
    queryKey: ['awards', 'stats', p],
    queryFn: () => apiGet<StatsResponse>('/awards/stats', statsQuery(p!)),
    enabled: !!p && !!(p.unitId || p.groupId),
    placeholderData: keepPreviousData,
  });
}

export function statsXlsxUrl(p: StatsParams): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(statsQuery(p))) if (v) q.set(k, v);
  return `/api/awards/stats.xlsx?${q.toString()}`;
}

export const IMPORT_TEMPLATE_URL = '/api/awards/import/template.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the workbook's bytes as they are (the JSON client cannot); the CSRF token comes from the session probe. */
async function postXlsx<T>(path: string, query: Record<string, string>, file: Blob): Promise<T> {
  const session = await api<{ csrfToken: string }>('/auth/me', { skipAuthRedirect: true });
  let res: Response;
  try {
    res = await fetch(`/api${path}?${new URLSearchParams(query).toString()}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': XLSX_TYPE, 'x-csrf-token': session.csrfToken },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  }
  const data = (await res.json().catch(() => undefined)) as (T & { error?: { code: string; message: string } }) | undefined;
  if (!res.ok) {
    if (data?.error) throw new ApiError(res.status, data.error.code, data.error.message);
    if (res.status === 413) throw new ApiError(413, 'TOO_LARGE', 'Tệp quá lớn, máy chủ không nhận.');
    throw new ApiError(res.status, 'HTTP', `Máy chủ gặp sự cố (mã ${res.status}). Vui lòng thử lại sau.`);
  }
  if (data === undefined) throw new ApiError(res.status, 'BAD_RESPONSE', 'Máy chủ trả về dữ liệu không đọc được.');
  return data;
}

export function usePreviewImport() {
  return useMutation({ mutationFn: (p: { unitId: string; file: Blob }) => postXlsx<ImportPreview>('/awards/import/preview', { unitId: p.unitId }, p.file) });
}

export function useConfirmImport() {
  const invalidate = useInvalidateAwards();
  return useMutation({
    mutationFn: (p: { unitId: string; file: Blob; fingerprint: string; newPeople: boolean }) =>
      postXlsx<ImportConfirm>('/awards/import/confirm', { unitId: p.unitId, fingerprint: p.fingerprint, ...(p.newPeople ? { newPeople: 'true' } : {}) }, p.file),
    onSuccess: invalidate,
  });
}
