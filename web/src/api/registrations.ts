import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { IndicatorView } from '../../../src/shared/api/indicators';
import type {
  CreateRegistrationBody,
  RegistrationDetail,
  RegistrationStateName,
  RegistrationSummary,
  UpdateRegistrationBody,
  registrationOverviewResponse,
  transitionRegistrationBody,
} from '../../../src/shared/api/registrations';
import { apiGet, apiPatch, apiPost } from './client';
import { notificationsKey } from './movements';

export type { CreateRegistrationBody, IndicatorView, RegistrationDetail, RegistrationSummary, UpdateRegistrationBody };
export type RegistrationState = RegistrationStateName;
export type RegistrationOverview = z.infer<typeof registrationOverviewResponse>;
export type RegistrationTransitionBody = z.infer<typeof transitionRegistrationBody>;

export interface RegistrationListParams {
  movementId?: string;
  year?: number;
  state?: RegistrationState;
  unitId?: string;
  /** Only registrations sent to units the current user reviews. */
  toReview?: boolean;
}

const listKey = (p: RegistrationListParams) =>
  ['registrations', 'list', p.movementId ?? null, p.year ?? null, p.state ?? null, p.unitId ?? null, !!p.toReview] as const;

export function useRegistrations(p: RegistrationListParams = {}, enabled = true) {
  return useQuery({
    queryKey: listKey(p),
    queryFn: () =>
      apiGet<{ items: RegistrationSummary[] }>('/registrations', {
        movementId: p.movementId,
        year: p.year,
        state: p.state,
        unitId: p.unitId,
        // The server coerces any present value to true, so "false" must not be sent at all.
        toReview: p.toReview ? 'true' : undefined,
      }).then((r) => r.items),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRegistrationOverview(p: { movementId?: string; year?: number }, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['registrations', 'overview', p.movementId ?? null, p.year ?? null],
    queryFn: () => apiGet<RegistrationOverview>('/registrations/overview', { movementId: p.movementId, year: p.year }),
    placeholderData: keepPreviousData,
  });
}

export function useRegistration(id: string | undefined) {
  return useQuery({
    queryKey: ['registrations', 'detail', id],
    queryFn: () => apiGet<RegistrationDetail>(`/registrations/${id}`),
    enabled: !!id,
  });
}

/**
 * A save touches more than its own row: combining marks the included registrations, and a
 * transition notifies the other side (and on approval writes indicator targets).
 */
function useSaved() {
  const qc = useQueryClient();
  return (saved: RegistrationDetail) => {
    qc.setQueryData(['registrations', 'detail', saved.id], saved);
    return Promise.all([
      qc.invalidateQueries({ queryKey: ['registrations'], predicate: (q) => !(q.queryKey[1] === 'detail' && q.queryKey[2] === saved.id) }),
      qc.invalidateQueries({ queryKey: notificationsKey }),
      qc.invalidateQueries({ queryKey: ['indicators'] }),
    ]);
  };
}

export function useCreateRegistration() {
  const saved = useSaved();
  return useMutation({ mutationFn: (b: CreateRegistrationBody) => apiPost<RegistrationDetail>('/registrations', b), onSuccess: saved });
}

export function useUpdateRegistration(id: string) {
  const saved = useSaved();
  return useMutation({ mutationFn: (b: UpdateRegistrationBody) => apiPatch<RegistrationDetail>(`/registrations/${id}`, b), onSuccess: saved });
}

export function useTransitionRegistration(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (b: RegistrationTransitionBody) => apiPost<RegistrationDetail>(`/registrations/${id}/transition`, b),
    onSuccess: saved,
  });
}

/** Indicators for the commitment picker; a key of its own so the catalogue page's paging does not interfere. */
export function useIndicatorChoices(q: string) {
  return useQuery({
    queryKey: ['indicators', 'choices', q],
    queryFn: () => apiGet<{ items: IndicatorView[] }>('/indicators', { q: q || undefined }).then((r) => r.items),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
