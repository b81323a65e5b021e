import type { ArticleDoc, GraphData, MeetingNode } from '../../contract/model';
import type { Facets } from '../../contract/results';
import { InvalidQueryError, NotFoundError } from '../errors';
import type { GraphStore, WrittenFacts } from '../graph-store';
import { danglingEnd } from './accepted-facts-file';
import { openAcceptedFactsLog, type AcceptedFactsLog, type LogOptions } from './accepted-facts-log';
import { factChanges } from './fact-changes';
import { computeFacets } from './facets';
import { createMemoryState } from './graph';
import { meetingsByDate, meetingsPage } from './meetings';
import { mergeGraph } from './merge-graph';
import { neighbourhood } from './neighbourhood';
import { nodeDetails } from './node-details';
import { createSearchIndex } from './search-index';
import { shortestPath } from './shortest-path';
import { whoMet } from './who-met';

export interface MemoryStore extends GraphStore {
  readonly kind: 'memory';
  /**
   * Keeps accepted facts in the log at `path` from now on: replays what it
   * holds over the graph (after the seed), then appends every write to it.
   * Throws AcceptedFactsError, naming the file, batch and reason, on a damaged file.
   */
  useAcceptedFacts(path: string, options?: LogOptions): Promise<void>;
}

/** The embedded store: the whole graph in process memory, on graphology. */
export function createMemoryStore(): MemoryStore {
  const state = createMemoryState();
  const { graph } = state;
  const index = createSearchIndex();
  const articles = new Map<string, ArticleDoc>();
  // Derived from the graph, rebuilt lazily after each import.
  let facets: Facets | null = null;
  let timeline: MeetingNode[] | null = null;

  let log: AcceptedFactsLog | undefined;

  const merge = (data: GraphData) => {
    mergeGraph(state, data);
    for (const article of data.articles) articles.set(article.id, article);
    // The merged records: a node written again with fewer fields keeps its other names searchable.
    index.add(data.nodes.map((n) => state.nodes.get(n.id) ?? n));
    facets = null;
    timeline = null;
  };
  const importGraph = async (data: GraphData) => merge(data);
  const target = { hasNode: (id: string) => graph.hasNode(id), apply: merge };

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
    async facets(query = {}) {
      if (query.from || query.to) return computeFacets(graph, query);
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
      // Decided after catching up with other writers (under the log's lock, when there is a log).
      let changes: WrittenFacts = { nodes: 0, relationships: 0, articles: 0 };
      const isNew = () => {
        const dangling = danglingEnd(data, target.hasNode);
        if (dangling) throw new InvalidQueryError(dangling, 'facts');
        changes = factChanges(state, articles, data);
        return changes.nodes + changes.relationships + changes.articles > 0;
      };
      if (log) await log.append({ acceptedAt: new Date().toISOString(), articleId: data.articles[0]?.id ?? 'unknown', data }, isNew);
      else if (isNew()) merge(data);
      return changes;
    },
    async useAcceptedFacts(path, options) {
      log?.close();
      log = await openAcceptedFactsLog(path, target, options);
    },
    async close() {
      log?.close();
      graph.clear();
      state.adjacency.clear();
      state.nodes.clear();
      state.attendance = state.compact = undefined;
    },
  };
}
