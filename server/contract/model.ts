/**
 * The graph model shared by the server, the stores and the web app.
 * Node and edge properties are flat primitives (or lists of them) so that the
 * same records can be written to Neo4j unchanged.
 */

export const NODE_TYPES = [
  'Person',
  'Organization',
  'Country',
  'Topic',
  'Region',
  'Meeting',
  'Agreement',
  'Article',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const REL_TYPES = [
  'MEMBER_OF',
  'REPRESENTS',
  'OF_COUNTRY',
  'PART_OF',
  'ATTENDED',
  'HELD_IN',
  'DISCUSSED',
  'CONCERNED',
  'PRODUCED',
  'SIGNED',
  'REPORTED_IN',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const ORGANIZATION_KINDS = ['police', 'intelligence', 'embassy', 'ministry', 'international'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const MEETING_KINDS = ['audience', 'working-visit', 'working-session', 'bilateral', 'tripartite', 'multilateral'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const ATTENDANCE_ROLES = ['host', 'guest', 'participant'] as const;
export type AttendanceRole = (typeof ATTENDANCE_ROLES)[number];

export type DatePrecision = 'day' | 'month' | 'year';

/** Where a fact comes from: the article and the exact words that state it. */
export interface Source {
  articleId: string;
  quote: string;
}

interface NodeBase {
  id: string;
  label: string;
}

export interface PersonNode extends NodeBase {
  type: 'Person';
  name: string;
  aliases: string[];
  titles: string[];
}

export interface OrganizationNode extends NodeBase {
  type: 'Organization';
  name: string;
  acronym?: string;
  aliases: string[];
  kind: OrganizationKind;
  country?: string;
}

export interface CountryNode extends NodeBase {
  type: 'Country';
  /** ISO 3166-1 alpha-2 */
  code: string;
  nameFr: string;
  nameEn: string;
}

export interface TopicNode extends NodeBase {
  type: 'Topic';
  nameFr: string;
  nameEn: string;
}

export interface RegionNode extends NodeBase {
  type: 'Region';
  name: string;
  aliases: string[];
}

export interface MeetingNode extends NodeBase {
  type: 'Meeting';
  /** As precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  precision: DatePrecision;
  /** Last day of a meeting spanning several days (YYYY-MM-DD). */
  dateEnd?: string;
  /** First and last possible day, for range filters (YYYY-MM-DD). */
  dateFrom: string;
  dateTo: string;
  year: number;
  city?: string;
  country: string;
  kind: MeetingKind;
  summary: string;
}

export interface AgreementNode extends NodeBase {
  type: 'Agreement';
  name: string;
  period?: string;
}

export interface ArticleNode extends NodeBase {
  type: 'Article';
  title: string;
  publisher?: string;
  /** Where it was collected from. */
  url?: string;
  published: string;
  precision: DatePrecision;
}

export type GraphNode =
  | PersonNode
  | OrganizationNode
  | CountryNode
  | TopicNode
  | RegionNode
  | MeetingNode
  | AgreementNode
  | ArticleNode;

export interface GraphEdge {
  id: string;
  type: RelType;
  source: string;
  target: string;
  /** ATTENDED: host, guest or participant. */
  role?: AttendanceRole;
  /** MEMBER_OF and REPRESENTS: the title the article gives. */
  title?: string;
  sources: Source[];
}

export interface ArticleDoc {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  published: string;
  precision: DatePrecision;
  text: string;
}

/**
 * A researcher's note on a node: their own words, kept apart from the graph's
 * facts (it is never a source, and no fact rests on it).
 */
export interface Note {
  /** "note:" and a random UUID. */
  id: string;
  /** The node it is about. */
  target: string;
  text: string;
  /** When it was written (ISO timestamp, UTC); a store's notes never share one. */
  created: string;
}

/** Everything a store imports in one go. */
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  articles: ArticleDoc[];
}

export function edgeId(type: RelType, source: string, target: string): string {
  return `${source}-${type}->${target}`;
}
