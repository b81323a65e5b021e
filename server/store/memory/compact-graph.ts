import { NODE_TYPES } from '../../contract/model';
import { compressedRows } from './compressed-rows';
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
  // Each edge twice, once from each end: ends[2e] and ends[2e + 1] are one edge's ends, so pair p's other end is ends[p ^ 1].
  const ends = new Int32Array(graph.size * 2);
  let e = 0;
  graph.forEachEdge((_key, _edge, source, target) => {
    ends[e++] = ordinal.get(source)!;
    ends[e++] = ordinal.get(target)!;
  });
  const { start, order } = compressedRows(ends, ids.length);
  const neighbours = Int32Array.from(order, (pair) => ends[pair ^ 1]!);
  const scratch: [Int32Array, Int32Array] = [new Int32Array(ids.length).fill(-1), new Int32Array(ids.length).fill(-1)];
  return { ids, ordinal, typeCode, start, neighbours, scratch };
}
