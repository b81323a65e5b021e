import type { MeetingNode } from '../../api/model';
import type { MeetingRow, MeetingsPage } from '../../api/results';
import type { MeetingsQuery } from '../../api/requests';
import type { MemoryGraph, MemoryState } from './graph';
import { linksOf } from './meeting-links';
import { meetingMatcher } from './meeting-filter';
import { meetingRef } from './meeting-ref';

/** All meetings, oldest first; the store keeps this list between imports. */
export function meetingsByDate(graph: MemoryGraph): MeetingNode[] {
  const meetings: MeetingNode[] = [];
  graph.forEachNode((_id, node) => {
    if (node.type === 'Meeting') meetings.push(node);
  });
  return meetings.sort((a, b) => a.dateFrom.localeCompare(b.dateFrom) || a.id.localeCompare(b.id));
}

/** A page of the timeline, with attendees and articles for each meeting. */
export function meetingsPage(state: MemoryState, byDate: MeetingNode[], query: MeetingsQuery): MeetingsPage {
  const matches = meetingMatcher(state, query);
  const selected = byDate.filter((m) => matches(m.id, m));
  const rows = selected.slice(query.offset, query.offset + query.limit).map((m) => meetingRow(state, m));
  return { rows, total: selected.length, truncated: query.offset + rows.length < selected.length };
}

function meetingRow(state: MemoryState, meeting: MeetingNode): MeetingRow {
  const { graph } = state;
  const attendees = linksOf(state.meetingLinks, meeting.id).attendees.map(({ id, role }) => {
    const node = graph.getNodeAttributes(id);
    return { id, type: node.type, label: node.label, ...(role ? { role } : {}) };
  });
  const articles: string[] = [];
  graph.forEachOutEdge(meeting.id, (_key, edge, _source, target) => {
    if (edge.type === 'REPORTED_IN') articles.push(target);
  });
  return { ...meetingRef(state, meeting), kind: meeting.kind, summary: meeting.summary, attendees, articles };
}
