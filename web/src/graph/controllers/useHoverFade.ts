import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { LARGE_GRAPH } from '../stylesheet';
import { listen } from './cy-listeners';

/** Hovering a node fades all but it and its neighbours (a class: graph data never changes). Not on big graphs. */
export function useHoverFade(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    return listen(cy, [
      [
        'mouseover',
        'node',
        (e) => {
          if (cy.elements().length > LARGE_GRAPH) return;
          cy.batch(() => {
            cy.elements().addClass('faded');
            e.target.closedNeighborhood().removeClass('faded');
          });
        },
      ],
      ['mouseout', 'node', () => cy.elements('.faded').removeClass('faded')],
    ]);
  }, [cy]);
}
