import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '@contract/model';
import type { GraphSlice, WhoMetResult } from '@contract/results';
import { assembleGraph, assembleWhoMet, metEdgeId, truncations } from './canvas-graph';

const person = (id: string): GraphNode => ({ type: 'Person', id, label: id, name: id, aliases: [], titles: [] });
const meeting = (id: string): GraphNode => ({
  type: 'Meeting', id, label: id, date: '2024', precision: 'year', dateFrom: '2024-01-01', dateTo: '2024-12-31', year: 2024, country: 'MA', kind: 'audience', summary: '',
});
const attended = (source: string, target: string): GraphEdge => ({ id: `${source}>${target}`, type: 'ATTENDED', source, target, sources: [] });
const slice = (nodes: GraphNode[], edges: GraphEdge[], extra: Partial<GraphSlice> = {}): GraphSlice => ({ nodes, edges, truncated: false, ...extra });

describe('assembling what the canvas shows', () => {
  it('merges neighbourhoods by id and counts the meetings each person attended', () => {
    const graph = assembleGraph(
      [slice([person('a'), meeting('m1'), meeting('m2')], [attended('a', 'm1'), attended('a', 'm2')]), slice([meeting('m1'), person('b')], [attended('b', 'm1')])],
      [],
    );
    expect([...graph.nodes.keys()].sort()).toEqual(['a', 'b', 'm1', 'm2']);
    expect(graph.nodes.get('a')?.meetings).toBe(2);
    expect(graph.nodes.get('b')?.meetings).toBe(1);
    expect(graph.edges.size).toBe(3);
  });

  it('leaves removed nodes out, with their links', () => {
    const graph = assembleGraph([slice([person('a'), meeting('m1')], [attended('a', 'm1')])], ['m1']);
    expect([...graph.nodes.keys()]).toEqual(['a']);
    expect(graph.edges.size).toBe(0);
  });

  it('projects who met whom: one weighted link per pair, whichever side asked', () => {
    const row = (node: GraphNode, meetingCount: number) => ({ node, meetingCount, meetings: [] });
    const results: WhoMetResult[] = [
      { center: person('a'), rows: [row(person('b'), 3), row(person('c'), 1)], truncated: false },
      { center: person('b'), rows: [row(person('a'), 3)], truncated: false },
    ];
    const graph = assembleWhoMet(results, []);
    expect(graph.edges.size).toBe(2);
    expect(graph.edges.get(metEdgeId('b', 'a'))?.weight).toBe(3);
    expect(graph.nodes.get('a')?.meetings).toBe(4);
  });

  it('reports "X of Y" for expansions the server cut', () => {
    const cut = slice([person('a'), meeting('m1')], [], { truncated: true, total: 250 });
    expect(truncations([{ id: 'a' }, { id: 'b' }], [cut, slice([], [])])).toEqual([{ id: 'a', shown: 1, total: 250 }]);
  });
});
