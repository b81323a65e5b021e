/**
 * Positions for the timeline layout, and the date axis that goes with them.
 * Full graph: meetings left to right by date, every other node above or
 * below the meetings it is linked to, in a band per type.
 * Who met whom (no meeting nodes): time runs down a column of the people
 * met, each on a row of their own at the date of their first meeting, and
 * the people asked about sit left of it. Every link then fans out from one
 * side to the other, so none runs through an unrelated person (a row of
 * people read as a chain).
 */
import type { NodeType } from '@contract/model';

export interface LayoutNode {
  id: string;
  type: NodeType;
  /** Meetings only: first day, YYYY-MM-DD. */
  dateFrom?: string;
}

export interface LayoutEdge {
  source: string;
  target: string;
  /** Who-met links: the first meeting's day, YYYY-MM-DD. */
  date?: string;
}

export interface Position {
  x: number;
  y: number;
}

/** Where dates fall along one axis of the graph, in graph units. */
export interface TimelineAxis {
  along: 'x' | 'y';
  ticks: { at: number; label: string }[];
  /** A y axis is drawn at this x, its dates ending there (left of the column it dates). */
  offset?: number;
}

export interface TimelineLayout {
  positions: Map<string, Position>;
  axis: TimelineAxis;
  /** Nodes whose label goes to their right (the who-met column). */
  labelRight: string[];
}

/** The scratch key the canvas keeps the current timeline axis under. */
export const TIMELINE_AXIS = 'timelineAxis';

const BAND: Record<NodeType, number> = {
  Person: -260,
  Organization: -420,
  Agreement: -140,
  Meeting: 0,
  Topic: 180,
  Region: 300,
  Country: 420,
  Article: 540,
};

const SPACING = 110;
/** Meetings sit further apart, on three staggered rows, so their labels do not run into each other. */
const MEETING_SPACING = 130;
const MEETING_STAGGER = 55;
/** Who met whom: one row per person met, and the gap from the people asked about to them. */
const ROW = 52;
const COLUMN_GAP = 320;

const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Jun 2022" for the month of YYYY-MM(-DD). */
export function monthLabel(date: string): string {
  return month.format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));
}

/** A tick at the first of each run of dates in the same month. */
function monthTicks(dated: { at: number; date: string }[]): TimelineAxis['ticks'] {
  const ticks: TimelineAxis['ticks'] = [];
  let last = '';
  for (const { at, date } of dated) {
    const label = monthLabel(date);
    if (label !== last) ticks.push({ at, label });
    last = label;
  }
  return ticks;
}

export function timelinePositions(nodes: LayoutNode[], edges: LayoutEdge[]): TimelineLayout {
  return nodes.some((n) => n.type === 'Meeting') || !edges.some((e) => e.date) ? meetingTimeline(nodes, edges) : whoMetTimeline(nodes, edges);
}

function meetingTimeline(nodes: LayoutNode[], edges: LayoutEdge[]): TimelineLayout {
  const positions = new Map<string, Position>();
  const meetings = nodes.filter((n) => n.type === 'Meeting').sort((a, b) => (a.dateFrom ?? '').localeCompare(b.dateFrom ?? '') || a.id.localeCompare(b.id));
  meetings.forEach((m, i) => positions.set(m.id, { x: i * MEETING_SPACING, y: BAND.Meeting + (i % 3) * MEETING_STAGGER }));

  const linked = new Map<string, number[]>();
  for (const { source, target } of edges) {
    const [meeting, other] = positions.has(source) ? [source, target] : positions.has(target) ? [target, source] : [];
    if (!meeting || !other || positions.has(other)) continue;
    const xs = linked.get(other) ?? [];
    xs.push(positions.get(meeting)!.x);
    linked.set(other, xs);
  }

  // Each band: nodes at the mean x of their meetings, nudged apart so none overlap.
  const bands = new Map<NodeType, { id: string; x: number }[]>();
  for (const node of nodes) {
    if (node.type === 'Meeting') continue;
    const xs = linked.get(node.id);
    const x = xs ? xs.reduce((a, b) => a + b, 0) / xs.length : -SPACING;
    const band = bands.get(node.type) ?? [];
    band.push({ id: node.id, x });
    bands.set(node.type, band);
  }
  for (const [type, members] of bands) {
    members.sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
    let previous = -Infinity;
    members.forEach((member, i) => {
      const x = Math.max(member.x, previous + SPACING * 0.8);
      previous = x;
      // Alternate rows inside a band so long labels do not collide.
      positions.set(member.id, { x, y: BAND[type] + (i % 2) * 50 });
    });
  }
  const dated = meetings.flatMap((m) => (m.dateFrom ? [{ at: positions.get(m.id)!.x, date: m.dateFrom }] : []));
  return { positions, axis: { along: 'x', ticks: monthTicks(dated) }, labelRight: [] };
}

function whoMetTimeline(nodes: LayoutNode[], edges: LayoutEdge[]): TimelineLayout {
  const ids = new Set(nodes.map((n) => n.id));
  const degree = new Map<string, number>();
  for (const { source, target } of edges) for (const end of [source, target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  // The people asked about link to many; those met, to one or two. Sources of who-met links are the people asked about.
  const centres = new Set(edges.filter((e) => ids.has(e.source)).map((e) => e.source));
  const firstMet = new Map<string, string>();
  for (const { source, target, date } of edges) {
    if (!date) continue;
    for (const end of [source, target]) if (!centres.has(end) && (!firstMet.has(end) || date < firstMet.get(end)!)) firstMet.set(end, date);
  }
  const met = nodes
    .filter((n) => !centres.has(n.id))
    .sort((a, b) => (firstMet.get(a.id) ?? '9999').localeCompare(firstMet.get(b.id) ?? '9999') || a.id.localeCompare(b.id));
  const positions = new Map<string, Position>();
  met.forEach((n, i) => positions.set(n.id, { x: COLUMN_GAP, y: i * ROW }));

  // Each person asked about faces the middle of the rows they link to, spaced so two never share a spot.
  const rows = [...centres].map((id) => {
    const ys = edges.flatMap((e) => (e.source === id ? [positions.get(e.target)?.y] : e.target === id ? [positions.get(e.source)?.y] : [])).filter((y): y is number => y !== undefined);
    return { id, y: ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : 0 };
  });
  rows.sort((a, b) => a.y - b.y || a.id.localeCompare(b.id));
  let previous = -Infinity;
  for (const row of rows) {
    const y = Math.max(row.y, previous + ROW * 2);
    previous = y;
    positions.set(row.id, { x: 0, y });
  }
  const dated = met.flatMap((n) => (firstMet.has(n.id) ? [{ at: positions.get(n.id)!.y, date: firstMet.get(n.id)! }] : []));
  return { positions, axis: { along: 'y', ticks: monthTicks(dated), offset: COLUMN_GAP - 24 }, labelRight: met.map((n) => n.id) };
}
