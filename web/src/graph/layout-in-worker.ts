import type { Collection, Core } from 'cytoscape';
import { fitToPoints } from './fit-to-points';
import type { LayoutRequest } from './draft-layout';
import type { WorkerRequest, WorkerResponse } from './draft-layout.worker';

let worker: Worker | null = null;
let requests = 0;

/**
 * Starts the worker ahead of a big layout: loading Cytoscape and fcose into
 * it took half a second, which the canvas can spend drawing the first frame.
 */
export function warmLayoutWorker() {
  // Headless canvases (unit tests) have no workers, and lay out on the main thread.
  if (typeof Worker === 'undefined') return;
  worker ??= new Worker(new URL('./draft-layout.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Lays out the visible elements with fcose in a Web Worker, then places them
 * in one preset pass, unless `isCurrent` says a newer layout has started since.
 */
export function layoutInWorker(cy: Core, visible: Collection, isCurrent: () => boolean): Promise<void> {
  warmLayoutWorker();
  const id = ++requests;
  const request: LayoutRequest = {
    nodes: visible.nodes().map((n) => ({ id: n.id(), ...n.position(), size: Number(n.data('size')) || undefined })),
    edges: visible.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string })),
  };
  return new Promise((resolve, reject) => {
    const stopListening = () => {
      worker!.removeEventListener('message', onMessage);
      worker!.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<WorkerResponse>) => {
      // Every pending request hears every answer: take only this one's.
      if (event.data.id !== id) return;
      stopListening();
      if (!isCurrent() || cy.destroyed()) return resolve();
      const { positions } = event.data;
      visible
        .nodes()
        .layout({ name: 'preset', positions: (node: { id(): string }) => positions[node.id()] ?? { x: 0, y: 0 }, fit: false, animate: false } as never)
        .run();
      fitToPoints(cy, Object.values(positions), 40);
      resolve();
    };
    const onError = (error: ErrorEvent) => {
      stopListening();
      reject(new Error(`layout worker failed: ${error.message}`));
    };
    worker!.addEventListener('message', onMessage);
    worker!.addEventListener('error', onError);
    worker!.postMessage({ id, request } satisfies WorkerRequest);
  });
}
