/// <reference lib="webworker" />
/** Lays out big graphs off the main thread, so the page never freezes: gets ids and edges, returns positions. */
import { draftLayout, type LayoutRequest, type LayoutResponse } from './draft-layout';

/** Requests carry an id, which the answer repeats. */
export interface WorkerRequest {
  id: number;
  request: LayoutRequest;
}
export type WorkerResponse = LayoutResponse & { id: number };

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  (self as unknown as Worker).postMessage({ id, ...draftLayout(request) } satisfies WorkerResponse);
};
