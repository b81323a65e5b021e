import type { Core } from 'cytoscape';

/**
 * The class of edges whose ends sit on the placeholder grid, drawn only once
 * the layout has placed them: 15,000 edges between random grid points are a
 * meaningless tangle, and drawing their full-length lines in software took
 * 2.2 s of the first frame of a 5,000-node graph (nodes alone: 1 s).
 */
export const UNPLACED = 'unplaced';

/** Shows the edges that waited for the layout; called once it has placed their ends. */
export function revealPlacedEdges(cy: Core) {
  if (!cy.destroyed()) cy.edges(`.${UNPLACED}`).removeClass(UNPLACED);
}
