import type { AttendanceRole, MeetingNode } from '../../api/model';
import type { MeetingRef } from '../../api/results';
import type { TopicId } from '../../api/topics';
import type { MemoryGraph } from './graph';

export function meetingRef(graph: MemoryGraph, meeting: MeetingNode, role?: AttendanceRole): MeetingRef {
  const topics: TopicId[] = [];
  graph.forEachOutEdge(meeting.id, (_key, edge, _source, target) => {
    if (edge.type === 'DISCUSSED') topics.push(target.slice('topic:'.length) as TopicId);
  });
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
