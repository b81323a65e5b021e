import type { GraphEdge } from '../../contract/model';
import type { Incident, MemoryState } from './memory-state';

/** A node's incident-edge lists (see Adjacency in memory-state.ts), filled from graphology on its first traversal. */
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
  const source = adjacency.get(edge.source);
  const target = adjacency.get(edge.target);
  source?.out.push(edge);
  target?.in.push(edge);
  if (source) source.byId = undefined;
  if (target) target.byId = undefined;
}

/**
 * Calls `visit` with each neighbour's id, in id order (as Neo4j's ORDER BY id
 * pages them), until it returns true; says whether it stopped early. The
 * sorted list is built on a node's first visit and kept until its edges change.
 */
export function someNeighbour(state: MemoryState, id: string, visit: (neighbour: string) => boolean): boolean {
  const lists = incident(state, id);
  lists.byId ??= [...new Set([...lists.out.map((e) => e.target), ...lists.in.map((e) => e.source)])].sort(byCodeUnit);
  for (const neighbour of lists.byId) if (visit(neighbour)) return true;
  return false;
}

// Cypher compares strings by code point, as < does for the ASCII ids we make.
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
