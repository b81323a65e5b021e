import type { MeetingNode } from '../../contract/model';
import type { MeetingRow, MeetingsPage } from '../../contract/results';
import type { MeetingsQuery } from '../../contract/requests';
import { orderMeetingRow, toMeetingRef } from '../meeting-ref';
import { incident } from './adjacency';
import { discussedTopics } from './discussed-topics';
import { meetingMatcher } from './meeting-filter';
import { nodeOf, type MemoryGraph, type MemoryState } from './memory-state';

/** All meetings, oldest first; the store keeps this list between imports. */
export function meetingsByDate(graph: MemoryGraph): MeetingNode[] {
  const meetings: MeetingNode[] = [];
  graph.forEachNode((_id, node) => {
    if (node.type === 'Meeting') meetings.push(node);
  });
  // ISO dates sort as plain strings.
  return meetings.sort((a, b) => (a.dateFrom === b.dateFrom ? (a.id < b.id ? -1 : 1) : a.dateFrom < b.dateFrom ? -1 : 1));
}

/** A page of the timeline, with attendees and articles for each meeting. */
export function meetingsPage(state: MemoryState, byDate: MeetingNode[], query: MeetingsQuery): MeetingsPage {
  const matches = meetingMatcher(state, query);
  const selected = byDate.filter((m) => matches(m.id, m));
  const rows = selected.slice(query.offset, query.offset + query.limit).map((m) => meetingRow(state, m));
  return { rows, total: selected.length, truncated: query.offset + rows.length < selected.length };
}

function meetingRow(state: MemoryState, meeting: MeetingNode): MeetingRow {
  const attendees = incident(state, meeting.id)
    .in.filter((edge) => edge.type === 'ATTENDED')
    .map(({ source, role }) => {
      const node = nodeOf(state, source);
      return { id: source, type: node.type, label: node.label, ...(role ? { role } : {}) };
    });
  const articles = incident(state, meeting.id)
    .out.filter((edge) => edge.type === 'REPORTED_IN')
    .map((edge) => edge.target);
  return orderMeetingRow({ ...toMeetingRef(meeting, discussedTopics(state, meeting.id)), kind: meeting.kind, summary: meeting.summary, attendees, articles });
}
