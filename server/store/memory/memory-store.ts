import type { ArticleDoc, GraphData, MeetingNode } from '../../api/model';
import type { Facets } from '../../api/results';
import { InvalidQueryError, NotFoundError } from '../errors';
import type { GraphStore } from '../graph-store';
import { computeFacets } from './facets';
import { createGraph, type MemoryState } from './graph';
import { noteNewEdge } from './adjacency';
import { meetingsByDate, meetingsPage } from './meetings';
import { neighbourhood } from './neighbourhood';
import { nodeDetails } from './node-details';
import { createSearchIndex } from './search-index';
import { shortestPath } from './shortest-path';
import { whoMet } from './who-met';

/** The embedded store: the whole graph in process memory, on graphology. */
export function createMemoryStore(): GraphStore {
  const graph = createGraph();
  const state: MemoryState = { graph, adjacency: new Map(), nodes: new Map() };
  const index = createSearchIndex();
  const articles = new Map<string, ArticleDoc>();
  // Derived from the graph, rebuilt lazily after each import.
  let facets: Facets | null = null;
  let timeline: MeetingNode[] | null = null;

  const importGraph = async (data: GraphData) => {
    // Into an empty graph nothing can collide: skip the merge checks (a third of a 100k-node load).
    const fresh = graph.order === 0;
    for (const node of data.nodes) {
      if (fresh) graph.addNode(node.id, node);
      else graph.mergeNode(node.id, node);
      // mergeNode assigns into the record graphology already holds: keep that one.
      state.nodes.set(node.id, graph.getNodeAttributes(node.id));
    }
    for (const edge of data.edges) {
      if (fresh || !graph.hasEdge(edge.id)) {
        graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
        noteNewEdge(state, edge);
        continue;
      }
      const known = graph.getEdgeAttributes(edge.id);
      for (const s of edge.sources) {
        if (!known.sources.some((k) => k.articleId === s.articleId && k.quote === s.quote)) known.sources.push(s);
      }
    }
    for (const article of data.articles) articles.set(article.id, article);
    index.add(data.nodes);
    facets = null;
    timeline = null;
    state.attendance = state.compact = undefined;
  };

  return {
    kind: 'memory',
    async health() {
      return { ok: true, store: 'memory', nodes: graph.order, relationships: graph.size };
    },
    async search(query) {
      return index.search(query);
    },
    async node(id) {
      return nodeDetails(graph, id);
    },
    async neighbourhood(query) {
      return neighbourhood(state, query);
    },
    async whoMet(query) {
      return whoMet(state, query);
    },
    async path(query) {
      return shortestPath(state, query);
    },
    async facets() {
      facets ??= computeFacets(graph);
      return facets;
    },
    async meetings(query) {
      timeline ??= meetingsByDate(graph);
      return meetingsPage(state, timeline, query);
    },
    async article(id) {
      const article = articles.get(id);
      if (!article) throw new NotFoundError('article', id);
      return article;
    },
    importGraph,
    async writeFacts(data: GraphData) {
      const incoming = new Set(data.nodes.map((n) => n.id));
      const dangling = data.edges.find((e) => ![e.source, e.target].every((id) => incoming.has(id) || graph.hasNode(id)));
      if (dangling) throw new InvalidQueryError(`relationship ${dangling.id} has an end that is not in the graph`, 'facts');
      await importGraph(data);
    },
    async close() {
      graph.clear();
      state.adjacency.clear();
      state.nodes.clear();
      state.attendance = state.compact = undefined;
    },
  };
}
