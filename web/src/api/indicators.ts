import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CellIssueView,
  CreateIndicatorBody,
  CreateIndicatorSetBody,
  GridCell,
  GridResponse,
  ImportResponse,
  IndicatorSetDetail,
  IndicatorView,
  LockView,
  RollupResponse,
  RollupRowView,
  SaveValuesBody,
  UnitFigureView,
  UpdateIndicatorBody,
  UpdateIndicatorSetBody,
  ValueKindName,
  cellHistoryResponse,
  createLockBody,
  indicatorSetSummary,
  saveValuesResponse,
  seriesResponse,
} from '../../../src/shared/api/indicators';
import { ApiError, api, apiDelete, apiGet, apiPatch, apiPost } from './client';

export type {
  CellIssueView,
  CreateIndicatorBody,
  CreateIndicatorSetBody,
  GridCell,
  GridResponse,
  ImportResponse,
  IndicatorSetDetail,
  IndicatorView,
  LockView,
  RollupResponse,
  RollupRowView,
  SaveValuesBody,
  UnitFigureView,
  UpdateIndicatorBody,
  UpdateIndicatorSetBody,
  ValueKindName,
};
export type IndicatorSetSummary = z.infer<typeof indicatorSetSummary>;
export type SaveValuesResponse = z.infer<typeof saveValuesResponse>;
export type CellHistory = z.infer<typeof cellHistoryResponse>['items'];
export type CreateLockBody = z.infer<typeof createLockBody>;
export type SeriesResponse = z.infer<typeof seriesResponse>;
export type GridColumnView = GridResponse['columns'][number];
export type GridRowView = GridResponse['rows'][number];

// ---- Catalogue -----------------------------------------------------------------------------

export function useIndicators(p: { q?: string; includeInactive?: boolean } = {}) {
  return useQuery({
    queryKey: ['indicators', 'list', p.q ?? '', !!p.includeInactive],
    queryFn: () => apiGet<{ items: IndicatorView[] }>('/indicators', { q: p.q, includeInactive: p.includeInactive || undefined }).then((r) => r.items),
    placeholderData: keepPreviousData,
  });
}

export function useIndicator(id: string | undefined) {
  return useQuery({
    queryKey: ['indicators', 'detail', id],
    queryFn: () => apiGet<IndicatorView>(`/indicators/${id}`),
    enabled: !!id,
  });
}

/** A changed definition (decimals, aggregation) changes how sets, grids and totals read. */
function useInvalidateIndicators() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['indicators'] }),
      qc.invalidateQueries({ queryKey: ['indicator-sets'] }),
      qc.invalidateQueries({ queryKey: ['values'] }),
      qc.invalidateQueries({ queryKey: ['rollup'] }),
    ]);
}

export function useCreateIndicator() {
  const invalidate = useInvalidateIndicators();
  return useMutation({ mutationFn: (b: CreateIndicatorBody) => apiPost<IndicatorView>('/indicators', b), onSuccess: invalidate });
}

export function useUpdateIndicator() {
  const invalidate = useInvalidateIndicators();
  return useMutation({
    mutationFn: ({ id, ...b }: UpdateIndicatorBody & { id: string }) => apiPatch<IndicatorView>(`/indicators/${id}`, b),
    onSuccess: invalidate,
  });
}

// ---- Sets ----------------------------------------------------------------------------------

export function useIndicatorSets(movementId?: string) {
  return useQuery({
    queryKey: ['indicator-sets', 'list', movementId ?? null],
    queryFn: () => apiGet<{ items: IndicatorSetSummary[] }>('/indicator-sets', { movementId }).then((r) => r.items),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorSet(id: string | undefined) {
  return useQuery({
    queryKey: ['indicator-sets', 'detail', id],
    queryFn: () => apiGet<IndicatorSetDetail>(`/indicator-sets/${id}`),
    enabled: !!id,
  });
}

export function useCreateIndicatorSet() {
  const invalidate = useInvalidateIndicators();
  return useMutation({ mutationFn: (b: CreateIndicatorSetBody) => apiPost<IndicatorSetDetail>('/indicator-sets', b), onSuccess: invalidate });
}

export function useUpdateIndicatorSet(id: string) {
  const invalidate = useInvalidateIndicators();
  return useMutation({ mutationFn: (b: UpdateIndicatorSetBody) => apiPatch<IndicatorSetDetail>(`/indicator-sets/${id}`, b), onSuccess: invalidate });
}

// ---- Values --------------------------------------------------------------------------------

export type GridParams =
  | { setId: string; unitId: string; kind: ValueKindName; layout: 'units'; period: string }
  | { setId: string; unitId: string; kind: ValueKindName; layout: 'periods'; year: number; grain: 'month' | 'quarter' | 'half' };

export const gridKey = (p: GridParams | null) => ['values', 'grid', p] as const;

export function useValueGrid(p: GridParams | null) {
  return useQuery({
    queryKey: gridKey(p),
    queryFn: () => apiGet<GridResponse>('/values/grid', { ...p }),
    enabled: !!p,
  });
}

/**
 * PUT /api/values. client.ts only types GET/POST/PATCH/DELETE, but `api` passes the method to
 * fetch unchanged, so the cast keeps its CSRF, 401 and error handling instead of duplicating them.
 */
export function useSaveValues() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: SaveValuesBody) => api<SaveValuesResponse>('/values', { method: 'PUT' as 'POST', body: b }),
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: ['values'] }), qc.invalidateQueries({ queryKey: ['rollup'] })]),
  });
}

export function useCellHistory(p: { indicatorId: string; unitId: string; periodKey: string; kind: ValueKindName } | null) {
  return useQuery({
    queryKey: ['values', 'history', p],
    queryFn: () => apiGet<{ items: CellHistory }>('/values/history', { ...p }).then((r) => r.items),
    enabled: !!p,
  });
}

/** A plain link: the browser downloads the file with the session cookie, no script needed. */
export function templateUrl(p: { setId: string; unitId: string; period: string; kind: ValueKindName }): string {
  return `/api/values/template.xlsx?${new URLSearchParams(p).toString()}`;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends raw bytes, which `api` cannot (it JSON-encodes bodies). The CSRF token lives only inside
 * client.ts, so it is read again from the session probe, which answers it to signed-in users.
 */
async function postBytes<T>(path: string, query: Record<string, string>, bytes: Blob): Promise<T> {
  const session = await api<{ csrfToken: string }>('/auth/me', { skipAuthRedirect: true });
  let res: Response;
  try {
    res = await fetch(`/api${path}?${new URLSearchParams(query).toString()}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': XLSX_TYPE, 'x-csrf-token': session.csrfToken },
      credentials: 'same-origin',
      body: bytes,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  }
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string; details?: { path: string; message: string }[] } } | undefined)?.error;
    if (e?.message) throw new ApiError(res.status, e.code ?? 'HTTP', e.message, e.details ?? []);
    if (res.status === 413) throw new ApiError(413, 'TOO_LARGE', 'Tệp quá lớn, máy chủ không nhận.');
    throw new ApiError(res.status, 'HTTP', `Máy chủ gặp sự cố (mã ${res.status}). Vui lòng thử lại sau.`);
  }
  if (data === undefined) throw new ApiError(res.status, 'BAD_RESPONSE', 'Máy chủ trả về dữ liệu không đọc được.');
  return data as T;
}

export function useImportValues() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { setId: string; kind: ValueKindName; confirm: boolean; file: Blob }) =>
      // confirm goes only when true: importQuery reads it with z.coerce.boolean(), which takes "false" as true.
      postBytes<ImportResponse>('/values/import', p.confirm ? { setId: p.setId, kind: p.kind, confirm: 'true' } : { setId: p.setId, kind: p.kind }, p.file),
    onSuccess: (r) => {
      if (r.applied) void Promise.all([qc.invalidateQueries({ queryKey: ['values'] }), qc.invalidateQueries({ queryKey: ['rollup'] })]);
    },
  });
}

// ---- Locks ---------------------------------------------------------------------------------

export function usePeriodLocks(p: { unitId?: string; periodKey?: string }, enabled = true) {
  return useQuery({
    queryKey: ['values', 'locks', p.unitId ?? null, p.periodKey ?? null],
    queryFn: () => apiGet<{ items: LockView[] }>('/period-locks', p).then((r) => r.items),
    enabled,
  });
}

export function useCreateLock() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: CreateLockBody) => apiPost<LockView>('/period-locks', b),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['values'] }),
  });
}

export function useDeleteLock() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete<unknown>(`/period-locks/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['values'] }),
  });
}

// ---- Roll-up -------------------------------------------------------------------------------

export interface RollupParams {
  setId?: string;
  indicatorIds?: string[];
  unitId?: string;
  groupId?: string;
  period: string;
  asOf?: string;
  restated?: boolean;
  agencies?: boolean;
}

export function useRollup(p: RollupParams | null) {
  return useQuery({
    queryKey: ['rollup', 'table', p],
    queryFn: () =>
      apiGet<RollupResponse>('/rollup', {
        setId: p!.setId,
        indicatorIds: p!.indicatorIds?.join(','),
        unitId: p!.unitId,
        groupId: p!.groupId,
        period: p!.period,
        asOf: p!.asOf,
        // Booleans go only when on: z.coerce.boolean() would read "false" as true.
        restated: p!.restated || undefined,
        agencies: p!.agencies || undefined,
      }),
    enabled: !!p && (!!p.unitId || !!p.groupId) && (!!p.setId || !!p.indicatorIds?.length),
    placeholderData: keepPreviousData,
  });
}

export function useRollupSeries(p: { indicatorId: string; unitId?: string; groupId?: string; periods: string[]; restated?: boolean } | null) {
  return useQuery({
    queryKey: ['rollup', 'series', p],
    queryFn: () =>
      apiGet<SeriesResponse>('/rollup/series', {
        indicatorId: p!.indicatorId,
        unitId: p!.unitId,
        groupId: p!.groupId,
        periods: p!.periods.join(','),
        restated: p!.restated || undefined,
      }),
    enabled: !!p && (!!p.unitId || !!p.groupId) && p.periods.length > 0,
    placeholderData: keepPreviousData,
  });
}
