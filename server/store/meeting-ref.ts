import type { AttendanceRole, MeetingNode } from '../api/model';
import type { MeetingRef } from '../api/results';
import type { TopicId } from '../api/topics';

/** A meeting as who-met rows and timelines list it; both stores build it here. */
export function toMeetingRef(meeting: MeetingNode, topicNodeIds: string[], role?: AttendanceRole | null): MeetingRef {
  return {
    id: meeting.id,
    label: meeting.label,
    date: meeting.date,
    precision: meeting.precision,
    ...(meeting.dateEnd ? { dateEnd: meeting.dateEnd } : {}),
    ...(meeting.city ? { city: meeting.city } : {}),
    country: meeting.country,
    topics: topicNodeIds.map((id) => id.slice('topic:'.length) as TopicId),
    ...(role ? { role } : {}),
  };
}
