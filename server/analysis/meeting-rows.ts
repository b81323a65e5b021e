import { LIMITS, type MeetingFilter } from '../contract/requests';
import type { MeetingRow } from '../contract/results';
import type { GraphStore } from '../store/graph-store';

/**
 * Every meeting under the filter, oldest first, read through the store's
 * bounded `meetings` pages to the end. Both stores answer it alike, so every
 * analysis built on it does too.
 */
export async function allMeetings(store: GraphStore, filter: MeetingFilter): Promise<MeetingRow[]> {
  const rows: MeetingRow[] = [];
  const limit = LIMITS.meetings.max;
  for (let offset = 0; ; offset += limit) {
    const page = await store.meetings({ ...filter, limit, offset });
    rows.push(...page.rows);
    if (!page.truncated || page.rows.length === 0) return rows;
  }
}
