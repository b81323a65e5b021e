import { describe, expect, it } from 'vitest';
import type { TimedPath } from '@contract/analysis';
import { addTimedChain } from './timed-chain';
import type { CanvasGraph } from './canvas-graph';

const WRAY_TO_BOSTYN: TimedPath = {
  steps: [
    { meeting: 'meeting:2022-06-13-etats-unis-wray', label: 'With Christopher Wray (FBI) · 2022-06-13', date: '2022-06-13', precision: 'day', dateEnd: '2022-06-14', from: 'person:christopher-wray', to: 'person:abdellatif-hammouchi' },
    { meeting: 'meeting:2024-11-25-rabat', label: 'Bostyn in Rabat · 2024-11-25', date: '2024-11-25', precision: 'day', from: 'person:abdellatif-hammouchi', to: 'person:francisca-bostyn' },
  ],
  nodes: [
    { id: 'person:christopher-wray', type: 'Person', label: 'Christopher Wray' },
    { id: 'person:abdellatif-hammouchi', type: 'Person', label: 'Abdellatif Hammouchi' },
    { id: 'person:francisca-bostyn', type: 'Person', label: 'Francisca Bostyn' },
  ],
};

describe('a chain of meetings in time order on the canvas', () => {
  it('adds each step’s attendees and meeting, numbering the links in date order, and reuses links already drawn', () => {
    const graph: CanvasGraph = { nodes: new Map(), edges: new Map([['e1', { id: 'e1', source: 'person:abdellatif-hammouchi', target: 'meeting:2024-11-25-rabat', type: 'ATTENDED' }]]) };
    const lit = addTimedChain(graph, WRAY_TO_BOSTYN);
    expect(graph.nodes.get('meeting:2024-11-25-rabat')?.record.type).toBe('Meeting');
    expect(graph.edges.get('e1')?.step).toBe('2 · Nov 2024');
    const steps = [...graph.edges.values()].map((e) => [e.source, e.target, e.step]);
    expect(steps).toContainEqual(['person:christopher-wray', 'meeting:2022-06-13-etats-unis-wray', '1 · Jun 2022']);
    expect(steps).toContainEqual(['person:francisca-bostyn', 'meeting:2024-11-25-rabat', undefined]);
    expect(graph.edges.size).toBe(4);
    expect(lit.has('person:francisca-bostyn') && lit.has('e1')).toBe(true);
  });

  it('lights nothing when no chain exists', () => {
    expect(addTimedChain({ nodes: new Map(), edges: new Map() }, { steps: [], reason: 'none', nodes: [] }).size).toBe(0);
  });
});
