/**
 * What the canvas shows, assembled from API answers. Pure: tested without a
 * browser. Two modes: the full graph (meetings as nodes) and the who-met-whom
 * projection (people and agencies linked directly, weight = shared meetings).
 */
import type { GraphEdge, GraphNode } from '@contract/model';
import type { AttendeeRef, Comparison } from '@contract/analysis';
import type { GraphSlice, MeetingRef, PathResult, WhoMetResult } from '@contract/results';

export interface CanvasNode {
  id: string;
  record: GraphNode;
  /** Meetings attended, among what is loaded (sizes people and agencies). */
  meetings: number;
}

export interface CanvasEdge {
  id: string;
  source: string;
  target: string;
  type: GraphEdge['type'] | 'MET';
  /** The API record, in graph mode. */
  record?: GraphEdge;
  /** Who-met mode: the meetings linking the two. */
  weight?: number;
  meetingRefs?: MeetingRef[];
  /** Compare mode: how the tie changed from period a to period b, and the meetings behind it (ids, oldest first). */
  change?: TieChange;
  meetingIds?: string[];
  /** Connect in time: this link's step in the chain of meetings, numbered from the earliest, with its date. */
  step?: string;
}

export type TieChange = 'appeared' | 'vanished' | 'kept';

export interface CanvasGraph {
  nodes: Map<string, CanvasNode>;
  edges: Map<string, CanvasEdge>;
}

/** "X of Y" for expansions the server cut. */
export interface Truncation {
  id: string;
  shown: number;
  total: number | undefined;
}

function addNode(graph: CanvasGraph, record: GraphNode) {
  if (!graph.nodes.has(record.id)) graph.nodes.set(record.id, { id: record.id, record, meetings: 0 });
}

function dropRemoved(graph: CanvasGraph, removed: Set<string>): CanvasGraph {
  for (const id of removed) graph.nodes.delete(id);
  for (const [id, edge] of graph.edges) {
    if (!graph.nodes.has(edge.source) || !graph.nodes.has(edge.target)) graph.edges.delete(id);
  }
  return graph;
}

/** Graph mode: the union of the loaded neighbourhoods and the shortest connection, minus removed nodes. */
export function assembleGraph(slices: GraphSlice[], removed: string[], path?: PathResult): CanvasGraph {
  const graph: CanvasGraph = { nodes: new Map(), edges: new Map() };
  for (const slice of [...slices, ...(path?.found ? [path] : [])]) {
    for (const node of slice.nodes) addNode(graph, node);
    for (const edge of slice.edges) {
      graph.edges.set(edge.id, { id: edge.id, source: edge.source, target: edge.target, type: edge.type, record: edge });
    }
  }
  dropRemoved(graph, new Set(removed));
  for (const edge of graph.edges.values()) {
    if (edge.type === 'ATTENDED') graph.nodes.get(edge.source)!.meetings += 1;
  }
  return graph;
}

export function metEdgeId(a: string, b: string): string {
  return a < b ? `met:${a}|${b}` : `met:${b}|${a}`;
}

/** Who-met mode: each asked-about person or agency linked to those they met. */
export function assembleWhoMet(results: WhoMetResult[], removed: string[]): CanvasGraph {
  const graph: CanvasGraph = { nodes: new Map(), edges: new Map() };
  for (const result of results) {
    addNode(graph, result.center);
    for (const row of result.rows) {
      addNode(graph, row.node);
      const id = metEdgeId(result.center.id, row.node.id);
      if (!graph.edges.has(id)) {
        graph.edges.set(id, { id, source: result.center.id, target: row.node.id, type: 'MET', weight: row.meetingCount, meetingRefs: row.meetings });
      }
    }
  }
  dropRemoved(graph, new Set(removed));
  for (const edge of graph.edges.values()) {
    for (const end of [edge.source, edge.target]) graph.nodes.get(end)!.meetings += edge.weight ?? 0;
  }
  return graph;
}

/**
 * The comparison names its people and agencies by id, type and label only.
 * The canvas and the exports need no more, and the details panel asks for
 * the rest by id: the record says what is known and invents nothing (an
 * agency's kind, a person's titles), hence the cast.
 */
function attendeeRecord(ref: AttendeeRef): GraphNode {
  return { id: ref.id, type: ref.type, label: ref.label } as GraphNode;
}

/** Compare mode: the ties of both periods between people and agencies, each marked appeared, vanished or kept. */
export function assembleComparison(comparison: Comparison | undefined, removed: string[]): CanvasGraph {
  const graph: CanvasGraph = { nodes: new Map(), edges: new Map() };
  if (!comparison) return graph;
  for (const ref of comparison.nodes) addNode(graph, attendeeRecord(ref));
  for (const change of ['appeared', 'vanished', 'kept'] as const) {
    for (const tie of comparison[change]) {
      const id = metEdgeId(tie.source, tie.target);
      graph.edges.set(id, { id, source: tie.source, target: tie.target, type: 'MET', weight: tie.meetings.length, change, meetingIds: tie.meetings });
    }
  }
  dropRemoved(graph, new Set(removed));
  for (const edge of graph.edges.values()) {
    for (const end of [edge.source, edge.target]) graph.nodes.get(end)!.meetings += edge.weight ?? 0;
  }
  return graph;
}

export function truncations(expanded: { id: string }[], slices: (GraphSlice | undefined)[]): Truncation[] {
  return expanded.flatMap(({ id }, i) => {
    const slice = slices[i];
    return slice?.truncated ? [{ id, shown: slice.nodes.length - 1, total: slice.total }] : [];
  });
}
