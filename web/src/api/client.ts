import type { ApiErrorBody } from '@contract/results';
import type { ApiRoute, BodyOf, ParamsOf, QueryOf, ReplyOf } from '@contract/routes';
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

type Has<T> = [T] extends [never] ? false : true;

/** What a route takes, by the contract's route table: its query, path parameters and body, each only where it has one. */
export type RequestOf<R extends ApiRoute> = (Has<QueryOf<R>> extends true ? { query: QueryOf<R> } : { query?: never }) &
  (Has<ParamsOf<R>> extends true ? { params: ParamsOf<R> } : { params?: never }) &
  (Has<BodyOf<R>> extends true ? { body: BodyOf<R> } : { body?: never });

/**
 * Calls a route of the API by its key in the contract's route table
 * (server/contract/routes.ts), typed by it: `api('GET /search', { query: { q } })`
 * answers SearchHit[]. Only the table's types are imported: its key says the
 * method and path, so its zod schemas stay out of the page.
 */
export function api<R extends ApiRoute>(route: R, request: RequestOf<R>, signal?: AbortSignal): Promise<ReplyOf<R>> {
  const [method, template] = route.split(' ') as ['GET' | 'POST' | 'DELETE', string];
  const params = (request.params ?? {}) as Record<string, string>;
  const path = template.replace(/:([A-Za-z]+)/g, (_match, name: string) => encodeURIComponent(params[name] ?? ''));
  if (method === 'GET') {
    const query = toQueryString((request.query ?? {}) as Params);
    return requestJson<ReplyOf<R>>(`/api${path}${query}`, { signal: signal ?? null, headers: { accept: 'application/json' } });
  }
  return sendJson<ReplyOf<R>>(method, path, request.body);
}

/** A POST (see sendJson). */
export function postJson<T>(path: string, body: unknown): Promise<T> {
  return sendJson<T>('POST', path, body);
}

/**
 * A write. Writes may need the server's token: on a 401 the researcher is
 * asked for it once (see features/write-token), and the request is sent again
 * with it; the token is kept for the tab.
 */
async function sendJson<T>(method: 'POST' | 'DELETE', path: string, body: unknown): Promise<T> {
  const send = (token: string | null) =>
    requestJson<T>(`/api${path}`, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
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
  // 204 No Content (a note deleted) has no body to read.
  if (response.status === 204) return undefined as T;
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
  throw new ApiError(
    response.status,
    body?.error.code ?? 'http',
    body?.error.message ?? `The server answered ${response.status}.`,
    body?.error.field,
  );
}
