import type { Node } from 'neo4j-driver';
import type { NeighbourhoodQuery } from '../../contract/requests';
import type { GraphSlice } from '../../contract/results';
import { NotFoundError } from '../errors';
import { edgeWithEnds, plain, toGraphNode, type RelWithEnds } from './records';
import { filterParameters, int, trace, type RunCypher } from './run-cypher';
import { STATEMENTS } from './statements';

/** Neighbours at depth 1 or 2 through the nodes the filters keep, one page of them, in one statement. */
export async function neighbourhood(run: RunCypher, query: NeighbourhoodQuery): Promise<GraphSlice> {
  const parameters = {
    id: query.id,
    depth: int(query.depth),
    cap: int(query.offset + query.limit + 1),
    offset: int(query.offset),
    limit: int(query.limit),
    types: query.types?.length ? query.types : null,
    ...filterParameters(query),
  };
  const [record] = await run(STATEMENTS.neighbourhood, parameters);
  if (!record) throw new NotFoundError('node', query.id);
  const truncated = record.get('truncated') as boolean;
  const total = query.depth === 1 ? Number(plain(record.get('total'))) : truncated ? undefined : Number(plain(record.get('counted')));
  return {
    nodes: [record.get('c') as Node, ...(record.get('page') as Node[])].map(toGraphNode),
    edges: (record.get('rels') as RelWithEnds[]).map(edgeWithEnds),
    truncated,
    ...(total === undefined ? {} : { total }),
    ...(query.cypher ? { cypher: trace(STATEMENTS.neighbourhood, parameters) } : {}),
  };
}
