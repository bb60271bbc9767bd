import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateUnitBody,
  UnitDetail,
  UnitKind,
  UnitSummary,
  UpdateUnitBody,
  addParentBody,
} from '../../../src/shared/api/org';
import { apiGet, apiPatch, apiPost } from './client';

export type UnitSearchItem = UnitSummary & { path: string };
export type AddParentBody = z.infer<typeof addParentBody>;

export const rootUnitQuery = queryOptions({
  queryKey: ['org', 'root'],
  queryFn: () => apiGet<UnitSummary>('/org/units/root'),
  staleTime: 30 * 60_000,
});

export const childrenQuery = (id: string, asOf: string) =>
  queryOptions({
    queryKey: ['org', 'children', id, asOf],
    queryFn: () => apiGet<{ items: UnitSummary[] }>(`/org/units/${id}/children`, { asOf }).then((r) => r.items),
    staleTime: 5 * 60_000,
  });

export const unitQuery = (id: string, asOf: string) =>
  queryOptions({
    queryKey: ['org', 'unit', id, asOf],
    queryFn: () => apiGet<UnitDetail>(`/org/units/${id}`, { asOf }),
  });

export function useRootUnit() {
  return useQuery(rootUnitQuery);
}

export function useChildren(id: string | undefined, asOf: string) {
  return useQuery({ ...childrenQuery(id ?? '', asOf), enabled: !!id });
}

export function useUnit(id: string | undefined, asOf: string) {
  return useQuery({ ...unitQuery(id ?? '', asOf), enabled: !!id });
}

export interface SearchParams {
  q: string;
  asOf?: string;
  kind?: UnitKind;
  limit?: number;
}

export function useUnitSearch(p: SearchParams) {
  const q = p.q.trim();
  return useQuery({
    queryKey: ['org', 'search', q, p.asOf ?? null, p.kind ?? null, p.limit ?? null],
    queryFn: () =>
      apiGet<{ items: UnitSearchItem[] }>('/org/search', { q, asOf: p.asOf, kind: p.kind, limit: p.limit }).then((r) => r.items),
    enabled: q.length > 0,
    placeholderData: (prev) => prev,
    staleTime: 60_000,
  });
}

/** Every org mutation may change trees, details, searches and counts. */
function useInvalidateOrg() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['org'] }),
      qc.invalidateQueries({ queryKey: ['stats'] }),
      qc.invalidateQueries({ queryKey: ['groups'] }),
    ]);
}

export function useCreateUnit() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (body: CreateUnitBody) => apiPost<UnitDetail>('/org/units', body),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit(id: string) {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (body: UpdateUnitBody) => apiPatch<UnitDetail>(`/org/units/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useAddParent(id: string) {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (body: AddParentBody) => apiPost<UnitDetail>(`/org/units/${id}/parents`, body),
    onSuccess: invalidate,
  });
}

export function useCloseParentLink() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: ({ linkId, validTo }: { linkId: string; validTo: string }) =>
      apiPatch<{ ok: true }>(`/org/parent-links/${linkId}`, { validTo }),
    onSuccess: invalidate,
  });
}
