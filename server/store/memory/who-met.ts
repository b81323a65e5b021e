import { LIMITS, type WhoMetQuery } from '../../contract/requests';
import type { MeetingRef, WhoMetResult } from '../../contract/results';
import { topicNodeId } from '../../contract/topics';
import { InvalidQueryError, NotFoundError } from '../errors';
import { toMeetingRef } from '../meeting-ref';
import { attendanceIndex, dayNumber, roleOf, topicMaskOf } from './attendance';
import { discussedTopics } from './discussed-topics';
import { nodeOf, type MemoryState } from './memory-state';

/**
 * The people and agencies who sat in the same meetings as a person or an
 * agency, each with the meetings that link them. Derived from attendance,
 * never stored.
 */
export function whoMet(state: MemoryState, query: WhoMetQuery): WhoMetResult {
  const center = state.nodes.get(query.id);
  if (!center) throw new NotFoundError('node', query.id);
  if (center.type !== 'Person' && center.type !== 'Organization') {
    throw new InvalidQueryError(`who-met needs a person or an organization, "${query.id}" is a ${center.type}`, 'id');
  }
  const index = attendanceIndex(state);
  const self = index.attendeeOrdinal.get(query.id);
  if (self === undefined) return { center, rows: [], truncated: false };
  const { dayFrom, dayTo, topicMask, attendeeStart, attendees, meetingStart, meetingsOf } = index;
  const from = query.from ? dayNumber(query.from) : 0;
  const to = query.to ? dayNumber(query.to) : Number.MAX_SAFE_INTEGER;
  const topics = topicMaskOf((query.topics ?? []).map(topicNodeId));

  // Pass 1 counts co-attendances; a hub shares tens of thousands.
  const met: number[] = [];
  const chosen: number[] = [];
  const { top, meetingCounts } = index.scratchCounts.use((counts) => {
    for (let k = meetingStart[self]!; k < meetingStart[self + 1]!; k++) {
      const m = meetingsOf[k]!;
      if (dayTo[m]! < from || dayFrom[m]! > to || (topics !== 0 && (topicMask[m]! & topics) === 0)) continue;
      chosen.push(m);
      for (let j = attendeeStart[m]!; j < attendeeStart[m + 1]!; j++) {
        const a = attendees[j]!;
        if (a !== self && counts[a]!++ === 0) met.push(a);
      }
    }
    const top = topByCount(met, counts, query.limit);
    const meetingCounts = top.map((a) => counts[a]!);
    for (const a of met) counts[a] = 0;
    return { top, meetingCounts };
  });
  const refsOf = new Map(top.map((a) => [a, [] as MeetingRef[]]));

  // Pass 2 describes the meetings of the rows returned, most recent first, until every row is full.
  let rowsToFill = top.length;
  for (let k = 0; k < chosen.length && rowsToFill > 0; k++) {
    const m = chosen[k]!;
    for (let j = attendeeStart[m]!; j < attendeeStart[m + 1]!; j++) {
      const refs = refsOf.get(attendees[j]!);
      if (!refs || refs.length === LIMITS.meetingsPerWhoMetRow) continue;
      const meeting = index.meetings[m]!;
      refs.push(toMeetingRef(meeting, discussedTopics(state, meeting.id), roleOf(index.roleCodes[j]!)));
      if (refs.length === LIMITS.meetingsPerWhoMetRow) rowsToFill -= 1;
    }
  }

  const rows = top.map((a, i) => ({ node: nodeOf(state, index.attendeeIds[a]!), meetingCount: meetingCounts[i]!, meetings: refsOf.get(a)! }));
  return { center, rows, truncated: met.length > query.limit };
}

/**
 * The ids with the highest counts, highest first, ties in the order met.
 * Counts are small integers, so a histogram finds the cut-off without sorting
 * the thousands of rows a hub has.
 */
export function topByCount(met: readonly number[], counts: ArrayLike<number>, limit: number): number[] {
  let max = 0;
  for (const id of met) if (counts[id]! > max) max = counts[id]!;
  const histogram = new Uint32Array(max + 1);
  for (const id of met) histogram[counts[id]!]! += 1;
  let cutoff = max;
  let above = 0;
  while (cutoff > 1 && above + histogram[cutoff]! < limit) above += histogram[cutoff--]!;
  const chosen: number[] = [];
  let tiesLeft = limit - above;
  for (const id of met) {
    const count = counts[id]!;
    if (count > cutoff) chosen.push(id);
    else if (count === cutoff && tiesLeft > 0) {
      chosen.push(id);
      tiesLeft -= 1;
    }
  }
  return chosen.sort((a, b) => counts[b]! - counts[a]!);
}
