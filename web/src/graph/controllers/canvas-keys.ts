import type { Core } from 'cytoscape';
import { ARROW_DIRECTIONS, nearestInDirection } from '../keyboard-navigation';

export interface CanvasKeyActions {
  selected: string | undefined;
  onSelect: (id: string) => void;
  onOpenDetails: () => void;
}

/**
 * A key pressed on the canvas: arrows move the selection to the nearest node
 * that way (from the best-connected node when nothing is selected) and keep it
 * in view; Enter opens the selected node's details.
 */
export function onCanvasKey(e: React.KeyboardEvent, cy: Core | null, { selected, onSelect, onOpenDetails }: CanvasKeyActions) {
  if (!cy) return;
  if (e.key === 'Enter' && selected) {
    e.preventDefault();
    onOpenDetails();
    return;
  }
  const direction = ARROW_DIRECTIONS[e.key];
  if (!direction) return;
  e.preventDefault();
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return;
  const current = selected ? cy.getElementById(selected) : cy.collection();
  const hasCurrent = current.nonempty() && current.isNode();
  const from = hasCurrent ? current : nodes.max((n) => n.degree(false)).ele;
  const next = hasCurrent ? nearestInDirection({ id: from.id(), ...from.renderedPosition() }, nodes.map((n) => ({ id: n.id(), ...n.renderedPosition() })), direction) : from.id();
  if (!next) return;
  onSelect(next);
  const at = cy.getElementById(next).renderedPosition();
  if (at.x < 0 || at.y < 0 || at.x > cy.width() || at.y > cy.height()) cy.center(cy.getElementById(next));
}
