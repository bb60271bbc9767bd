import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddMemberBody,
  CastBallotBody,
  CouncilDetail,
  CouncilSummary,
  CreateCouncilBody,
  CreateSessionBody,
  ItemView,
  MemberView,
  RuleView,
  SessionDetail,
  SessionSummary,
  UpdateMemberBody,
  VoteSettingBody,
  VoteSettingsResponse,
  WaitingProposal,
} from '../../../src/shared/api/award-council';
import { apiDelete, apiGet, apiPatch, apiPost } from './client';
import { downloadFile } from './report-editor';

export type { CouncilDetail, CouncilSummary, ItemView, MemberView, RuleView, SessionDetail, SessionSummary, VoteSettingsResponse, WaitingProposal };

export function useCouncils() {
  return useQuery({ queryKey: ['council', 'list'], queryFn: () => apiGet<{ items: CouncilSummary[] }>('/councils').then((r) => r.items) });
}

export function useCouncil(id: string | undefined) {
  return useQuery({ queryKey: ['council', 'detail', id], queryFn: () => apiGet<CouncilDetail>(`/councils/${id}`), enabled: !!id });
}

export function useVoteSettings(id: string | undefined) {
  return useQuery({ queryKey: ['council', 'settings', id], queryFn: () => apiGet<VoteSettingsResponse>(`/councils/${id}/vote-settings`), enabled: !!id });
}

export function useCouncilSessions(id: string | undefined) {
  return useQuery({ queryKey: ['council', 'sessions', id], queryFn: () => apiGet<{ items: SessionSummary[] }>(`/councils/${id}/sessions`).then((r) => r.items), enabled: !!id });
}

export function useWaitingProposals(id: string | undefined, enabled: boolean) {
  return useQuery({ queryKey: ['council', 'waiting', id], queryFn: () => apiGet<{ items: WaitingProposal[] }>(`/councils/${id}/waiting-proposals`).then((r) => r.items), enabled: !!id && enabled });
}

export function useMySessions() {
  return useQuery({ queryKey: ['council', 'mine'], queryFn: () => apiGet<{ items: SessionSummary[] }>('/council-sessions/mine').then((r) => r.items) });
}

export function useCouncilSession(id: string | undefined) {
  return useQuery({ queryKey: ['council', 'session', id], queryFn: () => apiGet<SessionDetail>(`/council-sessions/${id}`), enabled: !!id });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['council'] });
}

export function useCreateCouncil() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: CreateCouncilBody) => apiPost<CouncilDetail>('/councils', b), onSuccess: invalidate });
}

export function useAddMember(councilId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: AddMemberBody) => apiPost<CouncilDetail>(`/councils/${councilId}/members`, b), onSuccess: invalidate });
}

export function useUpdateMember() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (p: { id: string; body: UpdateMemberBody }) => apiPatch<CouncilDetail>(`/council-members/${p.id}`, p.body), onSuccess: invalidate });
}

export function useAddVoteSetting(councilId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: VoteSettingBody) => apiPost<VoteSettingsResponse>(`/councils/${councilId}/vote-settings`, b), onSuccess: invalidate });
}

export function useCreateSession(councilId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (b: CreateSessionBody) => apiPost<SessionDetail>(`/councils/${councilId}/sessions`, b), onSuccess: invalidate });
}

export function useSessionTransition(sessionId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (p: { to: 'open' | 'close'; version: number }) => apiPost<SessionDetail>(`/council-sessions/${sessionId}/${p.to}`, { version: p.version }),
    onSuccess: invalidate,
  });
}

export function useDeleteDraftSession() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (p: { id: string; version: number }) => apiDelete<{ ok: true }>(`/council-sessions/${p.id}?version=${p.version}`), onSuccess: invalidate });
}

export function useCastBallot(sessionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: CastBallotBody) => apiPost<SessionDetail>(`/council-sessions/${sessionId}/ballots`, b),
    onSuccess: (data) => qc.setQueryData(['council', 'session', sessionId], data),
  });
}

export const downloadMinutes = (sessionId: string, meetingDate: string) => downloadFile(`/api/council-sessions/${sessionId}/minutes.docx`, `bien-ban-hoi-dong-${meetingDate}.docx`);
