import type { NodeType } from '../../contract/model';
import type { PathResult } from '../../contract/results';
import type { PathQuery } from '../../contract/requests';
import { NotFoundError } from '../errors';
import { compactGraph } from './compact-graph';
import type { CompactGraph, MemoryState } from './memory-state';
import { NODE_TYPE_BIT } from './bit-codes';

/**
 * Node types a connection may pass through. Topics, regions and articles are
 * left out: everyone is "connected" through terrorism, which tells nothing.
 */
export const PATH_THROUGH: ReadonlySet<NodeType> = new Set(['Person', 'Organization', 'Country', 'Meeting', 'Agreement']);
const PASSABLE = [...PATH_THROUGH].reduce((mask, type) => mask | NODE_TYPE_BIT.get(type)!, 0);

/**
 * Shortest undirected connection, searched from both ends at once. Written
 * here because graphology-shortest-path's bidirectional search cannot skip
 * node types, and a path through a topic hub is always the shortest.
 */
export function shortestPath(state: MemoryState, query: PathQuery): PathResult {
  const { graph } = state;
  for (const [field, id] of [['from', query.from], ['to', query.to]] as const) {
    if (!graph.hasNode(id)) throw new NotFoundError('node', id, field);
  }
  const compact = compactGraph(state);
  const found = search(compact, compact.ordinal.get(query.from)!, compact.ordinal.get(query.to)!, query.maxLength);
  if (!found) return { found: false, length: 0, nodes: [], edges: [] };
  const ids = found.map((v) => compact.ids[v]!);
  const edges = ids.slice(1).map((id, i) => {
    const previous = ids[i]!;
    const key = graph.edge(previous, id) ?? graph.edge(id, previous)!;
    return graph.getEdgeAttributes(key);
  });
  return { found: true, length: edges.length, nodes: ids.map((id) => graph.getNodeAttributes(id)), edges };
}

/** Node ordinals from `from` to `to`, or null when no connection is short enough. */
function search(compact: CompactGraph, from: number, to: number, maxLength: number): number[] | null {
  if (from === to) return [from];
  // parent[side][v]: the node v was reached from, v itself for the two ends, −1 when not reached.
  return compact.scratch.use((parent) => {
    const touched: number[] = [from, to];
    parent[0][from] = from;
    parent[1][to] = to;
    try {
      return meet(compact, parent, touched, from, to, maxLength);
    } finally {
      for (const v of touched) parent[0][v] = parent[1][v] = -1;
    }
  });
}

/** Grows both frontiers until they meet; every node it marks goes into `touched`. */
function meet(compact: CompactGraph, parent: [Int32Array, Int32Array], touched: number[], from: number, to: number, maxLength: number): number[] | null {
  const { start, neighbours, typeCode } = compact;
  const frontiers = [[from], [to]];
  let meeting = -1;
  for (let length = 0; frontiers[0]!.length > 0 && frontiers[1]!.length > 0 && length < maxLength; length++) {
    // Grow the side that costs less to expand: edges to scan, not nodes (one hub outweighs hundreds of people).
    const side = work(start, frontiers[0]!) <= work(start, frontiers[1]!) ? 0 : 1;
    const [mine, theirs] = [parent[side]!, parent[1 - side]!];
    const next: number[] = [];
    for (const u of frontiers[side]!) {
      for (let k = start[u]!; k < start[u + 1]! && meeting < 0; k++) {
        const v = neighbours[k]!;
        if (mine[v] !== -1 || (v !== to && v !== from && (PASSABLE & (1 << typeCode[v]!)) === 0)) continue;
        mine[v] = u;
        touched.push(v);
        if (theirs[v] !== -1) meeting = v;
        else next.push(v);
      }
      if (meeting >= 0) return [...walk(parent[0], meeting).reverse(), ...walk(parent[1], meeting).slice(1)];
    }
    frontiers[side] = next;
  }
  return null;
}

function work(start: Int32Array, frontier: number[]): number {
  let edges = 0;
  for (const v of frontier) edges += start[v + 1]! - start[v]!;
  return edges;
}

function walk(parent: Int32Array, from: number): number[] {
  const path = [from];
  for (let v = from; parent[v] !== v; v = parent[v]!) path.push(parent[v]!);
  return path;
}
