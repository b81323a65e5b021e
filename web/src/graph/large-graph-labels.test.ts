import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LABEL_ZOOM, LARGE_GRAPH } from './stylesheet';
import { followZoomWithLabels } from './canvas-instance';
import { syncElements } from './sync-elements';

const people = (count: number): ElementDefinition[] =>
  Array.from({ length: count }, (_, i) => ({ group: 'nodes', data: { id: `person:${i}`, label: `Person ${i}`, type: 'Person', size: 30 } }));

function canvas() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  followZoomWithLabels(cy);
  return cy;
}

describe('labels on a big graph', () => {
  it('are left out while zoomed too far out to read them, and come back when zoomed in', () => {
    const cy = canvas();
    syncElements(cy, people(LARGE_GRAPH + 1));
    cy.zoom(0.3);
    expect(cy.getElementById('person:7').style('label')).toBe('');
    cy.zoom(LABEL_ZOOM * 1.5);
    expect(cy.getElementById('person:7').style('label')).toBe('Person 7');
    cy.zoom(0.3);
    expect(cy.getElementById('person:7').style('label')).toBe('');
  });

  it('stay on a small graph at any zoom', () => {
    const cy = canvas();
    syncElements(cy, people(20));
    cy.zoom(0.1);
    expect(cy.getElementById('person:7').style('label')).toBe('Person 7');
  });
});
