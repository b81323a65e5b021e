import type { Collection, Core } from 'cytoscape';
import { fitToPoints } from './fit-to-points';
import type { LayoutRequest, LayoutResponse } from './draft-layout';

let worker: Worker | null = null;
let latest = 0;

/**
 * Starts the worker ahead of a big layout: loading Cytoscape and fcose into
 * it took half a second, which the canvas can spend drawing the first frame.
 */
export function warmLayoutWorker() {
  // Headless canvases (unit tests) have no workers, and lay out on the main thread.
  if (typeof Worker === 'undefined') return;
  worker ??= new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Lays out the visible elements with fcose in a Web Worker, then places them
 * in one preset pass. A newer request supersedes an older one still running.
 */
export function layoutInWorker(cy: Core, visible: Collection): Promise<void> {
  warmLayoutWorker();
  const ticket = ++latest;
  const request: LayoutRequest = {
    nodes: visible.nodes().map((n) => ({ id: n.id(), ...n.position(), size: Number(n.data('size')) || undefined })),
    edges: visible.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string })),
  };
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<LayoutResponse>) => {
      worker!.removeEventListener('message', onMessage);
      worker!.removeEventListener('error', onError);
      if (ticket !== latest || cy.destroyed()) return resolve();
      const { positions } = event.data;
      visible
        .nodes()
        .layout({ name: 'preset', positions: (node: { id(): string }) => positions[node.id()] ?? { x: 0, y: 0 }, fit: false, animate: false } as never)
        .run();
      fitToPoints(cy, Object.values(positions), 40);
      resolve();
    };
    const onError = (error: ErrorEvent) => {
      worker!.removeEventListener('message', onMessage);
      worker!.removeEventListener('error', onError);
      reject(new Error(`layout worker failed: ${error.message}`));
    };
    worker!.addEventListener('message', onMessage);
    worker!.addEventListener('error', onError);
    worker!.postMessage(request);
  });
}
