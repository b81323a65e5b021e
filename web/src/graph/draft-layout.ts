import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forceCollide, forceSimulation, type SimulationNodeDatum } from 'd3-force';

cytoscape.use(fcose);

export interface LayoutRequest {
  /** `size`: the node's width on the canvas, so big hubs keep their neighbours off them. */
  nodes: { id: string; x: number; y: number; size?: number }[];
  edges: { source: string; target: string }[];
}

export interface LayoutResponse {
  positions: Record<string, { x: number; y: number }>;
}

/**
 * fcose at draft quality (its spectral pass alone) on a headless Cytoscape,
 * then spread apart so that no two nodes overlap.
 *
 * Always from scratch: fcose's draft pass cannot start from given positions
 * (it crashed on every expansion of a big graph), and its default quality,
 * which can, took 5 s for 1,300 nodes and over ten minutes for 5,000 here.
 * So expanding a big graph lays it out anew.
 */
export function draftLayout({ nodes, edges }: LayoutRequest): LayoutResponse {
  // No styles: the spectral pass reads only the structure (sizes matter to spreadApart), and styling 20,000 elements cost 0.1-0.4 s.
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id }, position: { x: n.x, y: n.y } })),
      ...edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
  });
  cy.layout({
    name: 'fcose',
    quality: 'draft',
    randomize: true,
    animate: false,
    fit: false,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    numIter: 600,
  } as cytoscape.LayoutOptions).run();
  const sizes = new Map(nodes.map((n) => [n.id, n.size ?? 2 * NODE_RADIUS]));
  const placed = cy.nodes().map((node) => ({ id: node.id(), ...node.position(), size: sizes.get(node.id())! }));
  cy.destroy();
  const positions: LayoutResponse['positions'] = {};
  for (const { id, x, y } of spreadApart(placed)) positions[id] = { x, y };
  return { positions };
}

/** Room each node gets on average, and the half-width of a node of unknown size (most are 26–40 px wide). */
const SPACING = 45;
const NODE_RADIUS = 20;
/** Space kept between two nodes' edges. */
const GAP = 4;

/**
 * The spectral pass gets the overall shape right but packs a big graph into a
 * few hundred pixels, and puts nodes with the same neighbours (the hundreds of
 * people around one hub) on the same spot. Scale the picture to a readable
 * size, then let d3-force's collision force (a quadtree, so a few hundred
 * milliseconds for 5,000 nodes) push apart nodes that still overlap.
 */
function spreadApart(nodes: { id: string; x: number; y: number; size: number }[]): { id: string; x: number; y: number }[] {
  if (nodes.length === 0) return nodes;
  const cx = nodes.reduce((sum, n) => sum + n.x, 0) / nodes.length;
  const cy = nodes.reduce((sum, n) => sum + n.y, 0) / nodes.length;
  const spread = Math.sqrt(nodes.reduce((sum, n) => sum + (n.x - cx) ** 2 + (n.y - cy) ** 2, 0) / nodes.length);
  const scale = (Math.sqrt(nodes.length) * SPACING) / 2 / Math.max(spread, 1);
  const moving: (SimulationNodeDatum & { id: string; radius: number })[] = nodes.map((n) => ({
    id: n.id,
    radius: n.size / 2 + GAP,
    x: cx + (n.x - cx) * scale,
    y: cy + (n.y - cy) * scale,
  }));
  forceSimulation(moving)
    .force('collide', forceCollide<(typeof moving)[number]>((n) => n.radius))
    .stop()
    .tick(15);
  return moving.map((n) => ({ id: n.id, x: n.x!, y: n.y! }));
}
