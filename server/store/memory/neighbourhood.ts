import type { GraphSlice } from '../../api/results';
import type { NeighbourhoodQuery } from '../../api/requests';
import { NotFoundError } from '../errors';
import { edgesAmong, type MemoryGraph, type MemoryState } from './graph';
import { viewFilter } from './meeting-filter';

/**
 * Breadth-first neighbourhood of a node, up to two hops, through the nodes the
 * filters keep. Stops as soon as the page is full; at depth 1 it still counts
 * the matching neighbours so the caller can show "X of Y" and page on.
 */
export function neighbourhood(state: MemoryState, query: NeighbourhoodQuery): GraphSlice {
  const { graph } = state;
  if (!graph.hasNode(query.id)) throw new NotFoundError('node', query.id);
  const keep = viewFilter(state, query);
  const seen = new Set<string>([query.id]);
  const page = new Set<string>([query.id]);
  const wanted = query.offset + query.limit;
  let matched = 0;
  let truncated = false;
  let frontier = [query.id];

  for (let depth = 1; depth <= query.depth && !truncated && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      const stop = graph.someNeighbor(node, (neighbour, attrs) => {
        if (seen.has(neighbour) || !keep(neighbour, attrs)) return false;
        seen.add(neighbour);
        matched += 1;
        if (matched > wanted) return true;
        if (matched > query.offset) page.add(neighbour);
        next.push(neighbour);
        return false;
      });
      if (stop) {
        truncated = true;
        break;
      }
    }
    frontier = next;
  }

  const total = query.depth === 1 ? countNeighbours(graph, query.id, keep, truncated, matched, isUnfiltered(query)) : truncated ? undefined : matched;
  return {
    nodes: [...page].map((id) => graph.getNodeAttributes(id)),
    edges: edgesAmong(graph, page),
    truncated,
    ...(total === undefined ? {} : { total }),
  };
}

const isUnfiltered = (query: NeighbourhoodQuery) => !query.from && !query.to && !query.topics?.length && !query.types?.length;

function countNeighbours(
  graph: MemoryGraph,
  id: string,
  keep: ReturnType<typeof viewFilter>,
  truncated: boolean,
  matched: number,
  unfiltered: boolean,
): number {
  if (!truncated) return matched;
  // Unfiltered, every neighbour counts: the degree says it without a scan (no two edges join the same pair).
  if (unfiltered) return graph.degree(id);
  let count = 0;
  graph.forEachNeighbor(id, (neighbour, attrs) => {
    if (keep(neighbour, attrs)) count += 1;
  });
  return count;
}
