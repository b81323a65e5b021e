/**
 * The earliest-arriving chain of meetings from one entity to another, each
 * meeting on or after the one before. A meeting may have been on any day from
 * its first to its last possible day (its day or days, its month, its year);
 * a chain counts when its meetings can be given such days without going
 * backwards.
 *
 * The search scans the days in order (a connection scan, as timetable
 * routers do): an entity reached on day a can use each of its meetings held
 * over [f, l] with l ≥ a, on day max(a, f), which reaches the other attendees
 * that day. On each day it takes the meetings that start then and have an
 * attendee already reached, and, as entities are reached that day, their
 * meetings of that day and those still running; within a day it takes them in
 * order of the meetings it took to reach them (Dijkstra on the chain's
 * length). So the chain found arrives first, and each entity on it is reached
 * as early as it can be and, that day, through the fewest meetings. (A chain
 * through later, shorter arrivals that happens to reach the target on the same
 * day with fewer meetings is not looked for: finding it costs a search per
 * chain length.) It stops at the target, or after the target's last meeting.
 */
import type { Projection } from './projection';
import { SearchWork } from './timed-path-work';

/**
 * The projection in compressed rows, meetings in order of their first day
 * (their rank): each entity's meetings, its meetings of more than one day,
 * each meeting's attendees; built once per filter.
 */
export interface TimedIndex {
  projection: Projection;
  /** Rank → index in projection.meetings. */
  meetingAt: Int32Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  /** Ranks of the meetings starting on day d: dayStart[d] … dayStart[d + 1]. */
  dayStart: Int32Array;
  attendeeStart: Int32Array;
  attendeesOf: Int32Array;
  /** Each entity's meeting ranks, ascending (so by day). */
  meetingStart: Int32Array;
  meetingsOf: Int32Array;
  /** Each entity's meetings that last more than a day (a month, a year, several days). */
  wideStart: Int32Array;
  widesOf: Int32Array;
  work: SearchWork;
}

/** Compressed rows: for each of `count` rows, its items in the order given. */
function rows(count: number, each: (add: (row: number, item: number) => void) => void): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(count + 1);
  each((row) => start[row + 1]!++);
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, count);
  const items = new Int32Array(start[count]!);
  each((row, item) => (items[fill[row]!++] = item));
  return { start, items };
}

export function timedIndex(projection: Projection): TimedIndex {
  const { nodes, meetings } = projection;
  const meetingAt = Int32Array.from(meetings.keys()).sort((a, b) => meetings[a]!.firstDay - meetings[b]!.firstDay || a - b);
  const origin = meetings.length === 0 ? 0 : meetings[meetingAt[0]!]!.firstDay;
  const firstDay = Int32Array.from(meetingAt, (k) => meetings[k]!.firstDay - origin);
  const lastDay = Int32Array.from(meetingAt, (k) => meetings[k]!.lastDay - origin);
  const days = meetings.length === 0 ? 0 : firstDay[firstDay.length - 1]! + 1;
  const dayStart = new Int32Array(days + 1);
  for (let r = 0, d = 0; d <= days; d++) {
    while (r < firstDay.length && firstDay[r]! < d) r++;
    dayStart[d] = r;
  }
  const attendees = rows(meetings.length, (add) => meetingAt.forEach((k, r) => meetings[k]!.attendees.forEach((a) => add(r, a))));
  const byEntity = rows(nodes.length, (add) => meetingAt.forEach((k, r) => meetings[k]!.attendees.forEach((a) => add(a, r))));
  const wide = rows(nodes.length, (add) => meetingAt.forEach((k, r) => lastDay[r]! > firstDay[r]! && meetings[k]!.attendees.forEach((a) => add(a, r))));
  return {
    projection, meetingAt, firstDay, lastDay, dayStart,
    attendeeStart: attendees.start, attendeesOf: attendees.items,
    meetingStart: byEntity.start, meetingsOf: byEntity.items,
    wideStart: wide.start, widesOf: wide.items,
    work: new SearchWork(nodes.length, meetings.length),
  };
}

export interface ChainStep {
  /** Index in projection.meetings. */
  meeting: number;
  from: number;
  to: number;
}

/** First position in sorted[from … to) holding a value ≥ value. */
function lowerBound(sorted: Int32Array, from: number, to: number, value: number): number {
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (sorted[mid]! < value) from = mid + 1;
    else to = mid;
  }
  return from;
}

/** The last day any of the entity's meetings may have been on: word cannot reach it after that. */
function lastChance(index: TimedIndex, v: number): number {
  let last = -1;
  for (let k = index.meetingStart[v]!; k < index.meetingStart[v + 1]!; k++) last = Math.max(last, index.lastDay[index.meetingsOf[k]!]!);
  return last;
}

/** Entity v, just reached on `day`: its meetings of that day, and those still running, are offered to it. */
function offerMeetingsOf(index: TimedIndex, v: number, day: number, work: SearchWork) {
  const { meetingStart, meetingsOf, wideStart, widesOf, firstDay, lastDay, dayStart } = index;
  const end = meetingStart[v + 1]!;
  for (let k = lowerBound(meetingsOf, meetingStart[v]!, end, dayStart[day]!); k < end && firstDay[meetingsOf[k]!] === day; k++) work.offer(meetingsOf[k]!, v);
  for (let k = wideStart[v]!; k < wideStart[v + 1]!; k++) {
    const r = widesOf[k]!;
    if (firstDay[r]! < day && lastDay[r]! >= day) work.offer(r, v);
  }
}

export function earliestChain(index: TimedIndex, source: number, target: number): ChainStep[] | null {
  const { dayStart, attendeeStart, attendeesOf, work } = index;
  const epoch = work.start();
  const { reachedEpoch, hops } = work;
  work.reach(source, 0, -1, -1);
  const lastDay = Math.min(lastChance(index, target), dayStart.length - 2);
  const firstDay = index.firstDay[index.meetingsOf[index.meetingStart[source]!]!] ?? Infinity;
  for (let day = firstDay; day <= lastDay; day++) {
    // The meetings starting today that someone already reached attended, and someone not yet reached too
    // (once word is everywhere, most meetings reach no one new), offered by the one reached in fewest meetings.
    for (let r = dayStart[day]!; r < dayStart[day + 1]!; r++) {
      let best = -1;
      let unreached = false;
      for (let j = attendeeStart[r]!; j < attendeeStart[r + 1]!; j++) {
        const v = attendeesOf[j]!;
        if (reachedEpoch[v] !== epoch) unreached = true;
        else if (best < 0 || hops[v]! < hops[best]!) best = v;
      }
      if (best >= 0 && unreached) work.offer(r, best);
    }
    for (let e = work.next(); e >= 0; e = work.next()) {
      const r = work.offeredMeeting[e]!;
      const from = work.offeredFrom[e]!;
      for (let j = attendeeStart[r]!; j < attendeeStart[r + 1]!; j++) {
        const v = attendeesOf[j]!;
        if (reachedEpoch[v] === epoch) continue;
        work.reach(v, hops[from]! + 1, r, from);
        if (v === target) return chain(index, work.viaMeeting, work.viaNode, target);
        offerMeetingsOf(index, v, day, work);
      }
    }
  }
  return null;
}

function chain(index: TimedIndex, viaMeeting: Int32Array, viaNode: Int32Array, target: number): ChainStep[] {
  const steps: ChainStep[] = [];
  for (let v = target; viaNode[v]! >= 0; v = viaNode[v]!) steps.push({ meeting: index.meetingAt[viaMeeting[v]!]!, from: viaNode[v]!, to: v });
  return steps.reverse();
}
