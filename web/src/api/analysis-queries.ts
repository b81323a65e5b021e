/** The analysis routes (server/contract/analysis.ts): the time bar, centrality, communities, comparison, timed paths. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ANALYSIS_LIMITS, CentralityMeasure } from '@contract/analysis';
import type { Filters } from '../state/view';
import { api } from './client';
import { bound, commaList, filterParams, queryKeys } from './queries';

// The contract's caps, as values: importing its module would bring zod into the page. The types fail to compile if they drift.
const CENTRALITY_MAX: (typeof ANALYSIS_LIMITS)['centrality']['max'] = 10_000;
const COMMUNITIES_MAX: (typeof ANALYSIS_LIMITS)['communities']['max'] = 10_000;

/** Meetings per month over the whole graph, under the topic and type filters (not the dates: the bar is how they are chosen). */
export const useTimeline = (filters: Filters) =>
  useQuery({
    queryKey: queryKeys.timeline(filters),
    queryFn: ({ signal }) => api('GET /timeline', { query: { topics: commaList(filters.topics), types: commaList(filters.types) } }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** Every person's and agency's score by one measure, under the filters; off when sizes say meetings. */
export const useCentrality = (measure: CentralityMeasure | undefined, filters: Filters) =>
  useQuery({
    queryKey: queryKeys.centrality(measure ?? '', filters),
    queryFn: ({ signal }) =>
      api('GET /analysis/centrality', { query: { measure: measure!, limit: CENTRALITY_MAX, types: commaList(filters.types), ...filterParams(filters) } }, signal),
    enabled: Boolean(measure),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const useCommunities = (enabled: boolean, filters: Filters) =>
  useQuery({
    queryKey: queryKeys.communities(filters),
    queryFn: ({ signal }) => api('GET /analysis/communities', { query: { limit: COMMUNITIES_MAX, types: commaList(filters.types), ...filterParams(filters) } }, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** Ties that appeared, vanished or were kept from period a to period b. */
export const useComparison = (periods: [string, string], filters: Filters, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.compare(periods[0], periods[1], filters),
    queryFn: ({ signal }) => api('GET /compare', { query: { a: periods[0], b: periods[1], topics: commaList(filters.topics), types: commaList(filters.types) } }, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** The earliest chain of meetings in time order from one entity to another, within the date filter. */
export const useTimedPath = (ends: [string, string] | undefined, filters: Filters) =>
  useQuery({
    queryKey: queryKeys.timedPath(ends?.[0] ?? '', ends?.[1] ?? '', filters),
    queryFn: ({ signal }) =>
      api('GET /paths/timed', { query: { from: ends![0], to: ends![1], since: bound(filters.from), until: bound(filters.to), topics: commaList(filters.topics), types: commaList(filters.types) } }, signal),
    enabled: Boolean(ends),
    staleTime: 60_000,
  });
