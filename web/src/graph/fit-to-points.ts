import type { Core } from 'cytoscape';

/**
 * Fits the view to node positions already known. cy.fit() measures every
 * element's bounding box first, labels and edges included: 1.2 s of the
 * first frame of a 5,000-node graph, for the same view give or take half a
 * label at the border.
 */
export function fitToPoints(cy: Core, points: readonly { x: number; y: number }[], padding: number) {
  // Nothing to fit, or no room to fit it in (a hidden or headless canvas).
  if (points.length === 0 || cy.width() <= 2 * padding || cy.height() <= 2 * padding) return;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  }
  const zoom = Math.min((cy.width() - 2 * padding) / Math.max(x2 - x1, 1), (cy.height() - 2 * padding) / Math.max(y2 - y1, 1), cy.maxZoom());
  cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (x1 + x2)) / 2, y: (cy.height() - zoom * (y1 + y2)) / 2 } });
}
