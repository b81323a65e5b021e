/**
 * Driver values to API records. Driver types (Integer, Node, Relationship,
 * Record) stop here: nothing outside this adapter sees them.
 */
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import {
  NODE_TYPES,
  REL_TYPES,
  type AttendanceRole,
  type GraphEdge,
  type GraphNode,
  type MeetingNode,
  type NodeType,
  type RelType,
  type Source,
} from '../../contract/model';
import type { MeetingRef } from '../../contract/results';
import { toMeetingRef } from '../meeting-ref';
import { searchableNames } from '../searchable-names';
import { queryTerms } from './lucene';

/** Integers to numbers, lists and maps recursively; driver graph types are not expected here. */
export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** Properties only the database needs: the full-text field and the article text. */
const STORAGE_ONLY = new Set(['names', 'text']);

export function toGraphNode(node: Node): GraphNode {
  const props = plain(node.properties) as Record<string, unknown>;
  if (!NODE_TYPES.includes(props.type as NodeType)) {
    throw new Error(`node ${String(props.id)} has no known type (labels: ${node.labels.join(', ')})`);
  }
  for (const key of STORAGE_ONLY) delete props[key];
  return props as unknown as GraphNode;
}

export function toGraphEdge(rel: Relationship, source: string, target: string): GraphEdge {
  const props = plain(rel.properties) as Record<string, unknown>;
  if (!REL_TYPES.includes(rel.type as RelType)) throw new Error(`unknown relationship type ${rel.type}`);
  const articles = (props.sourceArticles as string[] | undefined) ?? [];
  const quotes = (props.sourceQuotes as string[] | undefined) ?? [];
  const sources: Source[] = articles.map((articleId, i) => ({ articleId, quote: quotes[i] ?? '' }));
  return {
    id: String(props.id),
    type: rel.type as RelType,
    source,
    target,
    ...(typeof props.role === 'string' ? { role: props.role as GraphEdge['role'] } : {}),
    ...(typeof props.title === 'string' ? { title: props.title } : {}),
    sources,
  };
}

/** A relationship as the statements return it: the driver's Relationship knows only its ends' element ids. */
export interface RelWithEnds {
  rel: Relationship;
  source: string;
  target: string;
}

export const edgeWithEnds = ({ rel, source, target }: RelWithEnds): GraphEdge => toGraphEdge(rel, source, target);

/** A meeting node and the ids of the topics it discussed, as who-met rows and timelines list it. */
export function meetingRefOf(node: Node, topicNodeIds: string[], role?: AttendanceRole | null): MeetingRef {
  return toMeetingRef(toGraphNode(node) as MeetingNode, topicNodeIds, role);
}

/**
 * The full-text field: the names already cut into words the way queries are
 * (queryTerms). Lucene's own tokenizer keeps "l'État" as one word, which the
 * query words "l" and "etat" would never match.
 */
export function indexedNames(node: GraphNode): string {
  return searchableNames(node).map((name) => queryTerms(name).join(' ')).join(' | ');
}

/** A node as written: its record plus the full-text field. Undefined values are dropped (Neo4j stores none). */
export function nodeProperties(node: GraphNode): Record<string, unknown> {
  const props: Record<string, unknown> = { names: indexedNames(node) };
  for (const [key, value] of Object.entries(node)) if (value !== undefined) props[key] = value;
  return props;
}

/** A relationship as written: sources as two parallel lists. */
export function relationshipRow(edge: GraphEdge) {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    role: edge.role ?? null,
    title: edge.title ?? null,
    sourceArticles: edge.sources.map((s) => s.articleId),
    sourceQuotes: edge.sources.map((s) => s.quote),
  };
}
