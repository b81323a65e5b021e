import Graph from 'graphology';
import type { GraphEdge, GraphNode } from '../../api/model';

/** Node and edge attributes are the API records themselves: no conversion on the way out. */
export type MemoryGraph = Graph<GraphNode, GraphEdge>;

export function createGraph(): MemoryGraph {
  return new Graph<GraphNode, GraphEdge>({ type: 'directed', multi: false, allowSelfLoops: false });
}

/** Every edge between the given nodes. Hubs are probed pair by pair instead of scanning all their edges. */
export function edgesAmong(graph: MemoryGraph, ids: Set<string>): GraphEdge[] {
  const found = new Map<string, GraphEdge>();
  for (const u of ids) {
    if (graph.degree(u) <= ids.size) {
      graph.forEachOutEdge(u, (key, attrs, _source, target) => {
        if (ids.has(target)) found.set(key, attrs);
      });
      continue;
    }
    for (const v of ids) {
      if (v === u) continue;
      const out = graph.edge(u, v);
      if (out !== undefined) found.set(out, graph.getEdgeAttributes(out));
      const back = graph.edge(v, u);
      if (back !== undefined) found.set(back, graph.getEdgeAttributes(back));
    }
  }
  return [...found.values()];
}
