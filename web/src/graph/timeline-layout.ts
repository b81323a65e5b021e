/**
 * Positions for the timeline layout: meetings left to right by date, every
 * other node above or below the meetings it is linked to, in a band per type.
 */
import type { NodeType } from '../../../server/api/model';

export interface LayoutNode {
  id: string;
  type: NodeType;
  /** Meetings only: first day, YYYY-MM-DD. */
  dateFrom?: string;
}

export interface Position {
  x: number;
  y: number;
}

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
/** Meetings sit further apart, every other one lower, so their labels do not run into each other. */
const MEETING_SPACING = 130;
const MEETING_STAGGER = 60;

export function timelinePositions(nodes: LayoutNode[], edges: { source: string; target: string }[]): Map<string, Position> {
  const positions = new Map<string, Position>();
  const meetings = nodes.filter((n) => n.type === 'Meeting').sort((a, b) => (a.dateFrom ?? '').localeCompare(b.dateFrom ?? '') || a.id.localeCompare(b.id));
  meetings.forEach((m, i) => positions.set(m.id, { x: i * MEETING_SPACING, y: BAND.Meeting + (i % 2) * MEETING_STAGGER }));

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
  return positions;
}
