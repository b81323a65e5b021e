import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { chooseLabels, type LabelBox } from '../label-choice';
import { PLACED } from '../layouts';
import { LABEL_HIDDEN } from '../stylesheet';

/** The event the canvas emits after it changed the classes that decide which labels are always drawn. */
export const CLASSES_CHANGED = 'classeschanged';

/** Nodes whose label is always drawn: what the researcher chose or holds in place. */
const ALWAYS = ':selected, .pinned';
/**
 * Expanded nodes are labelled before all others, but not over each other:
 * "Expand with who they met" expands every meeting of a hub at once, and
 * forty forced labels would pile up in its centre.
 */
const EXPANDED_FIRST = 1_000_000;

/**
 * Hides the labels that would sit on another, keeping hubs and the selection
 * (see label-choice.ts). Measures the label boxes Cytoscape draws, in graph
 * units, which change with the zoom (labels keep a screen size), so it reruns
 * after every layout, zoom, selection or change of the elements — at most once
 * a frame. Big graphs carry labels only when zoomed in and are left alone.
 */
export function refreshLabels(cy: Core) {
  if (cy.destroyed() || cy.scratch('large')) {
    cy.nodes(`.${LABEL_HIDDEN}`).removeClass(LABEL_HIDDEN);
    return;
  }
  const visible = cy.nodes(':visible');
  const boxes: LabelBox[] = visible.map((node) => {
    const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never);
    return { id: node.id(), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, always: node.is(ALWAYS), priority: node.degree(false) + (node.hasClass('expanded') ? EXPANDED_FIRST : 0) };
  });
  const shown = chooseLabels(boxes.filter((b) => b.x2 > b.x1));
  cy.batch(() => visible.forEach((node) => void node.toggleClass(LABEL_HIDDEN, !shown.has(node.id()))));
}

export function useLabelChoice(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => {
        frame = 0;
        refreshLabels(cy);
      });
    };
    const events = `layoutstop ${PLACED} ${CLASSES_CHANGED} zoom add remove data select unselect dragfree`;
    cy.on(events, schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      cy.removeListener(events, schedule);
    };
  }, [cy]);
}
