import type { AttendanceRole, MeetingNode } from '../../api/model';
import { LIMITS, type WhoMetQuery } from '../../api/requests';
import type { WhoMetResult } from '../../api/results';
import { InvalidQueryError, NotFoundError } from '../errors';
import type { MemoryState } from './graph';
import { linksOf } from './meeting-links';
import { meetingMatcher } from './meeting-filter';
import { meetingRef } from './meeting-ref';

interface Link {
  meeting: MeetingNode;
  role: AttendanceRole | undefined;
}

/**
 * The people and agencies who sat in the same meetings as a person or an
 * agency, each with the meetings that link them. Derived from attendance,
 * never stored. Counts first and describes only the rows it returns: a hub
 * shares thousands of meetings.
 */
export function whoMet(state: MemoryState, query: WhoMetQuery): WhoMetResult {
  const { graph } = state;
  if (!graph.hasNode(query.id)) throw new NotFoundError('node', query.id);
  const center = graph.getNodeAttributes(query.id);
  if (center.type !== 'Person' && center.type !== 'Organization') {
    throw new InvalidQueryError(`who-met needs a person or an organization, "${query.id}" is a ${center.type}`, 'id');
  }
  const matches = meetingMatcher(state, query);
  const links = new Map<string, Link[]>();

  // The callback receives the meeting's attributes: no lookup per edge.
  graph.forEachOutEdge(query.id, (_key, edge, _source, meetingId, _center, meeting) => {
    if (edge.type !== 'ATTENDED' || meeting.type !== 'Meeting' || !matches(meetingId, meeting)) return;
    for (const { id: other, role } of linksOf(state.meetingLinks, meetingId).attendees) {
      if (other === query.id) continue;
      const link = { meeting, role };
      const list = links.get(other);
      if (list) list.push(link);
      else links.set(other, [link]);
    }
  });

  // Most shared meetings first; ties by id, which is cheap and stable (a hub has thousands of rows).
  const ranked = [...links].map(([id, list]) => ({ id, list }));
  ranked.sort((a, b) => b.list.length - a.list.length || (a.id < b.id ? -1 : 1));
  const rows = ranked.slice(0, query.limit).map(({ id, list }) => ({
    node: graph.getNodeAttributes(id),
    meetingCount: list.length,
    meetings: list
      .sort((a, b) => b.meeting.dateFrom.localeCompare(a.meeting.dateFrom))
      .slice(0, LIMITS.meetingsPerWhoMetRow)
      .map((link) => meetingRef(state, link.meeting, link.role)),
  }));
  return { center, rows, truncated: ranked.length > query.limit };
}
