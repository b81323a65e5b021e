import type { AttendanceRole, MeetingNode } from '../../api/model';
import type { MeetingRef } from '../../api/results';
import type { TopicId } from '../../api/topics';
import type { MemoryState } from './graph';
import { linksOf } from './meeting-links';

export function meetingRef({ meetingLinks }: MemoryState, meeting: MeetingNode, role?: AttendanceRole): MeetingRef {
  const topics = linksOf(meetingLinks, meeting.id).topics.map((id) => id.slice('topic:'.length) as TopicId);
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
