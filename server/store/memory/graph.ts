import Graph from 'graphology';
import type { GraphEdge, GraphNode } from '../../contract/model';
import { incident, type Adjacency } from './adjacency';
import type { AttendanceIndex } from './attendance';
import type { CompactGraph } from './compact-graph';

/** Node and edge attributes are the API records themselves: no conversion on the way out. */
export type MemoryGraph = Graph<GraphNode, GraphEdge>;

/** The graph and the indexes kept beside it; every query reads this. */
export interface MemoryState {
  graph: MemoryGraph;
  adjacency: Adjacency;
  /**
   * The same node records graphology holds, by id: graphology's attribute
   * getters cost ~25× a Map lookup, which hub traversals make thousands of.
   */
  nodes: Map<string, GraphNode>;
  /** Built by the first who-met query, dropped when the graph changes. */
  attendance?: AttendanceIndex | undefined;
  /** Built by the first path query, dropped when the graph changes. */
  compact?: CompactGraph | undefined;
}

export function nodeOf(state: MemoryState, id: string): GraphNode {
  const node = state.nodes.get(id);
  if (!node) throw new Error(`node ${id} is in the adjacency but not in the node map`);
  return node;
}

export function createGraph(): MemoryGraph {
  return new Graph<GraphNode, GraphEdge>({ type: 'directed', multi: false, allowSelfLoops: false });
}

export function createMemoryState(): MemoryState {
  return { graph: createGraph(), adjacency: new Map(), nodes: new Map() };
}

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
