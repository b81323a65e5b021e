/** Server data under one key factory; React Query caches, dedupes and retries it. */
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { ArticleDoc } from '@contract/model';
import type { Facets, GraphSlice, Health, NodeDetails, PathResult, SearchHit, WhoMetResult } from '@contract/results';
import type { FilterBound, Filters } from '../state/view';
import type { Proposal } from '@contract/proposal';
import type { ArticleAcceptBody, ArticleProposalBody } from '@contract/requests';
import { getJson, postJson } from './client';

/** Neighbours per page, as Neo4j Browser shows per expand. */
export const PAGE_SIZE = 100;

export const filterParams = (filters: Filters) => ({ from: filters.from, to: filters.to, topics: filters.topics });

export const queryKeys = {
  health: () => ['health'] as const,
  facets: (from?: FilterBound, to?: FilterBound) => ['facets', from ?? null, to ?? null] as const,
  search: (q: string) => ['search', q] as const,
  node: (id: string) => ['node', id] as const,
  article: (id: string) => ['article', id] as const,
  neighbourhood: (id: string, pages: number, filters: Filters) => ['neighbourhood', id, pages, filters] as const,
  whoMet: (id: string, filters: Filters) => ['who-met', id, filters] as const,
  path: (from: string, to: string) => ['path', from, to] as const,
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
    queryFn: ({ signal }) => getJson<Health>('/health', {}, signal),
    refetchInterval: HEALTH_POLL_MS,
    refetchIntervalInBackground: false,
    retry: false,
  });

/** Topic counts follow the year filter; the previous counts stay on screen while new ones load. */
export const useFacets = (filters: Pick<Filters, 'from' | 'to'>) =>
  useQuery({
    queryKey: queryKeys.facets(filters.from, filters.to),
    queryFn: ({ signal }) => getJson<Facets>('/facets', { from: filters.from, to: filters.to }, signal),
    placeholderData: keepPreviousData,
  });

export const useSearch = (q: string) =>
  useQuery({
    queryKey: queryKeys.search(q),
    queryFn: ({ signal }) => getJson<SearchHit[]>('/search', { q, limit: 8 }, signal),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const useNodeDetails = (id: string | undefined) =>
  useQuery({
    queryKey: queryKeys.node(id ?? ''),
    queryFn: ({ signal }) => getJson<NodeDetails>(`/nodes/${encodeURIComponent(id!)}`, {}, signal),
    enabled: Boolean(id),
  });

export const useArticle = (id: string | undefined) =>
  useQuery({
    queryKey: queryKeys.article(id ?? ''),
    queryFn: ({ signal }) => getJson<ArticleDoc>(`/articles/${encodeURIComponent(id!)}`, {}, signal),
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
        getJson<GraphSlice>('/neighbourhood', { id, depth: 1, limit: PAGE_SIZE * pages, types: filters.types, ...filterParams(filters) }, signal),
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
      queryFn: ({ signal }: { signal: AbortSignal }) => getJson<WhoMetResult>('/who-met', { id, limit: 100, ...filterParams(filters) }, signal),
      enabled,
      staleTime: 60_000,
    })),
    combine: combineList<WhoMetResult>,
  });

export const usePath = (path: [string, string] | undefined) =>
  useQuery({
    queryKey: queryKeys.path(path?.[0] ?? '', path?.[1] ?? ''),
    queryFn: ({ signal }) => getJson<PathResult>('/path', { from: path![0], to: path![1] }, signal),
    enabled: Boolean(path),
    staleTime: 60_000,
  });

/** Proposes the facts of a pasted article; nothing is written. */
export const useProposeArticle = () => useMutation({ mutationFn: (body: ArticleProposalBody) => postJson<Proposal>('/articles', body) });

/** Accepts an article; every cached answer may have changed, so all are refetched. */
export const useAcceptArticle = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ArticleAcceptBody) => postJson<{ proposal: Proposal; written: { nodes: number; relationships: number }; unchanged: boolean }>('/articles/accept', body),
    onSuccess: () => client.invalidateQueries(),
  });
};
