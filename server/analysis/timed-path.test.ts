import { describe, expect, it } from 'vitest';
import type { MeetingRow } from '../contract/results';
import { project } from './projection';
import { seededRandom } from './seeded-random';
import { earliestChain, timedIndex } from './timed-path';

/** A meeting of the given people on a date of any precision ("2024", "2024-11", "2024-11-25", or "2025-01-28/2025-01-29"). */
function meeting(id: string, when: string, ...people: string[]): MeetingRow {
  const [date, dateEnd] = when.split('/') as [string, string | undefined];
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id, label: id, date, precision, ...(dateEnd ? { dateEnd } : {}), country: 'MA', topics: [], kind: 'bilateral', summary: '', articles: [],
    attendees: people.map((p) => ({ id: p, type: 'Person' as const, label: p.toUpperCase() })),
  };
}

/** The meetings of the chain from one person to another, or null. */
function chain(meetings: MeetingRow[], from: string, to: string): string[] | null {
  const index = timedIndex(project(meetings));
  const steps = earliestChain(index, index.projection.index.get(from)!, index.projection.index.get(to)!);
  return steps && steps.map((s) => index.projection.meetings[s.meeting]!.id);
}

describe('a chain of meetings in time order', () => {
  it('passes word forward in time and never back', () => {
    const meetings = [meeting('us', '2022-06-13/2022-06-14', 'wray', 'hammouchi'), meeting('rabat', '2024-11-25', 'hammouchi', 'bostyn')];
    expect(chain(meetings, 'wray', 'bostyn')).toEqual(['us', 'rabat']);
    expect(chain(meetings, 'bostyn', 'wray')).toBeNull();
  });

  it('takes a meeting on the same day as the one before ("on or after")', () => {
    expect(chain([meeting('a', '2024-03-01', 'x', 'y'), meeting('b', '2024-03-01', 'y', 'z')], 'x', 'z')).toEqual(['a', 'b']);
  });

  it('lets a month-precision meeting be any day of its month: after 14 June, June 2022 may still come', () => {
    expect(chain([meeting('a', '2022-06-14', 'x', 'y'), meeting('b', '2022-06', 'y', 'z')], 'x', 'z')).toEqual(['a', 'b']);
    expect(chain([meeting('a', '2024-11', 'x', 'y'), meeting('b', '2024-11-02', 'y', 'z')], 'x', 'z')).toEqual(['a', 'b']);
  });

  it('does not let a later month come before an earlier day: December 2024, then 25 November 2024, is no chain', () => {
    expect(chain([meeting('a', '2024-12', 'x', 'y'), meeting('b', '2024-11-25', 'y', 'z')], 'x', 'z')).toBeNull();
  });

  it('lets two meetings known only by the same year follow each other either way', () => {
    const meetings = [meeting('a', '2024', 'x', 'y'), meeting('b', '2024', 'y', 'z')];
    expect(chain(meetings, 'x', 'z')).toEqual(['a', 'b']);
    expect(chain(meetings, 'z', 'x')).toEqual(['b', 'a']);
  });

  it('needs one order of days for the whole chain: 2024, then March 2024, then 10 February 2024 cannot be', () => {
    const meetings = [meeting('a', '2024', 'w', 'x'), meeting('b', '2024-03', 'x', 'y'), meeting('c', '2024-02-10', 'y', 'z')];
    expect(chain(meetings, 'w', 'y')).toEqual(['a', 'b']);
    expect(chain(meetings, 'w', 'z')).toBeNull();
  });

  it('counts a meeting of several days on its last day too', () => {
    expect(chain([meeting('a', '2025-01-29', 'x', 'y'), meeting('b', '2025-01-28/2025-01-29', 'y', 'z')], 'x', 'z')).toEqual(['a', 'b']);
  });

  it('arrives as early as it can, even through more meetings', () => {
    const meetings = [meeting('direct', '2025-05-01', 'x', 'z'), meeting('a', '2022-01-10', 'x', 'y'), meeting('b', '2023-01-10', 'y', 'z')];
    expect(chain(meetings, 'x', 'z')).toEqual(['a', 'b']);
  });

  it('reaches each entity through the fewest meetings its earliest day allows', () => {
    const meetings = [meeting('a', '2023-01-10', 'x', 'y'), meeting('b', '2023-01-10', 'y', 'z'), meeting('direct', '2023-01-10', 'x', 'z')];
    expect(chain(meetings, 'x', 'z')).toEqual(['direct']);
  });
});

describe('the chain found, against a search of every chain on small random graphs', () => {
  /** The earliest day word can reach each entity, by relaxing every meeting until nothing changes. */
  function earliestDays(index: ReturnType<typeof timedIndex>, source: number): number[] {
    const { nodes, meetings } = index.projection;
    const day = nodes.map(() => Infinity);
    day[source] = -Infinity;
    for (let changed = true; changed; ) {
      changed = false;
      for (const m of meetings) {
        const reached = Math.min(...m.attendees.map((a) => day[a]!));
        if (reached === Infinity || m.lastDay < reached) continue;
        for (const v of m.attendees) {
          if (Math.max(reached, m.firstDay) < day[v]!) [day[v], changed] = [Math.max(reached, m.firstDay), true];
        }
      }
    }
    return day;
  }

  it('exists exactly when word can pass, arrives on the earliest day, and links attendees in an order of days that never goes back', () => {
    const rng = seededRandom(7);
    const pick = (n: number) => Math.floor(rng() * n);
    const dates = ['2024', '2024-03', '2024-06', '2024-03-10', '2024-03-31/2024-04-02', '2024-06-15', '2024-06-15', '2024-11-25', '2025-01'];
    const people = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    for (let graph = 0; graph < 300; graph++) {
      const meetings = Array.from({ length: 3 + pick(8) }, (_, i) => meeting(`m${i}`, dates[pick(dates.length)]!, ...new Set(Array.from({ length: 2 + pick(2) }, () => people[pick(people.length)]!))));
      const index = timedIndex(project(meetings));
      const n = index.projection.nodes.length;
      for (let s = 0; s < n; s++) {
        const expected = earliestDays(index, s);
        for (let t = 0; t < n; t++) {
          if (t === s) continue;
          const steps = earliestChain(index, s, t);
          expect(steps === null, `graph ${graph}, ${s} → ${t}`).toBe(expected[t] === Infinity);
          if (!steps) continue;
          let [day, at] = [-Infinity, s];
          for (const step of steps) {
            const m = index.projection.meetings[step.meeting]!;
            expect(step.from).toBe(at);
            expect(m.attendees).toEqual(expect.arrayContaining([step.from, step.to]));
            expect(m.lastDay).toBeGreaterThanOrEqual(day);
            [day, at] = [Math.max(day, m.firstDay), step.to];
          }
          expect([at, day]).toEqual([t, expected[t]]);
        }
      }
    }
  });
});
