/// <reference lib="webworker" />
/** Lays out big graphs off the main thread, so the page never freezes: gets ids and edges, returns positions. */
import { draftLayout, type LayoutRequest } from './draft-layout';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  (self as unknown as Worker).postMessage(draftLayout(event.data));
};
