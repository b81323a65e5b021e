import type { RelType } from '../../contract/model';
import { LIMITS } from '../../contract/requests';
import type { NeighbourRef, NodeDetails, RelationSummary, SourceRef } from '../../contract/results';
import { NotFoundError } from '../errors';
import type { MemoryGraph } from './memory-state';

const { detailsNeighbours: MAX_NEIGHBOURS, detailsSources: MAX_SOURCES } = LIMITS;

/** A node with a summary of its relationships, its first neighbours and the quotes behind them. */
export function nodeDetails(graph: MemoryGraph, id: string): NodeDetails {
  if (!graph.hasNode(id)) throw new NotFoundError('node', id);
  const counts = new Map<string, RelationSummary>();
  const neighbours: NeighbourRef[] = [];
  const sources: SourceRef[] = [];
  let neighboursTruncated = false;

  graph.forEachEdge(id, (_key, edge, source, target) => {
    const direction = source === id ? 'out' : 'in';
    const countKey = `${edge.type}:${direction}`;
    const summary = counts.get(countKey) ?? { type: edge.type as RelType, direction, count: 0 };
    summary.count += 1;
    counts.set(countKey, summary);
    if (neighbours.length < MAX_NEIGHBOURS) {
      neighbours.push({ edge, node: graph.getNodeAttributes(direction === 'out' ? target : source), direction });
    } else {
      neighboursTruncated = true;
    }
    for (const s of edge.sources) {
      if (sources.length >= MAX_SOURCES) break;
      const article = graph.hasNode(s.articleId) ? graph.getNodeAttributes(s.articleId) : undefined;
      sources.push({ ...s, articleTitle: article?.label ?? s.articleId, edgeId: edge.id, relation: edge.type });
    }
  });

  return {
    node: graph.getNodeAttributes(id),
    relations: [...counts.values()].sort((a, b) => b.count - a.count),
    neighbours,
    neighboursTruncated,
    sources,
  };
}
