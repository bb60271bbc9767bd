import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateMovementBody,
  MovementDetail,
  MovementSummary,
  UpdateMovementBody,
  notificationsResponse,
  transitionMovementBody,
} from '../../../src/shared/api/movements';
import { apiGet, apiPatch, apiPost } from './client';

export type { CreateMovementBody, MovementDetail, MovementSummary, UpdateMovementBody };
export type MovementState = MovementSummary['state'];
export type MovementKind = MovementSummary['kind'];
export type TransitionBody = z.infer<typeof transitionMovementBody>;
export type NotificationsView = z.infer<typeof notificationsResponse>;
export type NotificationView = NotificationsView['items'][number];

export interface MovementListParams {
  q?: string;
  state?: MovementState;
  year?: number;
}

export function useMovements(p: MovementListParams = {}) {
  return useQuery({
    queryKey: ['movements', 'list', p.q ?? '', p.state ?? null, p.year ?? null],
    queryFn: () => apiGet<{ items: MovementSummary[] }>('/movements', { q: p.q, state: p.state, year: p.year }).then((r) => r.items),
    placeholderData: (prev) => prev,
  });
}

export function useMovement(id: string | undefined) {
  return useQuery({
    queryKey: ['movements', 'detail', id],
    queryFn: () => apiGet<MovementDetail>(`/movements/${id}`),
    enabled: !!id,
  });
}

/** A save changes the list row, the parent's children and, on launch, the notifications of units in scope (maybe ours). */
function useInvalidateMovements() {
  const qc = useQueryClient();
  return (saved: MovementDetail) => {
    qc.setQueryData(['movements', 'detail', saved.id], saved);
    return Promise.all([
      qc.invalidateQueries({ queryKey: ['movements', 'list'] }),
      // Other movements name this one as parent or child.
      qc.invalidateQueries({ queryKey: ['movements', 'detail'], predicate: (q) => q.queryKey[2] !== saved.id }),
      qc.invalidateQueries({ queryKey: notificationsKey }),
    ]);
  };
}

export function useCreateMovement() {
  const saved = useInvalidateMovements();
  return useMutation({ mutationFn: (b: CreateMovementBody) => apiPost<MovementDetail>('/movements', b), onSuccess: saved });
}

export function useUpdateMovement(id: string) {
  const saved = useInvalidateMovements();
  return useMutation({ mutationFn: (b: UpdateMovementBody) => apiPatch<MovementDetail>(`/movements/${id}`, b), onSuccess: saved });
}

export function useTransitionMovement(id: string) {
  const saved = useInvalidateMovements();
  return useMutation({
    mutationFn: (b: TransitionBody) => apiPost<MovementDetail>(`/movements/${id}/transition`, b),
    onSuccess: saved,
  });
}

export const notificationsKey = ['notifications'] as const;

/** Polled so that a launch by another unit shows on the bell without a reload. */
export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => apiGet<NotificationsView>('/notifications'),
    enabled,
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
}

export function useMarkNotificationRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<{ ok: true }>(`/notifications/${id}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationsKey }),
  });
}
