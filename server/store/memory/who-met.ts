import type { MeetingNode } from '../../api/model';
import { LIMITS, type WhoMetQuery } from '../../api/requests';
import type { MeetingRef, WhoMetResult } from '../../api/results';
import { InvalidQueryError, NotFoundError } from '../errors';
import { nodeOf, type MemoryState } from './graph';
import { incident } from './adjacency';
import { meetingMatcher } from './meeting-filter';
import { meetingRef } from './meeting-ref';

/** Plain code-unit order: right for ISO dates and ids, and far cheaper than localeCompare. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The people and agencies who sat in the same meetings as a person or an
 * agency, each with the meetings that link them. Derived from attendance,
 * never stored.
 */
export function whoMet(state: MemoryState, query: WhoMetQuery): WhoMetResult {
  const { graph } = state;
  if (!graph.hasNode(query.id)) throw new NotFoundError('node', query.id);
  const center = graph.getNodeAttributes(query.id);
  if (center.type !== 'Person' && center.type !== 'Organization') {
    throw new InvalidQueryError(`who-met needs a person or an organization, "${query.id}" is a ${center.type}`, 'id');
  }
  const matches = meetingMatcher(state, query);

  // Pass 1 counts, allocating nothing per link: a hub shares tens of thousands.
  const meetings: MeetingNode[] = [];
  const counts = new Map<string, number>();
  for (const attended of incident(state, query.id).out) {
    if (attended.type !== 'ATTENDED') continue;
    const meeting = nodeOf(state, attended.target);
    if (meeting.type !== 'Meeting' || !matches(meeting.id, meeting)) continue;
    meetings.push(meeting);
    for (const attendance of incident(state, meeting.id).in) {
      if (attendance.type === 'ATTENDED' && attendance.source !== query.id) {
        counts.set(attendance.source, (counts.get(attendance.source) ?? 0) + 1);
      }
    }
  }

  const top = new Map(topByCount(counts, query.limit).map((id) => [id, [] as MeetingRef[]]));

  // Pass 2 describes the meetings of the rows returned, most recent first.
  meetings.sort((a, b) => byText(b.dateFrom, a.dateFrom));
  for (const meeting of meetings) {
    for (const attendance of incident(state, meeting.id).in) {
      const refs = attendance.type === 'ATTENDED' ? top.get(attendance.source) : undefined;
      if (refs && refs.length < LIMITS.meetingsPerWhoMetRow) refs.push(meetingRef(state, meeting, attendance.role));
    }
  }

  const rows = [...top].map(([id, refs]) => ({ node: nodeOf(state, id), meetingCount: counts.get(id)!, meetings: refs }));
  return { center, rows, truncated: counts.size > query.limit };
}

/**
 * The ids with the highest counts, highest first, ties in the order met.
 * Counts are small integers, so a histogram finds the cut-off without sorting
 * (or allocating pairs for) the thousands of rows a hub has.
 */
export function topByCount(counts: Map<string, number>, limit: number): string[] {
  let max = 0;
  for (const count of counts.values()) if (count > max) max = count;
  const histogram = new Uint32Array(max + 1);
  for (const count of counts.values()) histogram[count]! += 1;
  let cutoff = max;
  let above = 0;
  while (cutoff > 1 && above + histogram[cutoff]! < limit) above += histogram[cutoff--]!;
  const chosen: string[] = [];
  let tiesLeft = limit - above;
  for (const [id, count] of counts) {
    if (count > cutoff) chosen.push(id);
    else if (count === cutoff && tiesLeft > 0) {
      chosen.push(id);
      tiesLeft -= 1;
    }
  }
  return chosen.sort((a, b) => counts.get(b)! - counts.get(a)!);
}
