import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { LayoutName } from '../../state/view';
import { placeAdded, runLayout } from '../layouts';
import { LARGE_GRAPH } from '../stylesheet';
import { syncElements } from '../sync-elements';

/**
 * Puts the elements on the canvas, diffed by id. A first picture is laid
 * out; later additions are placed around what is there, which stays put; a
 * new layout choice lays out again. Returns how many nodes a big layout is
 * placing (it runs in a worker for a few seconds, edges hidden), else null.
 */
export function useElementsAndLayout(cy: Core | null, elements: ElementDefinition[], layout: LayoutName): number | null {
  const laidOut = useRef(false);
  const [layingOut, setLayingOut] = useState<number | null>(null);

  const layOut = useEffectEvent(async (cy: Core) => {
    setLayingOut(cy.elements().length > LARGE_GRAPH ? cy.nodes().length : null);
    // A newer layout has its own status to show; a failed one shows none.
    const current = await runLayout(cy, layout).catch((error: unknown) => {
      setLayingOut(null);
      throw error;
    });
    if (current) setLayingOut(null);
  });

  const sync = useEffectEvent((cy: Core) => {
    const { added, kept } = syncElements(cy, elements);
    if (added.length === 0) return;
    const incremental = laidOut.current && kept > 0 && layout === 'fcose' && !cy.scratch('large');
    if (incremental) placeAdded(cy, added);
    else void layOut(cy);
    laidOut.current = cy.nodes().length > 0;
  });

  useEffect(() => {
    if (cy) sync(cy);
  }, [cy, elements]);

  useEffect(() => {
    if (cy && laidOut.current) void layOut(cy);
  }, [cy, layout]);

  return layingOut;
}
