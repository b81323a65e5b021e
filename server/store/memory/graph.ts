import Graph from 'graphology';
import type { GraphEdge, GraphNode } from '../../api/model';
import type { MeetingLinksIndex } from './meeting-links';

/** Node and edge attributes are the API records themselves: no conversion on the way out. */
export type MemoryGraph = Graph<GraphNode, GraphEdge>;

/** The graph and the indexes kept beside it; every query reads this. */
export interface MemoryState {
  graph: MemoryGraph;
  meetingLinks: MeetingLinksIndex;
}

export function createGraph(): MemoryGraph {
  return new Graph<GraphNode, GraphEdge>({ type: 'directed', multi: false, allowSelfLoops: false });
}

/**
 * Every edge between the given nodes. Each node contributes its out-edges:
 * scanned when it has few, probed pair by pair when it has more out-edges
 * than there are nodes (a hub person). Topics and countries have no out-edges.
 */
export function edgesAmong(graph: MemoryGraph, ids: Set<string>): GraphEdge[] {
  const found: GraphEdge[] = [];
  for (const u of ids) {
    if (graph.outDegree(u) <= ids.size) {
      graph.forEachOutEdge(u, (_key, attrs, _source, target) => {
        if (ids.has(target)) found.push(attrs);
      });
      continue;
    }
    for (const v of ids) {
      const key = v === u ? undefined : graph.edge(u, v);
      if (key !== undefined) found.push(graph.getEdgeAttributes(key));
    }
  }
  return found;
}
