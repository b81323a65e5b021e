import { describe, expect, it } from 'vitest';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { createMemoryStore } from '../store/memory/memory-store';
import { syntheticGraph } from '../../tests/support/synthetic-graph';
import { buildGraph, communities, computeMeasure, type TieGraph } from './graph-measures';
import { allMeetings } from './meeting-rows';
import { project, tiesOf } from './projection';
import { sampleSources, sampledBetweenness } from './sampled-betweenness';

function tieGraph(pairs: [number, number][], order: number): TieGraph {
  return { order, source: Int32Array.from(pairs, (p) => p[0]), target: Int32Array.from(pairs, (p) => p[1]), weight: new Float64Array(pairs.length).fill(1) };
}

/** Two triangles of different sizes joined by one tie: {0,1,2,3} and {4,5,6}. */
const twoClusters = tieGraph([[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3], [4, 5], [4, 6], [5, 6], [3, 4]], 7);

describe('the graph measures', () => {
  it('numbers communities by size, largest 0, the same on every run', () => {
    const first = computeMeasure(twoClusters, 'communities');
    expect(Array.from(first)).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(computeMeasure(twoClusters, 'communities')).toEqual(first);
  });

  it('gives the bridge ends the highest betweenness', () => {
    const scores = computeMeasure(twoClusters, 'betweenness');
    expect(Math.max(...scores)).toBe(scores[3]);
    expect(scores[4]).toBeGreaterThan(scores[0]!);
  });

  it('answers an empty graph and a single node', () => {
    expect(computeMeasure(tieGraph([], 0), 'pagerank')).toHaveLength(0);
    expect(Array.from(computeMeasure(tieGraph([], 1), 'degree'))).toEqual([0]);
    expect(Array.from(communities(buildGraph(tieGraph([], 1))))).toEqual([0]);
  });
});

describe('betweenness sampled from 200 sources', () => {
  it('is exact when every node is a source', () => {
    const graph = buildGraph(twoClusters);
    const exact = betweennessCentrality(graph, { getEdgeWeight: null });
    const sampled = sampledBetweenness(graph, sampleSources(graph.order, graph.order, 1));
    sampled.forEach((value, i) => expect(value).toBeCloseTo(exact[String(i)]!, 12));
  });

  it('on the 10k synthetic graph in 2024: the same top ten as exact, within 10% of the top score', async () => {
    const store = createMemoryStore();
    await store.importGraph(syntheticGraph(10_000, 42));
    const p = project(await allMeetings(store, { from: '2024-01-01', to: '2024-12-31' }));
    const ties = tiesOf(p);
    const graph = buildGraph({ order: p.nodes.length, source: ties.source, target: ties.target, weight: new Float64Array(ties.source.length) });
    expect(graph.order).toBeGreaterThan(200);
    const exactMap = betweennessCentrality(graph, { getEdgeWeight: null });
    const exact = Float64Array.from({ length: graph.order }, (_, i) => exactMap[String(i)]!);
    const sampled = computeMeasure({ order: graph.order, source: ties.source, target: ties.target, weight: new Float64Array(ties.source.length) }, 'betweenness');
    const top = (v: Float64Array) => Array.from(v.keys()).sort((a, b) => v[b]! - v[a]!).slice(0, 10).sort();
    expect(top(sampled)).toEqual(top(exact));
    const max = Math.max(...exact);
    expect(Math.max(...exact.map((e, i) => Math.abs(e - sampled[i]!)))).toBeLessThan(0.1 * max);
  }, 30_000);
});
