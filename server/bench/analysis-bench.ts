/**
 * The analysis figures of `npm run bench` (issue 16, item 6): on a store
 * holding a synthetic graph, under a year filter (2024), the time of each
 * centrality measure and of the communities from a cold cache (the store's
 * meeting pages read, the projection built, the measure computed in the
 * worker; median of three), the same asked again (cached), compare and
 * timeline cold, and the timed paths' p50/p95 over random pairs once the
 * projection is cached; on the 10k graph, sampled against exact betweenness;
 * and each of them on the seed graph.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { ANALYSIS_LIMITS, centralityQuery, communitiesQuery, compareQuery, timedPathQuery, timelineQuery } from '../contract/analysis';
import { createAnalysis, type Analysis } from '../analysis/analysis-service';
import { buildGraph, computeMeasure } from '../analysis/graph-measures';
import { allMeetings } from '../analysis/meeting-rows';
import { createMeasureRunner, type MeasureRunner } from '../analysis/measure-runner';
import { project, tiesOf } from '../analysis/projection';
import { openEmbeddedStore } from '../boot/open-store';
import type { GraphStore } from '../store/graph-store';
import { measure, round, type Timing } from './percentiles';
import { random, type SyntheticGraph } from '../../tests/support/synthetic-graph';

const YEAR = { from: '2024', to: '2024' };
const MEASURES = ['degree', 'betweenness', 'pagerank', 'communities'] as const;
type Measure = (typeof MEASURES)[number];

/** Pairs of people for the timed paths, hubs among them as in the route workload. */
export function timedPathPairs(graph: Pick<SyntheticGraph, 'personIds' | 'hubIds'>, seed: number, count = 500): { from: string; to: string }[] {
  const rng = random(seed + 16);
  const person = () => (rng.next() < 0.05 ? rng.pick(graph.hubIds) : rng.pick(graph.personIds));
  return Array.from({ length: count }, () => ({ from: person(), to: person() }));
}

const ask = (analysis: Analysis, m: Measure) =>
  m === 'communities' ? analysis.communities(communitiesQuery.parse(YEAR)) : analysis.centrality(centralityQuery.parse({ measure: m, ...YEAR }));

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** One run, after collecting the garbage the runs before it left (their caches): each run pays only for its own. */
async function timeOnce(work: () => Promise<unknown>): Promise<number> {
  gc();
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const median = (values: number[]) => round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!, 1);

export interface AnalysisFigures {
  /** Cold (a fresh cache each run, the worker already started), median of `runs`, ms. */
  cold: Record<Measure | 'compare' | 'timeline', number>;
  cached: Record<Measure, number>;
  /** Building the whole graph's projection for the timed paths, once, ms. */
  timedProjectionMs: number;
  timedPaths: Timing;
  chainsFound: number;
  /** The same pairs within 2024 (since=2024&until=2024). */
  timedPathsIn2024: Timing;
}

export async function analysisTimings(store: GraphStore, pairs: { from: string; to: string }[], runs = 3): Promise<AnalysisFigures> {
  const runner = createMeasureRunner();
  try {
    const fresh = () => createAnalysis(store, { runner });
    await fresh().warmUp();
    const coldOf = async (work: (a: Analysis) => Promise<unknown>) => median(await sequence(runs, () => timeOnce(() => work(fresh()))));
    const cold = {} as AnalysisFigures['cold'];
    const cached = {} as AnalysisFigures['cached'];
    for (const m of MEASURES) {
      cold[m] = await coldOf((a) => ask(a, m));
      const warm = fresh();
      await ask(warm, m);
      cached[m] = round(await timeOnce(() => ask(warm, m)), 3);
    }
    cold.compare = await coldOf((a) => a.compare(compareQuery.parse({ a: '2024', b: '2025' })));
    cold.timeline = await coldOf((a) => a.timeline(timelineQuery.parse({})));
    const paths = fresh();
    const timedProjectionMs = round(await timeOnce(() => paths.timedPath(timedPathQuery.parse(pairs[0]!))), 1);
    let chainsFound = 0;
    gc();
    const timedPaths = await measure(pairs, async (q) => {
      if ((await paths.timedPath(timedPathQuery.parse(q))).steps.length > 0) chainsFound++;
    }, 50);
    const timedPathsIn2024 = await measure(pairs, (q) => paths.timedPath(timedPathQuery.parse({ ...q, since: '2024', until: '2024' })), 50);
    return { cold, cached, timedProjectionMs, timedPaths, chainsFound, timedPathsIn2024 };
  } finally {
    await runner.close();
  }
}

async function sequence<T>(n: number, work: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await work());
  return out;
}

/** Sampled against exact betweenness on the year's projection: how far the estimate is, and whether it ranks the same. */
export async function betweennessError(store: GraphStore) {
  const p = project(await allMeetings(store, { from: '2024-01-01', to: '2024-12-31' }));
  const ties = tiesOf(p);
  const input = { order: p.nodes.length, source: ties.source, target: ties.target, weight: new Float64Array(ties.source.length) };
  const start = performance.now();
  const exactMap = betweennessCentrality(buildGraph(input), { getEdgeWeight: null });
  const exactMs = performance.now() - start;
  const exact = Float64Array.from({ length: input.order }, (_, i) => exactMap[String(i)]!);
  const sampled = computeMeasure(input, 'betweenness');
  const ranks = (v: Float64Array, k: number) => Array.from(v.keys()).sort((a, b) => v[b]! - v[a]!).slice(0, k);
  const max = Math.max(...exact);
  const errors = exact.map((e, i) => Math.abs(e - sampled[i]!));
  const overlap = (k: number) => {
    const s = new Set(ranks(sampled, k));
    return ranks(exact, k).filter((i) => s.has(i)).length;
  };
  return {
    k: ANALYSIS_LIMITS.betweennessSources,
    nodes: input.order,
    exactMs: Math.round(exactMs),
    maxErrorOfTopScore: round(Math.max(...errors) / max, 4),
    meanErrorOfTopScore: round(errors.reduce((a, b) => a + b, 0) / errors.length / max, 5),
    top10Agreement: overlap(10),
    top100Agreement: overlap(100),
  };
}

/** Every analysis on the seed graph (embedded), cold, each the median of five. */
export async function seedAnalysisTimings() {
  const store = await openEmbeddedStore();
  const runner: MeasureRunner = createMeasureRunner();
  try {
    const fresh = () => createAnalysis(store, { runner });
    await fresh().warmUp();
    const cold = async (work: (a: Analysis) => Promise<unknown>) => median(await sequence(5, () => timeOnce(() => work(fresh()))));
    return {
      degree: await cold((a) => a.centrality(centralityQuery.parse({ measure: 'degree' }))),
      betweenness: await cold((a) => a.centrality(centralityQuery.parse({ measure: 'betweenness' }))),
      pagerank: await cold((a) => a.centrality(centralityQuery.parse({ measure: 'pagerank' }))),
      communities: await cold((a) => a.communities(communitiesQuery.parse({}))),
      compare: await cold((a) => a.compare(compareQuery.parse({ a: '2024', b: '2025' }))),
      timedPath: await cold((a) => a.timedPath(timedPathQuery.parse({ from: 'person:christopher-wray', to: 'person:francisca-bostyn' }))),
      timeline: await cold((a) => a.timeline(timelineQuery.parse({}))),
    };
  } finally {
    await runner.close();
    await store.close();
  }
}

export function printAnalysis(label: string, f: AnalysisFigures) {
  console.log(`  analysis, ${label}, year 2024 (ms): cold ${JSON.stringify(f.cold)}; asked again ${JSON.stringify(f.cached)}`);
  console.log(`  timed paths, whole graph: p50 ${f.timedPaths.p50} p95 ${f.timedPaths.p95} max ${f.timedPaths.max} ms (${f.chainsFound} chains found; projection built once in ${f.timedProjectionMs} ms); within 2024: p50 ${f.timedPathsIn2024.p50} p95 ${f.timedPathsIn2024.p95} ms`);
}

export function printAnalysisComparison(memory: AnalysisFigures, neo4j: AnalysisFigures) {
  const cell = (v: number) => v.toFixed(1).padStart(9);
  console.log(`  ${'analysis, cold (ms)'.padEnd(22)} ${'embedded'.padStart(9)} ${'neo4j'.padStart(9)}`);
  for (const key of Object.keys(memory.cold) as (keyof AnalysisFigures['cold'])[]) console.log(`  ${key.padEnd(22)} ${cell(memory.cold[key])} ${cell(neo4j.cold[key])}`);
  console.log(`  ${'timed paths p95'.padEnd(22)} ${cell(memory.timedPaths.p95)} ${cell(neo4j.timedPaths.p95)}`);
}
