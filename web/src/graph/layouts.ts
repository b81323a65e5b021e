import cytoscape, { type Collection, type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../state/view';
import { LAYOUT_REGISTRY } from './layout-registry';
import { LARGE_GRAPH } from './stylesheet';
import { placeNewcomers } from './place-newcomers';
import { revealPlacedEdges, UNPLACED } from './unplaced-edges';
import { layoutInWorker } from './layout-in-worker';

// fcose registers through the same registry as the built-in layouts.
cytoscape.use(fcose);

/**
 * Lays out what is visible from scratch (expanding places only the newcomers:
 * see placeAdded). fcose (force-directed) by default, at draft quality on
 * large graphs. Pinned nodes stay where the researcher put them.
 * Resolves true unless a newer layout of the canvas started meanwhile.
 */
export async function runLayout(cy: Core, name: LayoutName): Promise<boolean> {
  // Edges waiting for this layout are hidden but must shape it.
  const waiting = cy.edges(`.${UNPLACED}`).filter((edge) => edge.source().visible() && edge.target().visible());
  const visible = cy.elements(':visible').union(waiting);
  if (visible.nodes().length === 0) return true;
  const run = Number(cy.scratch('layoutRun') ?? 0) + 1;
  cy.scratch('layoutRun', run);
  const isCurrent = () => cy.scratch('layoutRun') === run;
  try {
    await placeElements(cy, name, visible, isCurrent);
  } finally {
    // Only the latest layout reveals them: one superseded in the worker has placed nothing.
    if (isCurrent()) revealPlacedEdges(cy);
  }
  return isCurrent();
}

function placeElements(cy: Core, name: LayoutName, visible: Collection, isCurrent: () => boolean): Promise<void> {
  const large = visible.length > LARGE_GRAPH;
  // Thousands of nodes: force-directed off the main thread, so the page never freezes (and always from scratch: see draft-layout.ts).
  if (name === 'fcose' && large) return layoutInWorker(cy, visible, isCurrent);
  const { eles, options } = LAYOUT_REGISTRY[name].prepare(cy, visible, large);
  const run = eles.layout(options);
  const stopped = new Promise<void>((resolve) => {
    run.one('layoutstop', () => {
      // A handful of nodes would be fitted at giant size: keep them at a readable zoom.
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center(eles);
      }
      resolve();
    });
  });
  run.run();
  return stopped;
}

const MAX_FIT_ZOOM = 1.4;

/**
 * Places nodes just added around the nodes they hang off (place-newcomers.ts);
 * nothing already on the canvas moves. The view follows only if a newcomer
 * landed outside it.
 */
export function placeAdded(cy: Core, added: string[]) {
  const fresh = new Set(added);
  const visible = cy.nodes(':visible');
  const all = visible.map((n) => ({ id: n.id(), ...n.position(), size: Number(n.data('size')) || 30 }));
  const placed = all.filter((n) => !fresh.has(n.id));
  const newcomers = all.filter((n) => fresh.has(n.id)).map(({ id, size }) => ({ id, size }));
  if (newcomers.length === 0) return;
  const edges = cy.edges(':visible').map((e) => ({ source: e.data('source') as string, target: e.data('target') as string }));
  const positions = placeNewcomers(placed, newcomers, edges);
  cy.batch(() => {
    for (const [id, at] of positions) cy.getElementById(id).position(at);
  });
  const view = cy.extent();
  const outside = [...positions.values()].some(({ x, y }) => x < view.x1 + 20 || x > view.x2 - 20 || y < view.y1 + 20 || y > view.y2 - 20);
  if (outside) cy.animate({ fit: { eles: visible, padding: 40 }, duration: 300 } as never);
  cy.emit(PLACED);
}

/** The event the canvas emits once placeAdded has moved its newcomers (layouts emit layoutstop). */
export const PLACED = 'placed';
