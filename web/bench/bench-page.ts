/**
 * The page `npm run bench:web` drives: draws a synthetic subgraph either with
 * Liaison's canvas setup or with plain Cytoscape on default options, and
 * measures each phase. Panning is driven from outside with real mouse drags.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { NODE_TYPES } from '@contract/model';
import { random } from '../../tests/support/synthetic-graph';
import { exportScale } from '../src/features/export/exporters';
import { runLayout } from '../src/graph/layouts';
import { createCanvas } from '../src/graph/canvas-instance';
import { syncElements } from '../src/graph/sync-elements';

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
let moved = 0;
let travelled = 0;
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
    cy = createCanvas(container, variant === 'liaison-webgl' ? ({ renderer: { name: 'canvas', webgl: true } } as cytoscape.CytoscapeOptions) : {});
    syncElements(cy, elements);
  }
  const addedMs = performance.now() - start;
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
    await runLayout(cy, 'fcose');
  }
  const layoutMs = performance.now() - layoutStart;
  await frame();
  watching = false;
  cy.fit(undefined, 20);
  await frame();
  return { firstFrameMs, addedMs, layoutMs, longestFrameMs, elements: cy.elements().length };
}

/**
 * Counts animation frames, and among them the frames that show a view moved
 * since the frame before: what a researcher sees while panning. (Cytoscape's
 * render events also fire for overlays and texture refinement, so they say
 * little about panning.)
 */
function startCounting() {
  frames = 0;
  renders = 0;
  moved = 0;
  travelled = 0;
  counting = true;
  // Copies: cy.pan() hands out its own object, which panning then changes in place.
  let last = { ...cy!.pan() };
  const tick = () => {
    if (!counting) return;
    frames += 1;
    const pan = { ...cy!.pan() };
    const step = Math.hypot(pan.x - last.x, pan.y - last.y);
    if (step > 0) moved += 1;
    travelled += step;
    last = pan;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return performance.now();
}

function stopCounting(startedAt: number) {
  counting = false;
  const seconds = (performance.now() - startedAt) / 1000;
  return { fps: frames / seconds, movedFps: moved / seconds, rendersPerSecond: renders / seconds, travelledPx: Math.round(travelled) };
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
    liaisonBench: { setup: typeof setup; startCounting: typeof startCounting; stopCounting: typeof stopCounting; exportPng: typeof exportPng; backgroundSpot: typeof backgroundSpot };
  }
}
/** What a press at this point of the page would grab: an element id, or null for the background. */
function elementAt(clientX: number, clientY: number): string | null {
  const renderer = (cy as unknown as { renderer(): { projectIntoViewport(x: number, y: number): [number, number]; findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): { id(): string } | null } }).renderer();
  const [x, y] = renderer.projectIntoViewport(clientX, clientY);
  return renderer.findNearestElement(x, y, true, false)?.id() ?? null;
}

/**
 * The point nearest the centre where pressing grabs the background: panning
 * is a drag on the background (pressing on a node drags that node instead).
 */
function backgroundSpot(): { x: number; y: number } {
  const box = document.getElementById('stage')!.getBoundingClientRect();
  const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
  for (let r = 0; r < Math.min(box.width, box.height) / 2; r += 4) {
    for (let a = 0; a < 24; a++) {
      const [x, y] = [cx + r * Math.cos((a * Math.PI) / 12), cy + r * Math.sin((a * Math.PI) / 12)];
      if (elementAt(x, y) === null) return { x, y };
    }
  }
  throw new Error('no background to press on: the graph covers the whole canvas');
}

window.liaisonBench = { setup, startCounting, stopCounting, exportPng, backgroundSpot };
document.title = 'ready';
