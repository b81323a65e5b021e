import cytoscape, { type Collection, type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { NodeType } from '../../../server/api/model';
import type { LayoutName } from '../state/view';
import { LARGE_GRAPH } from './stylesheet';
import { timelinePositions } from './timeline-layout';
import { revealPlacedEdges, UNPLACED } from './unplaced-edges';
import { layoutInWorker } from './worker-layout';

// fcose registers through the same registry as the built-in layouts.
cytoscape.use(fcose);

/**
 * Lays out what is visible. fcose (force-directed) by default: draft quality
 * and no animation on large graphs, and incremental (no randomising) once
 * nodes have positions, so expanding does not reshuffle the whole picture.
 * Resolves true unless a newer layout of the canvas started meanwhile.
 */
export async function runLayout(cy: Core, name: LayoutName, { incremental }: { incremental: boolean }): Promise<boolean> {
  // Edges waiting for this layout are hidden but must shape it.
  const waiting = cy.edges(`.${UNPLACED}`).filter((edge) => edge.source().visible() && edge.target().visible());
  const visible = cy.elements(':visible').union(waiting);
  if (visible.nodes().length === 0) return true;
  const run = Number(cy.scratch('layoutRun') ?? 0) + 1;
  cy.scratch('layoutRun', run);
  const isCurrent = () => cy.scratch('layoutRun') === run;
  try {
    await placeElements(cy, name, visible, incremental, isCurrent);
  } finally {
    // Only the latest layout reveals them: one superseded in the worker has placed nothing.
    if (isCurrent()) revealPlacedEdges(cy);
  }
  return isCurrent();
}

function placeElements(cy: Core, name: LayoutName, visible: Collection, incremental: boolean, isCurrent: () => boolean): Promise<void> {
  const large = visible.length > LARGE_GRAPH;
  // Thousands of nodes: force-directed off the main thread, so the page never freezes (and always from scratch: see draft-layout.ts).
  if (name === 'fcose' && large) return layoutInWorker(cy, visible, isCurrent);
  const common = { fit: true, padding: 40, animate: false } as const;
  let options: LayoutOptions;
  if (name === 'timeline') {
    const positions = timelinePositions(
      visible.nodes().map((n) => ({ id: n.id(), type: n.data('type') as NodeType, dateFrom: n.data('dateFrom') as string | undefined })),
      visible.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string })),
    );
    options = { name: 'preset', positions: (node: { id(): string }) => positions.get(node.id()) ?? { x: 0, y: 0 }, ...common } as LayoutOptions;
  } else if (name === 'concentric') {
    options = {
      name: 'concentric',
      concentric: (node: { degree(loops: boolean): number }) => node.degree(false),
      levelWidth: () => 2,
      minNodeSpacing: 24,
      ...common,
    } as LayoutOptions;
  } else {
    options = {
      name: 'fcose',
      quality: large ? 'draft' : 'default',
      randomize: !incremental,
      animate: !large && incremental,
      animationDuration: 350,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      nodeSeparation: 90,
      numIter: large ? 600 : 2500,
      fit: true,
      padding: 40,
    } as LayoutOptions;
  }
  const run = visible.layout(options);
  const stopped = new Promise<void>((resolve) => {
    run.one('layoutstop', () => {
      // A handful of nodes would be fitted at giant size: keep them at a readable zoom.
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center(visible);
      }
      resolve();
    });
  });
  run.run();
  return stopped;
}

const MAX_FIT_ZOOM = 1.4;
