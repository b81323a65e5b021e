import type { ArticleDoc, GraphData, MeetingNode } from '../../api/model';
import type { Facets } from '../../api/results';
import { InvalidQueryError, NotFoundError } from '../errors';
import type { GraphStore } from '../graph-store';
import { computeFacets } from './facets';
import { createMemoryState } from './graph';
import { meetingsByDate, meetingsPage } from './meetings';
import { mergeGraph } from './merge-graph';
import { neighbourhood } from './neighbourhood';
import { nodeDetails } from './node-details';
import { createSearchIndex } from './search-index';
import { shortestPath } from './shortest-path';
import { whoMet } from './who-met';

/** The embedded store: the whole graph in process memory, on graphology. */
export function createMemoryStore(): GraphStore {
  const state = createMemoryState();
  const { graph } = state;
  const index = createSearchIndex();
  const articles = new Map<string, ArticleDoc>();
  // Derived from the graph, rebuilt lazily after each import.
  let facets: Facets | null = null;
  let timeline: MeetingNode[] | null = null;

  const importGraph = async (data: GraphData) => {
    mergeGraph(state, data);
    for (const article of data.articles) articles.set(article.id, article);
    index.add(data.nodes);
    facets = null;
    timeline = null;
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
