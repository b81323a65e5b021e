import { describe, expect, it } from 'vitest';
import { edgeId } from '../../contract/model';
import { pathQuery } from '../../contract/requests';
import { random, syntheticGraph } from '../../../tests/support/synthetic-graph';
import { createMemoryStore } from './memory-store';
import { PATH_THROUGH } from './shortest-path';

type Synthetic = ReturnType<typeof syntheticGraph>;

function undirected(graph: Synthetic): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const e of graph.edges) {
    add(e.source, e.target);
    add(e.target, e.source);
  }
  return neighbours;
}

/** Plain breadth-first search from one end: slow, obviously right. */
function bfsLength(graph: Synthetic, neighbours: Map<string, string[]>, from: string, to: string, maxLength: number): number | null {
  const type = new Map(graph.nodes.map((n) => [n.id, n.type]));
  const seen = new Set([from]);
  let frontier = [from];
  for (let length = 0; frontier.length > 0 && length <= maxLength; length++) {
    if (frontier.includes(to)) return length;
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of neighbours.get(id) ?? []) {
        if (seen.has(n) || (n !== to && !PATH_THROUGH.has(type.get(n)!))) continue;
        seen.add(n);
        next.push(n);
      }
    }
    frontier = next;
  }
  return null;
}

describe('shortest connection', () => {
  it('is as short as a plain breadth-first search finds, on 150 random pairs of a synthetic graph', async () => {
    const graph = syntheticGraph(3_000, 7);
    const store = createMemoryStore();
    await store.importGraph(graph);
    const neighbours = undirected(graph);
    const rng = random(11);
    const lengths = new Set<number>();
    for (let i = 0; i < 150; i++) {
      const from = rng.pick(graph.personIds);
      const to = rng.pick(graph.personIds);
      const result = await store.path(pathQuery.parse({ from, to }));
      const expected = bfsLength(graph, neighbours, from, to, 6);
      expect(result.found ? result.length : null, `${from} → ${to}`).toBe(expected);
      if (!result.found) continue;
      lengths.add(result.length);
      // A real walk: each relationship joins the node before to the node after, through passable types only.
      expect(result.nodes[0]?.id).toBe(from);
      expect(result.nodes.at(-1)?.id).toBe(to);
      result.edges.forEach((edge, k) => {
        expect([edge.source, edge.target].sort()).toEqual([result.nodes[k]!.id, result.nodes[k + 1]!.id].sort());
      });
      expect(result.nodes.every((node) => PATH_THROUGH.has(node.type))).toBe(true);
    }
    // The pairs are not all trivial: connections of several lengths were compared.
    expect(lengths.size).toBeGreaterThanOrEqual(2);
  });

  it('finds a connection written after the first search', async () => {
    const graph = syntheticGraph(3_000, 7);
    const store = createMemoryStore();
    await store.importGraph(graph);
    const [a, b] = [graph.personIds.at(-1)!, graph.personIds.at(-2)!];
    await store.path(pathQuery.parse({ from: a, to: b }));
    const source = [{ articleId: 'article:0', quote: 'new' }];
    await store.writeFacts({
      nodes: [],
      edges: [{ id: edgeId('MEMBER_OF', a, 'org:0'), type: 'MEMBER_OF', source: a, target: 'org:0', sources: source },
        { id: edgeId('MEMBER_OF', b, 'org:0'), type: 'MEMBER_OF', source: b, target: 'org:0', sources: source }],
      articles: [],
    });
    const result = await store.path(pathQuery.parse({ from: a, to: b }));
    expect(result.nodes.map((node) => node.id)).toEqual([a, 'org:0', b]);
  });
});
