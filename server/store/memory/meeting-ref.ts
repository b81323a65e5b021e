import type { AttendanceRole, MeetingNode } from '../../api/model';
import type { MeetingRef } from '../../api/results';
import type { TopicId } from '../../api/topics';
import type { MemoryState } from './graph';
import { incident } from './adjacency';

export function meetingRef(state: MemoryState, meeting: MeetingNode, role?: AttendanceRole): MeetingRef {
  const topics: TopicId[] = [];
  for (const edge of incident(state, meeting.id).out) {
    if (edge.type === 'DISCUSSED') topics.push(edge.target.slice('topic:'.length) as TopicId);
  }
  return {
    id: meeting.id,
    label: meeting.label,
    date: meeting.date,
    precision: meeting.precision,
    ...(meeting.dateEnd ? { dateEnd: meeting.dateEnd } : {}),
    ...(meeting.city ? { city: meeting.city } : {}),
    country: meeting.country,
    topics,
    ...(role ? { role } : {}),
  };
}
