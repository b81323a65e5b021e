/// <reference lib="webworker" />
/**
 * Runs fcose on a headless Cytoscape off the main thread, so laying out
 * thousands of nodes never freezes the page. Gets ids and edges, returns positions.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export interface LayoutRequest {
  nodes: { id: string; x: number; y: number }[];
  edges: { source: string; target: string }[];
  randomize: boolean;
}

export interface LayoutResponse {
  positions: Record<string, { x: number; y: number }>;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, randomize } = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id }, position: { x: n.x, y: n.y } })),
      ...edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
  });
  cy.layout({
    name: 'fcose',
    quality: 'draft',
    randomize,
    animate: false,
    fit: false,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    numIter: 600,
  } as cytoscape.LayoutOptions).run();
  const positions: LayoutResponse['positions'] = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = node.position();
  });
  cy.destroy();
  (self as unknown as Worker).postMessage({ positions } satisfies LayoutResponse);
};
