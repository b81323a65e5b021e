import type { ApiErrorBody } from '../../../server/api/results';

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

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return requestJson<T>(`/api${path}`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
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
