import type { AttendanceRole, GraphEdge } from '../../api/model';

/** Who attended a meeting and what it discussed, kept beside the graph for the hot queries. */
export interface MeetingLinks {
  attendees: { id: string; role: AttendanceRole | undefined }[];
  /** Topic node ids. */
  topics: string[];
}

export type MeetingLinksIndex = Map<string, MeetingLinks>;

const NONE: MeetingLinks = { attendees: [], topics: [] };

/**
 * Records a new edge in the index. graphology's iteration helpers cost about a
 * microsecond per call; who-met on a hub makes thousands of them, one map
 * lookup each does the same work.
 */
export function indexEdge(index: MeetingLinksIndex, edge: GraphEdge) {
  if (edge.type !== 'ATTENDED' && edge.type !== 'DISCUSSED') return;
  const meetingId = edge.type === 'ATTENDED' ? edge.target : edge.source;
  let links = index.get(meetingId);
  if (!links) {
    links = { attendees: [], topics: [] };
    index.set(meetingId, links);
  }
  if (edge.type === 'ATTENDED') links.attendees.push({ id: edge.source, role: edge.role });
  else links.topics.push(edge.target);
}

export function linksOf(index: MeetingLinksIndex, meetingId: string): MeetingLinks {
  return index.get(meetingId) ?? NONE;
}
