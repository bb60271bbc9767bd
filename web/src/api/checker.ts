import { useMutation } from '@tanstack/react-query';
import type { CheckFinding, CheckResponse, CheckTextBody } from '../../../src/shared/api/checker';
import { ApiError, api, apiPost } from './client';

export type { CheckFinding, CheckResponse };

/** Checks pasted text; offsets in the answer are code points into `body.text`. */
export function useCheckText() {
  return useMutation({ mutationFn: (body: CheckTextBody) => apiPost<CheckResponse>('/check', body) });
}

/** The CSRF token of the current session: the shared client keeps it private, /auth/me hands it out. */
async function csrfToken(): Promise<string> {
  const s = await api<{ csrfToken: string }>('/auth/me');
  return s.csrfToken;
}

/** Sends a DOCX as raw bytes; the answer carries the extracted text the offsets refer to. */
async function checkDocx(file: File, date?: string): Promise<CheckResponse> {
  const token = await csrfToken();
  let res: Response;
  try {
    res = await fetch(`/api/check/docx${date ? `?date=${encodeURIComponent(date)}` : ''}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/octet-stream', 'x-csrf-token': token },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  }
  const data = (await res.json().catch(() => undefined)) as (CheckResponse & { error?: { code: string; message: string } }) | undefined;
  if (!res.ok) {
    if (data?.error) throw new ApiError(res.status, data.error.code, data.error.message);
    throw new ApiError(res.status, 'HTTP', res.status === 413 ? 'Tệp quá lớn.' : `Máy chủ gặp sự cố (mã ${res.status}). Vui lòng thử lại sau.`);
  }
  if (!data) throw new ApiError(res.status, 'BAD_RESPONSE', 'Máy chủ trả về dữ liệu không đọc được.');
  return data;
}

/** A DOCX is checked in two steps when an outline is given: extract and check, then check the text against the outline. */
export function useCheckDocx() {
  return useMutation({
    mutationFn: async ({ file, date, outline }: { file: File; date?: string; outline?: string }) => {
      const first = await checkDocx(file, date);
      if (!outline?.trim() || !first.text) return first;
      const second = await apiPost<CheckResponse>('/check', { text: first.text, outline, ...(date ? { date } : {}) });
      return { ...second, text: first.text };
    },
  });
}
