import type { Core } from 'cytoscape';
import { useCallback, useState } from 'react';
import { createCanvas } from '../canvas-instance';

declare global {
  interface Window {
    /** The Cytoscape instance, exposed only in test builds for end-to-end assertions. */
    __cy?: Core;
  }
}

/**
 * One Cytoscape instance per mounted container, destroyed when it goes: a
 * callback ref, so the instance exists from the moment its element does.
 */
export function useCanvasInstance(): [ref: (container: HTMLDivElement | null) => (() => void) | undefined, cy: Core | null] {
  const [cy, setCy] = useState<Core | null>(null);
  const ref = useCallback((container: HTMLDivElement | null) => {
    if (!container) return undefined;
    const instance = createCanvas(container);
    if (import.meta.env.MODE === 'test') window.__cy = instance;
    setCy(instance);
    return () => {
      if (window.__cy === instance) delete window.__cy;
      instance.destroy();
      setCy(null);
    };
  }, []);
  return [ref, cy];
}
