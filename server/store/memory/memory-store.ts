import type { ArticleDoc, GraphData, MeetingNode } from '../../contract/model';
import type { Facets } from '../../contract/results';
import { NotFoundError } from '../errors';
import type { GraphStore } from '../graph-store';
import { withNoteHits } from '../note-records';
import type { LogOptions } from './accepted-facts-log';
import { notesPathBeside } from './data-dir';
import { computeFacets } from './facets';
import { factWriter } from './fact-writer';
import { createMemoryState } from './memory-state';
import { meetingsByDate, meetingsPage } from './meetings';
import { noteKeeper } from './notes';
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
   * Keeps notes in notes.json beside it, the same way. Throws a
   * DataFileError (AcceptedFactsError, NotesFileError) naming the file and
   * the reason on a damaged file.
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

  const merge = (data: GraphData) => {
    mergeGraph(state, data);
    for (const article of data.articles) articles.set(article.id, article);
    // The merged records: a node written again with fewer fields keeps its other names searchable.
    index.add(data.nodes.map((n) => state.nodes.get(n.id) ?? n));
    facets = null;
    timeline = null;
  };
  const facts = factWriter(state, articles, merge);
  const notes = noteKeeper(state);

  return {
    kind: 'memory',
    health: async () => ({ ok: true, store: 'memory', nodes: graph.order, relationships: graph.size }),
    search: async (query) => withNoteHits(index.search(query), notes.search(query), query.limit),
    node: async (id) => nodeDetails(graph, id),
    neighbourhood: async (query) => neighbourhood(state, query),
    whoMet: async (query) => whoMet(state, query),
    path: async (query) => shortestPath(state, query),
    async facets(query = {}) {
      if (query.from || query.to) return computeFacets(graph, query);
      return (facets ??= computeFacets(graph));
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
    importGraph: async (data) => merge(data),
    writeFacts: facts.writeFacts,
    async useAcceptedFacts(path, options) {
      await facts.useAcceptedFacts(path, options);
      await notes.useFile(notesPathBeside(path), options);
    },
    notes: notes.notes,
    addNote: notes.addNote,
    deleteNote: notes.deleteNote,
    recordJson: (record) => state.recordJson.json(record),
    async close() {
      facts.close();
      notes.close();
      graph.clear();
      state.adjacency.clear();
      state.nodes.clear();
      state.attendance = state.compact = undefined;
    },
  };
}
