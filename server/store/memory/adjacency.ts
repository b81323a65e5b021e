import type { GraphEdge } from '../../api/model';
import type { MemoryState } from './graph';

/** A node's edges, by direction. */
export interface Incident {
  out: GraphEdge[];
  in: GraphEdge[];
}

/**
 * Incident-edge lists, filled from graphology the first time a node is
 * traversed. graphology keeps adjacency as objects keyed by neighbour id; a
 * hub with thousands of neighbours becomes a V8 dictionary whose for…in
 * rebuilds and sorts its keys on every traversal (4 ms for a 12k-meeting hub),
 * while an array iterates in microseconds. Filled lazily so that loading does
 * not pay for nodes nobody visits.
 */
export type Adjacency = Map<string, Incident>;

export function incident({ graph, adjacency }: MemoryState, id: string): Incident {
  let lists = adjacency.get(id);
  if (!lists) {
    const found: Incident = { out: [], in: [] };
    if (graph.hasNode(id)) {
      graph.forEachOutEdge(id, (_key, edge) => void found.out.push(edge));
      graph.forEachInEdge(id, (_key, edge) => void found.in.push(edge));
    }
    adjacency.set(id, found);
    lists = found;
  }
  return lists;
}

/** Keeps already-filled lists in step with an edge added to the graph. */
export function noteNewEdge({ adjacency }: MemoryState, edge: GraphEdge) {
  adjacency.get(edge.source)?.out.push(edge);
  adjacency.get(edge.target)?.in.push(edge);
}

/** Calls `visit` with each neighbour's id until it returns true; says whether it stopped early. */
export function someNeighbour(state: MemoryState, id: string, visit: (neighbour: string, edge: GraphEdge) => boolean): boolean {
  const { out, in: inbound } = incident(state, id);
  for (const edge of out) if (visit(edge.target, edge)) return true;
  for (const edge of inbound) if (visit(edge.source, edge)) return true;
  return false;
}
