/**
 * The analysis API: who matters, who clusters, what changed, who could have
 * passed word to whom, and when meetings happened. All routes are GET; bad
 * input is a 400 `{error: {code: 'bad_request', message, field}}` naming the field.
 *
 * Every analysis works on the who-met projection: the people and agencies
 * (Person and Organization attendees) of the meetings that pass the filters,
 * tied when they attended one meeting, a tie weighing its number of meetings.
 * Common filters: `from`/`to` (a year or an ISO date, as elsewhere), `topics`
 * (comma list), `types` (comma list of node types; only Person and
 * Organization attend meetings, so the others are ignored, and a list naming
 * neither leaves nobody). The graph measures are computed in a worker thread;
 * every reply is cached per filter until the store's node or relationship
 * count changes (or, for a write that changes neither, for at most a minute).
 *
 * GET /api/analysis/centrality?measure=degree|betweenness|pagerank&from&to&topics&types&limit
 *   → ScoredNode[], highest score first (ties by id), at most `limit` (default 100, max 10000).
 *   degree: distinct people/agencies met ÷ (n − 1); betweenness: share of shortest
 *   hop paths through the node, normalised, exact up to 200 nodes, else
 *   estimated from 200 seeded sample sources (same value each load); pagerank: weighted by meetings.
 *   Seed: [{"id":"person:abdellatif-hammouchi","type":"Person","label":"Abdellatif Hammouchi","score":1}, …]
 *
 * GET /api/analysis/communities?from&to&topics&types&limit
 *   → CommunityMember[]: Louvain (seeded: the same colours each load); community 0 is
 *   the largest, then by size, ties by the smallest member id; members by community then id.
 *   At most `limit` (default 1000, max 10000) rows: the smallest communities go first.
 *   Seed: [{"id":"person:abdellatif-hammouchi","type":"Person","label":"Abdellatif Hammouchi","community":0}, …
 *     (Hammouchi, Bostyn, Snoek, the Americans and the ambassadors: 0; the five Spanish and German agencies: 1)]
 *
 * GET /api/compare?a=2024&b=2025&topics&types&limit
 *   `a`, `b`: a period — 2024, 2022-2023, 2024-11, 2024-11-25, or any two of those joined by `..`.
 *   → Comparison: ties of b not in a (appeared), of a not in b (vanished), in both (kept),
 *   each Tie {source, target, meetings} with source < target, most meetings first, at most
 *   `limit` (default 1000, max 10000) per list; `counts` has the full sizes; `nodes` labels every end.
 *   `meetings`: the meeting ids behind the tie in the period that shows it (kept: both), oldest first.
 *   Seed a=2024&b=2025 → {"appeared":[{"source":"org:policia-nacional","target":"person:abdellatif-hammouchi",
 *     "meetings":["meeting:2025-01-28-madrid-bilaterale","meeting:2025-01-28-madrid-tripartite"]}, …11 more Madrid ties],
 *   "vanished":[{"source":"person:abdellatif-hammouchi","target":"person:eric-snoek","meetings":["meeting:2024-12-belgique"]},
 *     {"source":"person:abdellatif-hammouchi","target":"person:francisca-bostyn","meetings":["meeting:2024-11-25-rabat"]}],
 *   "kept":[],"counts":{"appeared":12,"vanished":2,"kept":0},"nodes":[{"id":"org:bundespolizei","type":"Organization","label":"Bundespolizei"}, …]}
 *
 * GET /api/paths/timed?from=ID&to=ID&since&until&topics&types
 *   (`since`/`until` are the date filter here, as `from`/`to` are elsewhere.)
 *   → TimedPath: the earliest-arriving chain of meetings in which each meeting is on or after
 *   the one before. Each entity along it is reached as early as word can reach it and, on
 *   that day, through as few meetings as possible.
 *   Dates of month or year precision: a meeting may have been on any day its date can mean
 *   (2024-11: any day of November 2024; 2024: any day of 2024; 2025-01-28 to 29: either day).
 *   A chain counts when its meetings can be given days, each within what its date means, that
 *   never go backwards — word *could* have passed. So June 2022 → 2022-06-14 holds, and two
 *   meetings dated 2024 follow each other either way; 2024-12 → 2024-11-25 does not.
 *   No chain: {steps: [], reason}. An id that names no node: 404.
 *   Seed from=person:christopher-wray&to=person:francisca-bostyn →
 *   {"steps":[{"meeting":"meeting:2022-06-13-etats-unis-wray","label":"With Christopher Wray (FBI) · 2022-06-13",
 *              "date":"2022-06-13","precision":"day","dateEnd":"2022-06-14",
 *              "from":"person:christopher-wray","to":"person:abdellatif-hammouchi"},
 *             {"meeting":"meeting:2024-11-25-rabat","label":"Bostyn in Rabat · 2024-11-25","date":"2024-11-25",
 *              "precision":"day","from":"person:abdellatif-hammouchi","to":"person:francisca-bostyn"}],
 *    "nodes":[{"id":"person:christopher-wray","type":"Person","label":"Christopher Wray"}, …Hammouchi, …Bostyn]}
 *   The reverse → {"steps":[],"reason":"no chain of meetings in time order leads from Francisca Bostyn
 *   to Christopher Wray under these filters","nodes":[]}.
 *
 * GET /api/timeline?topics&types
 *   → TimelineMonth[]: every month from the first meeting's to the last's, gaps as zeros.
 *   `meetings`: meetings dated to that month or a day in it (a meeting of several days counts
 *   once, in the month it starts). A meeting known only by its year is not put in a month:
 *   `yearOnly` on each month of that year says how many the year has (the same number twelve
 *   times; a brush over any month of the year includes them, as the year filter does).
 *   A meeting counts when at least one of its attendees is of the `types`.
 *   Seed → [{"month":"2022-06","meetings":3,"yearOnly":0},{"month":"2022-07","meetings":0,"yearOnly":0}, …
 *     {"month":"2024-11","meetings":1,"yearOnly":0},{"month":"2024-12","meetings":1,"yearOnly":0},
 *     {"month":"2025-01","meetings":2,"yearOnly":0}, … {"month":"2026-01","meetings":3,"yearOnly":0}] (44 months)
 */
import { z } from 'zod';
import type { DatePrecision } from './model';
import { parsePartialDate } from './dates';
import { neighbourhoodQuery } from './requests';

export const CENTRALITY_MEASURES = ['degree', 'betweenness', 'pagerank'] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

export const ANALYSIS_LIMITS = {
  centrality: { default: 100, max: 10_000 },
  communities: { default: 1000, max: 10_000 },
  tiesPerList: { default: 1000, max: 10_000 },
  /** Betweenness is exact up to this many nodes, and estimated from this many sources above. */
  betweennessSources: 200,
} as const;

/** The only node types that attend meetings, so the only ones the projection holds. */
export const ATTENDEE_TYPES = ['Person', 'Organization'] as const;
export type AttendeeType = (typeof ATTENDEE_TYPES)[number];

// One definition of each filter: the neighbourhood route's.
const { from, to, topics, types } = neighbourhoodQuery.shape;

const cappedLimit = (limits: { default: number; max: number }) =>
  z
    .union([z.number(), z.string().regex(/^\d{1,9}$/, 'expected a whole number in decimal digits').transform(Number)])
    .pipe(z.number().int().min(1))
    .optional()
    .transform((n) => Math.min(n ?? limits.default, limits.max));

function boundsInOrder(first: 'from' | 'since', last: 'to' | 'until') {
  return (value: Partial<Record<string, unknown>>, ctx: z.RefinementCtx) => {
    const [a, b] = [value[first], value[last]];
    if (typeof a === 'string' && typeof b === 'string' && a > b) ctx.addIssue({ code: 'custom', path: [last], message: `\`${last}\` is before \`${first}\`` });
  };
}

const projectionFilter = { from, to, topics, types };

export const centralityQuery = z
  .object({ measure: z.enum(CENTRALITY_MEASURES), ...projectionFilter, limit: cappedLimit(ANALYSIS_LIMITS.centrality) })
  .superRefine(boundsInOrder('from', 'to'));

export const communitiesQuery = z
  .object({ ...projectionFilter, limit: cappedLimit(ANALYSIS_LIMITS.communities) })
  .superRefine(boundsInOrder('from', 'to'));

/** A period: first and last day it covers (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

/** `2024`, `2022-2023`, `2024-11`, `2024-11-25`, or `A..B` of any two of those. */
export function parsePeriod(value: string): Period | null {
  const years = /^(\d{4})-(\d{4})$/.exec(value);
  const [start, end] = years ? [years[1]!, years[2]!] : value.includes('..') ? value.split('..', 2) : [value, value];
  const first = parsePartialDate(start!.trim());
  const last = parsePartialDate(end!.trim());
  if (!first || !last || first.first > last.last) return null;
  return { from: first.first, to: last.last };
}

const period = z
  .string()
  .trim()
  .max(40)
  .transform((value, ctx) => {
    const parsed = parsePeriod(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: 'expected a year (2024), a range of years (2022-2023), an ISO date (2024-11) or two joined by ".." (2024-03..2024-08)' });
      return z.NEVER;
    }
    return parsed;
  });

export const compareQuery = z.object({ a: period, b: period, topics, types, limit: cappedLimit(ANALYSIS_LIMITS.tiesPerList) });

const nodeId = z.string().trim().min(1).max(200);

export const timedPathQuery = z
  .object({ from: nodeId, to: nodeId, since: from, until: to, topics, types })
  .superRefine(boundsInOrder('since', 'until'));

export const timelineQuery = z.object({ topics, types });

export type CentralityQuery = z.output<typeof centralityQuery>;
export type CommunitiesQuery = z.output<typeof communitiesQuery>;
export type CompareQuery = z.output<typeof compareQuery>;
export type TimedPathQuery = z.output<typeof timedPathQuery>;
export type TimelineQuery = z.output<typeof timelineQuery>;
/** The filter that decides a projection: which meetings, and which attendees count. */
export type ProjectionFilter = Pick<CentralityQuery, 'from' | 'to' | 'topics' | 'types'>;

export interface AttendeeRef {
  id: string;
  type: AttendeeType;
  label: string;
}

export interface ScoredNode extends AttendeeRef {
  score: number;
}

export interface CommunityMember extends AttendeeRef {
  community: number;
}

export interface Tie {
  source: string;
  target: string;
  meetings: string[];
}

export interface Comparison {
  appeared: Tie[];
  vanished: Tie[];
  kept: Tie[];
  counts: { appeared: number; vanished: number; kept: number };
  nodes: AttendeeRef[];
}

export interface TimedStep {
  meeting: string;
  /** The meeting's label, e.g. "Rabat · 2024-11-25". */
  label: string;
  /** As precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD (the first day of a meeting of several). */
  date: string;
  precision: DatePrecision;
  dateEnd?: string;
  from: string;
  to: string;
}

export interface TimedPath {
  steps: TimedStep[];
  /** Why there is no chain, when `steps` is empty. */
  reason?: string;
  /** The entities along the chain, in order. */
  nodes: AttendeeRef[];
}

export interface TimelineMonth {
  month: string;
  meetings: number;
  yearOnly: number;
}
