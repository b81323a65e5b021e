import { NODE_TYPES } from '../../contract/model';
import { compressedRows } from './compressed-rows';
import type { CompactGraph, MemoryState } from './memory-state';
import { Scratch } from './scratch';

/** The graph's shape without its records (see CompactGraph in memory-state.ts): built on first use, dropped whenever the graph changes. */
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
  const scratch = new Scratch<[Int32Array, Int32Array]>([new Int32Array(ids.length).fill(-1), new Int32Array(ids.length).fill(-1)], 'path search marks');
  return { ids, ordinal, typeCode, start, neighbours, scratch };
}
