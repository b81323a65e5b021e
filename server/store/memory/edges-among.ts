import type { GraphEdge } from '../../contract/model';
import { incident } from './adjacency';
import type { MemoryState } from './memory-state';

/**
 * Every edge between the given nodes. Each node contributes its out-edges:
 * scanned when it has few, probed pair by pair when it has more out-edges
 * than there are nodes (a hub person). Topics and countries have no out-edges.
 */
export function edgesAmong(state: MemoryState, ids: Set<string>): GraphEdge[] {
  const { graph } = state;
  const found: GraphEdge[] = [];
  for (const u of ids) {
    const { out } = incident(state, u);
    if (out.length <= ids.size) {
      for (const edge of out) if (ids.has(edge.target)) found.push(edge);
      continue;
    }
    for (const v of ids) {
      const key = v === u ? undefined : graph.edge(u, v);
      if (key !== undefined) found.push(graph.getEdgeAttributes(key));
    }
  }
  return found;
}
