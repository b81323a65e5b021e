import type { ArticleDoc, GraphData, Note } from '../contract/model';
import type {
  Facets,
  GraphSlice,
  Health,
  MeetingsPage,
  NodeDetails,
  NotesPage,
  PathResult,
  SearchHit,
  WhoMetResult,
} from '../contract/results';
import type {
  FacetsQuery,
  MeetingsQuery,
  NeighbourhoodQuery,
  NoteBody,
  NotesQuery,
  PathQuery,
  SearchQuery,
  WhoMetQuery,
} from '../contract/requests';

/** What a write changed: new or changed nodes and relationships, new articles. */
export interface WrittenFacts {
  nodes: number;
  relationships: number;
  articles: number;
}

/**
 * The one interface both adapters implement. Queries arrive already validated
 * (see server/contract/requests.ts); a store throws the typed errors of ./errors.
 */
export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  health(): Promise<Health>;
  /** Nodes by name, then (marked with `noteId`) nodes whose notes the words match. */
  search(query: SearchQuery): Promise<SearchHit[]>;
  node(id: string): Promise<NodeDetails>;
  neighbourhood(query: NeighbourhoodQuery): Promise<GraphSlice>;
  whoMet(query: WhoMetQuery): Promise<WhoMetResult>;
  path(query: PathQuery): Promise<PathResult>;
  /** Meetings per year over the whole graph; per topic, of the meetings within `from`/`to`. */
  facets(query?: FacetsQuery): Promise<Facets>;
  meetings(query: MeetingsQuery): Promise<MeetingsPage>;
  article(id: string): Promise<ArticleDoc>;
  /** Adds or merges nodes, relationships and articles in bulk, keyed by id. */
  importGraph(data: GraphData): Promise<void>;
  /**
   * Adds reviewed facts (an accepted article) all or nothing: on Neo4j in one
   * transaction; in memory after checking every relationship has both ends.
   * A store that can tell says what changed (all zero: the graph already had
   * it all, and nothing was written); one that cannot returns nothing.
   */
  writeFacts(data: GraphData): Promise<WrittenFacts | void>;
  /**
   * The JSON text of a node or edge record this store returned, as
   * JSON.stringify gives it. The embedded store hands out the same records
   * every time and caches their text, forgetting a record when a write
   * changes it; Neo4j's are new objects on each query, so it just serialises.
   */
  recordJson(record: object): string;
  /**
   * Researchers' notes, newest first: of the node `target` (NotFoundError
   * naming `target` when there is no such node), or of every node.
   */
  notes(query: NotesQuery): Promise<NotesPage>;
  /**
   * Writes a note on a node, all or nothing, where the store keeps its writes
   * (embedded: a file in the data dir; Neo4j: a :Note node in one
   * transaction). A note never counts as a node, relationship or source.
   */
  addNote(note: NoteBody): Promise<Note>;
  /** Deletes a note; NotFoundError (field `id`) when there is none with that id. */
  deleteNote(id: string): Promise<void>;
  close(): Promise<void>;
}
