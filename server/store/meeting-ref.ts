import { ATTENDANCE_ROLES, type AttendanceRole, type MeetingNode } from '../contract/model';
import type { MeetingRef, MeetingRow } from '../contract/results';
import { TOPIC_IDS, type TopicId } from '../contract/topics';

const topicOrder = new Map<string, number>(TOPIC_IDS.map((topic, i) => [topic, i]));
const roleOrder = (role?: AttendanceRole) => (role ? ATTENDANCE_ROLES.indexOf(role) : ATTENDANCE_ROLES.length);

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
    // In the vocabulary's order, whichever order a store finds them in.
    topics: topicNodeIds.map((id) => id.slice('topic:'.length) as TopicId).sort((a, b) => topicOrder.get(a)! - topicOrder.get(b)!),
    ...(role ? { role } : {}),
  };
}

/** A timeline row's attendees, hosts first, then guests, then participants, each in id order; its articles in id order. */
export function orderMeetingRow(row: MeetingRow): MeetingRow {
  const attendees = [...row.attendees].sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || (a.id < b.id ? -1 : 1));
  return { ...row, attendees, articles: [...row.articles].sort() };
}
