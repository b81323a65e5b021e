import type { MeetingNode } from '../../api/model';
import type { WhoMetResult, WhoMetRow } from '../../api/results';
import type { WhoMetQuery } from '../../api/requests';
import { InvalidQueryError, NotFoundError } from '../errors';
import type { MemoryGraph } from './graph';
import { meetingMatcher } from './meeting-filter';
import { meetingRef } from './meeting-ref';

/**
 * The people and agencies who sat in the same meetings as a person or an
 * agency, each with the meetings that link them. Derived from attendance,
 * never stored.
 */
export function whoMet(graph: MemoryGraph, query: WhoMetQuery): WhoMetResult {
  if (!graph.hasNode(query.id)) throw new NotFoundError('node', query.id);
  const center = graph.getNodeAttributes(query.id);
  if (center.type !== 'Person' && center.type !== 'Organization') {
    throw new InvalidQueryError(`who-met needs a person or an organization, "${query.id}" is a ${center.type}`, 'id');
  }
  const matches = meetingMatcher(graph, query);
  const rows = new Map<string, WhoMetRow>();

  graph.forEachOutEdge(query.id, (_key, edge, _source, meetingId) => {
    if (edge.type !== 'ATTENDED') return;
    const meeting = graph.getNodeAttributes(meetingId) as MeetingNode;
    if (!matches(meetingId, meeting)) return;
    graph.forEachInEdge(meetingId, (_k, attendance, other) => {
      if (attendance.type !== 'ATTENDED' || other === query.id) return;
      let row = rows.get(other);
      if (!row) {
        row = { node: graph.getNodeAttributes(other), meetings: [] };
        rows.set(other, row);
      }
      row.meetings.push(meetingRef(graph, meeting, attendance.role));
    });
  });

  const sorted = [...rows.values()].sort(
    (a, b) => b.meetings.length - a.meetings.length || a.node.label.localeCompare(b.node.label, 'fr'),
  );
  for (const row of sorted) row.meetings.sort((a, b) => a.date.localeCompare(b.date));
  return { center, rows: sorted.slice(0, query.limit), truncated: sorted.length > query.limit };
}
