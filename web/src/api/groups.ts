import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  GroupDetail,
  GroupSummary,
  addMemberBody,
  createGroupBody,
  updateGroupBody,
  updateMemberBody,
} from '../../../src/shared/api/groups';
import { apiDelete, apiGet, apiPatch, apiPost } from './client';

export type CreateGroupBody = z.infer<typeof createGroupBody>;
export type UpdateGroupBody = z.infer<typeof updateGroupBody>;
export type AddMemberBody = z.infer<typeof addMemberBody>;
export type UpdateMemberBody = z.infer<typeof updateMemberBody>;

export function useGroups(p: { year?: number; q?: string }) {
  return useQuery({
    queryKey: ['groups', 'list', p.year ?? null, p.q ?? ''],
    queryFn: () => apiGet<{ items: GroupSummary[] }>('/groups', { year: p.year, q: p.q }).then((r) => r.items),
    placeholderData: (prev) => prev,
  });
}

export function useGroup(id: string | undefined) {
  return useQuery({
    queryKey: ['groups', 'detail', id],
    queryFn: () => apiGet<GroupDetail>(`/groups/${id}`),
    enabled: !!id,
  });
}

/** Group changes also show on unit details (memberships) and in the counts. */
function useInvalidateGroups() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['groups'] }),
      qc.invalidateQueries({ queryKey: ['org', 'unit'] }),
      qc.invalidateQueries({ queryKey: ['stats'] }),
    ]);
}

export function useCreateGroup() {
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: (b: CreateGroupBody) => apiPost<GroupDetail>('/groups', b), onSuccess: invalidate });
}

export function useUpdateGroup(id: string) {
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: (b: UpdateGroupBody) => apiPatch<GroupDetail>(`/groups/${id}`, b), onSuccess: invalidate });
}

export function useAddMember(groupId: string) {
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: (b: AddMemberBody) => apiPost<unknown>(`/groups/${groupId}/members`, b),
    onSuccess: invalidate,
  });
}

export function useUpdateMember(groupId: string) {
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: ({ memberId, ...b }: UpdateMemberBody & { memberId: string }) =>
      apiPatch<unknown>(`/groups/${groupId}/members/${memberId}`, b),
    onSuccess: invalidate,
  });
}

export function useRemoveMember(groupId: string) {
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: (memberId: string) => apiDelete<unknown>(`/groups/${groupId}/members/${memberId}`),
    onSuccess: invalidate,
  });
}
