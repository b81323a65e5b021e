import type { NodeType } from '../../api/model';
import type { PathResult } from '../../api/results';
import type { PathQuery } from '../../api/requests';
import { NotFoundError } from '../errors';
import { incident, someNeighbour } from './adjacency';
import { nodeOf, type MemoryState } from './graph';

/**
 * Node types a connection may pass through. Topics, regions and articles are
 * left out: everyone is "connected" through terrorism, which tells nothing.
 */
export const PATH_THROUGH: ReadonlySet<NodeType> = new Set(['Person', 'Organization', 'Country', 'Meeting', 'Agreement']);

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
  const ids = search(state, query.from, query.to, query.maxLength);
  if (!ids) return { found: false, length: 0, nodes: [], edges: [] };
  const edges = ids.slice(1).map((id, i) => {
    const previous = ids[i]!;
    const key = graph.edge(previous, id) ?? graph.edge(id, previous)!;
    return graph.getEdgeAttributes(key);
  });
  return { found: true, length: edges.length, nodes: ids.map((id) => graph.getNodeAttributes(id)), edges };
}

function search(state: MemoryState, from: string, to: string, maxLength: number): string[] | null {
  if (from === to) return [from];
  // The node map, not graphology's attribute getter: this runs for every node the search reaches.
  const passable = (id: string) => id === from || id === to || PATH_THROUGH.has(nodeOf(state, id).type);
  const parents = { from: new Map<string, string | null>([[from, null]]), to: new Map<string, string | null>([[to, null]]) };
  const frontiers = { from: [from], to: [to] };
  let length = 0;

  while (frontiers.from.length > 0 && frontiers.to.length > 0 && length < maxLength) {
    // Grow the side that costs less to expand: edges to scan, not nodes (one hub outweighs hundreds of people).
    const side = work(state, frontiers.from) <= work(state, frontiers.to) ? 'from' : 'to';
    const other = side === 'from' ? 'to' : 'from';
    const next: string[] = [];
    let meeting: string | null = null;
    for (const node of frontiers[side]) {
      someNeighbour(state, node, (neighbour) => {
        if (parents[side].has(neighbour) || !passable(neighbour)) return false;
        parents[side].set(neighbour, node);
        if (parents[other].has(neighbour)) {
          meeting = neighbour;
          return true;
        }
        next.push(neighbour);
        return false;
      });
      if (meeting) break;
    }
    length += 1;
    if (meeting) return [...walk(parents.from, meeting).reverse(), ...walk(parents.to, meeting).slice(1)];
    frontiers[side] = next;
  }
  return null;
}

function work(state: MemoryState, frontier: string[]): number {
  let edges = 0;
  for (const id of frontier) {
    const lists = incident(state, id);
    edges += lists.out.length + lists.in.length;
  }
  return edges;
}

function walk(parents: Map<string, string | null>, start: string): string[] {
  const ids: string[] = [];
  for (let id: string | null | undefined = start; id; id = parents.get(id)) ids.push(id);
  return ids;
}
