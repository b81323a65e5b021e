import type { Core } from 'cytoscape';
import { useEffect, useEffectEvent } from 'react';
import { listen } from './cy-listeners';

/** Tap selects a node or a link, tapping the background deselects, double-tap expands. */
export function useTapToSelect(cy: Core | null, onSelect: (id: string | undefined) => void, onExpand: (id: string) => void) {
  const select = useEffectEvent((id: string | undefined) => onSelect(id));
  const expand = useEffectEvent((id: string) => onExpand(id));
  useEffect(() => {
    if (!cy) return;
    return listen(cy, [
      ['tap', 'node', (e) => select(e.target.id())],
      ['tap', 'edge', (e) => select(e.target.id())],
      ['tap', null, (e) => e.target === cy && select(undefined)],
      ['dbltap', 'node', (e) => expand(e.target.id())],
    ]);
  }, [cy]);
}
