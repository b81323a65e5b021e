/**
 * The page `npm run bench:web` drives: draws a synthetic subgraph either with
 * Liaison's canvas setup or with plain Cytoscape on default options, and
 * measures each phase. Panning is driven from outside with real mouse drags.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { NODE_TYPES } from '../../server/api/model';
import { random } from '../../server/bench/synthetic-graph';
import { exportScale } from '../src/features/export/exporters';
import { runLayout } from '../src/graph/layouts';
import { stylesheet } from '../src/graph/stylesheet';
import { syncElements } from '../src/graph/useCytoscape';

cytoscape.use(fcose);

export type Variant = 'liaison' | 'liaison-webgl' | 'baseline';

/** N nodes of every type, M edges by preferential attachment (a few hubs), seeded. */
function syntheticElements(nodes: number, edges: number, seed: number): ElementDefinition[] {
  const rng = random(seed);
  const elements: ElementDefinition[] = [];
  const ends: string[] = [];
  for (let i = 0; i < nodes; i++) {
    const type = NODE_TYPES[i % 7 === 0 ? 1 : i % 3 === 0 ? 5 : i % 11 === 0 ? 4 : 0]!;
    elements.push({ group: 'nodes', data: { id: `n${i}`, label: `${type} ${i}`, type, size: 30 } });
  }
  const seen = new Set<string>();
  while (seen.size < edges) {
    const a = `n${rng.int(nodes)}`;
    const b = ends.length > 0 && rng.next() < 0.6 ? rng.pick(ends) : `n${rng.int(nodes)}`;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    ends.push(a, b);
    elements.push({ group: 'edges', data: { id: `e${seen.size}`, source: a, target: b, type: 'ATTENDED' } });
  }
  return elements;
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

let cy: Core | null = null;
let frames = 0;
let renders = 0;
let counting = false;

async function setup({ nodes, edges, variant, seed = 7 }: { nodes: number; edges: number; variant: Variant; seed?: number }) {
  cy?.destroy();
  const container = document.getElementById('stage')!;
  const elements = syntheticElements(nodes, edges, seed);
  await frame();

  const start = performance.now();
  if (variant === 'baseline') {
    cy = cytoscape({ container, elements });
  } else {
    cy = cytoscape({
      container,
      style: stylesheet(false),
      minZoom: 0.05,
      maxZoom: 4,
      ...(variant === 'liaison-webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    syncElements(cy, elements);
  }
  cy.on('render', () => {
    if (counting) renders += 1;
  });
  // First drawn frame: Cytoscape draws in a frame callback after the elements are added.
  await frame();
  await frame();
  const firstFrameMs = performance.now() - start;

  // Layout, while a frame loop records the longest gap the page went without a frame.
  let longestFrameMs = 0;
  let last = performance.now();
  let watching = true;
  const watch = () => {
    const now = performance.now();
    longestFrameMs = Math.max(longestFrameMs, now - last);
    last = now;
    if (watching) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  const layoutStart = performance.now();
  if (variant === 'baseline') {
    // The same draft fcose Liaison runs, but on the main thread: at its default
    // quality fcose takes minutes for 5,000 nodes on this machine.
    cy.layout({ name: 'fcose', quality: 'draft', animate: false } as cytoscape.LayoutOptions).run();
  } else {
    await runLayout(cy, 'fcose', { incremental: false });
  }
  const layoutMs = performance.now() - layoutStart;
  await frame();
  watching = false;
  cy.fit(undefined, 20);
  await frame();
  return { firstFrameMs, layoutMs, longestFrameMs, elements: cy.elements().length };
}

function startCounting() {
  frames = 0;
  renders = 0;
  counting = true;
  const tick = () => {
    if (!counting) return;
    frames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return performance.now();
}

function stopCounting(startedAt: number) {
  counting = false;
  const seconds = (performance.now() - startedAt) / 1000;
  return { fps: frames / seconds, rendersPerSecond: renders / seconds };
}

async function exportPng() {
  const { scale, clamped } = exportScale(cy!.width(), cy!.height());
  const start = performance.now();
  const blob = cy!.png({ output: 'blob', bg: '#ffffff', full: false, scale }) as unknown as Blob;
  const ms = performance.now() - start;
  return { ms, bytes: blob.size, scale, clamped };
}

declare global {
  interface Window {
    liaisonBench: { setup: typeof setup; startCounting: typeof startCounting; stopCounting: typeof stopCounting; exportPng: typeof exportPng };
  }
}
window.liaisonBench = { setup, startCounting, stopCounting, exportPng };
document.title = 'ready';
