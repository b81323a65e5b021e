import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { LARGE_GRAPH, stylesheet } from './stylesheet';

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
    const instance = cytoscape({
      container: container.current,
      style: stylesheet(false),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
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
 * Applies the wanted elements by id inside one batch: removes what went,
 * adds what came, updates data that changed. Returns whether the set of nodes
 * changed, the only case that needs a new layout.
 */
export function syncElements(cy: Core, elements: ElementDefinition[]): { topologyChanged: boolean; added: number } {
  const wanted = new Map(elements.map((e) => [e.data.id as string, e]));
  let topologyChanged = false;
  let added = 0;
  const large = elements.length > LARGE_GRAPH;
  cy.batch(() => {
    const gone = cy.elements().filter((e) => !wanted.has(e.id()));
    if (gone.nodes().length > 0) topologyChanged = true;
    gone.remove();
    const fresh: ElementDefinition[] = [];
    for (const [id, element] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        for (const [key, value] of Object.entries(element.data)) if (existing.data(key) !== value) existing.data(key, value);
      } else {
        fresh.push(element);
      }
    }
    // New nodes start next to a neighbour already placed, so the layout grows the picture instead of reshuffling it.
    for (const element of fresh) {
      if (element.group !== 'nodes') continue;
      const anchor = fresh.find((e) => e.group === 'edges' && (e.data.source === element.data.id || e.data.target === element.data.id));
      const other = anchor ? cy.getElementById(anchor.data.source === element.data.id ? anchor.data.target : anchor.data.source) : null;
      if (other?.nonempty()) {
        const at = other.position();
        element.position = { x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 };
      }
    }
    if (fresh.some((e) => e.group === 'nodes')) topologyChanged = true;
    added = fresh.filter((e) => e.group === 'nodes').length;
    cy.add(fresh);
  });
  if (large !== Boolean(cy.scratch('large'))) {
    cy.scratch('large', large);
    cy.style(stylesheet(large));
    setViewportShortcuts(cy, large);
  }
  return { topologyChanged, added };
}

/**
 * Big graphs pan and zoom as a texture, without edges, while the view moves.
 * Cytoscape takes these as init options only; its canvas renderer reads them
 * on every frame from these fields (cytoscape 3.x), so they can follow the
 * graph's size.
 */
function setViewportShortcuts(cy: Core, on: boolean) {
  const renderer = (cy as unknown as { renderer(): { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean } }).renderer();
  renderer.hideEdgesOnViewport = on;
  renderer.textureOnViewport = on;
}
