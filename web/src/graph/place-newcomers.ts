/**
 * Where nodes new to the canvas go when something is expanded: around the
 * node they hang off, in the direction where it has the most room, without
 * moving a single node already there. A full force-directed layout after
 * each expand moved what the researcher had arranged by ~100 px. Pure.
 */
import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  size: number;
}

export interface Newcomer {
  id: string;
  size: number;
}

/** Distance from the anchor to its first ring of newcomers, and the room each newcomer gets along a ring. */
const RING = 130;
const ROOM = 64;
const GAP = 14;

type Moving = SimulationNodeDatum & { id: string; radius: number; goal: { x: number; y: number } };

/** The placed neighbour most newcomers hang off: the expanded node. */
function anchorsOf(newcomers: Newcomer[], placed: Map<string, PlacedNode>, edges: { source: string; target: string }[]) {
  const newIds = new Set(newcomers.map((n) => n.id));
  const links = new Map<string, string[]>();
  for (const { source, target } of edges) {
    for (const [a, b] of [[source, target], [target, source]] as const) {
      if (newIds.has(a) && placed.has(b)) links.set(a, [...(links.get(a) ?? []), b]);
    }
  }
  const fanOut = new Map<string, number>();
  for (const ends of links.values()) for (const end of ends) fanOut.set(end, (fanOut.get(end) ?? 0) + 1);
  const anchors = new Map<string, string>();
  for (const [id, ends] of links) anchors.set(id, ends.reduce((best, end) => (fanOut.get(end)! > fanOut.get(best)! ? end : best)));
  return anchors;
}

/** The direction (radians) from `anchor` that points away from the rest of the picture. */
function openDirection(anchor: PlacedNode, placed: PlacedNode[]): number {
  let [dx, dy] = [0, 0];
  for (const other of placed) {
    if (other.id === anchor.id) continue;
    const distance = Math.hypot(other.x - anchor.x, other.y - anchor.y) || 1;
    // Near nodes push harder than far ones.
    dx -= (other.x - anchor.x) / distance ** 2;
    dy -= (other.y - anchor.y) / distance ** 2;
  }
  return dx === 0 && dy === 0 ? 0 : Math.atan2(dy, dx);
}

/** Ring positions for `count` newcomers of one anchor, centred on the open direction, outward rings when one is full. */
function ringGoals(anchor: PlacedNode, count: number, direction: number): { x: number; y: number }[] {
  const goals: { x: number; y: number }[] = [];
  let radius = RING + anchor.size / 2;
  while (goals.length < count) {
    const fits = Math.max(1, Math.floor((2 * Math.PI * radius) / ROOM));
    const here = Math.min(fits, count - goals.length);
    // A partly filled ring spreads over an arc facing the open side.
    const step = here === fits ? (2 * Math.PI) / fits : ROOM / radius;
    for (let i = 0; i < here; i++) {
      const angle = direction + (i - (here - 1) / 2) * step;
      goals.push({ x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
    }
    radius += ROOM * 1.2;
  }
  return goals;
}

/**
 * Positions for the newcomers; the placed nodes keep theirs exactly.
 * Newcomers linked to nothing on the canvas go in a column to its right.
 */
export function placeNewcomers(placedNodes: PlacedNode[], newcomers: Newcomer[], edges: { source: string; target: string }[]): Map<string, { x: number; y: number }> {
  const placed = new Map(placedNodes.map((n) => [n.id, n]));
  const anchors = anchorsOf(newcomers, placed, edges);
  const byAnchor = new Map<string, Newcomer[]>();
  const loose: Newcomer[] = [];
  for (const n of [...newcomers].sort((a, b) => a.id.localeCompare(b.id))) {
    const anchor = anchors.get(n.id);
    if (anchor) byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), n]);
    else loose.push(n);
  }
  const goals = new Map<string, { x: number; y: number }>();
  for (const [anchorId, group] of byAnchor) {
    const anchor = placed.get(anchorId)!;
    ringGoals(anchor, group.length, openDirection(anchor, placedNodes)).forEach((goal, i) => goals.set(group[i]!.id, goal));
  }
  const right = Math.max(0, ...placedNodes.map((n) => n.x + n.size / 2)) + RING;
  const top = Math.min(0, ...placedNodes.map((n) => n.y));
  loose.forEach((n, i) => goals.set(n.id, { x: right, y: top + i * ROOM }));

  // Nudge newcomers off each other and off the placed nodes, which d3 holds still (fx, fy).
  const fixed: Moving[] = placedNodes.map((n) => ({ id: n.id, radius: n.size / 2 + GAP, x: n.x, y: n.y, fx: n.x, fy: n.y, goal: n }));
  const moving: Moving[] = newcomers.map((n) => ({ id: n.id, radius: n.size / 2 + GAP, ...goals.get(n.id)!, goal: goals.get(n.id)! }));
  forceSimulation<Moving>([...fixed, ...moving])
    .force('collide', forceCollide<Moving>((n) => n.radius).iterations(3))
    .force('x', forceX<Moving>((n) => n.goal.x).strength(0.08))
    .force('y', forceY<Moving>((n) => n.goal.y).strength(0.08))
    .stop()
    .tick(60);
  return new Map(moving.map((n) => [n.id, { x: n.x!, y: n.y! }]));
}
