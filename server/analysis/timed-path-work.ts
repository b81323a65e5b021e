/**
 * The timed-path search's working memory, kept from one search to the next
 * (a search runs to its end synchronously). An epoch per entry says whether
 * it was written by the current search, so starting one clears nothing and a
 * search touches only what it explores, never the whole graph.
 */
import type { MinHeap } from './min-heap';

/** Meetings offered on the current day, taken in order of the chain length of who offered them, each meeting once. */
export interface Candidates {
  offer(meeting: number, from: number): void;
  /** The next offer whose meeting is not used yet (it is now), or −1. */
  next(): number;
  meeting(entry: number): number;
  from(entry: number): number;
}

export interface Search {
  reached(v: number): boolean;
  /** Meetings in the chain that reached each entity, and the last of them and who passed word there. */
  hops: Int32Array;
  viaMeeting: Int32Array;
  viaNode: Int32Array;
  reach(v: number, hops: number, meeting: number, from: number): void;
  candidates(heap: MinHeap): Candidates;
}

export interface SearchWork {
  start(): Search;
}

export function createWork(entities: number, meetings: number): SearchWork {
  const reachedEpoch = new Int32Array(entities);
  const hops = new Int32Array(entities);
  const viaMeeting = new Int32Array(entities);
  const viaNode = new Int32Array(entities);
  const usedEpoch = new Int32Array(meetings);
  let offeredMeeting = new Int32Array(1024);
  let offeredFrom = new Int32Array(1024);
  let epoch = 0;

  const grow = () => {
    const [m, f] = [new Int32Array(offeredMeeting.length * 2), new Int32Array(offeredFrom.length * 2)];
    m.set(offeredMeeting);
    f.set(offeredFrom);
    [offeredMeeting, offeredFrom] = [m, f];
  };

  return {
    start() {
      const current = ++epoch;
      let offers = 0;
      return {
        hops, viaMeeting, viaNode,
        reached: (v) => reachedEpoch[v] === current,
        reach(v, length, meeting, from) {
          reachedEpoch[v] = current;
          hops[v] = length;
          viaMeeting[v] = meeting;
          viaNode[v] = from;
        },
        candidates: (heap) => ({
          offer(meeting, from) {
            if (usedEpoch[meeting] === current) return;
            if (offers === offeredMeeting.length) grow();
            offeredMeeting[offers] = meeting;
            offeredFrom[offers] = from;
            heap.push(hops[from]!, offers++);
          },
          next() {
            while (heap.size > 0) {
              const e = heap.pop();
              const meeting = offeredMeeting[e]!;
              if (usedEpoch[meeting] === current) continue;
              usedEpoch[meeting] = current;
              return e;
            }
            return -1;
          },
          meeting: (e) => offeredMeeting[e]!,
          from: (e) => offeredFrom[e]!,
        }),
      };
    },
  };
}
