import { ATTENDEE_TYPES, type AttendeeRef, type AttendeeType } from '../contract/analysis';
import { parsePartialDate } from '../contract/dates';
import type { DatePrecision, NodeType } from '../contract/model';
import type { MeetingRow } from '../contract/results';

export interface ProjectedMeeting {
  id: string;
  label: string;
  date: string;
  precision: DatePrecision;
  dateEnd?: string;
  /** First and last day it may have been on, as day numbers (days since 1970-01-01). */
  firstDay: number;
  lastDay: number;
  /** Indexes into `nodes` of the attendees that count, ascending. */
  attendees: number[];
}

/** The who-met projection: people and agencies (ids ascending, so indexes are stable) and their meetings, oldest first. */
export interface Projection {
  nodes: AttendeeRef[];
  index: Map<string, number>;
  meetings: ProjectedMeeting[];
}

const DAY_MS = 86_400_000;
export const dayNumber = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;

/** Which attendee types count: Person and Organization, narrowed by a `types` filter when one is given. */
export function attendeeTypes(types: readonly NodeType[] | undefined): Set<AttendeeType> {
  return new Set(ATTENDEE_TYPES.filter((t) => !types?.length || types.includes(t)));
}

/** The range of days a meeting may have been on: its day(s), its month, or its year. */
export function meetingDays(row: Pick<MeetingRow, 'date' | 'dateEnd'>): { firstDay: number; lastDay: number } {
  const parsed = parsePartialDate(row.date);
  if (!parsed) throw new Error(`meeting date "${row.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return { firstDay: dayNumber(parsed.first), lastDay: dayNumber(row.dateEnd ?? parsed.last) };
}

export function project(rows: readonly MeetingRow[], types?: readonly NodeType[]): Projection {
  const counted = attendeeTypes(types);
  const byId = new Map<string, AttendeeRef>();
  for (const row of rows) {
    for (const a of row.attendees) {
      if (counted.has(a.type as AttendeeType) && !byId.has(a.id)) byId.set(a.id, { id: a.id, type: a.type as AttendeeType, label: a.label });
    }
  }
  const nodes = [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const meetings = rows.map((row): ProjectedMeeting => {
    const attendees = [...new Set(row.attendees.flatMap((a) => index.get(a.id) ?? []))].sort((x, y) => x - y);
    return {
      id: row.id, label: row.label, date: row.date, precision: row.precision,
      ...(row.dateEnd ? { dateEnd: row.dateEnd } : {}),
      ...meetingDays(row), attendees,
    };
  });
  return { nodes, index, meetings };
}

/** Ties of the projection: each pair of attendees of one meeting, with the meetings (indexes) behind it. */
export interface Ties {
  source: Int32Array;
  target: Int32Array;
  meetings: number[][];
}

export function tiesOf({ nodes, meetings }: Projection): Ties {
  const n = nodes.length;
  const byPair = new Map<number, number[]>();
  meetings.forEach(({ attendees }, m) => {
    for (let i = 0; i < attendees.length; i++) {
      for (let j = i + 1; j < attendees.length; j++) {
        const key = attendees[i]! * n + attendees[j]!;
        const list = byPair.get(key);
        if (list) list.push(m);
        else byPair.set(key, [m]);
      }
    }
  });
  const source = new Int32Array(byPair.size);
  const target = new Int32Array(byPair.size);
  const behind: number[][] = [];
  let t = 0;
  for (const [key, list] of byPair) {
    source[t] = Math.floor(key / n);
    target[t] = key % n;
    behind.push(list);
    t++;
  }
  return { source, target, meetings: behind };
}
