/**
 * Betweenness estimated from a sample of sources (Brandes and Pich, 2007):
 * the dependencies of k sources drawn uniformly, scaled by n / k, with the same
 * normalisation as graphology-metrics' exact betweenness, so the two compare.
 * graphology-metrics has no sampling option; the single-source step is its
 * own (graphology-shortest-path's indexed Brandes), only the loop over sources
 * is ours. Hop counts: a tie's meetings say how close two are, not how far.
 */
import type Graph from 'graphology';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import { seededRandom } from './seeded-random';

/** k distinct indexes of [0, n), drawn with a seeded partial Fisher–Yates shuffle. */
export function sampleSources(n: number, k: number, seed: number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const next = seededRandom(seed);
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(next() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, take);
}

/** Scores by the graph's node order (index i is the i-th node of graph.nodes()). */
export function sampledBetweenness(graph: Graph, sources: Int32Array): Float64Array {
  const brandes = createUnweightedIndexedBrandes(graph);
  const n = graph.order;
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (const s of sources) {
    const [stack, predecessors, sigma] = brandes(s);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v] = delta[v]! + sigma[v]! * coefficient;
      if (w !== s) centrality[w] = centrality[w]! + delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i] = centrality[i]! * scale;
  return centrality;
}
