import cytoscape, { type Core } from 'cytoscape';
import { canvasLook, currentStylesheet } from './stylesheet';

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

/** Gives a big graph its labels when zoomed in far enough to read them, and takes them away again. */
export function followZoomWithLabels(cy: Core) {
  cy.on('zoom', () => applyStylesheet(cy));
}

/** Restyles only when the stylesheet would change: zoom events come by the dozen. */
export function applyStylesheet(cy: Core) {
  const { large, labels, fontSize } = canvasLook(cy);
  const key = `${large}:${labels}:${fontSize}`;
  if (cy.scratch('stylesheet') === key) return;
  cy.scratch('stylesheet', key);
  cy.style(currentStylesheet(cy));
}

/** The canvas renderer's fields that say how it draws while the view moves (cytoscape 3.x, pinned in package.json). */
interface ViewportRenderer {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  forcedPixelRatio?: number | null;
}

/**
 * Big graphs pan and zoom as a texture, without edges, while the view moves.
 * Cytoscape takes these as init options only; its canvas renderer reads them
 * on every frame from these fields (cytoscape 3.x), so they can follow the
 * graph's size. tests/e2e/viewport-shortcuts.e2e.test.ts fails if a new
 * version stops reading them.
 *
 * At a pixel ratio of 1 or less Cytoscape keeps that texture at twice the
 * canvas size, and copying 3.7 megapixels a frame held software-rendered
 * panning at 5,000 nodes to 30 fps; just above 1 it keeps it at canvas size
 * (44 fps, idle between mouse events). Screens above 1 keep their own ratio.
 */
export function setViewportShortcuts(cy: Core, on: boolean) {
  const renderer = (cy as unknown as { renderer(): ViewportRenderer }).renderer();
  renderer.hideEdgesOnViewport = on;
  renderer.textureOnViewport = on;
  renderer.forcedPixelRatio = on ? Math.max(globalThis.devicePixelRatio || 1, 1.0001) : null;
}
