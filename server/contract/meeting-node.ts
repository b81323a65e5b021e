import type { PartialDate } from './dates';
import type { MeetingKind, MeetingNode } from './model';

export interface MeetingFields {
  id: string;
  /** What the canvas shows before the date: "Bostyn in Rabat", "Madrid tripartite". */
  title: string;
  start: PartialDate;
  end: PartialDate | null;
  city?: string;
  country: string;
  kind: MeetingKind;
  summary: string;
}

/** A meeting node with the date bounds range filters use, from the curated seed or an accepted article alike. */
export function meetingNode({ id, title, start, end, city, country, kind, summary }: MeetingFields): MeetingNode {
  return {
    type: 'Meeting',
    id,
    label: `${title} · ${start.value}`,
    date: start.value,
    precision: start.precision,
    ...(end ? { dateEnd: end.value } : {}),
    dateFrom: start.first,
    dateTo: end?.last ?? start.last,
    year: start.year,
    ...(city ? { city } : {}),
    country,
    kind,
    summary,
  };
}
