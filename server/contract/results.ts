/** What the store returns and the HTTP API sends: the web app reads these. */
import type { DatePrecision, GraphEdge, GraphNode, NodeType, Note, RelType, Source, AttendanceRole } from './model';
import type { Proposal } from './proposal';
import type { TopicId } from './topics';

export interface Health {
  ok: boolean;
  store: 'memory' | 'neo4j';
  nodes: number;
  relationships: number;
  message?: string;
}

export interface SearchHit {
  id: string;
  type: NodeType;
  label: string;
  /** The name, alias or acronym that matched; for a hit found by a note, the note's text (its start, when long). */
  matched: string;
  score: number;
  /**
   * Set when the words matched a researcher's note on this node, not one of
   * its names: that note's id. Such hits come after the hits by name.
   */
  noteId?: string;
}

/** A piece of the graph; `truncated` says the cap cut it. */
export interface GraphSlice {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  /** Number of neighbours matching the filters, when it is known (depth 1). */
  total?: number;
  /** Cypher that produced the slice, when the store is Neo4j and it was asked for. */
  cypher?: CypherTrace;
}

export interface CypherTrace {
  statement: string;
  parameters: Record<string, unknown>;
}

export interface RelationSummary {
  type: RelType;
  direction: 'out' | 'in';
  count: number;
}

export interface NeighbourRef {
  edge: GraphEdge;
  node: GraphNode;
  direction: 'out' | 'in';
}

export interface SourceRef extends Source {
  articleTitle: string;
  /** The relationship the quote supports. */
  edgeId: string;
  relation: RelType;
}

export interface NodeDetails {
  node: GraphNode;
  relations: RelationSummary[];
  neighbours: NeighbourRef[];
  neighboursTruncated: boolean;
  sources: SourceRef[];
}

export interface MeetingRef {
  id: string;
  label: string;
  date: string;
  precision: DatePrecision;
  dateEnd?: string;
  city?: string;
  country: string;
  topics: TopicId[];
  /** The role of the linked attendee in this meeting. */
  role?: AttendanceRole;
}

export interface WhoMetRow {
  node: GraphNode;
  /** How many meetings link them; `meetings` lists the most recent, capped. */
  meetingCount: number;
  meetings: MeetingRef[];
}

export interface WhoMetResult {
  center: GraphNode;
  rows: WhoMetRow[];
  truncated: boolean;
  cypher?: CypherTrace;
}

export interface PathResult {
  found: boolean;
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  cypher?: CypherTrace;
}

export interface Facets {
  meetingsPerYear: { year: number; count: number }[];
  meetingsPerTopic: { topic: TopicId; count: number }[];
  nodesPerType: Record<NodeType, number>;
  relationshipsPerType: Record<RelType, number>;
}

export interface MeetingRow extends MeetingRef {
  kind: string;
  summary: string;
  attendees: { id: string; type: NodeType; label: string; role?: AttendanceRole }[];
  articles: string[];
}

/** Notes, newest first; `truncated` when more than `limit` matched. */
export interface NotesPage {
  notes: Note[];
  truncated: boolean;
}

export interface MeetingsPage {
  rows: MeetingRow[];
  total: number;
  truncated: boolean;
}

/** POST /api/articles/accept: the proposal as written, and what the write changed. */
export interface AcceptReply {
  proposal: Proposal;
  /** New or changed nodes and relationships (Neo4j: all those written or merged). */
  written: { nodes: number; relationships: number };
  /** The graph already held all of it: nothing was written (answered 200, not 201). */
  unchanged: boolean;
}

export interface ApiErrorBody {
  error: {
    code:
      | 'bad_request'
      | 'unauthorized'
      | 'forbidden'
      | 'not_found'
      | 'method_not_allowed'
      | 'too_large'
      | 'unsupported_media_type'
      | 'unprocessable'
      | 'rate_limited'
      | 'unavailable'
      | 'timeout'
      | 'internal';
    message: string;
    field?: string;
  };
}
