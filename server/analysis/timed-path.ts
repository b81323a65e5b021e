/**
 * The earliest-arriving chain of meetings from one entity to another, each
 * meeting on or after the one before. A meeting may have been on any day from
 * its first to its last possible day (its day or days, its month, its year);
 * a chain counts when its meetings can be given such days without going
 * backwards. Searching by the earliest day word can have reached each entity
 * (Dijkstra with time as the distance: a meeting reached on day a, held over
 * days [f, l], passes word on day max(a, f) if l ≥ a, never earlier than a)
 * finds it; among equally early chains, the one of fewest meetings.
 */
import { MinHeap } from './min-heap';
import type { Projection } from './projection';

/** The projection with each entity's meetings (compressed rows), built once per filter. */
export interface TimedIndex {
  projection: Projection;
  start: Int32Array;
  meetingsOf: Int32Array;
  firstDay: Float64Array;
  lastDay: Float64Array;
}

export function timedIndex(projection: Projection): TimedIndex {
  const { nodes, meetings } = projection;
  const start = new Int32Array(nodes.length + 1);
  for (const m of meetings) for (const a of m.attendees) start[a + 1]!++;
  for (let i = 0; i < nodes.length; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, nodes.length);
  const meetingsOf = new Int32Array(start[nodes.length]!);
  meetings.forEach((m, k) => {
    for (const a of m.attendees) meetingsOf[fill[a]!++] = k;
  });
  return {
    projection, start, meetingsOf,
    firstDay: Float64Array.from(meetings, (m) => m.firstDay),
    lastDay: Float64Array.from(meetings, (m) => m.lastDay),
  };
}

export interface ChainStep {
  meeting: number;
  from: number;
  to: number;
}

/** Day and meeting count in one heap key: earlier first, then fewer meetings. */
const HOPS = 4096;

export function earliestChain(index: TimedIndex, source: number, target: number): ChainStep[] | null {
  const { projection, start, meetingsOf, firstDay, lastDay } = index;
  const n = projection.nodes.length;
  const best = new Float64Array(n).fill(Infinity);
  const viaMeeting = new Int32Array(n).fill(-1);
  const viaNode = new Int32Array(n).fill(-1);
  const usedMeeting = new Uint8Array(projection.meetings.length);
  const attendees = projection.meetings.map((m) => m.attendees);
  const heap = new MinHeap();
  // Word is at the source from the start of time.
  best[source] = -Infinity;
  heap.push(-Infinity, source);
  while (heap.size > 0) {
    const u = heap.pop();
    const key = heap.lastKey;
    if (key !== best[u]) continue;
    if (u === target) return chain(viaMeeting, viaNode, target);
    const day = key === -Infinity ? -Infinity : Math.floor(key / HOPS);
    const hops = key === -Infinity ? 0 : key - day * HOPS;
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      const m = meetingsOf[k]!;
      // Whoever reaches a meeting first uses it; those popped later arrive no earlier.
      if (usedMeeting[m]) continue;
      usedMeeting[m] = 1;
      if (lastDay[m]! < day) continue;
      const next = Math.max(day, firstDay[m]!) * HOPS + Math.min(hops + 1, HOPS - 1);
      for (const v of attendees[m]!) {
        if (next < best[v]!) {
          best[v] = next;
          viaMeeting[v] = m;
          viaNode[v] = u;
          heap.push(next, v);
        }
      }
    }
  }
  return null;
}

function chain(viaMeeting: Int32Array, viaNode: Int32Array, target: number): ChainStep[] {
  const steps: ChainStep[] = [];
  for (let v = target; viaNode[v]! >= 0; v = viaNode[v]!) steps.push({ meeting: viaMeeting[v]!, from: viaNode[v]!, to: v });
  return steps.reverse();
}
