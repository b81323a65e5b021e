import type { ApiErrorBody } from '@contract/results';
import { askForWriteToken, keepWriteToken, readWriteToken } from '../features/write-token/write-token';

/** An API failure as the UI shows it: status 0 means the server could not be reached. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export type Params = Record<string, string | number | boolean | string[] | undefined | null>;

export function toQueryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  return requestJson<T>(`/api${path}${toQueryString(params)}`, { signal: signal ?? null, headers: { accept: 'application/json' } });
}

/**
 * A POST. Writes may need the server's token: on a 401 the researcher is
 * asked for it once (see features/write-token), and the request is sent again
 * with it; the token is kept for the tab.
 */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const send = (token: string | null) =>
    requestJson<T>(`/api${path}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  let token = readWriteToken();
  for (;;) {
    try {
      return await send(token);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      const hadToken = token !== null;
      keepWriteToken(null);
      token = await askForWriteToken(hadToken ? 'wrong' : 'missing');
      if (!token) throw error;
      keepWriteToken(token);
    }
  }
}

async function requestJson<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'The Liaison server cannot be reached.');
  }
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
  throw new ApiError(
    response.status,
    body?.error.code ?? 'http',
    body?.error.message ?? `The server answered ${response.status}.`,
    body?.error.field,
  );
}
