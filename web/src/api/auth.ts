import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../../src/shared/api/accounts';
import { ApiError, api, apiPost, setCsrfToken } from './client';

interface SessionResponse {
  user: Me;
  csrfToken: string;
}

export const meKey = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session. */
async function fetchMe(): Promise<Me | null> {
  try {
    const s = await api<SessionResponse>('/auth/me', { skipAuthRedirect: true });
    setCsrfToken(s.csrfToken);
    return s.user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

/** Whether the signed-in user holds an action (only for showing controls; the server decides). */
export function useCan(action: string): boolean {
  const { data } = useMe();
  return !!data?.actions.includes(action);
}

export async function login(username: string, password: string): Promise<Me> {
  const s = await api<SessionResponse>('/auth/login', {
    method: 'POST',
    body: { username, password },
    skipAuthRedirect: true,
  });
  setCsrfToken(s.csrfToken);
  return s.user;
}

export async function logout(): Promise<void> {
  try {
    await api<{ ok: true }>('/auth/logout', { method: 'POST', body: {}, skipAuthRedirect: true });
  } finally {
    setCsrfToken(null);
  }
}

export const changePassword = (currentPassword: string, newPassword: string) =>
  apiPost<{ ok: true }>('/auth/change-password', { currentPassword, newPassword });
