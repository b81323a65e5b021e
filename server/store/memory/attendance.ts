import { ATTENDANCE_ROLES, type AttendanceRole, type MeetingNode } from '../../contract/model';
import { TOPIC_IDS, topicNodeId } from '../../contract/topics';
import { bitCodes } from './bit-codes';
import { compressedRows } from './compressed-rows';
import type { AttendanceIndex, MemoryState } from './memory-state';
import { Scratch } from './scratch';

const TOPIC_BIT = bitCodes(TOPIC_IDS.map(topicNodeId), 'topics');

/** "2024-11-25" → 20241125: bounds and meeting dates are always full ISO days. */
export const dayNumber = (iso: string) => Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));

export const roleOf = (code: number): AttendanceRole | undefined => (code === 0 ? undefined : ATTENDANCE_ROLES[code - 1]);

export function topicMaskOf(topicNodeIds: readonly string[]): number {
  let mask = 0;
  for (const id of topicNodeIds) mask |= TOPIC_BIT.get(id) ?? 0;
  return mask;
}

/** Who attended which meeting (see AttendanceIndex in memory-state.ts): built on first use, dropped whenever the graph changes. */
export function attendanceIndex(state: MemoryState): AttendanceIndex {
  state.attendance ??= buildAttendanceIndex(state);
  return state.attendance;
}

/** Sorts the ids in place, renumbers the map to match, and returns old ordinal → new ordinal. */
function renumberInIdOrder(ids: string[], ordinal: Map<string, number>): Int32Array {
  const rank = new Int32Array(ids.length);
  ids.sort((a, b) => (a < b ? -1 : 1));
  for (const [position, id] of ids.entries()) {
    rank[ordinal.get(id)!] = position;
    ordinal.set(id, position);
  }
  return rank;
}

function buildAttendanceIndex({ graph, nodes }: MemoryState): AttendanceIndex {
  // Ordinals in id order, so that ties (same day, same count) fall in id order, as in Neo4j's ORDER BY.
  const meetings: MeetingNode[] = [];
  for (const node of nodes.values()) if (node.type === 'Meeting') meetings.push(node);
  meetings.sort((a, b) => (a.id < b.id ? -1 : 1));
  const meetingOrdinal = new Map(meetings.map((m, ordinal) => [m.id, ordinal]));
  const dayFrom = Int32Array.from(meetings, (m) => dayNumber(m.dateFrom));
  const dayTo = Int32Array.from(meetings, (m) => dayNumber(m.dateTo));
  const topicMask = new Int32Array(meetings.length);

  const attendeeIds: string[] = [];
  const attendeeOrdinal = new Map<string, number>();
  const pairMeeting: number[] = [];
  const pairAttendee: number[] = [];
  const pairRole: number[] = [];
  graph.forEachEdge((_key, edge) => {
    if (edge.type === 'DISCUSSED') {
      const m = meetingOrdinal.get(edge.source);
      if (m !== undefined) topicMask[m]! |= TOPIC_BIT.get(edge.target) ?? 0;
      return;
    }
    const m = edge.type === 'ATTENDED' ? meetingOrdinal.get(edge.target) : undefined;
    if (m === undefined) return;
    let a = attendeeOrdinal.get(edge.source);
    if (a === undefined) {
      a = attendeeIds.length;
      attendeeOrdinal.set(edge.source, a);
      attendeeIds.push(edge.source);
    }
    pairMeeting.push(m);
    pairAttendee.push(a);
    pairRole.push(edge.role ? ATTENDANCE_ROLES.indexOf(edge.role) + 1 : 0);
  });

  // Attendee ordinals in id order too, and each meeting's attendees in that order.
  const rank = renumberInIdOrder(attendeeIds, attendeeOrdinal);
  for (let pair = 0; pair < pairAttendee.length; pair++) pairAttendee[pair] = rank[pairAttendee[pair]!]!;
  const byAttendee = compressedRows(pairAttendee, attendeeIds.length);
  // A stable sort by meeting of the pairs already in attendee order.
  const byMeeting = compressedRows(Int32Array.from(byAttendee.order, (pair) => pairMeeting[pair]!), meetings.length);
  const attendees = new Int32Array(pairMeeting.length);
  const roleCodes = new Uint8Array(pairMeeting.length);
  for (const [slot, i] of byMeeting.order.entries()) {
    const pair = byAttendee.order[i]!;
    attendees[slot] = pairAttendee[pair]!;
    roleCodes[slot] = pairRole[pair]!;
  }

  const meetingsOf = Int32Array.from(byAttendee.order, (pair) => pairMeeting[pair]!);
  // Most recent first, so who-met can stop describing meetings once every row is full.
  for (let a = 0; a < attendeeIds.length; a++) {
    meetingsOf.subarray(byAttendee.start[a], byAttendee.start[a + 1]).sort((x, y) => dayFrom[y]! - dayFrom[x]! || x - y);
  }

  return {
    meetings, dayFrom, dayTo, topicMask,
    attendeeStart: byMeeting.start, attendees, roleCodes,
    attendeeIds, attendeeOrdinal,
    meetingStart: byAttendee.start, meetingsOf,
    scratchCounts: new Scratch(new Int32Array(attendeeIds.length), 'who-met counts'),
  };
}
