import { incident } from './adjacency';
import type { MemoryState } from './memory-state';

/** The topic node ids a meeting discussed, as ../meeting-ref.ts's toMeetingRef takes them. */
export function discussedTopics(state: MemoryState, meetingId: string): string[] {
  return incident(state, meetingId)
    .out.filter((edge) => edge.type === 'DISCUSSED')
    .map((edge) => edge.target);
}
