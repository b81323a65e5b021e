import type { Node } from 'neo4j-driver';
import { REL_TYPES, type RelType } from '../../contract/model';
import { LIMITS } from '../../contract/requests';
import type { NeighbourRef, NodeDetails, SourceRef } from '../../contract/results';
import { NotFoundError } from '../errors';
import { plain, toGraphEdge, toGraphNode, type RelWithEnds } from './records';
import { int, type RunCypher } from './run-cypher';
import { STATEMENTS } from './statements';

const { detailsNeighbours: MAX_NEIGHBOURS, detailsSources: MAX_SOURCES } = LIMITS;

/** A node with a summary of its relationships, its first neighbours and the quotes behind them. */
export async function nodeDetails(run: RunCypher, id: string): Promise<NodeDetails> {
  const [record] = await run(STATEMENTS.node, { id, maxNeighbours: int(MAX_NEIGHBOURS + 1) });
  if (!record) throw new NotFoundError('node', id);
  const titles = new Map((record.get('articles') as { id: string; title: string }[]).map((a) => [a.id, a.title]));
  const found = record.get('neighbours') as (RelWithEnds & { node: Node })[];
  const neighbours: NeighbourRef[] = found.slice(0, MAX_NEIGHBOURS).map(({ rel, node, source, target }) => ({
    edge: toGraphEdge(rel, source, target),
    node: toGraphNode(node),
    direction: source === id ? 'out' : 'in',
  }));
  const sources: SourceRef[] = neighbours
    .flatMap(({ edge }) => edge.sources.map((s) => ({ ...s, articleTitle: titles.get(s.articleId) ?? s.articleId, edgeId: edge.id, relation: edge.type })))
    .slice(0, MAX_SOURCES);
  const relations = (plain(record.get('relations')) as { type: RelType; out: boolean; count: number }[])
    // A note's ABOUT is not a relationship of the graph (the statement counts every relationship).
    .filter(({ type }) => REL_TYPES.includes(type))
    .map(({ type, out, count }) => ({ type, direction: out ? ('out' as const) : ('in' as const), count }))
    .sort((a, b) => b.count - a.count);
  return {
    node: toGraphNode(record.get('n') as Node),
    relations,
    neighbours,
    neighboursTruncated: found.length > MAX_NEIGHBOURS,
    sources,
  };
}
