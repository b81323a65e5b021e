import type { Core, EventObject } from 'cytoscape';

/** An event, an optional selector, and what to do: one Cytoscape listener. */
export type Listener = [event: string, selector: string | null, handler: (e: EventObject) => void];

/** Adds the listeners and returns what removes exactly those (the cy instance may have others). */
export function listen(cy: Core, listeners: Listener[]): () => void {
  for (const [event, selector, handler] of listeners) {
    if (selector) cy.on(event, selector, handler);
    else cy.on(event, handler);
  }
  return () => {
    for (const [event, selector, handler] of listeners) {
      if (selector) cy.removeListener(event, selector, handler);
      else cy.removeListener(event, handler);
    }
  };
}
