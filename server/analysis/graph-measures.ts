/**
 * The measures on a tie graph, by graphology's libraries: degree and PageRank
 * (graphology-metrics), betweenness (exact from graphology-metrics on small
 * graphs, sampled above), Louvain communities (graphology-communities-louvain,
 * seeded). Pure and synchronous: it runs in the analysis worker.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { ANALYSIS_LIMITS, type CentralityMeasure } from '../contract/analysis';
import { sampleSources, sampledBetweenness } from './sampled-betweenness';
import { seededRandom } from './seeded-random';

export type GraphMeasure = CentralityMeasure | 'communities';

/** Nodes 0 … order − 1; tie t joins source[t] and target[t] and weighs weight[t] meetings. */
export interface TieGraph {
  order: number;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

const SEED = 16;

export function buildGraph({ order, source, target, weight }: TieGraph): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < order; i++) graph.addNode(String(i));
  for (let t = 0; t < source.length; t++) graph.addEdge(String(source[t]), String(target[t]), { weight: weight[t] });
  return graph;
}

/** A mapping keyed by node (its index as text) to a value per index. */
function byIndex(order: number, mapping: Record<string, number>): Float64Array {
  const values = new Float64Array(order);
  for (const key in mapping) values[Number(key)] = mapping[key]!;
  return values;
}

export function betweenness(graph: UndirectedGraph, sources: number = ANALYSIS_LIMITS.betweennessSources): Float64Array {
  if (graph.order <= sources) return byIndex(graph.order, betweennessCentrality(graph, { getEdgeWeight: null }));
  return sampledBetweenness(graph, sampleSources(graph.order, sources, SEED));
}

/**
 * Louvain's communities renumbered: 0 for the largest, then by size, equal
 * sizes by their smallest member (nodes are in id order, so by that id).
 */
export function communities(graph: UndirectedGraph): Float64Array {
  const raw = byIndex(graph.order, louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(SEED) }));
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  raw.forEach((c, i) => {
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, i);
  });
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const renumber = new Map(order.map((c, rank) => [c, rank]));
  return raw.map((c) => renumber.get(c)!);
}

export function computeMeasure(input: TieGraph, measure: GraphMeasure): Float64Array {
  if (input.order === 0) return new Float64Array(0);
  const graph = buildGraph(input);
  switch (measure) {
    case 'degree':
      return input.order === 1 ? new Float64Array(1) : byIndex(input.order, degreeCentrality(graph));
    case 'pagerank':
      return byIndex(input.order, pagerank(graph, { getEdgeWeight: 'weight' }));
    case 'betweenness':
      return betweenness(graph);
    case 'communities':
      return communities(graph);
  }
}
