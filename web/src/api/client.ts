import type { FieldIssue } from '../../../src/shared/errors';

/** An error answered by the API (or a network failure), with the server's Vietnamese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request (other than login / session probe) answers 401: the session has ended. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Raw bytes (a DOCX or XLSX upload) sent as they are, instead of a JSON `body`. */
  rawBody?: Blob;
  /** Content type of `rawBody` (default: the file's own type, else application/octet-stream). */
  contentType?: string;
  query?: Record<string, QueryValue>;
  /** Do not redirect to the login page on 401 (login itself, the session probe). */
  skipAuthRedirect?: boolean;
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

function isErrorBody(x: unknown): x is { error: { code: string; message: string; details?: FieldIssue[] } } {
  if (typeof x !== 'object' || x === null || !('error' in x)) return false;
  const e = (x as { error: unknown }).error;
  return typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string';
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.rawBody !== undefined) headers['content-type'] = opts.contentType || opts.rawBody.type || 'application/octet-stream';
  else if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  }

  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }

  if (!res.ok) {
    if (res.status === 401 && !opts.skipAuthRedirect) {
      csrfToken = null;
      onUnauthorized?.();
    }
    if (isErrorBody(data)) {
      throw new ApiError(res.status, data.error.code, data.error.message, data.error.details ?? []);
    }
    if (res.status === 413) throw new ApiError(413, 'TOO_LARGE', 'Tệp quá lớn, máy chủ không nhận.');
    throw new ApiError(res.status, 'HTTP', `Máy chủ gặp sự cố (mã ${res.status}). Vui lòng thử lại sau.`);
  }
  if (text && data === undefined) {
    throw new ApiError(res.status, 'BAD_RESPONSE', 'Máy chủ trả về dữ liệu không đọc được.');
  }
  return data as T;
}

export const apiGet = <T>(path: string, query?: Record<string, QueryValue>) => api<T>(path, { query });
export const apiPost = <T>(path: string, body?: unknown) => api<T>(path, { method: 'POST', body: body ?? {} });
export const apiPut = <T>(path: string, body: unknown) => api<T>(path, { method: 'PUT', body });
export const apiPatch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body });
export const apiDelete = <T>(path: string) => api<T>(path, { method: 'DELETE' });

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(0, 'CLIENT', 'Đã có lỗi xảy ra. Vui lòng thử lại.');
}
