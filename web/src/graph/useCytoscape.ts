import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useState } from 'react';
import { fitToPoints } from './fit-to-points';
import { canvasLook, currentStylesheet, LARGE_GRAPH } from './stylesheet';
import { UNPLACED } from './unplaced-edges';
import { warmLayoutWorker } from './worker-layout';

declare global {
  interface Window {
    /** The Cytoscape instance, exposed only in test builds for end-to-end assertions. */
    __cy?: Core;
  }
}

/** One Cytoscape instance per mount, destroyed on unmount. */
export function useCytoscape(container: React.RefObject<HTMLDivElement | null>): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  useEffect(() => {
    if (!container.current) return;
    const instance = createCanvas(container.current);
    if (import.meta.env.MODE === 'test') window.__cy = instance;
    setCy(instance);
    return () => {
      if (window.__cy === instance) delete window.__cy;
      instance.destroy();
    };
  }, [container]);
  return cy;
}

/**
 * A Cytoscape instance set up as the explorer's canvas: zoom bounds, single
 * selection, the stylesheet, and labels that follow the zoom on big graphs.
 * The canvas benchmark draws with this too.
 */
export function createCanvas(container: HTMLElement, options: Partial<cytoscape.CytoscapeOptions> = {}): Core {
  const cy = cytoscape({ container, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single', ...options });
  applyStylesheet(cy);
  followZoomWithLabels(cy);
  return cy;
}

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
  let removed = 0;
  let addedIds: string[] = [];
  const large = elements.length > LARGE_GRAPH;
  if (large && elements.length > cy.elements().length) warmLayoutWorker();
  // Restyle before adding, while the graph is smallest: after, every element would be styled twice.
  if (large !== Boolean(cy.scratch('large'))) {
    cy.scratch('large', large);
    applyStylesheet(cy);
    setViewportShortcuts(cy, large);
  }
  cy.batch(() => {
    const gone = cy.elements().filter((e) => !wanted.has(e.id()));
    removed = gone.nodes().length;
    gone.remove();
    // A big graph drawn from nothing starts on a placeholder grid: its edges wait for the layout (see UNPLACED).
    const edgesWait = large && cy.nodes().length === 0;
    const fresh: ElementDefinition[] = [];
    for (const [id, element] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        for (const [key, value] of Object.entries(element.data)) if (existing.data(key) !== value) existing.data(key, value);
      } else {
        fresh.push(edgesWait && element.group === 'edges' ? { ...element, classes: UNPLACED } : element);
      }
    }
    // New nodes start next to a neighbour already placed, so the layout grows the picture instead of reshuffling it.
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
    addedIds = fresh.filter((e) => e.group === 'nodes').map((e) => e.data.id as string);
    if (large) spreadUnplaced(fresh);
    cy.add(fresh);
  });
  // A big graph is first drawn on a grid, fitted: at that zoom labels are not drawn, so the first frame is quick.
  const added = addedIds.length;
  if (large && added > 0 && cy.nodes().length === added) fitToPoints(cy, elements.flatMap((e) => (e.position ? [e.position] : [])), 20);
  return { added: addedIds, kept: cy.nodes().length - added, removed };
}

/** Gives a big graph its labels when zoomed in far enough to read them, and takes them away again. */
export function followZoomWithLabels(cy: Core) {
  cy.on('zoom', () => applyStylesheet(cy));
}

/** Restyles only when the stylesheet would change: zoom events come by the dozen. */
function applyStylesheet(cy: Core) {
  const { large, labels, fontSize } = canvasLook(cy);
  const key = `${large}:${labels}:${fontSize}`;
  if (cy.scratch('stylesheet') === key) return;
  cy.scratch('stylesheet', key);
  cy.style(currentStylesheet(cy));
}

/** Nodes without a position go on a grid instead of piling up at the origin. */
function spreadUnplaced(elements: ElementDefinition[]) {
  const nodes = elements.filter((e) => e.group === 'nodes' && !e.position);
  const columns = Math.ceil(Math.sqrt(nodes.length));
  nodes.forEach((node, i) => {
    node.position = { x: (i % columns) * 60, y: Math.floor(i / columns) * 60 };
  });
}

/**
 * Big graphs pan and zoom as a texture, without edges, while the view moves.
 * Cytoscape takes these as init options only; its canvas renderer reads them
 * on every frame from these fields (cytoscape 3.x), so they can follow the
 * graph's size.
 *
 * At a pixel ratio of 1 or less Cytoscape keeps that texture at twice the
 * canvas size, and copying 3.7 megapixels a frame held software-rendered
 * panning at 5,000 nodes to 30 fps; just above 1 it keeps it at canvas size
 * (44 fps, idle between mouse events). Screens above 1 keep their own ratio.
 */
function setViewportShortcuts(cy: Core, on: boolean) {
  const renderer = (cy as unknown as { renderer(): { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean; forcedPixelRatio?: number | null } }).renderer();
  renderer.hideEdgesOnViewport = on;
  renderer.textureOnViewport = on;
  renderer.forcedPixelRatio = on ? Math.max(globalThis.devicePixelRatio || 1, 1.0001) : null;
}
