import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  UserDetail,
  UserSummary,
  addAssignmentBody,
  createUserBody,
  updateUserBody,
} from '../../../src/shared/api/accounts';
import type { Role } from '../../../src/access/roles';
import { apiDelete, apiGet, apiPatch, apiPost } from './client';

export type CreateUserBody = z.infer<typeof createUserBody>;
export type UpdateUserBody = z.infer<typeof updateUserBody>;
export type AddAssignmentBody = z.infer<typeof addAssignmentBody>;

export function useUsers(q: string) {
  return useQuery({
    queryKey: ['users', 'list', q],
    queryFn: () => apiGet<{ items: UserSummary[] }>('/users', { q }).then((r) => r.items),
    placeholderData: (prev) => prev,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: ['users', 'detail', id],
    queryFn: () => apiGet<UserDetail>(`/users/${id}`),
    enabled: !!id,
  });
}

export function useRoles() {
  return useQuery({
    queryKey: ['roles'],
    queryFn: () => apiGet<{ items: { id: Role; label: string }[] }>('/roles').then((r) => r.items),
    staleTime: Infinity,
  });
}

function useInvalidateUsers() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['users'] }),
      qc.invalidateQueries({ queryKey: ['stats'] }),
      // The signed-in user may have changed their own roles.
      qc.invalidateQueries({ queryKey: ['auth', 'me'] }),
    ]);
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: (b: CreateUserBody) => apiPost<UserDetail>('/users', b), onSuccess: invalidate });
}

export function useUpdateUser(id: string) {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: (b: UpdateUserBody) => apiPatch<UserDetail>(`/users/${id}`, b), onSuccess: invalidate });
}

export function useResetPassword(id: string) {
  return useMutation({
    mutationFn: (newPassword: string) => apiPost<{ ok: true }>(`/users/${id}/reset-password`, { newPassword }),
  });
}

export function useAddAssignment(userId: string) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (b: AddAssignmentBody) => apiPost<unknown>(`/users/${userId}/assignments`, b),
    onSuccess: invalidate,
  });
}

export function useRemoveAssignment(userId: string) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (assignmentId: string) => apiDelete<unknown>(`/users/${userId}/assignments/${assignmentId}`),
    onSuccess: invalidate,
  });
}
