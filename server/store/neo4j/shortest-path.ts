import type { Node } from 'neo4j-driver';
import type { PathQuery } from '../../contract/requests';
import type { PathResult } from '../../contract/results';
import { NotFoundError } from '../errors';
import { edgeWithEnds, toGraphNode, type RelWithEnds } from './records';
import { trace, type RunCypher } from './run-cypher';
import { STATEMENTS, pathStatement } from './statements';

/** The shortest connection through passable node types (see pathStatement), or found: false. */
export async function shortestPath(run: RunCypher, query: PathQuery): Promise<PathResult> {
  if (query.from === query.to) {
    // shortestPath refuses a path from a node to itself: it is that node alone.
    const [record] = await run(STATEMENTS.nodeById, { id: query.from });
    if (!record) throw new NotFoundError('node', query.from, 'from');
    return { found: true, length: 0, nodes: [toGraphNode(record.get('n') as Node)], edges: [] };
  }
  const statement = pathStatement(query.maxLength);
  const parameters = { from: query.from, to: query.to };
  const [record] = await run(statement, parameters);
  if (!record?.get('fromFound')) throw new NotFoundError('node', query.from, 'from');
  if (!record.get('toFound')) throw new NotFoundError('node', query.to, 'to');
  const nodes = (record.get('nodes') as Node[]).map(toGraphNode);
  const edges = (record.get('rels') as RelWithEnds[]).map(edgeWithEnds);
  return {
    found: nodes.length > 0,
    length: edges.length,
    nodes,
    edges,
    ...(query.cypher ? { cypher: trace(statement, parameters) } : {}),
  };
}
