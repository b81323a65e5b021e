import type { AttendanceRole, MeetingNode } from '../../contract/model';
import type { MeetingRef } from '../../contract/results';
import { toMeetingRef } from '../meeting-ref';
import { incident } from './adjacency';
import type { MemoryState } from './graph';

export function meetingRef(state: MemoryState, meeting: MeetingNode, role?: AttendanceRole): MeetingRef {
  const topics = incident(state, meeting.id)
    .out.filter((edge) => edge.type === 'DISCUSSED')
    .map((edge) => edge.target);
  return toMeetingRef(meeting, topics, role);
}
