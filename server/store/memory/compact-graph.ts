import { NODE_TYPES } from '../../api/model';
import type { MemoryState } from './graph';

/**
 * The graph's shape without its records: nodes numbered 0…n−1 and each
 * node's neighbours, either direction, as one contiguous integer array
 * (compressed sparse rows). A breadth-first search over it touches a few
 * megabytes in order instead of chasing record pointers across the heap.
 * Built on first use and dropped whenever the graph changes.
 */
export interface CompactGraph {
  ids: string[];
  ordinal: Map<string, number>;
  /** NODE_TYPES index of each node. */
  typeCode: Uint8Array;
  /** Neighbours of v: neighbours[start[v] … start[v + 1]). */
  start: Int32Array;
  neighbours: Int32Array;
  /**
   * Per-node marks a search may set and must reset to −1 before it returns
   * (cheaper than allocating and filling 2 × 400 KiB each query). Searches
   * run to completion one at a time.
   */
  scratch: [Int32Array, Int32Array];
}

export function compactGraph(state: MemoryState): CompactGraph {
  state.compact ??= buildCompactGraph(state);
  return state.compact;
}

function buildCompactGraph({ graph, nodes }: MemoryState): CompactGraph {
  const ids = [...nodes.keys()];
  const ordinal = new Map(ids.map((id, v) => [id, v]));
  const typeCode = Uint8Array.from(nodes.values(), (node) => NODE_TYPES.indexOf(node.type));
  const ends = new Int32Array(graph.size * 2);
  let e = 0;
  graph.forEachEdge((_key, _edge, source, target) => {
    ends[e++] = ordinal.get(source)!;
    ends[e++] = ordinal.get(target)!;
  });
  const start = new Int32Array(ids.length + 1);
  for (const v of ends) start[v + 1]! += 1;
  for (let v = 0; v < ids.length; v++) start[v + 1]! += start[v]!;
  const next = start.slice(0, ids.length);
  const neighbours = new Int32Array(ends.length);
  for (let i = 0; i < ends.length; i += 2) {
    const [u, v] = [ends[i]!, ends[i + 1]!];
    neighbours[next[u]!++] = v;
    neighbours[next[v]!++] = u;
  }
  const scratch: [Int32Array, Int32Array] = [new Int32Array(ids.length).fill(-1), new Int32Array(ids.length).fill(-1)];
  return { ids, ordinal, typeCode, start, neighbours, scratch };
}
