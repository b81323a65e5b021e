/** The analysis routes (server/contract/analysis.ts): the time bar, centrality, communities, comparison, timed paths. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ANALYSIS_LIMITS, type CentralityMeasure, type CommunityMember, type Comparison, type ScoredNode, type TimedPath, type TimelineMonth } from '@contract/analysis';
import type { Filters } from '../state/view';
import { getJson } from './client';
import { filterParams, queryKeys } from './queries';

/** Meetings per month over the whole graph, under the topic and type filters (not the dates: the bar is how they are chosen). */
export const useTimeline = (filters: Filters) =>
  useQuery({
    queryKey: queryKeys.timeline(filters),
    queryFn: ({ signal }) => getJson<TimelineMonth[]>('/timeline', { topics: filters.topics, types: filters.types }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** Every person's and agency's score by one measure, under the filters; off when sizes say meetings. */
export const useCentrality = (measure: CentralityMeasure | undefined, filters: Filters) =>
  useQuery({
    queryKey: queryKeys.centrality(measure ?? '', filters),
    queryFn: ({ signal }) =>
      getJson<ScoredNode[]>('/analysis/centrality', { measure: measure!, limit: ANALYSIS_LIMITS.centrality.max, types: filters.types, ...filterParams(filters) }, signal),
    enabled: Boolean(measure),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const useCommunities = (enabled: boolean, filters: Filters) =>
  useQuery({
    queryKey: queryKeys.communities(filters),
    queryFn: ({ signal }) => getJson<CommunityMember[]>('/analysis/communities', { limit: ANALYSIS_LIMITS.communities.max, types: filters.types, ...filterParams(filters) }, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** Ties that appeared, vanished or were kept from period a to period b. */
export const useComparison = (periods: [string, string], filters: Filters, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.compare(periods[0], periods[1], filters),
    queryFn: ({ signal }) => getJson<Comparison>('/compare', { a: periods[0], b: periods[1], topics: filters.topics, types: filters.types }, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** The earliest chain of meetings in time order from one entity to another, within the date filter. */
export const useTimedPath = (ends: [string, string] | undefined, filters: Filters) =>
  useQuery({
    queryKey: queryKeys.timedPath(ends?.[0] ?? '', ends?.[1] ?? '', filters),
    queryFn: ({ signal }) =>
      getJson<TimedPath>('/paths/timed', { from: ends![0], to: ends![1], since: filters.from, until: filters.to, topics: filters.topics, types: filters.types }, signal),
    enabled: Boolean(ends),
    staleTime: 60_000,
  });
