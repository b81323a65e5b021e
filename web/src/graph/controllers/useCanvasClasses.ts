import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect } from 'react';
import { CLASSES_CHANGED } from './useLabelChoice';

/** What the researcher did to the elements on the canvas, shown as classes. */
export interface CanvasMarks {
  hidden: string[];
  pinned: string[];
  expanded: string[];
  onPath: Set<string>;
  /** Connect in time: the chain of meetings in time order. */
  inTime: Set<string>;
  selected: string | undefined;
}

/** Classes for hidden, pinned, expanded and on-path elements, and the selection; rerun when elements change too. */
export function useCanvasClasses(cy: Core | null, elements: ElementDefinition[], { hidden, pinned, expanded, onPath, inTime, selected }: CanvasMarks) {
  useEffect(() => {
    if (!cy) return;
    const sets = { hidden: new Set(hidden), pinned: new Set(pinned), expanded: new Set(expanded) };
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const id = node.id();
        node.toggleClass('hidden', sets.hidden.has(id));
        node.toggleClass('expanded', sets.expanded.has(id));
        // Pinned nodes stay put in every layout, but can still be dragged (so: not locked).
        node.toggleClass('pinned', sets.pinned.has(id));
      });
      cy.elements().forEach((element) => {
        element.toggleClass('on-path', onPath.has(element.id()));
        element.toggleClass('in-time', inTime.has(element.id()));
      });
      cy.elements(':selected').unselect();
      if (selected) cy.getElementById(selected).select();
    });
    cy.emit(CLASSES_CHANGED);
  }, [cy, elements, hidden, pinned, expanded, onPath, inTime, selected]);
}
