import type { ArticleDoc, GraphData } from '../api/model';
import type {
  Facets,
  GraphSlice,
  Health,
  MeetingsPage,
  NodeDetails,
  PathResult,
  SearchHit,
  WhoMetResult,
} from '../api/results';
import type {
  MeetingsQuery,
  NeighbourhoodQuery,
  PathQuery,
  SearchQuery,
  WhoMetQuery,
} from '../api/requests';

/**
 * The one interface both adapters implement. Queries arrive already validated
 * (see server/api/requests.ts); a store throws the typed errors of ./errors.
 */
export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  health(): Promise<Health>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  node(id: string): Promise<NodeDetails>;
  neighbourhood(query: NeighbourhoodQuery): Promise<GraphSlice>;
  whoMet(query: WhoMetQuery): Promise<WhoMetResult>;
  path(query: PathQuery): Promise<PathResult>;
  facets(): Promise<Facets>;
  meetings(query: MeetingsQuery): Promise<MeetingsPage>;
  article(id: string): Promise<ArticleDoc>;
  /** Adds or merges nodes, relationships and articles in bulk, keyed by id. */
  importGraph(data: GraphData): Promise<void>;
  /**
   * Adds reviewed facts (an accepted article) all or nothing: on Neo4j in one
   * transaction; in memory after checking every relationship has both ends.
   */
  writeFacts(data: GraphData): Promise<void>;
  close(): Promise<void>;
}
