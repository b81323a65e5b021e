/**
 * The timed-path search's working memory, kept from one search to the next
 * (a search runs to its end synchronously). An epoch per entry says whether
 * the current search wrote it, so starting a search clears nothing and a
 * search touches only what it explores, never the whole graph. Plain typed
 * arrays read in the search's inner loops: this is where its time goes.
 */
import { MinHeap } from './min-heap';

export class SearchWork {
  epoch = 0;
  readonly reachedEpoch: Int32Array;
  /** Meetings in the chain that reached each entity, the last of them, and who passed word there. */
  readonly hops: Int32Array;
  readonly viaMeeting: Int32Array;
  readonly viaNode: Int32Array;
  readonly usedEpoch: Int32Array;
  /** Meetings offered today, taken in order of the chain length of who offered them (the heap's key). */
  readonly offers = new MinHeap();
  offeredMeeting = new Int32Array(1024);
  offeredFrom = new Int32Array(1024);
  offered = 0;

  constructor(entities: number, meetings: number) {
    this.reachedEpoch = new Int32Array(entities);
    this.hops = new Int32Array(entities);
    this.viaMeeting = new Int32Array(entities);
    this.viaNode = new Int32Array(entities);
    this.usedEpoch = new Int32Array(meetings);
  }

  start(): number {
    this.offered = 0;
    this.offers.size = 0;
    return ++this.epoch;
  }

  reach(v: number, hops: number, meeting: number, from: number): void {
    this.reachedEpoch[v] = this.epoch;
    this.hops[v] = hops;
    this.viaMeeting[v] = meeting;
    this.viaNode[v] = from;
  }

  offer(meeting: number, from: number): void {
    if (this.usedEpoch[meeting] === this.epoch) return;
    if (this.offered === this.offeredMeeting.length) this.grow();
    this.offeredMeeting[this.offered] = meeting;
    this.offeredFrom[this.offered] = from;
    this.offers.push(this.hops[from]!, this.offered++);
  }

  /** The next offer whose meeting is not used yet (it is now), or −1. */
  next(): number {
    while (this.offers.size > 0) {
      const e = this.offers.pop();
      const meeting = this.offeredMeeting[e]!;
      if (this.usedEpoch[meeting] === this.epoch) continue;
      this.usedEpoch[meeting] = this.epoch;
      return e;
    }
    return -1;
  }

  private grow() {
    const meeting = new Int32Array(this.offeredMeeting.length * 2);
    meeting.set(this.offeredMeeting);
    const from = new Int32Array(this.offeredFrom.length * 2);
    from.set(this.offeredFrom);
    this.offeredMeeting = meeting;
    this.offeredFrom = from;
  }
}
