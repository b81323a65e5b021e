/**
 * The embedded store's state, which every query reads: the graphology graph
 * and the indexes kept beside it. Types only and how to make an empty state,
 * so that the modules building the indexes and the queries reading them all
 * depend on this file and never on each other.
 */
import Graph from 'graphology';
import type { GraphEdge, GraphNode, MeetingNode } from '../../contract/model';
import { createRecordJsonCache, type RecordJsonCache } from './record-json';
import type { Scratch } from './scratch';

/** Node and edge attributes are the API records themselves: no conversion on the way out. */
export type MemoryGraph = Graph<GraphNode, GraphEdge>;

export interface MemoryState {
  graph: MemoryGraph;
  adjacency: Adjacency;
  /**
   * The same node records graphology holds, by id: graphology's attribute
   * getters cost ~25× a Map lookup, which hub traversals make thousands of.
   */
  nodes: Map<string, GraphNode>;
  /** Built by the first who-met query, dropped when the graph changes (attendance.ts). */
  attendance?: AttendanceIndex | undefined;
  /** Built by the first path query, dropped when the graph changes (compact-graph.ts). */
  compact?: CompactGraph | undefined;
  /** The JSON of the records above, forgotten as merge-graph.ts changes them. */
  recordJson: RecordJsonCache;
  /** False once graphology's private node tables were not where neighbour-tables.ts expects them. */
  dictionaryNeighbourTables: boolean;
}

/** A node's edges, by direction, and (once asked for) its neighbours' ids in id order (adjacency.ts). */
export interface Incident {
  out: GraphEdge[];
  in: GraphEdge[];
  byId?: string[];
}

/**
 * Incident-edge lists, filled from graphology the first time a node is
 * traversed. graphology keeps adjacency as objects keyed by neighbour id; a
 * hub with thousands of neighbours becomes a V8 dictionary whose for…in
 * rebuilds and sorts its keys on every traversal (4 ms for a 12k-meeting hub),
 * while an array iterates in microseconds. Filled lazily so that loading does
 * not pay for nodes nobody visits.
 */
export type Adjacency = Map<string, Incident>;

/**
 * Who attended which meeting, as typed arrays indexed by small integers (attendance.ts).
 *
 * Who-met on a hub walks ten thousand meetings and their attendees. Through
 * the record objects each step is a pointer chase to somewhere in a 400 MiB
 * heap, and those cache misses cost ~0.8 µs a meeting, 30 ms a hub query.
 * The same walk over a few megabytes of contiguous integers stays in cache.
 */
export interface AttendanceIndex {
  meetings: MeetingNode[];
  /** Dates as yyyymmdd numbers, by meeting ordinal. */
  dayFrom: Int32Array;
  dayTo: Int32Array;
  /** Bit i set when the meeting discussed TOPIC_IDS[i]. */
  topicMask: Int32Array;
  /** Attendees of meeting m: attendees[attendeeStart[m] … attendeeStart[m + 1]), with their role codes. */
  attendeeStart: Int32Array;
  attendees: Int32Array;
  roleCodes: Uint8Array;
  attendeeIds: string[];
  attendeeOrdinal: Map<string, number>;
  /** Meetings of attendee a, most recent first: meetingsOf[meetingStart[a] … meetingStart[a + 1]). */
  meetingStart: Int32Array;
  meetingsOf: Int32Array;
  /** Zeros, one per attendee, that a query may count in and must zero again before it returns. */
  scratchCounts: Scratch<Int32Array>;
}

/**
 * The graph's shape without its records (compact-graph.ts): nodes numbered
 * 0…n−1 and each node's neighbours, either direction, as one contiguous
 * integer array (compressed sparse rows). A breadth-first search over it
 * touches a few megabytes in order instead of chasing record pointers.
 */
export interface CompactGraph {
  ids: string[];
  ordinal: Map<string, number>;
  /** NODE_TYPES index of each node. */
  typeCode: Uint8Array;
  /** Neighbours of v: neighbours[start[v] … start[v + 1]). */
  start: Int32Array;
  neighbours: Int32Array;
  /** Per-node marks, one array per search direction, that a search may set and must reset to −1 before it returns. */
  scratch: Scratch<[Int32Array, Int32Array]>;
}

export function createMemoryState(): MemoryState {
  const graph: MemoryGraph = new Graph<GraphNode, GraphEdge>({ type: 'directed', multi: false, allowSelfLoops: false });
  return { graph, adjacency: new Map(), nodes: new Map(), recordJson: createRecordJsonCache(), dictionaryNeighbourTables: true };
}

export function nodeOf(state: MemoryState, id: string): GraphNode {
  const node = state.nodes.get(id);
  if (!node) throw new Error(`node ${id} is in the adjacency but not in the node map`);
  return node;
}
