import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { runLayout } from './layouts';
import { LARGE_GRAPH } from './stylesheet';
import { syncElements } from './sync-elements';

/** A chain of people: n nodes, n − 1 edges. */
function chain(nodes: number): ElementDefinition[] {
  const people: ElementDefinition[] = Array.from({ length: nodes }, (_, i) => ({ group: 'nodes', data: { id: `p${i}`, label: `P ${i}`, type: 'Person', size: 30 } }));
  const links: ElementDefinition[] = Array.from({ length: nodes - 1 }, (_, i) => ({ group: 'edges', data: { id: `e${i}`, source: `p${i}`, target: `p${i + 1}`, type: 'ATTENDED' } }));
  return [...people, ...links];
}

const canvas = () => cytoscape({ headless: true, styleEnabled: true });

describe('edges of a big graph drawn from nothing', () => {
  it('wait, hidden, until the layout has placed their ends, then all show', async () => {
    const cy = canvas();
    syncElements(cy, chain(LARGE_GRAPH));
    expect(cy.edges(':visible')).toHaveLength(0);
    await runLayout(cy, 'concentric');
    expect(cy.edges(':visible')).toHaveLength(LARGE_GRAPH - 1);
  });

  it('shape the layout while they wait: a person lands by the meeting they attended', async () => {
    const meetings: ElementDefinition[] = Array.from({ length: LARGE_GRAPH }, (_, i) => ({
      group: 'nodes',
      data: { id: `m${i}`, label: `M ${i}`, type: 'Meeting', size: 26, dateFrom: `20${String(10 + Math.floor(i / 100)).padStart(2, '0')}-01-01` },
    }));
    const cy = canvas();
    syncElements(cy, [
      ...meetings,
      { group: 'nodes', data: { id: 'wray', label: 'Christopher Wray', type: 'Person', size: 30 } },
      { group: 'edges', data: { id: 'attended', source: 'wray', target: `m${LARGE_GRAPH - 1}`, type: 'ATTENDED' } },
    ]);
    await runLayout(cy, 'timeline');
    const x = (id: string) => cy.getElementById(id).position('x');
    expect(Math.abs(x('wray') - x(`m${LARGE_GRAPH - 1}`))).toBeLessThan(Math.abs(x('wray') - x('m0')));
  });

  it('show at once on a small graph, and when a big one grows', () => {
    const small = canvas();
    syncElements(small, chain(20));
    expect(small.edges(':visible')).toHaveLength(19);
    const big = canvas();
    syncElements(big, chain(LARGE_GRAPH));
    big.edges().removeClass('unplaced');
    syncElements(big, chain(LARGE_GRAPH + 10));
    expect(big.edges(':visible')).toHaveLength(LARGE_GRAPH + 9);
  });
});
