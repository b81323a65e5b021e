import type { ArticleDoc, GraphData } from '../../contract/model';
import type { WrittenFacts } from '../graph-store';
import type { MemoryState } from './memory-state';

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * What writing `data` would change: nodes that are new or would take a new
 * value, relationships that are new or would gain a source, articles not yet
 * held. All zero means the graph already says all of it.
 */
export function factChanges({ graph }: MemoryState, articles: ReadonlyMap<string, ArticleDoc>, data: GraphData): WrittenFacts {
  let nodes = 0;
  for (const node of data.nodes) {
    if (!graph.hasNode(node.id)) nodes += 1;
    else {
      const known = graph.getNodeAttributes(node.id) as unknown as Record<string, unknown>;
      if (Object.entries(node).some(([key, value]) => !sameValue(known[key], value))) nodes += 1;
    }
  }
  let relationships = 0;
  for (const edge of data.edges) {
    if (!graph.hasEdge(edge.id)) relationships += 1;
    else {
      const known = graph.getEdgeAttributes(edge.id);
      if (edge.sources.some((s) => !known.sources.some((k) => k.articleId === s.articleId && k.quote === s.quote))) relationships += 1;
    }
  }
  return { nodes, relationships, articles: data.articles.filter((a) => !articles.has(a.id)).length };
}
