/** Server data under one key factory; React Query caches, dedupes and retries it. */
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { GraphSlice, WhoMetResult } from '@contract/results';
import type { FilterBound, Filters } from '../state/view';
import type { ArticleAcceptBody, ArticleProposalBody } from '@contract/requests';
import { api } from './client';

/** Neighbours per page, as Neo4j Browser shows per expand. */
export const PAGE_SIZE = 100;

/** A comma list as the API reads it (none when empty). */
export const commaList = (values: readonly string[]) => (values.length > 0 ? values.join(',') : undefined);
/** A date bound as the API reads it: a year or a month, as text. */
export const bound = (value: FilterBound | undefined) => (value === undefined ? undefined : String(value));

/** The date and topic filters every meeting-bearing query takes. */
export const filterParams = (filters: Filters) => ({ from: bound(filters.from), to: bound(filters.to), topics: commaList(filters.topics) });

export const queryKeys = {
  health: () => ['health'] as const,
  facets: (from?: FilterBound, to?: FilterBound) => ['facets', from ?? null, to ?? null] as const,
  search: (q: string) => ['search', q] as const,
  node: (id: string) => ['node', id] as const,
  article: (id: string) => ['article', id] as const,
  neighbourhood: (id: string, pages: number, filters: Filters) => ['neighbourhood', id, pages, filters] as const,
  whoMet: (id: string, filters: Filters) => ['who-met', id, filters] as const,
  path: (from: string, to: string) => ['path', from, to] as const,
  notes: (target: string) => ['notes', target] as const,
  allNotes: () => ['notes'] as const,
  timeline: (filters: Filters) => ['timeline', filters.topics, filters.types] as const,
  centrality: (measure: string, filters: Filters) => ['centrality', measure, filters] as const,
  communities: (filters: Filters) => ['communities', filters] as const,
  compare: (a: string, b: string, filters: Filters) => ['compare', a, b, filters.topics, filters.types] as const,
  timedPath: (from: string, to: string, filters: Filters) => ['timed-path', from, to, filters] as const,
};

/** How often the health badge asks: an outage shows within this and a request's time. */
export const HEALTH_POLL_MS = 2_000;

/** Polled, and not retried: a failed check is itself the news (the badge turns red), the next poll is the retry. */
export const useHealth = () =>
  useQuery({
    queryKey: queryKeys.health(),
    queryFn: ({ signal }) => api('GET /health', {}, signal),
    refetchInterval: HEALTH_POLL_MS,
    refetchIntervalInBackground: false,
    retry: false,
  });

/** Topic counts follow the year filter; the previous counts stay on screen while new ones load. */
export const useFacets = (filters: Pick<Filters, 'from' | 'to'>) =>
  useQuery({
    queryKey: queryKeys.facets(filters.from, filters.to),
    queryFn: ({ signal }) => api('GET /facets', { query: { from: bound(filters.from), to: bound(filters.to) } }, signal),
    placeholderData: keepPreviousData,
  });

export const useSearch = (q: string) =>
  useQuery({
    queryKey: queryKeys.search(q),
    queryFn: ({ signal }) => api('GET /search', { query: { q, limit: 8 } }, signal),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const useNodeDetails = (id: string | undefined) =>
  useQuery({
    queryKey: queryKeys.node(id ?? ''),
    queryFn: ({ signal }) => api('GET /nodes/:id', { params: { id: id! } }, signal),
    enabled: Boolean(id),
  });

export const useArticle = (id: string | undefined) =>
  useQuery({
    queryKey: queryKeys.article(id ?? ''),
    queryFn: ({ signal }) => api('GET /articles/:id', { params: { id: id! } }, signal),
    enabled: Boolean(id),
    staleTime: Infinity,
  });

/** Several queries' answers, and their data as one list that stays the same array until an answer changes. */
export interface QueryList<T> {
  queries: UseQueryResult<T>[];
  data: (T | undefined)[];
}

// React Query keeps a combined result identical, part by part, while it is equal: so `data` changes only when an answer does.
const combineList = <T>(queries: UseQueryResult<T>[]): QueryList<T> => ({ queries, data: queries.map((q) => q.data) });

/** One neighbourhood query per expanded node; filters apply to every expansion. */
export const useNeighbourhoods = (expanded: { id: string; pages: number }[], filters: Filters, enabled: boolean) =>
  useQueries({
    queries: expanded.map(({ id, pages }) => ({
      queryKey: queryKeys.neighbourhood(id, pages, filters),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api('GET /neighbourhood', { query: { id, depth: 1, limit: PAGE_SIZE * pages, types: commaList(filters.types), ...filterParams(filters) } }, signal),
      enabled,
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    })),
    combine: combineList<GraphSlice>,
  });

export const useWhoMets = (ids: string[], filters: Filters, enabled: boolean) =>
  useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.whoMet(id, filters),
      queryFn: ({ signal }: { signal: AbortSignal }) => api('GET /who-met', { query: { id, limit: 100, ...filterParams(filters) } }, signal),
      enabled,
      staleTime: 60_000,
    })),
    combine: combineList<WhoMetResult>,
  });

export const usePath = (path: [string, string] | undefined) =>
  useQuery({
    queryKey: queryKeys.path(path?.[0] ?? '', path?.[1] ?? ''),
    queryFn: ({ signal }) => api('GET /path', { query: { from: path![0], to: path![1] } }, signal),
    enabled: Boolean(path),
    staleTime: 60_000,
  });

/** Proposes the facts of a pasted article; nothing is written. */
export const useProposeArticle = () => useMutation({ mutationFn: (body: ArticleProposalBody) => api('POST /articles', { body }) });

/** Accepts an article; every cached answer may have changed, so all are refetched. */
export const useAcceptArticle = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ArticleAcceptBody) => api('POST /articles/accept', { body }),
    onSuccess: () => client.invalidateQueries(),
  });
};
