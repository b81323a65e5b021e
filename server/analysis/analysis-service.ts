/**
 * The analyses of issue 16 over any GraphStore: each reads the who-met
 * projection of its filter (built from the store's meeting pages, so both
 * stores answer alike), computes on it — the graph measures in a worker
 * thread — and keeps projection and result in the cache (see analysis-cache.ts).
 */
import type {
  CentralityQuery, CommunitiesQuery, CommunityMember, Comparison, CompareQuery, ProjectionFilter,
  ScoredNode, TimedPath, TimedPathQuery, TimelineMonth, TimelineQuery,
} from '../contract/analysis';
import type { GraphStore } from '../store/graph-store';
import { createAnalysisCache, type CacheOptions, type CacheScope } from './analysis-cache';
import { compareProjections } from './compare';
import type { GraphMeasure, TieGraph } from './graph-measures';
import { allMeetings } from './meeting-rows';
import { createMeasureRunner, type MeasureRunner } from './measure-runner';
import { attendeeTypes, project, tiesOf, type Projection } from './projection';
import { timedIndex } from './timed-path';
import { timedPathReply } from './timed-path-reply';
import { meetingsPerMonth } from './timeline';

export interface Analysis {
  centrality(query: CentralityQuery): Promise<ScoredNode[]>;
  communities(query: CommunitiesQuery): Promise<CommunityMember[]>;
  compare(query: CompareQuery): Promise<Comparison>;
  timedPath(query: TimedPathQuery): Promise<TimedPath>;
  timeline(query: TimelineQuery): Promise<TimelineMonth[]>;
  /** Starts the worker now, so the first request does not wait for it to load. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

export interface AnalysisOptions {
  /** Default: a worker thread of its own. */
  runner?: MeasureRunner;
  cache?: Partial<CacheOptions>;
}

/** One key per filter that gives the same projection: bounds, topics and attendee types, in a fixed order. */
export function filterKey({ from, to, topics, types }: ProjectionFilter): string {
  return JSON.stringify([from ?? '', to ?? '', [...(topics ?? [])].sort(), [...attendeeTypes(types)].sort()]);
}

function tieGraph(projection: Projection): TieGraph {
  const ties = tiesOf(projection);
  return { order: projection.nodes.length, source: ties.source, target: ties.target, weight: Float64Array.from(ties.meetings, (m) => m.length) };
}

/** Node indexes by value, highest first (communities: lowest first), equal values in id order. */
function ranked(values: Float64Array, highestFirst: boolean): number[] {
  return Array.from(values.keys()).sort((i, j) => (highestFirst ? values[j]! - values[i]! : values[i]! - values[j]!) || i - j);
}

export function createAnalysis(store: GraphStore, options: AnalysisOptions = {}): Analysis {
  const runner = options.runner ?? createMeasureRunner();
  const cache = createAnalysisCache({
    version: async () => {
      const health = await store.health();
      return health.ok ? `${health.nodes}/${health.relationships}` : null;
    },
    ...options.cache,
  });

  const projection = (scope: CacheScope, filter: ProjectionFilter) =>
    scope.get(
      `projection ${filterKey(filter)}`,
      async () => project(await allMeetings(store, { from: filter.from, to: filter.to, topics: filter.topics }), filter.types),
      (p) => p.meetings.length + p.nodes.length,
    );

  const measured = (scope: CacheScope, filter: ProjectionFilter, measure: GraphMeasure) =>
    scope.get(`${measure} ${filterKey(filter)}`, async () => {
      const p = await projection(scope, filter);
      const ties = await scope.get(`ties ${filterKey(filter)}`, async () => tieGraph(p), (t) => t.source.length);
      const values = await runner.measure(ties, measure);
      return { nodes: p.nodes, values, order: ranked(values, measure !== 'communities') };
    }, (m) => m.order.length);

  return {
    async centrality(query) {
      const { nodes, values, order } = await measured(await cache.scope(), query, query.measure);
      return order.slice(0, query.limit).map((i) => ({ ...nodes[i]!, score: values[i]! }));
    },
    async communities(query) {
      const { nodes, values, order } = await measured(await cache.scope(), query, 'communities');
      return order.slice(0, query.limit).map((i) => ({ ...nodes[i]!, community: values[i]! }));
    },
    async compare({ a, b, topics, types, limit }) {
      const scope = await cache.scope();
      return scope.get(`compare ${limit} ${filterKey({ ...a, topics, types })} ${filterKey({ ...b, topics, types })}`, async () => {
        const [before, after] = await Promise.all([projection(scope, { ...a, topics, types }), projection(scope, { ...b, topics, types })]);
        return compareProjections(before, after, limit);
      }, (c) => c.appeared.length + c.vanished.length + c.kept.length);
    },
    async timedPath(query) {
      const scope = await cache.scope();
      const filter = { from: query.since, to: query.until, topics: query.topics, types: query.types };
      const index = await scope.get(`timed ${filterKey(filter)}`, async () => timedIndex(await projection(scope, filter)), (i) => i.meetingsOf.length);
      return timedPathReply(store, index, query.from, query.to);
    },
    async timeline({ topics, types }) {
      const scope = await cache.scope();
      return scope.get(`timeline ${filterKey({ topics, types })}`, async () => meetingsPerMonth((await projection(scope, { topics, types })).meetings), (months) => months.length);
    },
    warmUp: () => runner.measure({ order: 0, source: new Int32Array(), target: new Int32Array(), weight: new Float64Array() }, 'degree').then(() => undefined),
    close: () => runner.close(),
  };
}
