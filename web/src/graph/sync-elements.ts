import type { Core, ElementDefinition } from 'cytoscape';
import { applyStylesheet, setViewportShortcuts } from './canvas-instance';
import { fitToPoints } from './fit-to-points';
import { warmLayoutWorker } from './layout-in-worker';
import { LARGE_GRAPH } from './stylesheet';
import { UNPLACED } from './unplaced-edges';

/** What a sync changed: the nodes it added, and how many of those already there it kept. */
export interface SyncResult {
  added: string[];
  kept: number;
  removed: number;
}

/**
 * Applies the wanted elements by id inside one batch: removes what went,
 * adds what came, updates data that changed.
 */
export function syncElements(cy: Core, elements: ElementDefinition[]): SyncResult {
  const wanted = new Map(elements.map((e) => [e.data.id as string, e]));
  const large = elements.length > LARGE_GRAPH;
  if (large && elements.length > cy.elements().length) warmLayoutWorker();
  // Restyle before adding, while the graph is smallest: after, every element would be styled twice.
  if (large !== Boolean(cy.scratch('large'))) {
    cy.scratch('large', large);
    applyStylesheet(cy);
    setViewportShortcuts(cy, large);
  }
  let removed = 0;
  let addedIds: string[] = [];
  cy.batch(() => {
    const gone = cy.elements().filter((e) => !wanted.has(e.id()));
    removed = gone.nodes().length;
    gone.remove();
    // A big graph drawn from nothing starts on a placeholder grid: its edges wait for the layout (see UNPLACED).
    const fresh = updateKept(cy, wanted, large && cy.nodes().length === 0);
    startNextToNeighbours(cy, fresh);
    addedIds = fresh.filter((e) => e.group === 'nodes').map((e) => e.data.id as string);
    if (large) spreadUnplaced(fresh);
    cy.add(fresh);
  });
  // A big graph is first drawn on a grid, fitted: at that zoom labels are not drawn, so the first frame is quick.
  const added = addedIds.length;
  if (large && added > 0 && cy.nodes().length === added) fitToPoints(cy, elements.flatMap((e) => (e.position ? [e.position] : [])), 20);
  return { added: addedIds, kept: cy.nodes().length - added, removed };
}

/** Updates the data of elements already drawn; returns those to add. */
function updateKept(cy: Core, wanted: Map<string, ElementDefinition>, edgesWait: boolean): ElementDefinition[] {
  const fresh: ElementDefinition[] = [];
  for (const [id, element] of wanted) {
    const existing = cy.getElementById(id);
    if (existing.nonempty()) {
      for (const [key, value] of Object.entries(element.data)) if (existing.data(key) !== value) existing.data(key, value);
    } else {
      fresh.push(edgesWait && element.group === 'edges' ? { ...element, classes: UNPLACED } : element);
    }
  }
  return fresh;
}

/** New nodes start next to a neighbour already placed, so the layout grows the picture instead of reshuffling it. */
function startNextToNeighbours(cy: Core, fresh: ElementDefinition[]) {
  const neighbourOf = new Map<string, string>();
  for (const e of fresh) {
    if (e.group !== 'edges') continue;
    neighbourOf.set(e.data.source as string, e.data.target as string);
    neighbourOf.set(e.data.target as string, e.data.source as string);
  }
  for (const element of fresh) {
    if (element.group !== 'nodes') continue;
    const other = neighbourOf.get(element.data.id as string);
    const placed = other ? cy.getElementById(other) : null;
    if (placed?.nonempty()) {
      const at = placed.position();
      element.position = { x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 };
    }
  }
}

/** Nodes without a position go on a grid instead of piling up at the origin. */
function spreadUnplaced(elements: ElementDefinition[]) {
  const nodes = elements.filter((e) => e.group === 'nodes' && !e.position);
  const columns = Math.ceil(Math.sqrt(nodes.length));
  nodes.forEach((node, i) => {
    node.position = { x: (i % columns) * 60, y: Math.floor(i / columns) * 60 };
  });
}
