import type { GraphSlice } from '../../contract/results';
import type { NeighbourhoodQuery } from '../../contract/requests';
import { NotFoundError } from '../errors';
import { someNeighbour } from './adjacency';
import { edgesAmong } from './edges-among';
import { nodeOf, type MemoryState } from './memory-state';
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
      const stop = someNeighbour(state, node, (neighbour) => {
        if (seen.has(neighbour) || !keep(neighbour, nodeOf(state, neighbour))) return false;
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

  const total = query.depth === 1 ? countNeighbours(state, query.id, keep, truncated, matched, isUnfiltered(query)) : truncated ? undefined : matched;
  return {
    nodes: [...page].map((id) => nodeOf(state, id)),
    edges: edgesAmong(state, page),
    truncated,
    ...(total === undefined ? {} : { total }),
  };
}

const isUnfiltered = (query: NeighbourhoodQuery) => !query.from && !query.to && !query.topics?.length && !query.types?.length;

function countNeighbours(
  state: MemoryState,
  id: string,
  keep: ReturnType<typeof viewFilter>,
  truncated: boolean,
  matched: number,
  unfiltered: boolean,
): number {
  if (!truncated) return matched;
  // Unfiltered, every neighbour counts: the degree says it without a scan (no two edges join the same pair).
  if (unfiltered) return state.graph.degree(id);
  let count = 0;
  someNeighbour(state, id, (neighbour) => {
    if (keep(neighbour, nodeOf(state, neighbour))) count += 1;
    return false;
  });
  return count;
}
